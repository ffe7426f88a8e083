#pragma once

#include <QLineEdit>
#include <QTimer>

namespace corpcare::views {

// The quick filter box above a table: applies what is typed after a short pause (so typing a word
// filters once, not once a letter), Escape clears it.
class FilterLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit FilterLineEdit(QWidget *parent = nullptr);

signals:
    void filterChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer m_pause;
};

} // namespace corpcare::views
