#include "domain/charges_report.h"

#include "domain/json/wire_names.h"

#include <QHash>

#include <algorithm>

namespace corpcare::domain {

QString ChargesReport::groupKey(const BillItem &item, ChargeGrouping grouping) {
    switch (grouping) {
    case ChargeGrouping::Account:
        return item.billingAccount.id;
    case ChargeGrouping::ServiceUser:
        return item.product.id;
    case ChargeGrouping::Service:
        // A paid service is told apart by its offering; a monthly fee by its name, which carries the
        // tariff; calls, SMS and data by their kind alone.
        return wire::toWire(item.kind) + QLatin1Char(':') + (item.offering.isNull() ? item.name : item.offering.id);
    }
    return {};
}

QString ChargesReport::groupLabel(const BillItem &item, ChargeGrouping grouping) {
    switch (grouping) {
    case ChargeGrouping::Account:
        return item.billingAccount.name.isEmpty() ? item.billingAccount.id : item.billingAccount.name;
    case ChargeGrouping::ServiceUser:
        return item.product.name.isEmpty() ? item.product.id : item.product.name;
    case ChargeGrouping::Service:
        return item.offering.name.isEmpty() ? item.name : item.offering.name;
    }
    return {};
}

ChargeGrouping ChargesReport::drillTarget(ChargeGrouping grouping) {
    switch (grouping) {
    case ChargeGrouping::Account:
        return ChargeGrouping::ServiceUser;
    case ChargeGrouping::ServiceUser:
        return ChargeGrouping::Service;
    case ChargeGrouping::Service:
        return ChargeGrouping::ServiceUser;
    }
    return ChargeGrouping::ServiceUser;
}

ChargesReport ChargesReport::compute(QList<BillItem> items, ChargeGrouping grouping) {
    ChargesReport report;
    report.m_grouping = grouping;
    report.m_items = std::move(items);
    const QString currency = report.m_items.isEmpty() ? QString() : report.m_items.first().taxIncluded.currency();
    report.m_totalExcluded = Money(0, currency);
    report.m_totalIncluded = Money(0, currency);
    QHash<QString, qsizetype> groupOfKey;
    for (qsizetype row = 0; row < report.m_items.size(); ++row) {
        const BillItem &item = report.m_items.at(row);
        const QString key = groupKey(item, grouping);
        auto found = groupOfKey.constFind(key);
        qsizetype index = 0;
        if (found == groupOfKey.constEnd()) {
            index = qsizetype(report.m_groups.size());
            groupOfKey.insert(key, index);
            report.m_groups.push_back({key, groupLabel(item, grouping), Money(0, currency), Money(0, currency), 0, {}});
        } else {
            index = found.value();
        }
        ChargeGroup &group = report.m_groups[size_t(index)];
        group.taxExcluded += item.taxExcluded;
        group.taxIncluded += item.taxIncluded;
        ++group.lines;
        group.itemRows.push_back(row);
        report.m_totalExcluded += item.taxExcluded;
        report.m_totalIncluded += item.taxIncluded;
    }
    std::sort(report.m_groups.begin(), report.m_groups.end(), [](const ChargeGroup &a, const ChargeGroup &b) {
        if (a.taxIncluded.minor() != b.taxIncluded.minor()) {
            return a.taxIncluded.minor() > b.taxIncluded.minor();
        }
        if (a.label != b.label) {
            return a.label < b.label;
        }
        return a.key < b.key;
    });
    return report;
}

QList<BillItem> ChargesReport::linesOf(qsizetype index) const {
    QList<BillItem> lines;
    if (index < 0 || index >= qsizetype(m_groups.size())) {
        return lines;
    }
    const ChargeGroup &group = m_groups[size_t(index)];
    lines.reserve(qsizetype(group.itemRows.size()));
    for (qsizetype row : group.itemRows) {
        lines.append(m_items.at(row));
    }
    return lines;
}

ChargesReport ChargesReport::drill(qsizetype index, ChargeGrouping grouping) const {
    return compute(linesOf(index), grouping);
}

} // namespace corpcare::domain
