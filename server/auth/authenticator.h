#pragma once

#include "server/auth/caller.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::auth {

struct IssuedToken {
    QByteArray token;
    qint64 expiresInSeconds = 0;
};

// Sign-in and bearer-token checks against the portal_user and access_token tables.
class Authenticator {
public:
    explicit Authenticator(qint64 tokenLifetimeSeconds) : m_tokenLifetime(tokenLifetimeSeconds) {}

    // A token for the user, or nullopt for an unknown login, a wrong password or a disabled user
    // (one answer for all three, so that logins cannot be probed).
    std::optional<IssuedToken> signIn(store::Database &db, const QString &login, const QString &password) const;

    // The caller behind an "Authorization" header value, or nullopt when it is missing, malformed,
    // unknown, expired or revoked.
    std::optional<Caller> authenticate(store::Database &db, const QByteArray &authorizationHeader) const;

    // Ends a token at once (sign-out). The holder's login, or nullopt when the token is unknown, revoked
    // or expired already.
    std::optional<QString> revoke(store::Database &db, const QByteArray &token) const;

    // Resolves a portal user's grants into the scope's id lists.
    static std::optional<Caller> loadCaller(store::Database &db, qint64 userId);

private:
    qint64 m_tokenLifetime;
};

} // namespace corpcare::server::auth
