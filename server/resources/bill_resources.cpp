#include "domain/charge_name.h"
#include "domain/json/json_text.h"
#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/resources/bill_item_csv.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

#include <QTimeZone>

namespace corpcare::server::resources {

using domain::json::Resource;
using query::FieldType;

namespace {

QDateTime midnightUtc(qint64 julianDay) {
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(0, 0), QTimeZone::utc());
}

} // namespace

StoredResource customerBillResource() {
    StoredResource resource;
    resource.kind = Resource::CustomerBill;
    resource.table = QStringLiteral("bill b");
    resource.idColumn = QStringLiteral("b.id");
    resource.permission = domain::permission::viewFinance;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("b.id {}"), true},
        {QStringLiteral("billingAccount.id"), FieldType::Id, QStringLiteral("b.billing_account_id {}")},
        {QStringLiteral("state"), FieldType::Text, QStringLiteral("b.state {}")},
        {QStringLiteral("billNo"), FieldType::Text, QStringLiteral("b.bill_no {}")},
        {QStringLiteral("billDate"), FieldType::Date, QStringLiteral("b.bill_date {}"), true},
        {QStringLiteral("paymentDueDate"), FieldType::Date, QStringLiteral("b.payment_due_date {}"), true},
        {QStringLiteral("billingPeriod.startDateTime"), FieldType::Date, QStringLiteral("b.period_start {}"), true},
        {QStringLiteral("amountDue.value"), FieldType::Money, QStringLiteral("b.tax_included {}"), true},
    };
    resource.scope = auth::scope::bill;
    resource.fetchPage = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        store::Statement row = queryPage(
            db,
            QStringLiteral("SELECT b.id, b.bill_no, b.bill_date, b.payment_due_date, b.period_start, b.period_end, "
                           "b.state, b.billing_account_id, a.name, b.tax_excluded, b.tax_included, b.remaining, "
                           "b.tax_rate_bp FROM bill b JOIN billing_account a ON a.id = b.billing_account_id "),
            QStringLiteral("b.id"), page);
        QJsonArray out;
        while (row.step()) {
            using domain::Money;
            domain::Bill bill;
            bill.id = idText(row, 0);
            bill.billNo = row.text(1);
            bill.billDate = QDate::fromJulianDay(row.int64(2));
            bill.paymentDueDate = QDate::fromJulianDay(row.int64(3));
            bill.periodStart = QDate::fromJulianDay(row.int64(4));
            bill.periodEnd = QDate::fromJulianDay(row.int64(5));
            bill.state = domain::wire::fromWire<domain::BillState>(row.text(6)).value_or(domain::BillState::Sent);
            bill.billingAccount = {idText(row, 7), row.text(8)};
            bill.taxExcluded = Money(row.int64(9), context.currency);
            bill.taxIncluded = Money(row.int64(10), context.currency);
            bill.remaining = Money(row.int64(11), context.currency);
            bill.taxRateBasisPoints = int(row.int64(12));
            out.append(domain::json::toJson(bill));
        }
        return out;
    };
    return resource;
}

namespace {
// The itemization lines of one page, each handed to `visit` as it is read.
template <typename Visit>
void readItems(store::Database &db, const DataContext &context, const PageRequest &page, Visit &&visit) {
    store::Statement row = billItemPage(db, page,
                                        QStringLiteral("r.id, r.bill_id, r.billing_account_id, r.product_id, r.kind, "
                                                       "r.offering_id, o.name, r.period_start, r.period_end, "
                                                       "r.charge_date, r.tax_excluded, r.tax_included, p.msisdn"),
                                        QStringLiteral("JOIN product_offering o ON o.id = r.offering_id "
                                                       "JOIN product p ON p.id = r.product_id"));
    while (row.step()) {
        using namespace domain;
        BillItem item;
        item.id = idText(row, 0);
        item.isBilled = !row.isNull(1);
        if (item.isBilled) {
            item.bill = {idText(row, 1), {}};
        }
        item.billingAccount = {idText(row, 2), {}};
        item.product = {idText(row, 3), formatMsisdn(row.text(12))};
        item.kind = wire::fromWire<ChargeKind>(row.text(4)).value_or(ChargeKind::Tariff);
        item.type = item.kind == ChargeKind::Tariff || item.kind == ChargeKind::Service ? ChargeType::Recurring
                                                                                        : ChargeType::Usage;
        if (item.kind == ChargeKind::Service) {
            item.offering = {idText(row, 5), row.text(6)};
        }
        item.name = domain::chargeName(item.kind, row.text(6));
        item.periodStart = QDate::fromJulianDay(row.int64(7));
        item.periodEnd = QDate::fromJulianDay(row.int64(8));
        item.date = midnightUtc(row.int64(9));
        item.taxExcluded = Money(row.int64(10), context.currency);
        item.taxIncluded = Money(row.int64(11), context.currency);
        visit(item);
    }
}
} // namespace

StoredResource billItemResource() {
    StoredResource resource;
    resource.kind = Resource::AppliedCustomerBillingRate;
    resource.table = QStringLiteral("bill_item r");
    resource.idColumn = QStringLiteral("r.id");
    resource.permission = domain::permission::viewFinance;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("r.id {}"), true},
        {QStringLiteral("bill.id"), FieldType::Id, QStringLiteral("r.bill_id {}")},
        {QStringLiteral("billingAccount.id"), FieldType::Id, QStringLiteral("r.billing_account_id {}")},
        {QStringLiteral("product.id"), FieldType::Id, QStringLiteral("r.product_id {}")},
        {QStringLiteral("isBilled"), FieldType::Presence, QStringLiteral("r.bill_id {}")},
        {QStringLiteral("type"), FieldType::Text,
         QStringLiteral("(CASE WHEN r.kind IN ('tariff','service') THEN 'recurring' ELSE 'usage' END) {}")},
        {QStringLiteral("chargeKind"), FieldType::Text, QStringLiteral("r.kind {}")},
        {QStringLiteral("date"), FieldType::Date, QStringLiteral("r.charge_date {}"), true},
        {QStringLiteral("periodCoverage.startDateTime"), FieldType::Date, QStringLiteral("r.period_start {}"), true},
    };
    resource.scope = auth::scope::billItem;
    resource.fetchPage = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        QJsonArray out;
        readItems(db, context, page, [&out](const domain::BillItem &item) { out.append(domain::json::toJson(item)); });
        return out;
    };
    // A bill of 100,000 users has half a million lines: written straight to JSON text.
    resource.fetchPageText = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        PageText out;
        out.body.reserve(qsizetype(page.limit) * 750);
        domain::json::detail::JsonText writer(&out.body);
        writer.beginArray();
        readItems(db, context, page, [&](const domain::BillItem &item) {
            domain::json::writeJson(writer, item);
            ++out.rows;
            out.lastId = item.id;
        });
        writer.endArray();
        return out;
    };
    // Lists of a million lines, asked for as text/csv (profile §3): one compact line each.
    resource.fetchPageCsv = &billItemsCsv;
    resource.seeksFirstId = true;
    return resource;
}

} // namespace corpcare::server::resources
