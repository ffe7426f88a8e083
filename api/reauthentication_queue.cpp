#include "api/reauthentication_queue.h"

#include "api/access_manager.h"
#include "api/api_job.h"
#include "api/api_logging.h"

#include <QTimer>

#include <utility>

namespace corpcare::api {

ReauthenticationQueue::ReauthenticationQueue(AccessManager *access, QObject *parent)
    : QObject(parent), m_access(access) {}

ReauthenticationQueue::~ReauthenticationQueue() = default;

void ReauthenticationQueue::hold(ApiJob *job) {
    if (!m_held.contains(job)) {
        m_held.append(job);
    }
}

bool ReauthenticationQueue::holdAfterUnauthorized(ApiJob *job, quint64 sentTokenGeneration) {
    if (!m_enabled) {
        return false;
    }
    const AccessManager *access = m_access.data();
    if (!m_waiting && access && sentTokenGeneration != access->tokenGeneration()) {
        // The token changed while this request travelled: try again with the new one.
        QTimer::singleShot(0, job, [job] { job->replayAfterSignIn(); });
        return true;
    }
    hold(job);
    if (!m_waiting) {
        m_waiting = true;
        qCDebug(lcApi) << "the token was refused; holding requests until the user signs in again";
        QTimer::singleShot(0, this, [this] {
            if (m_waiting) {
                emit reauthenticationRequired();
            }
        });
    }
    return true;
}

void ReauthenticationQueue::forget(ApiJob *job) {
    m_held.removeAll(job);
}

void ReauthenticationQueue::replayAll() {
    m_waiting = false;
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_held, {});
    qCDebug(lcApi) << "replaying" << jobs.size() << "held requests";
    for (const QPointer<ApiJob> &held : jobs) {
        if (ApiJob *job = held.data()) {
            job->replayAfterSignIn();
        }
    }
}

void ReauthenticationQueue::failAll(const ApiError &error) {
    m_waiting = false;
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_held, {});
    for (const QPointer<ApiJob> &held : jobs) {
        // finished() handlers may delete other held jobs: the QPointer notices.
        ApiJob *job = held.data();
        if (job && job->state() == ApiJob::State::WaitingForSignIn) {
            job->finishWith(error);
        }
    }
}

} // namespace corpcare::api
