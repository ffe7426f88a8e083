#pragma once

#include "domain/bill.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <vector>

namespace corpcare::domain {

// The width of one point of a series: a calendar month or a day.
enum class SeriesBucket { Month, Day };

// The first day of the month or day that holds `date`.
QDate bucketStart(const QDate &date, SeriesBucket unit);
QDate nextBucket(const QDate &bucket, SeriesBucket unit);

struct SeriesPoint {
    QDate bucket;     // the first day of the month, or the day
    Money amount;     // tax included
    QString sourceId; // the bill of a bill series' point (to open it); empty for charge series
    bool operator==(const SeriesPoint &) const = default;
};

// One line of a line chart: a service user's charges or an account's bills over time, oldest first.
struct ChargeSeries {
    QString id; // the product id (charges of a user) or the billing account id (bills)
    QString label;
    std::vector<SeriesPoint> points;
    Money total() const; // the sum of the points, exact
    bool operator==(const ChargeSeries &) const = default;
};

// (a) Charges of the chosen service users (product ids, in the order given) over the period
// [start, end), one point per bucket from start's bucket to the last one before end. A bucket without
// charges is a zero point, so the line goes on. Lines belong to a bucket by their periodStart, as in
// ChargeShares, so a user's series adds up to that user's share of the same period. A chosen user
// without lines gets a flat zero series labelled with the id.
std::vector<ChargeSeries> serviceUserChargeSeries(const QList<BillItem> &items, const QStringList &productIds,
                                                  const QDate &start, const QDate &end,
                                                  SeriesBucket unit = SeriesBucket::Month);

// (b) Bill amounts by billing account: one series per account (ordered by account id), one point per
// month of bill.periodStart, tax included, sourceId = the bill's id so that a click can open it. Two
// bills of one account in one month (a correction) are summed into one point that opens the later bill.
// Months without a bill have no point: an account opened in March does not start at zero in January.
std::vector<ChargeSeries> monthlyBillSeries(const QList<Bill> &bills);

} // namespace corpcare::domain
