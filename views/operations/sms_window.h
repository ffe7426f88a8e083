#pragma once

#include "domain/communication_message.h"
#include "domain/product.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace corpcare::api {
class Session;
class SubmissionTracker;
} // namespace corpcare::api
namespace corpcare::models {
class MessageReceiversModel;
}

namespace corpcare::views {

class TableView;

// An SMS to the selected lines: the text (up to 480 characters, counted as it is typed), Send, and each
// receiver's delivery shown live (waiting → sent → delivered or failed) until all are final. When
// sending or following stops on a bad network or a failing server, Try again sends the same message
// again (known to the server by its externalId, so nobody gets it twice) or follows it again.
class SmsWindow : public QWidget {
    Q_OBJECT
public:
    SmsWindow(api::Session *session, QList<domain::ServiceUser> lines, QWidget *parent = nullptr);

    void setText(const QString &text);
    void send();
    bool isFinal() const;
    models::MessageReceiversModel *receivers() const { return m_model; }
    QLabel *counts() const { return m_counts; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *tryAgainButton() const; // shown when sending or following stopped on what may pass

signals:
    void messageFinished(const corpcare::domain::CommunicationMessage &message);

private:
    void showMessage(const QJsonObject &resource);
    void updateLength();
    void tryAgain();

    api::Session *m_session;
    QList<domain::ServiceUser> m_lines;
    api::SubmissionTracker *m_tracker = nullptr;
    models::MessageReceiversModel *m_model;
    QPlainTextEdit *m_text;
    QLabel *m_length;
    QPushButton *m_send;
    QPushButton *m_tryAgain;
    QProgressBar *m_progress;
    QLabel *m_counts;
    TableView *m_table;
    bool m_final = false;
};

} // namespace corpcare::views
