#pragma once

#include "api/access_manager.h"
#include "api/api_error.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <chrono>

namespace corpcare::api {

class ReauthenticationQueue;

// One request to the API with its policy (nextcloud's AbstractNetworkJob): a timeout per attempt,
// bounded retry with exponential backoff for idempotent requests, abort told apart from timeout, and
// `finished()` emitted exactly once on every path — success, HTTP error, network or TLS error,
// timeout, malformed body, abort before start, abort while running or waiting to retry. abort() after
// the end does nothing.
//
// Ownership: the caller owns the job; it never deletes itself unless setAutoDelete(true), in which
// case it calls deleteLater() after finished(). Connect to finished(), then call start().
class ApiJob : public QObject {
    Q_OBJECT

public:
    enum class State { NotStarted, Running, WaitingToRetry, WaitingForSignIn, Finished };

    ~ApiJob() override;

    void start();
    void abort(); // ends with ApiError::Kind::Cancelled (emits finished() synchronously)

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    const ApiError &error() const { return m_error; }

    QByteArray method() const { return m_method; }
    QString pathAndQuery() const { return m_pathAndQuery; }
    // GET and HEAD: safe to send again. Only these are retried.
    bool isIdempotent() const;

    // The last HTTP answer (also on HTTP errors): 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    QByteArray rawHeader(const QByteArray &name) const;  // case-insensitive, empty when absent
    QByteArray requestId() const { return m_requestId; } // X-Request-ID of the last attempt
    int attempts() const { return m_attempts; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // The media type asked for (Accept); empty: application/json. Before start().
    void setAccept(const QByteArray &accept) { m_accept = accept; }
    // Retry policy for idempotent requests: `maxAttempts` tries in all (default 3), waiting
    // base · 2^(n-1) ± 25 % between them (default 200 ms).
    void setMaxAttempts(int maxAttempts) { m_maxAttempts = qMax(1, maxAttempts); }
    void setRetryBaseDelay(std::chrono::milliseconds delay) { m_retryBaseDelay = delay; }

    // The Session's queue: a 401 on a bearer request, or a start while the session is waiting for a
    // new sign-in, parks the job there instead of failing it.
    void setReauthenticationQueue(ReauthenticationQueue *queue);

signals:
    void finished();

protected:
    ApiJob(AccessManager *access, QByteArray method, QString pathAndQuery, QByteArray body = {},
           QByteArray contentType = {}, QObject *parent = nullptr);

    // Reads a 2xx body into the job's result. Answers the error when the body is not what the job
    // expects (Kind::Malformed); such an answer is final, never retried.
    virtual ApiError readSuccess(int httpStatus, const QByteArray &body) = 0;
    // The error for a non-2xx answer; SignInJob words a 401 differently.
    virtual ApiError readFailure(int httpStatus, const QByteArray &body);

    // The token endpoint sends no token and a 401 there is a wrong password, not an expired session.
    void setCredentials(AccessManager::Credentials credentials) { m_credentials = credentials; }
    // Forget the body once sent (the sign-in form holds a password).
    void setBodyIsSecret(bool secret) { m_bodyIsSecret = secret; }
    AccessManager *accessManager() const { return m_access; }

private:
    friend class ReauthenticationQueue; // replays parked jobs or fails them

    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void conclude(const ApiError &error, bool transient);
    void finishWith(const ApiError &error);
    void replayAfterSignIn();
    QNetworkReply *takeReply();
    bool parkIfWaitingForSignIn();

    QPointer<AccessManager> m_access;
    QPointer<ReauthenticationQueue> m_queue;
    QByteArray m_method;
    QString m_pathAndQuery;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_accept;
    AccessManager::Credentials m_credentials = AccessManager::Credentials::BearerToken;
    bool m_bodyIsSecret = false;
    bool m_autoDelete = false;

    State m_state = State::NotStarted;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply; // QPointer: the access manager may go first and take it along
    QList<QSslError> m_sslErrors;
    quint64 m_sentTokenGeneration = 0;
    int m_httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_requestId;
    int m_attempts = 0;
    std::chrono::milliseconds m_attemptTimeout{30000};
    int m_maxAttempts = 3;
    std::chrono::milliseconds m_retryBaseDelay{200};
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
};

} // namespace corpcare::api
