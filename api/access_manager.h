#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace corpcare::api {

// The single place of request policy (ownCloud's AccessManager): where requests go, which CAs are
// trusted, the bearer token, a request id per request, user agent, timeout, redirect policy, and the
// HTTP log. Jobs send through it; nothing else builds a QNetworkRequest.
//
// TLS: the system CAs plus an optional CA file. TLS errors are never ignored: they end the request.
// Redirects are followed only within the same origin (scheme, host, port).
class AccessManager : public QObject {
    Q_OBJECT

public:
    enum class Credentials { BearerToken, None }; // None: the token endpoint, which must not see a token

    explicit AccessManager(QObject *parent = nullptr);
    // Sends through `network` (tests inject a fake). Not owned: it must outlive this object.
    explicit AccessManager(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AccessManager() override;

    // "https://host:port" optionally with a path prefix the operator puts before the profile's paths.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    // Trust the CAs of a PEM file in addition to the system CAs. False (and `error`) when the file
    // cannot be read or holds no certificate; the previous setting stays then.
    bool setExtraCaFile(const QString &path, QString *error);
    void clearExtraCaFile();
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }

    void setBearerToken(const QByteArray &token);
    void clearBearerToken();
    bool hasBearerToken() const { return !m_token.isEmpty(); }
    QByteArray bearerToken() const { return m_token; }
    // Grows whenever the token changes, so a job can tell an answer to an older token (see Session).
    quint64 tokenGeneration() const { return m_tokenGeneration; }

    // How long a request may stay silent (no bytes either way) before the job gives up. Default 30 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Sends one request to baseUrl + pathAndQuery ("/tmf-api/...?..."). The reply belongs to the
    // caller (delete it with deleteLater()). Every request carries X-Request-ID, User-Agent, Accept and,
    // unless `credentials` is None, "Authorization: Bearer <token>" when a token is set.
    // `accept`: the Accept header, "application/json" when empty (a big list may ask for text/csv).
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                        const QByteArray &contentType = {}, Credentials credentials = Credentials::BearerToken,
                        const QByteArray &accept = {});

    QUrl urlFor(const QString &pathAndQuery) const;

    // Offline (issue 7), requests go to the archive instead: a QNetworkAccessManager that answers from
    // it (store::ArchiveNetwork). Not owned; null goes back to the network this object was made with.
    // Requests already sent keep their replies.
    void setOfflineNetwork(QNetworkAccessManager *archive);
    bool isOffline() const { return m_offline != nullptr; }
    static QByteArray userAgent();

private:
    void logWhenFinished(QNetworkReply *reply, const QByteArray &method, const QString &pathAndQuery);

    QNetworkAccessManager *network() const { return m_offline ? m_offline.data() : m_network; }

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkAccessManager> m_offline;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCa;
    QSslConfiguration m_tls;
    QByteArray m_token;
    quint64 m_tokenGeneration = 0;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace corpcare::api
