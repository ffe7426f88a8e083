#include "domain/money_text.h"

namespace corpcare::domain {

QString currencySymbol(const QString &isoCode) {
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

QString formatMoney(const Money &money, const QLocale &locale) {
    const qint64 minor = money.minor();
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    const quint64 units = magnitude / quint64(Money::kMinorPerUnit);
    const quint64 cents = magnitude % quint64(Money::kMinorPerUnit);
    QString number = locale.toString(qulonglong(units)) + locale.decimalPoint() +
                     QStringLiteral("%1").arg(cents, Money::kMinorDigits, 10, QLatin1Char('0'));
    if (minor < 0) {
        number.prepend(locale.negativeSign());
    }
    const QString symbol = currencySymbol(money.currency());
    // Russian and most European locales put the symbol after the amount; English ones before it.
    if (locale.language() == QLocale::English) {
        return minor < 0 ? QString(locale.negativeSign() + symbol + number.mid(locale.negativeSign().size()))
                         : QString(symbol + number);
    }
    return number + QChar(0x00A0) + symbol;
}

QString formatPercent(int basisPoints, const QLocale &locale) {
    const int magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) + QStringLiteral(" %");
    return basisPoints < 0 ? locale.negativeSign() + text : text;
}

} // namespace corpcare::domain
