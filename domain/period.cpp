#include "domain/period.h"

#include <QList>

namespace corpcare::domain {

QDate firstOfMonth(QDate day) {
    return QDate(day.year(), day.month(), 1);
}

Period presetPeriod(PeriodPreset preset, QDate today) {
    const QDate thisMonth = firstOfMonth(today);
    switch (preset) {
    case PeriodPreset::ThisMonth:
    case PeriodPreset::Custom:
        return {thisMonth, thisMonth.addMonths(1)};
    case PeriodPreset::LastMonth:
        return {thisMonth.addMonths(-1), thisMonth};
    case PeriodPreset::Last3Months:
        return {thisMonth.addMonths(-3), thisMonth};
    case PeriodPreset::Last12Months:
        return {thisMonth.addMonths(-12), thisMonth};
    }
    return {thisMonth, thisMonth.addMonths(1)};
}

QList<QDate> monthsOf(const Period &period) {
    QList<QDate> months;
    if (!period.isValid()) {
        return months;
    }
    for (QDate month = firstOfMonth(period.start); month < period.end; month = month.addMonths(1)) {
        months.append(month);
    }
    return months;
}

} // namespace corpcare::domain
