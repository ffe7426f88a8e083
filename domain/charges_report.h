#pragma once

#include "domain/bill.h"

#include <QList>

#include <vector>

namespace corpcare::domain {

// What charges are added up by: one switch in the view.
enum class ChargeGrouping { Account, ServiceUser, Service };

// One group of charges: an account, a service user, or a service (a tariff's monthly fee, a paid
// service, calls, SMS or data), with its subtotals.
struct ChargeGroup {
    QString key; // account id, product id, or the service's key (see groupKey)
    QString label;
    Money taxExcluded;
    Money taxIncluded;
    qsizetype lines = 0;
    std::vector<qsizetype> itemRows; // the group's lines: indices into ChargesReport::items()
};

// Charges (since the last bill, or any lines) grouped once, with subtotals and totals that add up to
// the cent; print, export and the table all read this object. Drilling into a group gives the report of
// its lines grouped by the next dimension, so totals stay consistent at every level.
class ChargesReport {
public:
    static ChargesReport compute(QList<BillItem> items, ChargeGrouping grouping);

    ChargeGrouping grouping() const { return m_grouping; }
    const QList<BillItem> &items() const { return m_items; }
    // Largest tax-included subtotal first; ties by label, then key, so the order is stable.
    const std::vector<ChargeGroup> &groups() const { return m_groups; }
    Money totalTaxExcluded() const { return m_totalExcluded; }
    Money totalTaxIncluded() const { return m_totalIncluded; }

    // The lines of group `index`, grouped by `grouping`.
    ChargesReport drill(qsizetype index, ChargeGrouping grouping) const;
    QList<BillItem> linesOf(qsizetype index) const;

    // The key and label a line is grouped under.
    static QString groupKey(const BillItem &item, ChargeGrouping grouping);
    static QString groupLabel(const BillItem &item, ChargeGrouping grouping);
    // The natural next level when drilling from `grouping`: account → user → service → user.
    static ChargeGrouping drillTarget(ChargeGrouping grouping);

private:
    QList<BillItem> m_items;
    ChargeGrouping m_grouping = ChargeGrouping::Account;
    std::vector<ChargeGroup> m_groups;
    Money m_totalExcluded;
    Money m_totalIncluded;
};

} // namespace corpcare::domain
