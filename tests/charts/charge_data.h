// Charges and bills shaped like the demo company's: many users, a year of months, several lines a month
// of uneven amounts, billed and unbilled. Deterministic, so a failure repeats.
#pragma once

#include "domain/bill.h"

#include <QList>

namespace corpcare::testdata {

inline QString rub() {
    return QStringLiteral("RUB");
}

// A small linear congruential generator: the same amounts on every run and platform.
class Amounts {
public:
    explicit Amounts(quint32 seed) : m_state(seed) {}
    qint64 next(qint64 below) {
        m_state = m_state * 1664525u + 1013904223u;
        return qint64(m_state >> 8) % below;
    }

private:
    quint32 m_state;
};

inline domain::Ref userRef(int n) {
    return {QString::number(n), QStringLiteral("+7 916 %1-%2-%3")
                                    .arg(100 + n / 10000, 3, 10, QLatin1Char('0'))
                                    .arg((n / 100) % 100, 2, 10, QLatin1Char('0'))
                                    .arg(n % 100, 2, 10, QLatin1Char('0'))};
}

// One line of `user` for the month (or day) starting at `periodStart`, 20 % tax on top.
inline domain::BillItem item(const QString &id, int user, const QDate &periodStart, qint64 excludedMinor) {
    domain::BillItem line;
    line.id = id;
    line.name = QStringLiteral("Line %1").arg(id);
    line.product = userRef(user);
    line.billingAccount = {QStringLiteral("A%1").arg(user % 4), {}};
    line.periodStart = periodStart;
    line.periodEnd = periodStart.addMonths(1);
    const domain::Money excluded(excludedMinor, rub());
    line.taxExcluded = excluded;
    line.taxIncluded = excluded + excluded.taxAtBasisPoints(2000);
    return line;
}

// `users` users over `months` months from `first`, 1 to 5 lines a user a month; the last month unbilled.
inline QList<domain::BillItem> yearOfCharges(int users, int months, const QDate &first, quint32 seed = 7) {
    Amounts amounts(seed);
    QList<domain::BillItem> items;
    int next = 1;
    for (int month = 0; month < months; ++month) {
        const QDate start = first.addMonths(month);
        for (int user = 1; user <= users; ++user) {
            const qint64 lines = 1 + amounts.next(5);
            for (qint64 n = 0; n < lines; ++n) {
                domain::BillItem line = item(QString::number(next++), user, start, 1 + amounts.next(250'000));
                line.isBilled = month + 1 < months;
                if (line.isBilled) {
                    line.bill = {QStringLiteral("B%1-%2").arg(line.billingAccount.id).arg(month), {}};
                }
                items.append(line);
            }
        }
    }
    return items;
}

// One bill a month for each of `accounts` accounts over `months` months from `first`.
inline QList<domain::Bill> monthlyBills(int accounts, int months, const QDate &first, quint32 seed = 11) {
    Amounts amounts(seed);
    QList<domain::Bill> bills;
    for (int month = 0; month < months; ++month) {
        for (int account = 1; account <= accounts; ++account) {
            domain::Bill bill;
            bill.id = QStringLiteral("B%1-%2").arg(account).arg(month);
            bill.billNo = QStringLiteral("%1/%2").arg(account).arg(month + 1);
            bill.periodStart = first.addMonths(month);
            bill.periodEnd = bill.periodStart.addMonths(1);
            bill.billDate = bill.periodEnd.addDays(2);
            bill.billingAccount = {QStringLiteral("A%1").arg(account), QStringLiteral("Account %1").arg(account)};
            const qint64 base = 2'000'000 * account; // accounts of different sizes, as in a company
            bill.taxExcluded = domain::Money(base + amounts.next(base / 3), rub());
            bill.taxIncluded = bill.taxExcluded + bill.taxExcluded.taxAtBasisPoints(2000);
            bill.remaining = bill.taxIncluded;
            bills.append(bill);
        }
    }
    return bills;
}

} // namespace corpcare::testdata
