#pragma once

#include "api/api_error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <chrono>

// Turning what QtNetwork reports into an ApiError with a sentence the user can act on. Kept apart from
// the job so every message is written in one place and tested through the jobs.
namespace corpcare::api::errors {

// Which request failed, for `details` and for naming the server in `message`.
struct RequestContext {
    QByteArray method;
    QUrl url;
    QByteArray requestId;
};

// No HTTP answer arrived (refused, reset, host not found, unsafe redirect ...).
ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString, const RequestContext &request);
// The TLS handshake failed; `errors` are those QNetworkReply::sslErrors reported (may be empty).
ApiError fromTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &errorString,
                       const RequestContext &request);
// An HTTP answer outside 2xx; a TMF Error body fills code and the server's message.
ApiError fromHttpStatus(int status, const QByteArray &body, const RequestContext &request);
// The job's own timer ran out.
ApiError timedOut(std::chrono::milliseconds timeout, const RequestContext &request);

// Subject, issuer, validity and SHA-256 fingerprint, one per line.
QString describeCertificate(const QSslCertificate &certificate);
// Worth another attempt for an idempotent request: the next try may well work.
bool isTransient(QNetworkReply::NetworkError error);
bool isTransientHttpStatus(int status);
bool isTlsError(QNetworkReply::NetworkError error);

} // namespace corpcare::api::errors
