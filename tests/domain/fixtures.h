#pragma once

// Sample domain values with every field set, shared by the JSON tests.

#include "domain/bill.h"
#include "domain/billing_account.h"
#include "domain/comment.h"
#include "domain/money.h"
#include "domain/news.h"
#include "domain/party.h"
#include "domain/payment.h"
#include "domain/portal_user.h"
#include "domain/product.h"
#include "domain/usage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace corpcare::domain {

// QCOMPARE prints Money as "1234.50 RUB".
inline char *toString(const Money &money) {
    return QTest::toString(money.toDecimalString() + QLatin1Char(' ') + money.currency());
}

} // namespace corpcare::domain

namespace corpcare::domain::testing {

inline Money rub(qint64 minor) {
    return Money(minor, QStringLiteral("RUB"));
}

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

// Parses a JSON object; an empty object when the text is not one (the caller's QVERIFY fails then).
inline QJsonObject parseObject(const char *text) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("JSON parse error at %d: %s", error.offset, qPrintable(error.errorString()));
    }
    return document.object();
}

inline QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline Organization sampleCompany() {
    return {QStringLiteral("1"), QStringLiteral("Northwind Trading LLC"), OrganizationType::Company, {}};
}

inline Organization sampleDepartment() {
    return {QStringLiteral("2"), QStringLiteral("Sales"), OrganizationType::Department,
            Ref{QStringLiteral("1"), QStringLiteral("Northwind Trading LLC")}};
}

inline Individual sampleIndividual() {
    return {QStringLiteral("77"), QStringLiteral("Anna"), QStringLiteral("Ivanova"),
            Ref{QStringLiteral("2"), QStringLiteral("Sales")}};
}

inline BillingAccount sampleCreditAccount() {
    BillingAccount account;
    account.id = QStringLiteral("5");
    account.name = QStringLiteral("Sales — mobile");
    account.state = AccountState::PartiallySuspended;
    account.settlementMethod = SettlementMethod::Credit;
    account.paymentStatus = PaymentStatus::Overdue;
    account.owner = Ref{QStringLiteral("2"), QStringLiteral("Sales")};
    account.balance = rub(-4821035);
    account.creditLimit = rub(15000000);
    account.expenditureRate = rub(312040);
    account.disconnectionForecast = QDate(2027, 1, 10);
    account.partialSuspensionLevel = rub(-12000000);
    account.minimumReconnectionBalance = rub(-10000000);
    account.balanceValidFrom = utc(2026, 11, 25);
    return account;
}

inline BillingAccount samplePrepaidAccount() {
    BillingAccount account;
    account.id = QStringLiteral("6");
    account.name = QStringLiteral("Logistics — data");
    account.state = AccountState::Active;
    account.settlementMethod = SettlementMethod::Prepaid;
    account.paymentStatus = PaymentStatus::Paid;
    account.owner = Ref{QStringLiteral("3"), {}};
    account.balance = rub(1);
    account.expenditureRate = rub(0);
    account.partialSuspensionLevel = rub(0);
    account.minimumReconnectionBalance = rub(100);
    return account;
}

