#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace corpcare::exports {

// An amount as the screen shows it ("1 234,50 ₽" / "$1,234.50"), for printed reports. It is the same
// text as models::formatMoney (tests/export/tst_report_print compares them), kept here because export/
// does not depend on models/; models::formatMoney could call this one.
QString moneyText(const domain::Money &money, const QLocale &locale);

// The currency's symbol where the profile's currencies have one, else its ISO code.
QString moneySymbol(const QString &isoCode);

} // namespace corpcare::exports
