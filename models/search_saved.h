#pragma once

#include "domain/search.h"

#include <QObject>

class QSettings;

namespace corpcare::models {

// Named searches the user saved, kept in the settings (search_settings.h) and listed in the order
// saved. Saving under a name that exists replaces that search in its place.
class SavedSearches : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString name;
        domain::UserSearch search;
        bool operator==(const Entry &) const = default;
    };

    // `settings` null: the application's QSettings. Reads what is stored; entries that no longer
    // parse are dropped and said in loadProblem().
    explicit SavedSearches(QSettings *settings = nullptr, QObject *parent = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;
    std::optional<domain::UserSearch> find(const QString &name) const;
    // A blank name is refused (false).
    bool save(const QString &name, const domain::UserSearch &search);
    bool remove(const QString &name);
    QString loadProblem() const { return m_loadProblem; }

signals:
    void changed();

private:
    void load();
    void store() const;

    QSettings *m_settings;
    QList<Entry> m_entries;
    QString m_loadProblem;
};

} // namespace corpcare::models
