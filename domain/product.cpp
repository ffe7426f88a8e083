#include "domain/product.h"

namespace corpcare::domain {

QString formatMsisdn(const QString &digits) {
    if (digits.isEmpty()) {
        return {};
    }
    if (digits.size() != 11) {
        return QLatin1Char('+') + digits;
    }
    // +C AAA BBB-CC-DD
    return QLatin1Char('+') + digits.left(1) + QLatin1Char(' ') + digits.mid(1, 3) + QLatin1Char(' ') +
           digits.mid(4, 3) + QLatin1Char('-') + digits.mid(7, 2) + QLatin1Char('-') + digits.mid(9, 2);
}

} // namespace corpcare::domain
