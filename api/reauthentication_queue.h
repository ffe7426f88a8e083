#pragma once

#include "api/api_error.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace corpcare::api {

class AccessManager;
class ApiJob;

// Where a Session's jobs wait while the user signs in again (ownCloud's "requests wait in a queue while
// the token is refreshed, then replay"). A bearer job that gets 401 while the session is signed in is
// parked here instead of failing, and so is every job started while the queue waits; nothing the user
// asked for is lost. replayAll() sends them all again with the new token; failAll() ends them.
class ReauthenticationQueue : public QObject {
    Q_OBJECT

public:
    explicit ReauthenticationQueue(AccessManager *access, QObject *parent = nullptr);
    ~ReauthenticationQueue() override;

    // Parks jobs only while enabled (the Session is signed in); otherwise a 401 simply fails the job.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    bool isWaiting() const { return m_waiting; }
    qsizetype heldCount() const { return m_held.size(); }

    void replayAll();
    void failAll(const ApiError &error);

signals:
    // Once per waiting period, on the next turn of the event loop (never from inside a reply handler).
    void reauthenticationRequired();

private:
    friend class ApiJob;
    // A job started while waiting.
    void hold(ApiJob *job);
    // A job got 401. True when the queue took it: parked, or replayed at once because the token
    // changed since it was sent (a new sign-in happened meanwhile).
    bool holdAfterUnauthorized(ApiJob *job, quint64 sentTokenGeneration);
    void forget(ApiJob *job);

    QPointer<AccessManager> m_access;
    QList<QPointer<ApiJob>> m_held;
    bool m_enabled = false;
    bool m_waiting = false;
};

} // namespace corpcare::api
