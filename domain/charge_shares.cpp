#include "domain/charge_shares.h"

#include <QSet>

#include <optional>

namespace corpcare::domain {

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
    std::optional<ShareTally> tally; // in the currency of the first line of the period
    QSet<QString> seen;
    seen.reserve(items.size());
    for (const BillItem &item : items) {
        if (!inPeriod(item.periodStart, start, end)) {
            continue;
        }
        if (!tally) {
            tally.emplace(item.taxIncluded.currency());
        }
        const QString currency = tally->totalTaxIncluded().currency();
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
        tally->add(item);
    }
    if (tally) {
        report.m_totalExcluded = tally->totalTaxExcluded();
        report.m_totalIncluded = tally->totalTaxIncluded();
        report.m_shares = tally->takeShares();
    }
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
