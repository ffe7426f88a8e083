#pragma once

#include <QObject>

namespace corpcare::views {

// The keyboard path out of every secondary window (issue 8): the platform's Close key (Ctrl+W here,
// Ctrl+F4 too on Windows) closes the active window unless it is the main window, which closes with
// Quit. Dialogs close with Esc themselves. One filter on the application instead of a shortcut in
// each window, so that a window added later has it too.
class WindowKeys : public QObject {
    Q_OBJECT
public:
    explicit WindowKeys(QWidget *mainWindow, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_mainWindow;
};

} // namespace corpcare::views
