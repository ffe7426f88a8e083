#include "views/common/window_keys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace corpcare::views {

WindowKeys::WindowKeys(QWidget *mainWindow, QObject *parent) : QObject(parent), m_mainWindow(mainWindow) {
    qApp->installEventFilter(this);
}

bool WindowKeys::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (!key->matches(QKeySequence::Close)) {
        return false;
    }
    QWidget *window = static_cast<QWidget *>(watched)->window();
    if (window == m_mainWindow || window->windowType() == Qt::Dialog || window->inherits("QDialog")) {
        return false;
    }
    window->close();
    return true;
}

} // namespace corpcare::views
