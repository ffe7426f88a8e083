#include "api/secrets/connection_store.h"

#include <QSettings>

namespace corpcare::api::secrets {

namespace {

// Every settings key of saved connections, in one place. Layout (INI):
//   [connections]
//   version=1
//   lastUsed=<name>
//   list\size=<n>
//   list\1\name=...  list\1\baseUrl=...  list\1\login=...  list\1\caFile=...
//   list\1\rememberSecret=true|false  list\1\isDemo=true|false
namespace key {
constexpr auto group = "connections";
constexpr auto version = "version";
constexpr auto lastUsed = "lastUsed";
constexpr auto list = "list";
constexpr auto name = "name";
constexpr auto baseUrl = "baseUrl";
constexpr auto login = "login";
constexpr auto caFile = "caFile";
constexpr auto rememberSecret = "rememberSecret";
constexpr auto isDemo = "isDemo";
} // namespace key

constexpr int kFormatVersion = 1;

QString text(const char *latin1) {
    return QString::fromLatin1(latin1);
}

// Booleans as the words "true" / "false", the same in every QSettings format.
QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool boolFromText(const QVariant &value) {
    return value.toString() == QLatin1StringView("true");
}

QString lastUsedKey() {
    return text(key::group) + QLatin1Char('/') + text(key::lastUsed);
}

// A base URL is scheme, host, port and path: user info (a password there would be a secret on disk),
// query and fragment are dropped.
QUrl savedBaseUrl(const QUrl &url) {
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

SecretKey secretKeyFor(const SavedConnection &connection) {
    QString host = connection.baseUrl.host(QUrl::FullyEncoded).toLower();
    if (connection.baseUrl.port() != -1) {
        host += QLatin1Char(':') + QString::number(connection.baseUrl.port());
    }
    return SecretKey{host, connection.login};
}

ConnectionStore::ConnectionStore(QSettings *settings) : m_settings(settings) {}

QList<SavedConnection> ConnectionStore::connections() const {
    QList<SavedConnection> result;
    m_settings->beginGroup(text(key::group));
    const int size = m_settings->beginReadArray(text(key::list));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        SavedConnection connection;
        connection.name = m_settings->value(text(key::name)).toString();
        connection.baseUrl = QUrl(m_settings->value(text(key::baseUrl)).toString(), QUrl::StrictMode);
        connection.login = m_settings->value(text(key::login)).toString();
        connection.caFile = m_settings->value(text(key::caFile)).toString();
        connection.rememberSecret = boolFromText(m_settings->value(text(key::rememberSecret)));
        connection.isDemo = boolFromText(m_settings->value(text(key::isDemo)));
        if (!connection.name.isEmpty()) {
            result.append(connection);
        }
    }
    m_settings->endArray();
    m_settings->endGroup();
    return result;
}

std::optional<SavedConnection> ConnectionStore::connection(const QString &name) const {
    const QList<SavedConnection> all = connections();
    for (const SavedConnection &connection : all) {
        if (connection.name == name) {
            return connection;
        }
    }
    return std::nullopt;
}

bool ConnectionStore::save(const SavedConnection &connection) {
    if (connection.name.isEmpty()) {
        return false;
    }
    SavedConnection saved = connection;
    saved.baseUrl = savedBaseUrl(connection.baseUrl);

    QList<SavedConnection> all = connections();
    bool replaced = false;
    for (SavedConnection &existing : all) {
        if (existing.name == saved.name) {
            existing = saved;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        all.append(saved);
    }
    writeAll(all);
    m_settings->setValue(lastUsedKey(), saved.name);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void ConnectionStore::remove(const QString &name) {
    QList<SavedConnection> all = connections();
    const qsizetype removed = all.removeIf([&name](const SavedConnection &c) { return c.name == name; });
    if (removed == 0) {
        return;
    }
    writeAll(all);
    if (m_settings->value(lastUsedKey()).toString() == name) {
        m_settings->remove(lastUsedKey());
    }
    m_settings->sync();
}

std::optional<SavedConnection> ConnectionStore::lastUsed() const {
    const QString name = m_settings->value(lastUsedKey()).toString();
    if (name.isEmpty()) {
        return std::nullopt;
    }
    return connection(name);
}

void ConnectionStore::writeAll(const QList<SavedConnection> &connections) {
    m_settings->beginGroup(text(key::group));
    m_settings->setValue(text(key::version), kFormatVersion);
    m_settings->remove(text(key::list));
    m_settings->beginWriteArray(text(key::list), static_cast<int>(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const SavedConnection &connection = connections.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(text(key::name), connection.name);
        m_settings->setValue(text(key::baseUrl), connection.baseUrl.toString(QUrl::FullyEncoded));
        m_settings->setValue(text(key::login), connection.login);
        m_settings->setValue(text(key::caFile), connection.caFile);
        m_settings->setValue(text(key::rememberSecret), boolText(connection.rememberSecret));
        m_settings->setValue(text(key::isDemo), boolText(connection.isDemo));
    }
    m_settings->endArray();
    m_settings->endGroup();
}

} // namespace corpcare::api::secrets
