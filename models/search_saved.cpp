#include "models/search_saved.h"

#include "models/search_settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace corpcare::models {

SavedSearches::SavedSearches(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) {
    load();
}

void SavedSearches::load() {
    QSettings fallback;
    QSettings &settings = m_settings ? *m_settings : fallback;
    const QByteArray stored = settings.value(search_settings::savedSearches()).toByteArray();
    if (stored.isEmpty()) {
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(stored, &parseError);
    if (!document.isArray()) {
        m_loadProblem = tr("The saved searches could not be read: %1").arg(parseError.errorString());
        return;
    }
    QStringList dropped;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        QString error;
        const std::optional<domain::UserSearch> search =
            domain::UserSearch::fromJson(object.value(QStringLiteral("search")).toObject(), &error);
        if (name.trimmed().isEmpty() || !search) {
            dropped.append(name.isEmpty() ? tr("(unnamed)") : name);
            continue;
        }
        m_entries.append({name, *search});
    }
    if (!dropped.isEmpty()) {
        m_loadProblem = tr("These saved searches could not be read and were left out: %1").arg(dropped.join(u", "));
    }
}

void SavedSearches::store() const {
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        array.append(
            QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("search"), entry.search.toJson()}});
    }
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
    if (m_settings) {
        m_settings->setValue(search_settings::savedSearches(), json);
    } else {
        QSettings().setValue(search_settings::savedSearches(), json);
    }
}

QStringList SavedSearches::names() const {
    QStringList out;
    for (const Entry &entry : m_entries) {
        out.append(entry.name);
    }
    return out;
}

std::optional<domain::UserSearch> SavedSearches::find(const QString &name) const {
    for (const Entry &entry : m_entries) {
        if (entry.name == name) {
            return entry.search;
        }
    }
    return std::nullopt;
}

bool SavedSearches::save(const QString &name, const domain::UserSearch &search) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return false;
    }
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&trimmed](const Entry &e) { return e.name == trimmed; });
    if (it != m_entries.end()) {
        it->search = search;
    } else {
        m_entries.append({trimmed, search});
    }
    store();
    emit changed();
    return true;
}

bool SavedSearches::remove(const QString &name) {
    const auto removed = m_entries.removeIf([&name](const Entry &entry) { return entry.name == name; });
    if (removed == 0) {
        return false;
    }
    store();
    emit changed();
    return true;
}

} // namespace corpcare::models
