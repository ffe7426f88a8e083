#include "api/error_from_reply.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace corpcare::api::errors {

namespace {

// "127.0.0.1:8443": how the user named the server.
QString serverName(const QUrl &url) {
    return url.host() + QLatin1Char(':') + QString::number(url.port(443));
}

QString requestLine(const RequestContext &request) {
    return QString::fromLatin1(request.method) + QLatin1Char(' ') +
           request.url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded) +
           (request.requestId.isEmpty()
                ? QString()
                : QStringLiteral(" (request id %1)").arg(QString::fromLatin1(request.requestId)));
}

// The short reason after "cannot be reached: ".
QString networkReason(QNetworkReply::NetworkError error, const QString &errorString) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("corpcare::api::ApiError", "connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("corpcare::api::ApiError", "the connection was closed unexpectedly");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("corpcare::api::ApiError", "the host name was not found");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QCoreApplication::translate("corpcare::api::ApiError", "the network is not available");
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return QCoreApplication::translate("corpcare::api::ApiError",
                                           "it redirected to another address, which CorpCare does not follow");
    default:
        return errorString;
    }
}

QString attributes(const QSslCertificate &certificate, bool issuer) {
    QStringList parts;
    const QList<QByteArray> names = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &name : names) {
        const QStringList values = issuer ? certificate.issuerInfo(name) : certificate.subjectInfo(name);
        for (const QString &value : values) {
            parts << QString::fromLatin1(name) + QLatin1Char('=') + value;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString withServerMessage(const QString &lead, const QString &serverMessage) {
    if (serverMessage.isEmpty()) {
        return lead + QLatin1Char('.');
    }
    const bool ends = serverMessage.endsWith(QLatin1Char('.'));
    return lead + QStringLiteral(": ") + serverMessage + (ends ? QString() : QStringLiteral("."));
}

} // namespace

ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                          const RequestContext &request) {
    ApiError out;
    out.kind = error == QNetworkReply::TimeoutError ? ApiError::Kind::Timeout : ApiError::Kind::Network;
    out.message = QCoreApplication::translate("corpcare::api::ApiError", "The server %1 cannot be reached: %2.")
                      .arg(serverName(request.url), networkReason(error, errorString));
    out.details = requestLine(request) + QLatin1Char('\n') + errorString;
    return out;
}

ApiError fromTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &errorString,
                       const RequestContext &request) {
    ApiError out;
    out.kind = ApiError::Kind::Tls;
    QSslCertificate certificate = peer;
    for (const QSslError &e : errors) {
        if (certificate.isNull() && !e.certificate().isNull()) {
            certificate = e.certificate();
        }
    }
    out.message =
        errors.isEmpty()
            ? QCoreApplication::translate("corpcare::api::ApiError",
                                          "A secure connection to the server %1 cannot be established: %2.")
                  .arg(serverName(request.url), errorString)
            : QCoreApplication::translate("corpcare::api::ApiError", "The server's certificate is not trusted: %1.")
                  .arg(errors.first().errorString());
    QStringList lines{
        QCoreApplication::translate("corpcare::api::ApiError", "Server: %1").arg(serverName(request.url))};
    if (!certificate.isNull()) {
        lines << describeCertificate(certificate);
    }
    for (const QSslError &e : errors) {
        lines << QCoreApplication::translate("corpcare::api::ApiError", "Error: %1").arg(e.errorString());
    }
    if (errors.isEmpty()) {
        lines << QCoreApplication::translate("corpcare::api::ApiError", "Error: %1").arg(errorString);
    }
    lines << requestLine(request);
    out.details = lines.join(QLatin1Char('\n'));
    return out;
}

ApiError fromHttpStatus(int status, const QByteArray &body, const RequestContext &request) {
    ApiError out;
    out.httpStatus = status;
    const QJsonObject tmf = QJsonDocument::fromJson(body).object();
    out.code = tmf.value(QStringLiteral("code")).toString();
    const QString serverMessage = tmf.value(QStringLiteral("message")).toString();
    const QString reason = tmf.value(QStringLiteral("reason")).toString();
    if (status == 401) {
        out.kind = ApiError::Kind::Unauthorized;
        out.message = withServerMessage(
            QCoreApplication::translate("corpcare::api::ApiError", "The server did not accept the sign-in"),
            serverMessage);
    } else if (status == 403) {
        out.kind = ApiError::Kind::Forbidden;
        out.message = withServerMessage(
            QCoreApplication::translate("corpcare::api::ApiError", "You are not allowed to do this"), serverMessage);
    } else if (status == 404) {
        out.kind = ApiError::Kind::NotFound;
        out.message =
            withServerMessage(QCoreApplication::translate("corpcare::api::ApiError", "Not found"), serverMessage);
    } else if (status == 408) {
        out.kind = ApiError::Kind::Timeout;
        out.message = withServerMessage(
            QCoreApplication::translate("corpcare::api::ApiError", "The server gave up waiting for the request"),
            serverMessage);
    } else if (status >= 400 && status < 500) {
        out.kind = ApiError::Kind::BadRequest;
        out.message = withServerMessage(
            QCoreApplication::translate("corpcare::api::ApiError", "The server rejected the request"), serverMessage);
    } else if (status >= 300 && status < 400) {
        out.kind = ApiError::Kind::Server;
        out.message = QCoreApplication::translate(
                          "corpcare::api::ApiError",
                          "The server answered with a redirect (HTTP %1), which CorpCare does not follow.")
                          .arg(status);
    } else {
        out.kind = ApiError::Kind::Server;
        out.message = withServerMessage(
            QCoreApplication::translate("corpcare::api::ApiError", "The server failed to handle the request (HTTP %1)")
                .arg(status),
            serverMessage);
    }
    QStringList lines{QStringLiteral("HTTP %1: %2").arg(status).arg(requestLine(request))};
    if (!out.code.isEmpty()) {
        lines << QStringLiteral("code: ") + out.code;
    }
    if (!reason.isEmpty()) {
        lines << QStringLiteral("reason: ") + reason;
    }
    out.details = lines.join(QLatin1Char('\n'));
    return out;
}

ApiError timedOut(std::chrono::milliseconds timeout, const RequestContext &request) {
    ApiError out;
    out.kind = ApiError::Kind::Timeout;
    const double seconds = double(timeout.count()) / 1000.0;
    out.message = QCoreApplication::translate("corpcare::api::ApiError", "The server %1 did not answer within %2 s.")
                      .arg(serverName(request.url))
                      .arg(seconds);
    out.details = requestLine(request);
    return out;
}

QString describeCertificate(const QSslCertificate &certificate) {
    const QByteArray fingerprint = certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    return QStringList{
        QCoreApplication::translate("corpcare::api::ApiError", "Certificate subject: %1")
            .arg(attributes(certificate, false)),
        QCoreApplication::translate("corpcare::api::ApiError", "Issuer: %1").arg(attributes(certificate, true)),
        QCoreApplication::translate("corpcare::api::ApiError", "Valid from %1 to %2")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                 certificate.expiryDate().toUTC().toString(Qt::ISODate)),
        QCoreApplication::translate("corpcare::api::ApiError", "SHA-256 fingerprint: %1")
            .arg(QString::fromLatin1(fingerprint)),
    }
        .join(QLatin1Char('\n'));
}

bool isTransient(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTransientHttpStatus(int status) {
    return status == 502 || status == 503 || status == 504;
}

bool isTlsError(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::SslHandshakeFailedError;
}

} // namespace corpcare::api::errors
