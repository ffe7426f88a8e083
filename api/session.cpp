#include "api/session.h"

#include "api/api_logging.h"
#include "api/json_request_job.h"
#include "api/reauthentication_queue.h"
#include "domain/json/paths.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace corpcare::api {

Session::Session(QObject *parent) : Session(new AccessManager, parent) {}

Session::Session(AccessManager *access, QObject *parent)
    : QObject(parent), m_access(access), m_queue(new ReauthenticationQueue(access, this)) {
    m_access->setParent(this);
    connect(m_queue, &ReauthenticationQueue::reauthenticationRequired, this, &Session::reauthenticationRequired);
}

Session::~Session() {
    // Jobs first: they still hold replies of the access manager's network, which goes next.
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

template <typename Job>
Job *Session::adopt(Job *job) {
    job->setParent(this);
    job->setReauthenticationQueue(m_queue);
    return job;
}

SignInJob *Session::signIn(const QString &login, const QString &password) {
    auto *job = new SignInJob(m_access, login, password, this);
    // Connected before the caller can connect: the token is in place when the caller hears finished().
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            return;
        }
        m_login = job->login();
        acceptToken(job->accessToken(), job->expiresAt());
    });
    return job;
}

void Session::acceptToken(const QByteArray &token, const QDateTime &expiresAt) {
    m_access->setBearerToken(token);
    m_expiresAt = expiresAt;
    m_signedIn = true;
    m_queue->setEnabled(true);
    emit signedIn();
    if (m_queue->isWaiting()) {
        m_queue->replayAll();
    }
}

void Session::resumeWithToken(const QByteArray &token) {
    acceptToken(token, {});
}

void Session::forgetCredentials() {
    m_access->clearBearerToken();
    m_signedIn = false;
    m_login.clear();
    m_expiresAt = {};
    m_user = {};
    m_queue->setEnabled(false);
}

void Session::signOut() {
    const bool wasSignedIn = m_signedIn;
    if (m_access->hasBearerToken()) {
        // The server ends the token at once (profile §4, RFC 7009), so that a copy of it is worth nothing.
        // Nobody waits for the answer: signing out never hangs on a server that is gone.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(m_access->bearerToken()));
        QNetworkReply *reply = m_access->send("POST", QString::fromLatin1(domain::json::kRevokePath), formEncode(form),
                                              "application/x-www-form-urlencoded", AccessManager::Credentials::None);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    forgetCredentials();
    m_queue->failAll(ApiError::cancelled());
    if (wasSignedIn) {
        emit signedOut();
    }
}

void Session::abandonReauthentication() {
    const bool wasSignedIn = m_signedIn;
    forgetCredentials();
    m_queue->failAll(ApiError{ApiError::Kind::Unauthorized,
                              401,
                              QStringLiteral("unauthorized"),
                              tr("Your session has ended. Please sign in again."),
                              {}});
    if (wasSignedIn) {
        emit signedOut();
    }
}

bool Session::isReauthenticating() const {
    return m_queue->isWaiting();
}

JsonRequestJob *Session::get(const QString &pathAndQuery) {
    return adopt(JsonRequestJob::get(m_access, pathAndQuery));
}

JsonRequestJob *Session::postJson(const QString &path, const QJsonDocument &document) {
    return adopt(JsonRequestJob::postJson(m_access, path, document));
}

JsonRequestJob *Session::postJsonBytes(const QString &path, const QByteArray &json) {
    return adopt(new JsonRequestJob(m_access, "POST", path, json, "application/json; charset=utf-8"));
}

JsonRequestJob *Session::patchJson(const QString &path, const QJsonObject &changes) {
    return adopt(new JsonRequestJob(m_access, "PATCH", path, QJsonDocument(changes).toJson(QJsonDocument::Compact),
                                    "application/json; charset=utf-8"));
}

JsonRequestJob *Session::postForm(const QString &path, const QUrlQuery &form) {
    return adopt(JsonRequestJob::postForm(m_access, path, form));
}

MeJob *Session::fetchMe() {
    auto *job = adopt(new MeJob(m_access));
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error().isError() || !m_signedIn) {
            return;
        }
        m_user = job->user();
        emit currentUserChanged();
    });
    return job;
}

} // namespace corpcare::api
