#pragma once

#include "models/company_data.h"

#include <QDate>

// A small company built in memory for model tests: a company (1) with departments Sales (2) and
// Sales North (3, under Sales) and IT (4); accounts 10 (Sales, prepaid, near disconnection),
// 11 (Sales North, credit, partially suspended), 12 (IT, postpaid); n service users spread over them.
namespace corpcare::tests {

inline QList<domain::Organization> fixtureOrganizations(bool withCompany = true) {
    QList<domain::Organization> out;
    if (withCompany) {
        out.append({QStringLiteral("1"), QStringLiteral("Northwind"), domain::OrganizationType::Company, {}});
    }
    out.append({QStringLiteral("2"),
                QStringLiteral("Sales"),
                domain::OrganizationType::Department,
                {QStringLiteral("1"), QStringLiteral("Northwind")}});
    out.append({QStringLiteral("3"),
                QStringLiteral("Sales North"),
                domain::OrganizationType::Department,
                {QStringLiteral("2"), QStringLiteral("Sales")}});
    out.append({QStringLiteral("4"),
                QStringLiteral("IT"),
                domain::OrganizationType::Department,
                {QStringLiteral("1"), QStringLiteral("Northwind")}});
    return out;
}

inline domain::Money rub(qint64 minor) {
    return domain::Money(minor, QStringLiteral("RUB"));
}

inline QList<domain::BillingAccount> fixtureAccounts(QDate today) {
    domain::BillingAccount near;
    near.id = QStringLiteral("10");
    near.name = QStringLiteral("Sales — mobile");
    near.owner = {QStringLiteral("2"), QStringLiteral("Sales")};
    near.settlementMethod = domain::SettlementMethod::Prepaid;
    near.balance = rub(1200000);
    near.expenditureRate = rub(300000);
    near.disconnectionForecast = today.addDays(4);
    near.partialSuspensionLevel = rub(900000);
    near.minimumReconnectionBalance = rub(2100000);

    domain::BillingAccount suspended = near;
    suspended.id = QStringLiteral("11");
    suspended.name = QStringLiteral("Sales North — mobile");
    suspended.owner = {QStringLiteral("3"), QStringLiteral("Sales North")};
    suspended.settlementMethod = domain::SettlementMethod::Credit;
    suspended.state = domain::AccountState::PartiallySuspended;
    suspended.balance = rub(-9300000);
    suspended.creditLimit = rub(10000000);
    suspended.disconnectionForecast = today.addDays(30);

    domain::BillingAccount calm = near;
    calm.id = QStringLiteral("12");
    calm.name = QStringLiteral("IT — mobile");
    calm.owner = {QStringLiteral("4"), QStringLiteral("IT")};
    calm.settlementMethod = domain::SettlementMethod::Postpaid;
    calm.balance = rub(-500000);
    calm.creditLimit = rub(5000000);
    calm.disconnectionForecast = today.addDays(60);
    return {near, suspended, calm};
}

// Line n: account 10 + n % 3, names from a short list, every 7th suspended, charges n * 101 kopecks.
inline QList<domain::ServiceUser> fixtureUsers(int first, int count) {
    static const QStringList names{QStringLiteral("Anna Ivanova"), QStringLiteral("Oleg Petrov"),
                                   QStringLiteral("Maria Smirnova"), QStringLiteral("Ivan Orlov"),
                                   QStringLiteral("Yulia Popova")};
    static const QStringList departments{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    static const QStringList departmentNames{QStringLiteral("Sales"), QStringLiteral("Sales North"),
                                             QStringLiteral("IT")};
    QList<domain::ServiceUser> out;
    for (int n = first; n < first + count; ++n) {
        domain::ServiceUser user;
        user.id = QString::number(n);
        user.msisdn = QStringLiteral("7916%1").arg(n, 7, 10, QLatin1Char('0'));
        user.status = n % 7 == 0 ? domain::ProductStatus::Suspended : domain::ProductStatus::Active;
        user.startDate = QDate(2024, 1, 1);
        user.tariff = {QString::number(1 + n % 2), n % 2 ? QStringLiteral("Business 500") : QStringLiteral("Start")};
        user.billingAccount = {QString::number(10 + n % 3), QString()};
        user.department = {departments.at(n % 3), departmentNames.at(n % 3)};
        user.user = {QString::number(100000 + n), names.at(n % names.size())};
        if (n % 4 == 0) {
            user.services.append({QStringLiteral("%1-101").arg(n),
                                  {QStringLiteral("101"), QStringLiteral("Roaming")},
                                  domain::ProductStatus::Active,
                                  QDate(2024, 2, 1)});
        }
        user.currentCharges = rub(qint64(n) * 101);
        out.append(user);
    }
    return out;
}

} // namespace corpcare::tests
