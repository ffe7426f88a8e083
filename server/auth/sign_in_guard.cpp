#include "server/auth/sign_in_guard.h"

#include "domain/audit_record.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

namespace corpcare::server::auth {

namespace {

// A login as stored and recorded: whatever was typed, but not more of it than a login can be.
QString keyOf(const QString &login) {
    return login.left(64);
}

// The target of a sign-in record: the portal user's id, or the login as typed when no user has it.
QString targetIdOf(store::Database &db, const QString &login) {
    const QVariant id = db.scalar(QStringLiteral("SELECT id FROM portal_user WHERE login = ?"), {keyOf(login)});
    return id.isNull() ? keyOf(login) : QString::number(id.toLongLong());
}

void record(store::Database &db, const QString &action, const QString &login, const QJsonObject &after,
            const QString &source, qint64 now) {
    store::appendAudit(db,
                       {keyOf(login),
                        action,
                        QStringLiteral("PortalUser"),
                        targetIdOf(db, login),
                        keyOf(login),
                        {},
                        after,
                        {},
                        {},
                        source},
                       QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
}

} // namespace

qint64 SignInGuard::lockedFor(store::Database &db, const QString &login, qint64 now) const {
    const QVariant until =
        db.scalar(QStringLiteral("SELECT locked_until FROM sign_in_failure WHERE login = ?"), {keyOf(login)});
    return until.isNull() ? 0 : qMax<qint64>(0, until.toLongLong() - now);
}

qint64 SignInGuard::failed(store::Database &db, const QString &login, const QString &source, qint64 now) const {
    store::Transaction transaction(db);
    store::Statement row = db.prepare(QStringLiteral("SELECT failures, first_at FROM sign_in_failure WHERE login = ?"));
    row.bind(1, keyOf(login));
    qint64 failures = 0;
    qint64 firstAt = now;
    if (row.step() && now - row.int64(1) < m_policy.windowSeconds) {
        failures = row.int64(0);
        firstAt = row.int64(1);
    }
    row.reset();
    ++failures;
    const bool lock = failures >= m_policy.maxFailures;
    // A lock starts a new window: the next failures after it count from one again.
    db.prepare(QStringLiteral("INSERT OR REPLACE INTO sign_in_failure(login, failures, first_at, locked_until) "
                              "VALUES (?, ?, ?, ?)"))
        .bind(1, keyOf(login))
        .bind(2, lock ? qint64(0) : failures)
        .bind(3, lock ? now : firstAt)
        .bind(4, lock ? now + m_policy.lockSeconds : qint64(0))
        .run();
    record(db, domain::audit_action::signInFailed, login, {{QStringLiteral("failures"), failures}}, source, now);
    if (lock) {
        record(db, domain::audit_action::signInLocked, login, {{QStringLiteral("lockedSeconds"), m_policy.lockSeconds}},
               source, now);
    }
    transaction.commit();
    return lock ? m_policy.lockSeconds : 0;
}

void SignInGuard::succeeded(store::Database &db, const QString &login, const QString &source, qint64 now) const {
    store::Transaction transaction(db);
    db.prepare(QStringLiteral("DELETE FROM sign_in_failure WHERE login = ?")).bind(1, keyOf(login)).run();
    record(db, domain::audit_action::signIn, login, {}, source, now);
    transaction.commit();
}

void SignInGuard::signedOut(store::Database &db, const QString &login, const QString &source, qint64 now) {
    record(db, domain::audit_action::signOut, login, {}, source, now);
}

} // namespace corpcare::server::auth
