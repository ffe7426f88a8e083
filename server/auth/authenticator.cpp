#include "server/auth/authenticator.h"

#include "server/security/password_hash.h"
#include "server/security/token.h"
#include "server/store/sqlite.h"

#include <QSet>

namespace corpcare::server::auth {

using store::Database;
using store::Statement;

namespace {
// A fixed hash to verify against when the login is unknown, so that both answers take as long.
const QString &decoyHash() {
    static const QString hash = security::hashPassword(QStringLiteral("corpcare-decoy-password"));
    return hash;
}

QList<qint64> ids(Database &db, const QString &sql, qint64 userId) {
    QList<qint64> out;
    Statement statement = db.prepare(sql);
    statement.bind(1, userId);
    while (statement.step()) {
        out.append(statement.int64(0));
    }
    return out;
}
} // namespace

std::optional<IssuedToken> Authenticator::signIn(Database &db, const QString &login, const QString &password) const {
    Statement user = db.prepare(QStringLiteral("SELECT id, password_hash, disabled FROM portal_user WHERE login = ?"));
    user.bind(1, login);
    if (!user.step()) {
        security::verifyPassword(password, decoyHash());
        return std::nullopt;
    }
    const qint64 userId = user.int64(0);
    const QString hash = user.text(1);
    const bool disabled = user.int64(2) != 0;
    // The read ends here. A statement left stepping keeps its read transaction open, and the INSERT
    // below would then have to upgrade it: if the order worker committed in between, SQLite refuses
    // at once ("database is locked") instead of waiting its busy timeout.
    user.reset();
    if (!security::verifyPassword(password, hash) || disabled) {
        return std::nullopt;
    }
    IssuedToken issued{security::newBearerToken(), m_tokenLifetime};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO access_token(digest, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)"));
    insert.bind(1, security::tokenDigest(issued.token)).bind(2, userId).bind(3, now).bind(4, now + m_tokenLifetime);
    insert.run();
    return issued;
}

std::optional<QString> Authenticator::revoke(Database &db, const QByteArray &token) const {
    if (token.isEmpty() || token.size() > 512) {
        return std::nullopt;
    }
    const QByteArray digest = security::tokenDigest(token);
    Statement holder =
        db.prepare(QStringLiteral("SELECT u.login FROM access_token t JOIN portal_user u ON u.id = "
                                  "t.user_id WHERE t.digest = ? AND t.revoked = 0 AND t.expires_at > ?"));
    holder.bind(1, digest).bind(2, QDateTime::currentSecsSinceEpoch());
    if (!holder.step()) {
        return std::nullopt;
    }
    const QString login = holder.text(0);
    holder.reset(); // the read ends before the write (see signIn)
    db.prepare(QStringLiteral("UPDATE access_token SET revoked = 1 WHERE digest = ?")).bind(1, digest).run();
    return login;
}

std::optional<Caller> Authenticator::authenticate(Database &db, const QByteArray &authorizationHeader) const {
    static const QByteArray scheme = "Bearer ";
    if (!authorizationHeader.startsWith(scheme)) {
        return std::nullopt;
    }
    const QByteArray token = authorizationHeader.mid(scheme.size()).trimmed();
    if (token.isEmpty() || token.size() > 512) {
        return std::nullopt;
    }
    Statement lookup =
        db.prepare(QStringLiteral("SELECT t.user_id FROM access_token t JOIN portal_user u ON u.id = t.user_id "
                                  "WHERE t.digest = ? AND t.revoked = 0 AND t.expires_at > ? AND u.disabled = 0"));
    lookup.bind(1, security::tokenDigest(token)).bind(2, QDateTime::currentSecsSinceEpoch());
    if (!lookup.step()) {
        return std::nullopt;
    }
    return loadCaller(db, lookup.int64(0));
}

std::optional<Caller> Authenticator::loadCaller(Database &db, qint64 userId) {
    Statement user = db.prepare(QStringLiteral("SELECT login, name, role FROM portal_user WHERE id = ?"));
    user.bind(1, userId);
    if (!user.step()) {
        return std::nullopt;
    }
    Caller caller;
    caller.userId = userId;
    caller.login = user.text(0);
    caller.name = user.text(1);
    caller.role = user.text(2);

    Statement permissions = db.prepare(QStringLiteral("SELECT permission FROM portal_permission WHERE user_id = ?"));
    permissions.bind(1, userId);
    while (permissions.step()) {
        caller.permissions.append(permissions.text(0));
    }

    // Granted subtrees, resolved now: an organization added under a granted one is in scope at once.
    caller.organizationIds = ids(db, QStringLiteral(R"sql(
        WITH RECURSIVE tree(id) AS (
          SELECT object_id FROM portal_grant WHERE user_id = ? AND kind = 'Organization'
          UNION SELECT o.id FROM organization o JOIN tree ON o.parent_id = tree.id)
        SELECT id FROM tree ORDER BY id)sql"),
                                 userId);
    caller.seesEverything = db.scalar(QStringLiteral("SELECT COUNT(*) FROM portal_grant g JOIN organization o "
                                                     "ON g.kind = 'Organization' AND o.id = g.object_id "
                                                     "WHERE g.user_id = ? AND o.parent_id IS NULL"),
                                      {userId})
                                .toLongLong() > 0;
    const QList<qint64> grantedAccounts = ids(
        db, QStringLiteral("SELECT object_id FROM portal_grant WHERE user_id = ? AND kind = 'BillingAccount'"), userId);
    caller.productIds =
        ids(db, QStringLiteral("SELECT object_id FROM portal_grant WHERE user_id = ? AND kind = 'Product' ORDER BY 1"),
            userId);

    QSet<qint64> accounts(grantedAccounts.begin(), grantedAccounts.end());
    Statement owned = db.prepare(QStringLiteral("SELECT id, organization_id FROM billing_account"));
    const QSet<qint64> organizations(caller.organizationIds.begin(), caller.organizationIds.end());
    while (owned.step()) {
        if (organizations.contains(owned.int64(1))) {
            accounts.insert(owned.int64(0));
        }
    }
    caller.accountIds = QList<qint64>(accounts.begin(), accounts.end());
    std::sort(caller.accountIds.begin(), caller.accountIds.end());
    return caller;
}

} // namespace corpcare::server::auth
