#pragma once

#include "domain/bill.h"

#include <QHash>
#include <QList>

#include <vector>

namespace corpcare::domain {

// One service user's part of a bill.
struct BillShare {
    Ref product; // the line: id and its formatted number
    Money taxExcluded;
    Money taxIncluded;
    int basisPoints = 0; // share of the bill's tax-included total, in 1/100 of a percent
    int lines = 0;
    bool operator==(const BillShare &) const = default;
};

// A bill with its itemization, computed once: the per-user shares and the totals. Print, CSV / XLSX
// and the pie chart are renderings of this one object, so they cannot disagree (STYLE.md, KMyMoney's
// report table). Money stays in integer minor units throughout; shares are rounded so that they add
// up to exactly 100 % (largest remainder).
class BillReport {
public:
    static BillReport compute(const Bill &bill, const QList<BillItem> &items);

    const Bill &bill() const { return m_bill; }
    // Largest share first; ties by line id, so the order is the same every time.
    const std::vector<BillShare> &shares() const { return m_shares; }
    Money totalTaxExcluded() const { return m_totalExcluded; }
    Money totalTaxIncluded() const { return m_totalIncluded; }
    qsizetype lineCount() const { return m_lineCount; }
    // The itemization adds up to the bill to the cent (both amounts) and only this bill's lines came in.
    bool reconciles() const;
    QString reconciliationProblem() const; // empty when it reconciles

private:
    Bill m_bill;
    std::vector<BillShare> m_shares;
    Money m_totalExcluded;
    Money m_totalIncluded;
    qsizetype m_lineCount = 0;
    qsizetype m_foreignLines = 0; // lines of another bill: a caller's mistake, reported, not summed
};

// Adds lines up by service user: the one rule a bill's shares and a period's shares both follow. Shares
// get basis points that sum to exactly 10,000 and come largest first, ties by id (numerically where
// ids are numbers), so the order is the same every time.
class ShareTally {
public:
    explicit ShareTally(const QString &currency);
    void add(const BillItem &item);
    std::vector<BillShare> takeShares();
    Money totalTaxExcluded() const { return m_totalExcluded; }
    Money totalTaxIncluded() const { return m_totalIncluded; }

private:
    QHash<QString, size_t> m_shareOf;
    std::vector<BillShare> m_shares;
    Money m_totalExcluded;
    Money m_totalIncluded;
};

void sortSharesLargestFirst(std::vector<BillShare> &shares);

// The sums of a list of bills (several accounts, a period): what the bills view prints under its table.
struct BillTotals {
    Money taxExcluded;
    Money taxIncluded;
    Money remaining;
    qsizetype count = 0;
};
BillTotals totalsOf(const QList<Bill> &bills);

// Splits 10,000 basis points over amounts in proportion, each rounded down and the remainder given to
// the largest fractions, so the result always sums to exactly 10,000 (all zero when the total is zero).
std::vector<int> proportionalBasisPoints(const std::vector<qint64> &amounts);

} // namespace corpcare::domain
