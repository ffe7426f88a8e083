#pragma once

#include "tests/models/company_fixture.h"

#include <QRandomGenerator>

// Lines for the search tests: the company fixture's structure (departments 2, 3 under 2, 4), with
// tariffs, services, statuses, charges and names drawn from a seeded generator so every condition has
// both matching and non-matching lines, and some lines whose charges are unknown.
namespace corpcare::tests {

inline const QStringList kSearchTariffs{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                        QStringLiteral("4")};
inline const QStringList kSearchServices{QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103"),
                                         QStringLiteral("104")};
inline const QStringList kSearchNames{QStringLiteral("Anna Ivanova"),   QStringLiteral("Oleg Petrov"),
                                      QStringLiteral("Maria Smirnova"), QStringLiteral("Ivan Orlov"),
                                      QStringLiteral("Yulia Popova"),   QStringLiteral("Пётр Иванов")};

inline QList<domain::ServiceUser> randomUsers(QRandomGenerator &random, int first, int count) {
    static const QStringList departments{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                         QStringLiteral("1")};
    QList<domain::ServiceUser> out;
    for (int n = first; n < first + count; ++n) {
        domain::ServiceUser user;
        user.id = QString::number(n);
        user.msisdn = QStringLiteral("79%1").arg(random.bounded(1000000000), 9, 10, QLatin1Char('0'));
        user.status = random.bounded(5) == 0 ? domain::ProductStatus::Suspended : domain::ProductStatus::Active;
        const QString tariff = kSearchTariffs.at(random.bounded(int(kSearchTariffs.size())));
        user.tariff = {tariff, QStringLiteral("Tariff %1").arg(tariff)};
        const int account = random.bounded(3);
        user.billingAccount = {QString::number(10 + account), QStringLiteral("Account %1").arg(10 + account)};
        const QString department = departments.at(random.bounded(int(departments.size())));
        user.department = {department, QStringLiteral("Department %1").arg(department)};
        user.user = {QString::number(100000 + n), kSearchNames.at(random.bounded(int(kSearchNames.size())))};
        for (const QString &service : kSearchServices) {
            if (random.bounded(3) == 0) {
                user.services.append({user.id + u'-' + service,
                                      {service, QStringLiteral("Service %1").arg(service)},
                                      domain::ProductStatus::Active,
                                      QDate(2026, 1, 1)});
            }
        }
        if (random.bounded(10) != 0) {
            user.currentCharges = rub(random.bounded(500000));
        }
        out.append(user);
    }
    return out;
}

} // namespace corpcare::tests
