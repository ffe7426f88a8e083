#include "domain/charge_shares.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace corpcare::domain {

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

bool ChargeShares::inPeriod(const QDate &date, const QDate &start, const QDate &end) {
    if (!date.isValid()) {
        return false; // a line without a period belongs to none
    }
    return (!start.isValid() || start <= date) && (!end.isValid() || date < end);
}

ChargeShares ChargeShares::compute(const QList<BillItem> &items, const QDate &start, const QDate &end) {
    ChargeShares report;
    report.m_start = start;
    report.m_end = end;
    QString currency;
    QHash<QString, size_t> shareOf;
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const BillItem &item : items) {
        if (!inPeriod(item.periodStart, start, end)) {
            continue;
        }
        if (currency.isEmpty()) {
            currency = item.taxIncluded.currency();
            report.m_totalExcluded = Money(0, currency);
            report.m_totalIncluded = Money(0, currency);
        }
        if (item.taxIncluded.currency() != currency || item.taxExcluded.currency() != currency) {
            ++report.m_foreignCurrencyLines;
            continue;
        }
        if (!item.id.isEmpty()) {
            const qsizetype before = seen.size();
            seen.insert(item.id);
            if (seen.size() == before) {
                ++report.m_duplicateLines;
                continue;
            }
        }
        ++report.m_lineCount;
        auto it = shareOf.constFind(item.product.id);
        if (it == shareOf.constEnd()) {
            it = shareOf.insert(item.product.id, report.m_shares.size());
            report.m_shares.push_back({item.product, Money(0, currency), Money(0, currency), 0, 0});
        }
        ChargeShare &share = report.m_shares[it.value()];
        if (share.product.name.isEmpty()) {
            share.product.name = item.product.name; // a line without the number should not hide it
        }
        share.taxExcluded += item.taxExcluded;
        share.taxIncluded += item.taxIncluded;
        ++share.lines;
        report.m_totalExcluded += item.taxExcluded;
        report.m_totalIncluded += item.taxIncluded;
    }
    std::vector<qint64> amounts;
    amounts.reserve(report.m_shares.size());
    for (const ChargeShare &share : report.m_shares) {
        amounts.push_back(share.taxIncluded.minor());
    }
    const std::vector<int> points = proportionalBasisPoints(amounts);
    for (size_t i = 0; i < report.m_shares.size(); ++i) {
        report.m_shares[i].basisPoints = points[i];
    }
    sortSharesLargestFirst(report.m_shares);
    return report;
}

QString ChargeShares::problem() const {
    QStringList problems;
    if (m_duplicateLines > 0) {
        problems.append(QStringLiteral("%1 line(s) were given twice and counted once").arg(m_duplicateLines));
    }
    if (m_foreignCurrencyLines > 0) {
        problems.append(QStringLiteral("%1 line(s) in another currency than %2 were left out")
                            .arg(QString::number(m_foreignCurrencyLines), m_totalIncluded.currency()));
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace corpcare::domain
