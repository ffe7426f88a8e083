#pragma once

#include "domain/bill_report.h"

#include <QDate>
#include <QList>

#include <vector>

namespace corpcare::domain {

// A service user's part of the charges of a period: the same fields as a user's part of one bill.
using ChargeShare = BillShare;

// Service users' shares in the total charges of a period [start, end), over billed lines of any number
// of bills and unbilled lines alike, computed once (STYLE.md: the pie, a table and an export are
// renderings of this object). A line belongs to the period by its periodStart. Money stays in minor
// units; shares are basis points that add up to exactly 100.00 % (proportionalBasisPoints).
class ChargeShares {
public:
    // An invalid start or end leaves that side of the period open.
    static ChargeShares compute(const QList<BillItem> &items, const QDate &start, const QDate &end);

    QDate periodStart() const { return m_start; }
    QDate periodEnd() const { return m_end; } // the first day after the period
    // Largest share first; ties by line id, so the order is the same every time.
    const std::vector<ChargeShare> &shares() const { return m_shares; }
    Money totalTaxExcluded() const { return m_totalExcluded; }
    Money totalTaxIncluded() const { return m_totalIncluded; }
    qsizetype lineCount() const { return m_lineCount; }
    // Lines given twice (the same id) are summed once; lines in another currency than the first line's
    // are left out rather than added to it. Both are a caller's mistake, said here, not hidden.
    qsizetype duplicateLines() const { return m_duplicateLines; }
    qsizetype foreignCurrencyLines() const { return m_foreignCurrencyLines; }
    QString problem() const; // empty when every line of the period was summed

    // Whether `date` is valid and lies in [start, end), with an invalid bound open.
    static bool inPeriod(const QDate &date, const QDate &start, const QDate &end);

private:
    QDate m_start;
    QDate m_end;
    std::vector<ChargeShare> m_shares;
    Money m_totalExcluded;
    Money m_totalIncluded;
    qsizetype m_lineCount = 0;
    qsizetype m_duplicateLines = 0;
    qsizetype m_foreignCurrencyLines = 0;
};

} // namespace corpcare::domain
