#include "api/api_job.h"

#include "api/api_logging.h"
#include "api/error_from_reply.h"
#include "api/reauthentication_queue.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <utility>

namespace corpcare::api {

ApiJob::ApiJob(AccessManager *access, QByteArray method, QString pathAndQuery, QByteArray body, QByteArray contentType,
               QObject *parent)
    : QObject(parent), m_access(access), m_method(std::move(method)), m_pathAndQuery(std::move(pathAndQuery)),
      m_body(std::move(body)), m_contentType(std::move(contentType)) {
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob() {
    // Destroyed while a request is in flight: stop it, but say nothing (the caller chose to drop us).
    if (QNetworkReply *reply = takeReply()) {
        reply->abort();
    }
    if (ReauthenticationQueue *queue = m_queue.data()) {
        queue->forget(this);
    }
}

void ApiJob::setReauthenticationQueue(ReauthenticationQueue *queue) {
    m_queue = queue;
}

bool ApiJob::isIdempotent() const {
    return m_method == "GET" || m_method == "HEAD";
}

QByteArray ApiJob::rawHeader(const QByteArray &name) const {
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void ApiJob::start() {
    if (m_state != State::NotStarted) {
        qCDebug(lcApi) << "start() ignored: the job already started" << m_method << m_pathAndQuery;
        return;
    }
    if (!m_access) {
        finishWith(ApiError{ApiError::Kind::Network, 0, {}, tr("The connection to the server is closed."), {}});
        return;
    }
    if (parkIfWaitingForSignIn()) {
        return;
    }
    sendAttempt();
}

bool ApiJob::parkIfWaitingForSignIn() {
    ReauthenticationQueue *queue = m_queue.data();
    if (m_credentials != AccessManager::Credentials::BearerToken || !queue || !queue->isWaiting()) {
        return false;
    }
    m_state = State::WaitingForSignIn;
    queue->hold(this);
    return true;
}

void ApiJob::abort() {
    switch (m_state) {
    case State::Finished:
        return;
    case State::Running:
        if (QNetworkReply *reply = takeReply()) {
            reply->abort();
        }
        break;
    case State::WaitingToRetry:
        m_retryTimer.stop();
        break;
    case State::WaitingForSignIn:
        if (ReauthenticationQueue *queue = m_queue.data()) {
            queue->forget(this);
        }
        break;
    case State::NotStarted:
        break;
    }
    finishWith(ApiError::cancelled());
}

void ApiJob::sendAttempt() {
    AccessManager *access = m_access.data();
    if (!access) {
        finishWith(ApiError{ApiError::Kind::Network, 0, {}, tr("The connection to the server is closed."), {}});
        return;
    }
    ++m_attempts;
    m_state = State::Running;
    m_sslErrors.clear();
    m_sentTokenGeneration = access->tokenGeneration();
    m_attemptTimeout = access->timeout();
    m_reply = access->send(m_method, m_pathAndQuery, m_body, m_contentType, m_credentials, m_accept);
    if (m_bodyIsSecret) {
        m_body.fill('\0');
        m_body.clear();
    }
    m_requestId = m_reply->request().rawHeader("X-Request-ID");
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    // The timeout measures silence, not the whole transfer: a big page that keeps arriving is fine.
    const auto restartTimeout = [this] { m_timeoutTimer.start(m_attemptTimeout); };
    connect(m_reply, &QNetworkReply::downloadProgress, this, restartTimeout);
    connect(m_reply, &QNetworkReply::uploadProgress, this, restartTimeout);
    m_timeoutTimer.start(m_attemptTimeout);
}

QNetworkReply *ApiJob::takeReply() {
    m_timeoutTimer.stop();
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (reply) {
        disconnect(reply, nullptr, this, nullptr); // its abort() must not re-enter onReplyFinished()
        reply->deleteLater();
    }
    return reply;
}

void ApiJob::onTimeout() {
    const QUrl url = m_reply ? m_reply->url() : QUrl();
    if (QNetworkReply *reply = takeReply()) {
        reply->abort();
    }
    conclude(errors::timedOut(m_attemptTimeout, {m_method, url, m_requestId}), true);
}

void ApiJob::onReplyFinished() {
    QNetworkReply *reply = takeReply();
    if (!reply) {
        return;
    }
    const errors::RequestContext context{m_method, reply->url(), m_requestId};
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    const QByteArray body = reply->readAll();

    if (m_httpStatus == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        if (errors::isTlsError(code) || !m_sslErrors.isEmpty()) {
            conclude(errors::fromTlsErrors(m_sslErrors, reply->sslConfiguration().peerCertificate(),
                                           reply->errorString(), context),
                     false);
        } else {
            conclude(errors::fromNetworkError(code, reply->errorString(), context), errors::isTransient(code));
        }
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        conclude(readSuccess(m_httpStatus, body), false);
        return;
    }
    ApiError error = readFailure(m_httpStatus, body);
    ReauthenticationQueue *queue = m_queue.data();
    if (m_httpStatus == 401 && m_credentials == AccessManager::Credentials::BearerToken && queue) {
        m_state = State::WaitingForSignIn; // before the queue speaks: its listeners may look at us
        if (queue->holdAfterUnauthorized(this, m_sentTokenGeneration)) {
            return;
        }
        m_state = State::Running;
    }
    conclude(error, errors::isTransientHttpStatus(m_httpStatus));
}

// The single decision point after an attempt: retry, or end. Every path returns right after.
void ApiJob::conclude(const ApiError &error, bool transient) {
    if (error.isError() && transient && isIdempotent() && m_attempts < m_maxAttempts) {
        const qint64 base = m_retryBaseDelay.count() << (m_attempts - 1);
        const qint64 jitter = base / 4 > 0 ? QRandomGenerator::global()->bounded(base / 2 + 1) - base / 4 : 0;
        qCDebug(lcApi).noquote() << "retrying" << m_method << m_pathAndQuery << "after" << (base + jitter)
                                 << "ms:" << kindName(error.kind) << error.httpStatus;
        m_error = error;
        m_state = State::WaitingToRetry;
        m_retryTimer.start(std::chrono::milliseconds(base + jitter));
        return;
    }
    finishWith(error);
}

void ApiJob::finishWith(const ApiError &error) {
    if (m_state == State::Finished) {
        return;
    }
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    m_state = State::Finished;
    m_error = error;
    const QPointer<ApiJob> self(this);
    emit finished();
    // A slot may have deleted us; otherwise honour setAutoDelete().
    if (self && m_autoDelete) {
        deleteLater();
    }
}

void ApiJob::replayAfterSignIn() {
    if (m_state != State::WaitingForSignIn) {
        return;
    }
    m_attempts = 0;
    sendAttempt();
}

ApiError ApiJob::readFailure(int httpStatus, const QByteArray &body) {
    const AccessManager *access = m_access.data();
    const QUrl url = access ? access->urlFor(m_pathAndQuery) : QUrl();
    return errors::fromHttpStatus(httpStatus, body, {m_method, url, m_requestId});
}

} // namespace corpcare::api
