#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

namespace corpcare::tests {

struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when the exchange itself worked

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonArray array() const { return json().array(); }
    QJsonObject object() const { return json().object(); }
    qint64 totalCount() const { return header("X-Total-Count").toLongLong(); }
};

// A blocking HTTPS client for tests: trusts only the test server's CA, never ignores TLS errors.
class HttpsClient {
public:
    HttpsClient(QUrl baseUrl, const QString &caFile);

    // `accept`: the Accept header (none when empty).
    HttpReply get(const QString &pathAndQuery, const QByteArray &token = {}, const QByteArray &accept = {});
    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QByteArray &contentType, const QByteArray &token = {}, const QByteArray &accept = {});
    HttpReply postForm(const QString &path, const QUrlQuery &form);

    // A token for a demo portal user (QFAIL-free: empty on failure, the caller asserts).
    QByteArray signIn(const QString &login, const QString &password = QStringLiteral("corpcare-demo"));

    // Every item of a collection, page by page (limit 1000), following X-Total-Count.
    QJsonArray getAll(const QString &pathAndQuery, const QByteArray &token, int *requests = nullptr);

private:
    QUrl m_baseUrl;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager m_manager;
};

} // namespace corpcare::tests
