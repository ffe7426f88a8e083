#include "export/money_text.h"

namespace corpcare::exports {

QString moneySymbol(const QString &isoCode) {
    if (isoCode == QLatin1String("RUB")) {
        return QStringLiteral("₽");
    }
    if (isoCode == QLatin1String("USD")) {
        return QStringLiteral("$");
    }
    if (isoCode == QLatin1String("EUR")) {
        return QStringLiteral("€");
    }
    return isoCode;
}

QString moneyText(const domain::Money &money, const QLocale &locale) {
    // Built from the integer minor units: no amount passes through a double on its way to paper.
    const qint64 minor = money.minor();
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    const quint64 units = magnitude / quint64(domain::Money::kMinorPerUnit);
    const quint64 cents = magnitude % quint64(domain::Money::kMinorPerUnit);
    const QString number = locale.toString(qulonglong(units)) + locale.decimalPoint() +
                           QStringLiteral("%1").arg(cents, domain::Money::kMinorDigits, 10, QLatin1Char('0'));
    const QString sign = minor < 0 ? locale.negativeSign() : QString();
    const QString symbol = moneySymbol(money.currency());
    // Russian and most European locales put the symbol after the amount; English ones before it.
    if (locale.language() == QLocale::English) {
        return sign + symbol + number;
    }
    return sign + number + QChar(0x00A0) + symbol;
}

} // namespace corpcare::exports
