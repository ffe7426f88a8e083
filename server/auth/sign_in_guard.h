#pragma once

#include <QString>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::auth {

// Repeated failed sign-ins lock a login for a while (issue 6, profile §4): `maxFailures` within
// `windowSeconds` lock it for `lockSeconds`, whatever password comes next. Unknown logins are counted
// and locked alike, so the answers never tell which logins exist. Every sign-in, failure, lockout and
// sign-out is written to the audit trail with the address it came from; its target is the portal
// user's id, or the login as typed when no user has it.
struct LockoutPolicy {
    int maxFailures = 5;
    qint64 windowSeconds = 900;
    qint64 lockSeconds = 900;
};

class SignInGuard {
public:
    explicit SignInGuard(LockoutPolicy policy) : m_policy(policy) {}

    // Seconds the login stays locked at `now`, 0 when it may try.
    qint64 lockedFor(store::Database &db, const QString &login, qint64 now) const;
    // Counts a failed attempt (and records it); at the limit the login is locked. Returns the seconds
    // it is locked for from now, 0 when it is not.
    qint64 failed(store::Database &db, const QString &login, const QString &source, qint64 now) const;
    // A successful sign-in: the count starts again, and it is recorded.
    void succeeded(store::Database &db, const QString &login, const QString &source, qint64 now) const;
    // A token revoked by its holder.
    static void signedOut(store::Database &db, const QString &login, const QString &source, qint64 now);

private:
    LockoutPolicy m_policy;
};

} // namespace corpcare::server::auth
