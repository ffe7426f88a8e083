#include "api/access_manager.h"

#include "api/api_logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace corpcare::api {

AccessManager::AccessManager(QObject *parent) : AccessManager(new QNetworkAccessManager, parent) {
    m_network->setParent(this);
}

AccessManager::AccessManager(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_tls(QSslConfiguration::defaultConfiguration()) {
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

AccessManager::~AccessManager() = default;

void AccessManager::setOfflineNetwork(QNetworkAccessManager *archive) {
    m_offline = archive;
}

void AccessManager::setBaseUrl(const QUrl &baseUrl) {
    m_baseUrl = baseUrl;
}

bool AccessManager::setExtraCaFile(const QString &path, QString *error) {
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error) {
            *error = tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(path);
        }
        return false;
    }
    m_extraCa = certificates;
    // Setting the CA list turns off Qt's on-demand loading of the system CAs, so name them too.
    m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCa);
    return true;
}

void AccessManager::clearExtraCaFile() {
    m_extraCa.clear();
    m_tls.setCaCertificates(QSslConfiguration::systemCaCertificates());
}

void AccessManager::setBearerToken(const QByteArray &token) {
    m_token = token;
    ++m_tokenGeneration;
}

void AccessManager::clearBearerToken() {
    m_token.clear();
    ++m_tokenGeneration;
}

QByteArray AccessManager::userAgent() {
    return QByteArrayLiteral("CorpCare/" CORPCARE_VERSION);
}

QUrl AccessManager::urlFor(const QString &pathAndQuery) const {
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (!path.startsWith(QLatin1Char('/'))) {
        path.prepend(QLatin1Char('/'));
    }
    QString prefix = m_baseUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(QLatin1Char('/'))) {
        prefix.chop(1);
    }
    QUrl url = m_baseUrl;
    url.setPath(prefix + path, QUrl::TolerantMode);
    url.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1), QUrl::TolerantMode);
    return url;
}

QNetworkReply *AccessManager::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                   const QByteArray &contentType, Credentials credentials, const QByteArray &accept) {
    QNetworkRequest request(urlFor(pathAndQuery));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", accept.isEmpty() ? QByteArrayLiteral("application/json") : accept);
    request.setRawHeader("Accept-Language", QLocale().uiLanguages().value(0, QStringLiteral("en")).toLatin1());
    request.setRawHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (credentials == Credentials::BearerToken && !m_token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_token);
    }
    QNetworkReply *reply = nullptr;
    if (method == "GET") {
        reply = network()->get(request);
    } else if (method == "POST") {
        reply = network()->post(request, body);
    } else if (method == "PUT") {
        reply = network()->put(request, body);
    } else {
        reply = network()->sendCustomRequest(request, method, body);
    }
    logWhenFinished(reply, method, pathAndQuery);
    return reply;
}

// One line per exchange: method, path, status, duration, request id. Never headers or bodies, so
// the Authorization header, tokens and the sign-in form cannot reach the log.
void AccessManager::logWhenFinished(QNetworkReply *reply, const QByteArray &method, const QString &pathAndQuery) {
    if (!lcApi().isDebugEnabled()) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const QByteArray requestId = reply->request().rawHeader("X-Request-ID");
    connect(reply, &QNetworkReply::finished, this, [reply, method, pathAndQuery, requestId, clock] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString outcome =
            status != 0 ? QString::number(status) : QStringLiteral("no answer (%1)").arg(reply->errorString());
        qCDebug(lcApi).noquote() << method << pathAndQuery << outcome << clock.elapsed() << "ms id" << requestId;
    });
}

} // namespace corpcare::api
