#include "domain/charge_series.h"

#include "domain/charge_shares.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace corpcare::domain {

QDate bucketStart(const QDate &date, SeriesBucket unit) {
    if (!date.isValid() || unit == SeriesBucket::Day) {
        return date;
    }
    return QDate(date.year(), date.month(), 1);
}

QDate nextBucket(const QDate &bucket, SeriesBucket unit) {
    return unit == SeriesBucket::Day ? bucket.addDays(1) : bucket.addMonths(1);
}

Money ChargeSeries::total() const {
    Money sum(0, points.empty() ? QString() : points.front().amount.currency());
    for (const SeriesPoint &point : points) {
        sum += point.amount;
    }
    return sum;
}

namespace {

// Index of `bucket` among the buckets that start at `first`: O(1), no search over the points.
qint64 bucketIndex(const QDate &first, const QDate &bucket, SeriesBucket unit) {
    if (unit == SeriesBucket::Day) {
        return first.daysTo(bucket);
    }
    return qint64(bucket.year() - first.year()) * 12 + (bucket.month() - first.month());
}

// The buckets a series of [start, end) covers; the period's own bounds, or the lines' when open.
std::pair<QDate, QDate> coveredBuckets(const QList<BillItem> &items, const QDate &start, const QDate &end,
                                       SeriesBucket unit) {
    QDate first = start;
    QDate last = end.isValid() ? end.addDays(-1) : QDate();
    if (!first.isValid() || !last.isValid()) {
        for (const BillItem &item : items) {
            if (!ChargeShares::inPeriod(item.periodStart, start, end)) {
                continue;
            }
            if (!start.isValid() && (!first.isValid() || item.periodStart < first)) {
                first = item.periodStart;
            }
            if (!end.isValid() && (!last.isValid() || item.periodStart > last)) {
                last = item.periodStart;
            }
        }
    }
    return {bucketStart(first, unit), bucketStart(last, unit)};
}

} // namespace

std::vector<ChargeSeries> serviceUserChargeSeries(const QList<BillItem> &items, const QStringList &productIds,
                                                  const QDate &start, const QDate &end, SeriesBucket unit) {
    std::vector<ChargeSeries> out;
    const auto [first, last] = coveredBuckets(items, start, end, unit);
    QHash<QString, size_t> seriesOf;
    for (const QString &id : productIds) {
        if (!seriesOf.contains(id)) {
            seriesOf.insert(id, out.size());
            out.push_back({id, id, {}});
        }
    }
    if (!first.isValid() || !last.isValid() || last < first) {
        return out; // an empty period: series without points
    }
    QString currency;
    for (const BillItem &item : items) {
        if (ChargeShares::inPeriod(item.periodStart, start, end)) {
            currency = item.taxIncluded.currency();
            break;
        }
    }
    const qint64 bucketCount = bucketIndex(first, last, unit) + 1;
    for (ChargeSeries &series : out) {
        series.points.reserve(size_t(bucketCount));
        for (QDate bucket = first; bucket <= last; bucket = nextBucket(bucket, unit)) {
            series.points.push_back({bucket, Money(0, currency), QString()});
        }
    }
    for (const BillItem &item : items) {
        const auto it = seriesOf.constFind(item.product.id);
        if (it == seriesOf.constEnd() || !ChargeShares::inPeriod(item.periodStart, start, end)) {
            continue;
        }
        ChargeSeries &series = out[it.value()];
        if (series.label == series.id && !item.product.name.isEmpty()) {
            series.label = item.product.name;
        }
        const qint64 index = bucketIndex(first, bucketStart(item.periodStart, unit), unit);
        series.points[size_t(index)].amount += item.taxIncluded;
    }
    return out;
}

std::vector<ChargeSeries> monthlyBillSeries(const QList<Bill> &bills) {
    struct Month {
        Money amount;
        QString billId;
        QDate billDate;
    };
    std::map<QString, std::pair<QString, std::map<QDate, Month>>> accounts; // id -> (label, months)
    for (const Bill &bill : bills) {
        auto &[label, months] = accounts[bill.billingAccount.id];
        if (label.isEmpty()) {
            label = bill.billingAccount.name;
        }
        const QDate month = bucketStart(bill.periodStart, SeriesBucket::Month);
        auto it = months.find(month);
        if (it == months.end()) {
            months.emplace(month, Month{bill.taxIncluded, bill.id, bill.billDate});
            continue;
        }
        it->second.amount += bill.taxIncluded;
        if (std::tie(bill.billDate, bill.id) > std::tie(it->second.billDate, it->second.billId)) {
            it->second.billId = bill.id;
            it->second.billDate = bill.billDate;
        }
    }
    std::vector<ChargeSeries> out;
    out.reserve(accounts.size());
    for (const auto &[accountId, account] : accounts) {
        ChargeSeries series{accountId, account.first.isEmpty() ? accountId : account.first, {}};
        for (const auto &[month, value] : account.second) {
            series.points.push_back({month, value.amount, value.billId});
        }
        out.push_back(std::move(series));
    }
    return out;
}

} // namespace corpcare::domain
