#include "server/http/http_types.h"

#include <QJsonObject>

namespace corpcare::server::http {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const {
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName) {
            return value;
        }
    }
    return {};
}

HttpResponse jsonResponse(const QJsonDocument &document, int status) {
    HttpResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

namespace {
QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not found");
    case 405:
        return QStringLiteral("Method not allowed");
    case 413:
        return QStringLiteral("Payload too large");
    default:
        return status >= 500 ? QStringLiteral("Internal error") : QStringLiteral("Error");
    }
}
} // namespace

HttpResponse errorResponse(int status, const QString &code, const QString &message) {
    const QJsonObject body{
        {QStringLiteral("@type"), QStringLiteral("Error")},  {QStringLiteral("code"), code},
        {QStringLiteral("reason"), reasonPhrase(status)},    {QStringLiteral("message"), message},
        {QStringLiteral("status"), QString::number(status)},
    };
    return jsonResponse(QJsonDocument(body), status);
}

} // namespace corpcare::server::http
