#include "support/smtp_sink.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace corpcare::tests {

namespace {

// Headers (unfolded) and the body of one MIME entity.
struct Entity {
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

Entity parseEntity(const QByteArray &text) {
    Entity out;
    qsizetype end = text.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? text : text.left(end);
    out.body = end < 0 ? QByteArray() : text.mid(end + 4);
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if ((trimmed.startsWith(' ') || trimmed.startsWith('\t')) && !out.headers.isEmpty()) {
            out.headers.last().second += ' ' + trimmed.trimmed();
        } else if (const qsizetype colon = trimmed.indexOf(':'); colon > 0) {
            out.headers.append({trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
        }
    }
    return out;
}

QByteArray parameter(const QByteArray &header, const char *name) {
    const QRegularExpression pattern(QStringLiteral("%1=\"?([^\";]+)\"?").arg(QLatin1String(name)),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QString::fromUtf8(header)).captured(1).toUtf8();
}

SmtpSink::Part partOf(const Entity &entity) {
    SmtpSink::Part part;
    part.contentType = entity.header("Content-Type");
    part.fileName = QString::fromUtf8(parameter(entity.header("Content-Disposition"), "filename"));
    const bool base64 =
        entity.header("Content-Transfer-Encoding").trimmed().compare("base64", Qt::CaseInsensitive) == 0;
    part.content = base64 ? QByteArray::fromBase64(QByteArray(entity.body).replace("\r\n", "")) : entity.body;
    return part;
}

QString decodedSubject(const QByteArray &value) {
    if (value.startsWith("=?UTF-8?B?") && value.endsWith("?=")) {
        return QString::fromUtf8(QByteArray::fromBase64(value.mid(10, value.size() - 12)));
    }
    return QString::fromUtf8(value);
}

} // namespace

const SmtpSink::Part *SmtpSink::Mail::attachment() const {
    for (const Part &part : parts) {
        if (!part.fileName.isEmpty()) {
            return &part;
        }
    }
    return nullptr;
}

SmtpSink::SmtpSink(QObject *parent) : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            serve(socket);
        }
    });
}

bool SmtpSink::start() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

bool SmtpSink::waitForMails(qsizetype count, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_mails.size() < count && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return m_mails.size() >= count;
}

quint16 SmtpSink::closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more: connections are refused at once
    return port;
}

SmtpSink::Mail SmtpSink::parseMail(const QByteArray &raw) {
    Mail mail;
    mail.raw = raw;
    const Entity top = parseEntity(raw);
    mail.subject = decodedSubject(top.header("Subject"));
    const QByteArray boundary = parameter(top.header("Content-Type"), "boundary");
    if (boundary.isEmpty()) {
        mail.parts.append(partOf(top));
        return mail;
    }
    const QList<QByteArray> pieces = top.body.split('\n');
    QByteArray current;
    bool inPart = false;
    for (const QByteArray &line : pieces) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed == "--" + boundary || trimmed == "--" + boundary + "--") {
            if (inPart) {
                mail.parts.append(partOf(parseEntity(current)));
            }
            current.clear();
            inPart = trimmed == "--" + boundary;
            continue;
        }
        if (inPart) {
            current += trimmed + "\r\n";
        }
    }
    return mail;
}

// One SMTP session, line by line; the DATA is read up to the lone dot and un-dot-stuffed.
void SmtpSink::serve(QTcpSocket *socket) {
    struct State {
        bool inData = false;
        Mail mail;
        QByteArray data;
    };
    auto state = std::make_shared<State>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine();
            const QByteArray text = line.endsWith("\r\n") ? line.chopped(2) : line.trimmed();
            if (state->inData) {
                if (text == ".") {
                    Mail parsed = parseMail(state->data);
                    parsed.from = state->mail.from;
                    parsed.recipients = state->mail.recipients;
                    m_mails.append(parsed);
                    state->inData = false;
                    state->mail = Mail();
                    state->data.clear();
                    socket->write("250 2.0.0 queued\r\n");
                } else {
                    state->data += (text.startsWith("..") ? text.mid(1) : text) + "\r\n";
                }
                continue;
            }
            const QByteArray verb = text.left(4).toUpper();
            if (verb == "EHLO" || verb == "HELO") {
                socket->write("250-sink.test\r\n250 8BITMIME\r\n");
            } else if (text.toUpper().startsWith("MAIL FROM:")) {
                state->mail.from = QString::fromUtf8(text.mid(10)).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
                socket->write("250 2.1.0 ok\r\n");
            } else if (text.toUpper().startsWith("RCPT TO:")) {
                const QString to =
                    QString::fromUtf8(text.mid(8)).remove(QLatin1Char('<')).remove(QLatin1Char('>')).trimmed();
                if (m_refused.contains(to.toLower())) {
                    socket->write("550 5.1.1 mailbox unavailable\r\n");
                } else {
                    state->mail.recipients.append(to);
                    socket->write("250 2.1.5 ok\r\n");
                }
            } else if (verb == "DATA") {
                state->inData = true;
                socket->write("354 end with <CRLF>.<CRLF>\r\n");
            } else if (verb == "RSET" || verb == "NOOP") {
                if (verb == "RSET") {
                    state->mail = Mail();
                }
                socket->write("250 ok\r\n");
            } else if (verb == "QUIT") {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("502 5.5.2 not implemented\r\n");
            }
        }
    });
    socket->write("220 sink.test ESMTP\r\n");
}

} // namespace corpcare::tests
