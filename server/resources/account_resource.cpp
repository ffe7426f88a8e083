#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

#include <QTimeZone>

namespace corpcare::server::resources {

using domain::json::Resource;
using query::FieldType;

StoredResource billingAccountResource() {
    StoredResource resource;
    resource.kind = Resource::BillingAccount;
    resource.table = QStringLiteral("billing_account a");
    resource.idColumn = QStringLiteral("a.id");
    resource.permission = domain::permission::viewAccounts;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("a.id {}"), true},
        {QStringLiteral("name"), FieldType::Text, QStringLiteral("a.name {}")},
        {QStringLiteral("state"), FieldType::Text, QStringLiteral("a.state {}")},
        {QStringLiteral("ratingType"), FieldType::Text, QStringLiteral("a.rating_type {}")},
        {QStringLiteral("settlementMethod"), FieldType::Text, QStringLiteral("a.settlement_method {}")},
        {QStringLiteral("paymentStatus"), FieldType::Text, QStringLiteral("a.payment_status {}")},
        {QStringLiteral("relatedParty.id"), FieldType::Id, QStringLiteral("a.organization_id {}")},
        {QStringLiteral("accountBalance.amount.value"), FieldType::Money, QStringLiteral("a.balance {}"), true},
        {QStringLiteral("disconnectionForecast"), FieldType::Date, QStringLiteral("a.disconnection_forecast {}"), true},
    };
    resource.scope = auth::scope::billingAccount;
    resource.fetchPage = [](store::Database &db, const DataContext &, const PageRequest &page) {
        store::Statement row = queryPage(
            db,
            QStringLiteral(
                "SELECT a.id, a.name, a.state, a.settlement_method, a.payment_status, a.organization_id, "
                "org.name, a.currency, a.balance, a.credit_limit, a.expenditure_rate, "
                "a.disconnection_forecast, a.partial_suspension_level, a.min_reconnection_balance, a.balance_date "
                "FROM billing_account a JOIN organization org ON org.id = a.organization_id "),
            QStringLiteral("a.id"), page);
        QJsonArray out;
        while (row.step()) {
            using namespace domain;
            const QString currency = row.text(7);
            BillingAccount account;
            account.id = QString::number(row.int64(0));
            account.name = row.text(1);
            account.state = wire::fromWire<AccountState>(row.text(2)).value_or(AccountState::Active);
            account.settlementMethod =
                wire::fromWire<SettlementMethod>(row.text(3)).value_or(SettlementMethod::Postpaid);
            account.paymentStatus = wire::fromWire<PaymentStatus>(row.text(4)).value_or(PaymentStatus::Paid);
            account.owner = {QString::number(row.int64(5)), row.text(6)};
            account.balance = Money(row.int64(8), currency);
            if (!row.isNull(9)) {
                account.creditLimit = Money(row.int64(9), currency);
            }
            account.expenditureRate = Money(row.int64(10), currency);
            if (!row.isNull(11)) {
                account.disconnectionForecast = QDate::fromJulianDay(row.int64(11));
            }
            account.partialSuspensionLevel = Money(row.int64(12), currency);
            account.minimumReconnectionBalance = Money(row.int64(13), currency);
            account.balanceValidFrom = QDateTime(QDate::fromJulianDay(row.int64(14)), QTime(0, 0), QTimeZone::utc());
            out.append(json::toJson(account));
        }
        return out;
    };
    return resource;
}

} // namespace corpcare::server::resources
