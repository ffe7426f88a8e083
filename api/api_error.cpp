#include "api/api_error.h"

#include <QCoreApplication>

namespace corpcare::api {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("corpcare::api::ApiError", text);
}

} // namespace

QString ApiError::userText() const {
    if (!message.isEmpty()) {
        return message;
    }
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The server cannot be reached.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted.");
    case Kind::Unauthorized:
        return tr("You are not signed in, or your session has ended. Please sign in again.");
    case Kind::Forbidden:
        return tr("You are not allowed to do this.");
    case Kind::NotFound:
        return tr("The item was not found, or it is outside what you may see.");
    case Kind::BadRequest:
        return tr("The server rejected the request.");
    case Kind::Server:
        return tr("The server failed to handle the request.");
    case Kind::Malformed:
        return tr("The server answered with malformed data.");
    }
    return {};
}

ApiError ApiError::cancelled() {
    return {Kind::Cancelled, 0, {}, tr("The request was cancelled."), {}};
}

ApiError ApiError::malformed(const QString &reason) {
    return {Kind::Malformed, 0, {}, tr("The server answered with malformed data: %1").arg(reason), reason};
}

QString kindName(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::Tls:
        return QStringLiteral("Tls");
    case ApiError::Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiError::Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case ApiError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case ApiError::Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiError::Kind::Server:
        return QStringLiteral("Server");
    case ApiError::Kind::Malformed:
        return QStringLiteral("Malformed");
    }
    return QStringLiteral("?");
}

} // namespace corpcare::api
