#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace corpcare::server::http {

// What a handler sees of a request: plain values, safe to hand to a worker thread.
struct HttpRequest {
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(QByteArray name, QByteArray value) {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

HttpResponse jsonResponse(const QJsonDocument &document, int status = 200);

// The TMF Error body (profile §1): {"@type":"Error","code","reason","message","status"}.
HttpResponse errorResponse(int status, const QString &code, const QString &message);

} // namespace corpcare::server::http
