#pragma once

#include "server/http/http_types.h"

#include <QJsonObject>

#include <optional>

// The answers and the body reading every write handler shares (profile §1 errors).
namespace corpcare::server::resources {

inline http::HttpResponse invalidBody(const QString &message) {
    return http::errorResponse(400, QStringLiteral("invalidBody"), message);
}

// 404 for an unknown id and for one outside the caller's scope alike.
inline http::HttpResponse notFound(const QString &name, const QString &id) {
    return http::errorResponse(404, QStringLiteral("notFound"),
                               QStringLiteral("no %1 with id %2").arg(name, id.left(64)));
}

inline std::optional<QJsonObject> bodyObject(const http::HttpRequest &request, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("the body is not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace corpcare::server::resources
