#pragma once

#include "api/secrets/secret_store.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace corpcare::api::secrets {

// An operator connection the user saved. Never holds a secret: the password or token, when the user
// chose to remember it, is in a SecretStore under secretKeyFor(connection).
struct SavedConnection {
    QString name; // unique, shown to the user
    QUrl baseUrl; // saved without user info, query or fragment
    QString login;
    QString caFile; // optional extra CA certificate file the user named
    bool rememberSecret = false;
    bool isDemo = false;

    bool operator==(const SavedConnection &other) const = default;
};

// host[:port] of the base URL (lower case; the port only when the URL names one) and the login.
SecretKey secretKeyFor(const SavedConnection &connection);

// Saved connections in a QSettings the caller owns (the application's settings, or a temporary INI
// file in tests), under the group "connections". Changes are written through (QSettings::sync()).
class ConnectionStore {
public:
    explicit ConnectionStore(QSettings *settings);

    // In the order they were first saved.
    QList<SavedConnection> connections() const;
    std::optional<SavedConnection> connection(const QString &name) const;
    // Adds or replaces the connection of that name and makes it the last used. False for an empty name
    // or when the settings could not be written.
    bool save(const SavedConnection &connection);
    // Removes it (and forgets it as the last used). Its secret is the caller's to delete.
    void remove(const QString &name);
    // The connection saved last, if it still exists.
    std::optional<SavedConnection> lastUsed() const;

private:
    void writeAll(const QList<SavedConnection> &connections);

    QSettings *m_settings;
};

} // namespace corpcare::api::secrets
