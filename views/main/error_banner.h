#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace corpcare::views {

// A strip above the content that says what went wrong in words, with the technical details one
// click away and a Retry button when trying again can help. The window stays usable behind it.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showProblem(const QString &message, const QString &details, bool retryable);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_details;
    QPushButton *m_retry;
    QString m_detailText;
};

} // namespace corpcare::views
