#include "domain/bill_report.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace corpcare::domain {

std::vector<int> proportionalBasisPoints(const std::vector<qint64> &amounts) {
    constexpr qint64 kWhole = 10000;
    std::vector<int> out(amounts.size(), 0);
    const qint64 total = std::accumulate(amounts.begin(), amounts.end(), qint64(0));
    if (total <= 0) {
        return out;
    }
    // amount * 10000 fits in int64 for any amount of the profile (|value| < 10^13 units = 10^15 minor).
    std::vector<std::pair<qint64, size_t>> remainders; // (remainder, index)
    qint64 assigned = 0;
    for (size_t i = 0; i < amounts.size(); ++i) {
        const qint64 scaled = qMax<qint64>(0, amounts[i]) * kWhole;
        out[i] = int(scaled / total);
        assigned += out[i];
        remainders.emplace_back(scaled % total, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 i = 0; i < kWhole - assigned && i < qint64(remainders.size()); ++i) {
        ++out[remainders[size_t(i)].second];
    }
    return out;
}

namespace {
bool idLess(const QString &a, const QString &b) {
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong aValue = a.toLongLong(&aNumber);
    const qlonglong bValue = b.toLongLong(&bNumber);
    if (aNumber && bNumber && aValue != bValue) {
        return aValue < bValue;
    }
    return a < b;
}
} // namespace

void sortSharesLargestFirst(std::vector<BillShare> &shares) {
    std::stable_sort(shares.begin(), shares.end(), [](const BillShare &a, const BillShare &b) {
        if (a.taxIncluded.minor() != b.taxIncluded.minor()) {
            return a.taxIncluded.minor() > b.taxIncluded.minor();
        }
        return idLess(a.product.id, b.product.id);
    });
}

ShareTally::ShareTally(const QString &currency) : m_totalExcluded(0, currency), m_totalIncluded(0, currency) {}

void ShareTally::add(const BillItem &item) {
    auto it = m_shareOf.constFind(item.product.id);
    if (it == m_shareOf.constEnd()) {
        it = m_shareOf.insert(item.product.id, m_shares.size());
        m_shares.push_back(
            {item.product, Money(0, m_totalIncluded.currency()), Money(0, m_totalIncluded.currency()), 0, 0});
    }
    BillShare &share = m_shares[it.value()];
    if (share.product.name.isEmpty()) {
        share.product.name = item.product.name; // a line without the number should not hide it
    }
    share.taxExcluded += item.taxExcluded;
    share.taxIncluded += item.taxIncluded;
    ++share.lines;
    m_totalExcluded += item.taxExcluded;
    m_totalIncluded += item.taxIncluded;
}

std::vector<BillShare> ShareTally::takeShares() {
    std::vector<qint64> amounts;
    amounts.reserve(m_shares.size());
    for (const BillShare &share : m_shares) {
        amounts.push_back(share.taxIncluded.minor());
    }
    const std::vector<int> points = proportionalBasisPoints(amounts);
    for (size_t i = 0; i < m_shares.size(); ++i) {
        m_shares[i].basisPoints = points[i];
    }
    sortSharesLargestFirst(m_shares);
    m_shareOf.clear();
    return std::exchange(m_shares, {});
}

BillReport BillReport::compute(const Bill &bill, const QList<BillItem> &items) {
    BillReport report;
    report.m_bill = bill;
    ShareTally tally(bill.taxIncluded.currency());
    for (const BillItem &item : items) {
        if (item.bill.id != bill.id) {
            ++report.m_foreignLines;
            continue;
        }
        ++report.m_lineCount;
        tally.add(item);
    }
    report.m_totalExcluded = tally.totalTaxExcluded();
    report.m_totalIncluded = tally.totalTaxIncluded();
    report.m_shares = tally.takeShares();
    return report;
}

QString BillReport::reconciliationProblem() const {
    if (m_foreignLines > 0) {
        return QStringLiteral("%1 line(s) of other bills were given").arg(m_foreignLines);
    }
    if (m_totalExcluded.minor() != m_bill.taxExcluded.minor()) {
        return QStringLiteral("lines add up to %1 without tax, the bill says %2")
            .arg(m_totalExcluded.toDecimalString(), m_bill.taxExcluded.toDecimalString());
    }
    if (m_totalIncluded.minor() != m_bill.taxIncluded.minor()) {
        return QStringLiteral("lines add up to %1 with tax, the bill says %2")
            .arg(m_totalIncluded.toDecimalString(), m_bill.taxIncluded.toDecimalString());
    }
    return {};
}

bool BillReport::reconciles() const {
    return reconciliationProblem().isEmpty();
}

BillTotals totalsOf(const QList<Bill> &bills) {
    const QString currency = bills.isEmpty() ? QString() : bills.first().taxIncluded.currency();
    BillTotals totals{Money(0, currency), Money(0, currency), Money(0, currency), bills.size()};
    for (const Bill &bill : bills) {
        totals.taxExcluded += bill.taxExcluded;
        totals.taxIncluded += bill.taxIncluded;
        totals.remaining += bill.remaining;
    }
    return totals;
}

} // namespace corpcare::domain
