#include "views/common/filter_line_edit.h"

#include <QKeyEvent>

namespace corpcare::views {

FilterLineEdit::FilterLineEdit(QWidget *parent) : QLineEdit(parent) {
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Filter (Ctrl+F)"));
    setAccessibleName(tr("Quick filter"));
    m_pause.setSingleShot(true);
    m_pause.setInterval(120);
    connect(&m_pause, &QTimer::timeout, this, [this] { emit filterChanged(text()); });
    connect(this, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
}

void FilterLineEdit::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_pause.stop();
        emit filterChanged(QString());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace corpcare::views
