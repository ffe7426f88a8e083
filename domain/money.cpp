#include "domain/money.h"

#include <cmath>
#include <limits>

namespace corpcare::domain {

namespace {

// |value| < 10^13 units: at most 13 significant digits before the decimal point.
constexpr int kMaxIntegerDigits = 13;

// The magnitude of a minor count as an unsigned number, defined for every qint64 (also the minimum).
quint64 magnitude(qint64 minor) {
    return minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
}

} // namespace

QString Money::toDecimalString() const {
    const quint64 abs = magnitude(m_minor);
    const quint64 units = abs / static_cast<quint64>(kMinorPerUnit);
    const quint64 cents = abs % static_cast<quint64>(kMinorPerUnit);
    QString text;
    if (m_minor < 0) {
        text += QLatin1Char('-');
    }
    text += QString::number(units);
    text += QLatin1Char('.');
    text += QStringLiteral("%1").arg(cents, kMinorDigits, 10, QLatin1Char('0'));
    return text;
}

std::optional<qint64> Money::parseMinor(QStringView text) {
    // Grammar: [+-] digit+ [ '.' digit{1,kMinorDigits} ]. No spaces, no exponent, no ".5" nor "5.".
    qsizetype pos = 0;
    bool negative = false;
    if (pos < text.size() && (text[pos] == QLatin1Char('+') || text[pos] == QLatin1Char('-'))) {
        negative = text[pos] == QLatin1Char('-');
        ++pos;
    }
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };

    qint64 units = 0;
    int significantDigits = 0;
    const qsizetype integerStart = pos;
    for (; pos < text.size() && isDigit(text[pos]); ++pos) {
        const int digit = text[pos].unicode() - '0';
        if (significantDigits > 0 || digit != 0) {
            // Counting digits before accumulating keeps the value below 10^13: no overflow possible.
            if (++significantDigits > kMaxIntegerDigits) {
                return std::nullopt;
            }
        }
        units = units * 10 + digit;
    }
    if (pos == integerStart) {
        return std::nullopt;
    }

    qint64 fraction = 0;
    if (pos < text.size() && text[pos] == QLatin1Char('.')) {
        ++pos;
        int decimals = 0;
        for (; pos < text.size() && isDigit(text[pos]); ++pos) {
            if (++decimals > kMinorDigits) {
                return std::nullopt;
            }
            fraction = fraction * 10 + (text[pos].unicode() - '0');
        }
        if (decimals == 0) {
            return std::nullopt;
        }
        for (; decimals < kMinorDigits; ++decimals) {
            fraction *= 10;
        }
    }
    if (pos != text.size()) {
        return std::nullopt;
    }
    const qint64 minor = units * kMinorPerUnit + fraction;
    return negative ? -minor : minor;
}

// Why this is exact. Let v be the double a JSON parser produced for a decimal d = m/100 with
// |d| < 10^13, i.e. the double nearest to d (parsers round correctly).
//  1. Candidate: |v| < 10^13 < 2^44, so ulp(v) <= 2^-9 and |v - d| <= 2^-10. Then |v*100 - m| <= 0.098, and
//     the product's own rounding adds at most ulp(10^15)/2 = 0.0625; the error stays below 0.5, so
//     std::llround(v * 100) == m.
//  2. Check: m is an integer below 2^53 and 100 is exact, so static_cast<double>(m) / 100.0 is the
//     correctly rounded quotient, i.e. exactly "the double nearest to m/100". Accepting v only when
//     it equals that double accepts precisely the doubles that are nearest to some two-decimal
//     value; two such values differ by 0.01, far more than 2 ulp, so they never share a double and
//     m is unique.
// A double that is not nearest to any two-decimal value (12.345, 0.1 + 0.2, ...) fails step 2.
// toJsonNumber() is the same quotient, so writing and reading back is the identity.
std::optional<qint64> Money::minorFromJsonNumber(double value) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e13) {
        return std::nullopt;
    }
    const qint64 minor = std::llround(value * static_cast<double>(kMinorPerUnit));
    if (magnitude(minor) >= static_cast<quint64>(kMaxAbsMinor) || toJsonNumber(minor) != value) {
        return std::nullopt;
    }
    return minor;
}

double Money::toJsonNumber(qint64 minor) {
    return static_cast<double>(minor) / static_cast<double>(kMinorPerUnit);
}

Money &Money::operator+=(const Money &other) {
    if (m_currency.isEmpty()) {
        m_currency = other.m_currency;
    }
    m_minor += other.m_minor;
    return *this;
}

// Overflow: amounts are bounded by kMaxAbsMinor (10^15) and rates by 10000 basis points (100 %),
// but 10^15 * 10^4 does not fit in qint64 (max ~9.2 * 10^18). So the amount is split as
// minor = whole * 10000 + rest (rest has the sign of minor, |rest| < 10000):
//   minor * bp / 10000 = whole * bp + rest * bp / 10000,
// where whole * bp is an integer with the same sign as the fraction rest * bp / 10000. Rounding an
// integer plus a same-signed fraction half away from zero is the integer plus the rounded fraction,
// so the split gives exactly round_half_away(minor * bp / 10000) with every product below 10^15.
Money Money::taxAtBasisPoints(int basisPoints) const {
    constexpr qint64 kBasisPointsPerUnit = 10000;
    const qint64 whole = m_minor / kBasisPointsPerUnit;
    const qint64 rest = m_minor % kBasisPointsPerUnit;
    return {whole * basisPoints + divideRounded(rest * basisPoints, kBasisPointsPerUnit), m_currency};
}

qint64 divideRounded(qint64 numerator, qint64 denominator) {
    Q_ASSERT(denominator > 0);
    // C++ division truncates toward zero and the remainder has the numerator's sign.
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    const qint64 absRemainder = remainder < 0 ? -remainder : remainder; // |remainder| < denominator
    // absRemainder >= denominator - absRemainder is 2*|r| >= d without overflowing.
    if (absRemainder >= denominator - absRemainder) {
        return numerator < 0 ? quotient - 1 : quotient + 1;
    }
    return quotient;
}

} // namespace corpcare::domain
