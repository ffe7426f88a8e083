#include "domain/report_delivery.h"

#include <QRegularExpression>

namespace corpcare::domain {

bool isEmailAddress(const QString &text) {
    // Deliberately plain: one '@', no spaces, a dot in the host. The relay is the judge of the rest, and
    // its refusal comes back as that receiver's reason.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>.]+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

QString faxDigits(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                   !(c == QLatin1Char('+') && digits.isEmpty())) {
            return {};
        }
    }
    return digits.size() >= 5 && digits.size() <= 20 ? digits : QString();
}

} // namespace corpcare::domain
