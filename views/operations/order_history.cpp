#include "views/operations/order_history.h"

#include <QSettings>

namespace corpcare::views {

namespace {
const QString kGroup = QStringLiteral("orders/recent");
}

OrderHistory::OrderHistory(QSettings *settings) : m_settings(settings) {}

QList<OrderHistory::Entry> OrderHistory::entries() const {
    QList<Entry> out;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-kKeptDays);
    const int count = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry{m_settings->value(QStringLiteral("href")).toString(),
                    m_settings->value(QStringLiteral("description")).toString(),
                    m_settings->value(QStringLiteral("submittedAt")).toDateTime(),
                    m_settings->value(QStringLiteral("final")).toBool()};
        if (!entry.href.isEmpty() && entry.submittedAt >= oldest) {
            out.append(entry);
        }
    }
    m_settings->endArray();
    return out;
}

QList<OrderHistory::Entry> OrderHistory::running() const {
    QList<Entry> out;
    for (const Entry &entry : entries()) {
        if (!entry.final) {
            out.append(entry);
        }
    }
    return out;
}

void OrderHistory::add(const QString &href, const QString &description, const QDateTime &submittedAt) {
    QList<Entry> all = entries();
    all.removeIf([&href](const Entry &entry) { return entry.href == href; });
    all.prepend({href, description, submittedAt.toUTC(), false});
    write(all);
}

void OrderHistory::markFinal(const QString &href) {
    QList<Entry> all = entries();
    for (Entry &entry : all) {
        entry.final = entry.final || entry.href == href;
    }
    write(all);
}

void OrderHistory::write(const QList<Entry> &entries) {
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("href"), entries.at(i).href);
        m_settings->setValue(QStringLiteral("description"), entries.at(i).description);
        m_settings->setValue(QStringLiteral("submittedAt"), entries.at(i).submittedAt);
        m_settings->setValue(QStringLiteral("final"), entries.at(i).final);
    }
    m_settings->endArray();
}

} // namespace corpcare::views
