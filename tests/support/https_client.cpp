#include "support/https_client.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace corpcare::tests {

QByteArray HttpReply::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpsClient::HttpsClient(QUrl baseUrl, const QString &caFile)
    : m_baseUrl(std::move(baseUrl)), m_ca(QSslCertificate::fromPath(caFile)) {}

HttpReply HttpsClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &contentType, const QByteArray &token, const QByteArray &accept) {
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    request.setSslConfiguration(tls);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!accept.isEmpty()) {
        request.setRawHeader("Accept", accept);
    }
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && out.status == 0) {
        out.networkError = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

HttpReply HttpsClient::get(const QString &pathAndQuery, const QByteArray &token, const QByteArray &accept) {
    return send("GET", pathAndQuery, {}, {}, token, accept);
}

HttpReply HttpsClient::postForm(const QString &path, const QUrlQuery &form) {
    return send("POST", path, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
}

QByteArray HttpsClient::signIn(const QString &login, const QString &password) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), login);
    form.addQueryItem(QStringLiteral("password"), password);
    const HttpReply reply = postForm(QStringLiteral("/corporate/v1/oauth2/token"), form);
    return reply.status == 200 ? reply.object().value(QStringLiteral("access_token")).toString().toLatin1()
                               : QByteArray();
}

QJsonArray HttpsClient::getAll(const QString &pathAndQuery, const QByteArray &token, int *requests) {
    QJsonArray all;
    const QString separator = pathAndQuery.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    qint64 total = -1;
    int count = 0;
    while (total < 0 || all.size() < total) {
        const HttpReply reply =
            get(pathAndQuery + separator + QStringLiteral("limit=1000&offset=%1").arg(all.size()), token);
        ++count;
        if (reply.status != 200) {
            break;
        }
        total = reply.totalCount();
        const QJsonArray page = reply.array();
        if (page.isEmpty()) {
            break;
        }
        for (const QJsonValue &item : page) {
            all.append(item);
        }
    }
    if (requests) {
        *requests = count;
    }
    return all;
}

} // namespace corpcare::tests
