#include "server/delivery/smtp_client.h"

#include <QLocale>
#include <QTcpSocket>
#include <QUuid>

namespace corpcare::server::delivery {

namespace {

// RFC 2047 for a header with non-ASCII text.
QByteArray headerText(const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return "=?UTF-8?B?" + utf8.toBase64() + "?=";
        }
    }
    return utf8;
}

QByteArray base64Lines(const QByteArray &data) {
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += encoded.mid(i, 76) + "\r\n";
    }
    return out;
}

// One reply, multi-line replies ("250-...") read to their last line; nullopt on a timeout or a
// closed connection.
struct Reply {
    int code = 0;
    QByteArray text;
};

std::optional<Reply> readReply(QTcpSocket &socket, int timeoutMs) {
    Reply reply;
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(timeoutMs)) {
                return std::nullopt;
            }
        }
        const QByteArray line = socket.readLine().trimmed();
        if (line.size() < 3) {
            return std::nullopt;
        }
        reply.code = line.left(3).toInt();
        reply.text += (reply.text.isEmpty() ? "" : " ") + line.mid(4);
        if (line.size() == 3 || line.at(3) != '-') {
            return reply;
        }
    }
}

class Session {
public:
    explicit Session(const SmtpRelay &relay) : m_relay(relay) {}

    // The reply to a command, or nullopt with m_failure set.
    std::optional<Reply> command(const QByteArray &line) {
        m_socket.write(line + "\r\n");
        if (!m_socket.waitForBytesWritten(m_relay.timeoutMs) && m_socket.bytesToWrite() > 0) {
            return failed(QStringLiteral("the relay stopped reading"));
        }
        return answer();
    }
    std::optional<Reply> answer() {
        auto reply = readReply(m_socket, m_relay.timeoutMs);
        if (!reply) {
            return failed(QStringLiteral("the relay did not answer (%1)").arg(m_socket.errorString()));
        }
        return reply;
    }
    bool connect() {
        m_socket.connectToHost(m_relay.host, m_relay.port);
        if (!m_socket.waitForConnected(m_relay.timeoutMs)) {
            m_failure = QStringLiteral("relay unreachable: %1:%2 (%3)")
                            .arg(m_relay.host, QString::number(m_relay.port), m_socket.errorString());
            return false;
        }
        return true;
    }
    bool expect(const std::optional<Reply> &reply, int wanted, const char *step) {
        if (!reply) {
            return false;
        }
        if (reply->code / 100 != wanted / 100) {
            m_failure = QStringLiteral("the relay refused %1: %2 %3")
                            .arg(QLatin1String(step), QString::number(reply->code), QString::fromUtf8(reply->text));
            return false;
        }
        return true;
    }
    void quit() {
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.write("QUIT\r\n");
            m_socket.waitForBytesWritten(1000);
            m_socket.disconnectFromHost();
        }
    }
    const QString &failure() const { return m_failure; }

private:
    std::nullopt_t failed(const QString &why) {
        m_failure = why;
        return std::nullopt;
    }

    const SmtpRelay &m_relay;
    QTcpSocket m_socket;
    QString m_failure;
};

QByteArray dotStuffed(const QByteArray &data) {
    QByteArray out = data.startsWith('.') ? "." + data : data;
    out.replace("\r\n.", "\r\n..");
    return out;
}

} // namespace

QByteArray mimeMessage(const MailMessage &message, const QDateTime &date) {
    const QByteArray boundary = "=_corpcare_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    QByteArray out;
    out += "From: " + message.from.toUtf8() + "\r\n";
    out += "To: " + message.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + headerText(message.subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@corpcare>\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(message.text.toUtf8());
    const QByteArray name = message.attachment.name.toUtf8();
    out += "--" + boundary + "\r\nContent-Type: " + message.attachment.mimeType + "; name=\"" + name + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\n\r\n";
    out += base64Lines(message.attachment.content);
    out += "--" + boundary + "--\r\n";
    return out;
}

QList<RecipientOutcome> sendMail(const SmtpRelay &relay, const MailMessage &message) {
    QList<RecipientOutcome> outcomes;
    for (const QString &address : message.to) {
        outcomes.append({address, false, {}});
    }
    const auto failAll = [&outcomes](const QString &reason) {
        for (RecipientOutcome &outcome : outcomes) {
            if (outcome.reason.isEmpty()) {
                outcome.sent = false;
                outcome.reason = reason;
            }
        }
        return outcomes;
    };
    Session session(relay);
    if (!session.connect() || !session.expect(session.answer(), 220, "the connection") ||
        !session.expect(session.command("EHLO " + relay.heloName.toUtf8()), 250, "EHLO") ||
        !session.expect(session.command("MAIL FROM:<" + message.from.toUtf8() + ">"), 250, "the sender")) {
        session.quit();
        return failAll(session.failure());
    }
    int accepted = 0;
    for (RecipientOutcome &outcome : outcomes) {
        const auto reply = session.command("RCPT TO:<" + outcome.address.toUtf8() + ">");
        if (!reply) {
            return failAll(session.failure());
        }
        if (reply->code / 100 == 2) {
            ++accepted;
        } else {
            outcome.reason = QStringLiteral("the relay refused the recipient: %1 %2")
                                 .arg(QString::number(reply->code), QString::fromUtf8(reply->text));
        }
    }
    if (accepted == 0) {
        session.quit();
        return outcomes;
    }
    if (!session.expect(session.command("DATA"), 354, "DATA") ||
        !session.expect(session.command(dotStuffed(mimeMessage(message, QDateTime::currentDateTimeUtc())) + "."), 250,
                        "the message")) {
        session.quit();
        return failAll(session.failure());
    }
    session.quit();
    for (RecipientOutcome &outcome : outcomes) {
        outcome.sent = outcome.reason.isEmpty();
    }
    return outcomes;
}

} // namespace corpcare::server::delivery
