#pragma once

#include <QDate>
#include <QString>

namespace corpcare::domain {

// A span of days [start, end): end is the first day after it, like a bill's period, so that months
// follow one another without a gap or an overlap.
struct Period {
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid() && start < end; }
    bool contains(QDate day) const { return day >= start && day < end; }
    QDate lastDay() const { return end.addDays(-1); }
    bool operator==(const Period &) const = default;
};

// The presets of the period picker. Bills close whole months, so "last N months" are the N whole
// months before the current one: with today's date in November, "last 3 months" is August to October,
// the months whose bills exist.
enum class PeriodPreset { ThisMonth, LastMonth, Last3Months, Last12Months, Custom };

Period presetPeriod(PeriodPreset preset, QDate today); // Custom gives this month, to start from
QDate firstOfMonth(QDate day);
// The whole months a period touches, as their first days, in order.
QList<QDate> monthsOf(const Period &period);

} // namespace corpcare::domain
