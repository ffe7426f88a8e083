#pragma once

#include "server/delivery/report_files.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace corpcare::server::delivery {

// The SMTP relay the server hands its mail to (`--smtp host:port`): plain SMTP, meant for a relay on
// the same host or network (a real deployment's relay does TLS and the onward delivery).
struct SmtpRelay {
    QString host;
    quint16 port = 0;
    int timeoutMs = 10000;
    QString heloName = QStringLiteral("corpcare-server");
    bool isSet() const { return !host.isEmpty() && port != 0; }
};

struct MailMessage {
    QString from;
    QStringList to;
    QString subject;
    QString text; // the plain text part
    ReportFile attachment;
};

struct RecipientOutcome {
    QString address;
    bool sent = false;
    QString reason; // when not sent: what the relay said, or why it could not be asked
};

// multipart/mixed: a text/plain part and the attachment in base64 (lines of 76), CRLF line ends.
QByteArray mimeMessage(const MailMessage &message, const QDateTime &date);

// EHLO, MAIL FROM, RCPT TO for each recipient, DATA, QUIT, blocking: call it on a worker thread.
// One outcome per recipient, in order: a recipient the relay refused fails with its answer, the others
// are sent when the relay accepted the data; an unreachable or failing relay fails them all.
QList<RecipientOutcome> sendMail(const SmtpRelay &relay, const MailMessage &message);

} // namespace corpcare::server::delivery
