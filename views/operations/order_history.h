#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

namespace corpcare::views {

// The group operations sent from this computer, newest first, for the "Recent orders" list and to
// follow again, when the program opens, the orders that were still running when it closed. The server
// holds the orders; this remembers where they are (their href), what they were and whether they ended.
class OrderHistory {
public:
    struct Entry {
        QString href;
        QString description;
        QDateTime submittedAt; // UTC
        bool final = false;
    };
    static constexpr int kKeptDays = 14;

    explicit OrderHistory(QSettings *settings);

    void add(const QString &href, const QString &description, const QDateTime &submittedAt);
    void markFinal(const QString &href);
    QList<Entry> entries() const; // of the last kKeptDays, newest first
    QList<Entry> running() const;

private:
    void write(const QList<Entry> &entries);

    QSettings *m_settings;
};

} // namespace corpcare::views