inline ServiceUser sampleServiceUser() {
    ServiceUser user;
    user.id = QStringLiteral("1042");
    user.msisdn = QStringLiteral("79161234567");
    user.status = ProductStatus::Active;
    user.startDate = QDate(2024, 3, 1);
    user.tariff = Ref{QStringLiteral("3"), QStringLiteral("Business 500")};
    user.billingAccount = Ref{QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    user.user = Ref{QStringLiteral("77"), QStringLiteral("Anna Ivanova")};
    user.department = Ref{QStringLiteral("2"), QStringLiteral("Sales")};
    user.services = {
        {QStringLiteral("1042-12"), Ref{QStringLiteral("12"), QStringLiteral("Roaming")}, ProductStatus::Active,
         QDate(2025, 6, 1)},
        {QStringLiteral("1042-14"), Ref{QStringLiteral("14"), QStringLiteral("Caller ID")}, ProductStatus::Suspended,
         QDate(2025, 7, 2)},
    };
    user.currentCharges = rub(81240);
    return user;
}

inline ProductOffering sampleTariff() {
    ProductOffering offering;
    offering.id = QStringLiteral("3");
    offering.name = QStringLiteral("Business 500");
    offering.description = QStringLiteral("500 minutes, 5 GB");
    offering.kind = OfferingKind::Tariff;
    offering.monthlyFee = rub(65000);
    offering.usagePrices = {rub(150), rub(200), rub(10)};
    return offering;
}

inline ProductOffering sampleService() {
    ProductOffering offering;
    offering.id = QStringLiteral("12");
    offering.name = QStringLiteral("Roaming");
    offering.kind = OfferingKind::Service;
    offering.lifecycleStatus = QStringLiteral("Retired");
    offering.monthlyFee = rub(9900);
    return offering;
}

inline Bill sampleBill() {
    Bill bill;
    bill.id = QStringLiteral("310");
    bill.billNo = QStringLiteral("B-000005-202610");
    bill.billDate = QDate(2026, 11, 1);
    bill.paymentDueDate = QDate(2026, 11, 20);
    bill.periodStart = QDate(2026, 10, 1);
    bill.periodEnd = QDate(2026, 11, 1);
    bill.state = BillState::PartiallyPaid;
    bill.billingAccount = Ref{QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    bill.taxExcluded = rub(8123450);
    bill.taxIncluded = rub(9748140);
    bill.remaining = rub(100001);
    bill.taxRateBasisPoints = 2000;
    return bill;
}

inline BillItem sampleBilledItem() {
    BillItem item;
    item.id = QStringLiteral("88123");
    item.name = QStringLiteral("Calls");
    item.type = ChargeType::Usage;
    item.kind = ChargeKind::Calls;
    item.isBilled = true;
    item.date = utc(2026, 11, 1);
    item.bill = Ref{QStringLiteral("310"), {}};
    item.billingAccount = Ref{QStringLiteral("5"), {}};
    item.product = Ref{QStringLiteral("1042"), QStringLiteral("+7 916 123-45-67")};
    item.periodStart = QDate(2026, 10, 1);
    item.periodEnd = QDate(2026, 11, 1);
    item.taxExcluded = rub(18450);
    item.taxIncluded = rub(22140);
    return item;
}

inline BillItem sampleUnbilledServiceItem() {
    BillItem item;
    item.id = QStringLiteral("90001");
    item.name = QStringLiteral("Roaming");
    item.type = ChargeType::Recurring;
    item.kind = ChargeKind::Service;
    item.isBilled = false;
    item.date = utc(2026, 11, 25);
    item.billingAccount = Ref{QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    item.product = Ref{QStringLiteral("1042"), {}};
    item.offering = Ref{QStringLiteral("12"), QStringLiteral("Roaming")};
    item.periodStart = QDate(2026, 11, 1);
    item.periodEnd = QDate(2026, 11, 26);
    item.taxExcluded = rub(-3);
    item.taxIncluded = rub(-4);
    return item;
}

inline UsageRecord sampleCall() {
    UsageRecord usage;
    usage.id = QStringLiteral("1042-202610-c-17");
    usage.type = UsageType::Call;
    usage.date = utc(2026, 10, 14, 9, 31, 7);
    usage.description = QStringLiteral("Call to +7 495 555-01-23");
    usage.counterpart = QStringLiteral("74955550123");
    usage.quantity = 245;
    usage.isBilled = true;
    usage.product = Ref{QStringLiteral("1042"), {}};
    usage.taxExcluded = rub(615);
    return usage;
}

inline UsageRecord sampleSms() {
    UsageRecord usage = sampleCall();
    usage.id = QStringLiteral("1042-202611-s-3");
    usage.type = UsageType::Sms;
    usage.quantity = 1;
    usage.isBilled = false;
    usage.taxExcluded = rub(200);
    return usage;
}

inline UsageRecord sampleData() {
    UsageRecord usage;
    usage.id = QStringLiteral("1042-202611-d-9");
    usage.type = UsageType::Data;
    usage.date = utc(2026, 11, 2, 23, 59, 59);
    usage.quantity = 1048577;
    usage.isBilled = false;
    usage.product = Ref{QStringLiteral("1042"), QStringLiteral("+7 916 123-45-67")};
    usage.taxExcluded = rub(10250);
    return usage;
}

inline Payment samplePayment() {
    Payment payment;
    payment.id = QStringLiteral("57");
    payment.date = utc(2026, 11, 18, 10);
    payment.description = QStringLiteral("Bank transfer 4471");
    payment.account = Ref{QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    payment.method = PaymentMethod::BankTransfer;
    payment.amount = rub(9748140);
    payment.allocations = {{Ref{QStringLiteral("310"), {}}, rub(9648139)},
                           {Ref{QStringLiteral("311"), {}}, rub(100001)}};
    return payment;
}

inline Payment sampleTopUp() {
    Payment payment;
    payment.id = QStringLiteral("58");
    payment.date = utc(2026, 11, 19, 8, 15);
    payment.status = QStringLiteral("pending");
    payment.account = Ref{QStringLiteral("6"), {}};
    payment.method = PaymentMethod::Card;
    payment.amount = rub(5);
    return payment;
}

inline PortalUser samplePortalUser() {
    PortalUser user;
    user.id = QStringLiteral("3");
    user.login = QStringLiteral("sales.head");
    user.name = QStringLiteral("Oleg Smirnov");
    user.role = QStringLiteral("departmentHead");
    user.permissions = {permission::viewAccounts, permission::viewFinance};
    user.scope = {{ScopeKind::Organization, QStringLiteral("2"), QStringLiteral("Sales")},
                  {ScopeKind::BillingAccount, QStringLiteral("9"), {}},
                  {ScopeKind::Product, QStringLiteral("1050"), QStringLiteral("+7 916 000-00-01")}};
    return user;
}

inline Comment sampleComment() {
    Comment comment;
    comment.id = QStringLiteral("14");
    comment.targetId = QStringLiteral("1042");
    comment.targetKind = CommentTargetKind::Product;
    comment.author = Ref{QStringLiteral("3"), QStringLiteral("Head of Sales")};
    comment.createdAt = utc(2026, 11, 20, 9, 15);
    comment.text = QStringLiteral("Travels to Kazakhstan next week: roaming switched on until the end of the month.");
    return comment;
}

inline NewsItem sampleNewsItem() {
    NewsItem item;
    item.id = QStringLiteral("3");
    item.title = QStringLiteral("Scheduled maintenance on 2 November 2026");
    item.body = QStringLiteral("The self-service portal and the billing API are unavailable on 2 November 2026 from "
                               "01:00 to 05:00 Moscow time.");
    item.publishedAt = utc(2026, 10, 28, 10);
    item.audience = QStringLiteral("corporate");
    return item;
}

} // namespace corpcare::domain::testing
