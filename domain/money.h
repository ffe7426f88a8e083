#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace corpcare::domain {

// An amount of money as an integer count of minor units (kopecks, cents) of one currency.
// Never a floating-point number: see docs/api-profile.md §2.
class Money {
public:
    static constexpr int kMinorDigits = 2; // every currency the profile uses has two decimals
    static constexpr qint64 kMinorPerUnit = 100;
    static constexpr qint64 kMaxAbsMinor = 1'000'000'000'000'000LL; // |value| < 10^13 units

    Money() = default;
    Money(qint64 minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // "1234.50", "-0.05": exact decimal text with exactly kMinorDigits decimals.
    QString toDecimalString() const;

    // Exact decimal text -> minor units: "12", "12.3", "-12.34", "+0.5". Rejects more than kMinorDigits
    // decimals, exponents, empty text, and magnitudes >= 10^13 units.
    static std::optional<qint64> parseMinor(QStringView text);

    // A JSON number (already a double in QJsonValue) -> minor units, exactly: the double nearest to a
    // decimal with at most two decimals and |value| < 10^13 identifies that decimal uniquely.
    // Rejects NaN, infinities, too large values, and values with more than two decimals.
    static std::optional<qint64> minorFromJsonNumber(double value);
    static double toJsonNumber(qint64 minor);

    Money operator+(const Money &other) const { return {m_minor + other.m_minor, pickCurrency(other)}; }
    Money operator-(const Money &other) const { return {m_minor - other.m_minor, pickCurrency(other)}; }
    Money operator-() const { return {-m_minor, m_currency}; }
    Money &operator+=(const Money &other);
    bool operator==(const Money &other) const = default;

    // Tax on this amount at rate/10000 (basis points), rounded half away from zero (profile §2).
    Money taxAtBasisPoints(int basisPoints) const;

private:
    const QString &pickCurrency(const Money &other) const {
        return m_currency.isEmpty() ? other.m_currency : m_currency;
    }

    qint64 m_minor = 0;
    QString m_currency;
};

// Rounds numerator/denominator half away from zero; denominator > 0.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace corpcare::domain
