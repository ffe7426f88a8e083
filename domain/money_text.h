#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace corpcare::domain {

// "1 234,50 ₽" / "₽1,234.50": the locale's grouping and decimal mark, built from the integer minor
// units so that no amount ever passes through a double on its way to the screen or the paper. The one
// place that spells money: tables, totals, charts and printed reports all call it.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

// "12.34 %" from basis points (1/100 of a percent), exact: shares are computed in basis points.
QString formatPercent(int basisPoints, const QLocale &locale = QLocale());

// The currency's symbol where the profile's currencies have one, else its ISO code.
QString currencySymbol(const QString &isoCode);

} // namespace corpcare::domain
