#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace corpcare::tests {

// An SMTP server on loopback for delivery tests: it takes what a relay takes (EHLO/HELO, MAIL FROM,
// RCPT TO, DATA, RSET, NOOP, QUIT) and keeps each mail with its MIME parts decoded. It can refuse
// chosen recipients (550), and a test can make a relay that is down from a port nobody listens on.
class SmtpSink : public QObject {
    Q_OBJECT

public:
    struct Part {
        QByteArray contentType; // "application/pdf; name=..." as given
        QString fileName;       // from Content-Disposition; empty for the text part
        QByteArray content;     // decoded (base64 or as is)
    };
    struct Mail {
        QString from;
        QStringList recipients; // those the sink accepted
        QString subject;
        QByteArray raw;
        QList<Part> parts; // the parts of a multipart body, or the body as one part

        // The first part with a file name (the attachment), or nullptr.
        const Part *attachment() const;
    };

    explicit SmtpSink(QObject *parent = nullptr);

    bool start(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QString relayArgument() const { return QStringLiteral("127.0.0.1:") + QString::number(port()); }

    void refuseRecipient(const QString &address) { m_refused.insert(address.toLower()); }
    const QList<Mail> &mails() const { return m_mails; }
    void clear() { m_mails.clear(); }
    // Runs the event loop until `count` mails are in (true) or the time is up (false).
    bool waitForMails(qsizetype count, int timeoutMs = 20000);

    // A loopback port with nothing listening on it (a relay that is down).
    static quint16 closedPort();
    // The mail as the sink reads it: headers, then the parts of multipart/mixed.
    static Mail parseMail(const QByteArray &raw);

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QSet<QString> m_refused;
    QList<Mail> m_mails;
};

} // namespace corpcare::tests
