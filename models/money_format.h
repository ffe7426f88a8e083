#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace corpcare::models {

// "1 234,50 ₽" / "₽1,234.50": the locale's grouping and decimal mark, built from the integer minor
// units so that no amount ever passes through a double on its way to the screen.
QString formatMoney(const domain::Money &money, const QLocale &locale = QLocale());

// The currency's symbol where the profile's currencies have one, else its ISO code.
QString currencySymbol(const QString &isoCode);

} // namespace corpcare::models
