#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

#include <QHash>
#include <QTimeZone>

namespace corpcare::server::resources {

using domain::json::Resource;
using query::FieldType;

StoredResource paymentResource() {
    StoredResource resource;
    resource.kind = Resource::Payment;
    resource.table = QStringLiteral("payment pm");
    resource.idColumn = QStringLiteral("pm.id");
    resource.permission = domain::permission::viewFinance;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("pm.id {}"), true},
        {QStringLiteral("account.id"), FieldType::Id, QStringLiteral("pm.billing_account_id {}")},
        {QStringLiteral("status"), FieldType::Text, QStringLiteral("pm.status {}")},
        {QStringLiteral("paymentDate"), FieldType::Date, QStringLiteral("pm.payment_date {}"), true},
        {QStringLiteral("paymentItem.item.id"), FieldType::Id,
         QStringLiteral("EXISTS (SELECT 1 FROM payment_item pi WHERE pi.payment_id = pm.id AND pi.bill_id {})")},
    };
    resource.scope = auth::scope::payment;
    resource.fetchPage = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        store::Statement row =
            queryPage(db,
                      QStringLiteral(
                          "SELECT pm.id, pm.payment_date, pm.status, pm.description, pm.billing_account_id, a.name, "
                          "pm.method, pm.amount FROM payment pm JOIN billing_account a ON a.id = pm.billing_account_id "
                          ""),
                      QStringLiteral("pm.id"), page);
        QList<domain::Payment> payments;
        QHash<QString, qsizetype> rowOf;
        while (row.step()) {
            using namespace domain;
            Payment payment;
            payment.id = idText(row, 0);
            payment.date = QDateTime(QDate::fromJulianDay(row.int64(1)), QTime(0, 0), QTimeZone::utc());
            payment.status = row.text(2);
            payment.description = row.text(3);
            payment.account = {idText(row, 4), row.text(5)};
            payment.method = wire::fromWire<PaymentMethod>(row.text(6)).value_or(PaymentMethod::BankTransfer);
            payment.amount = Money(row.int64(7), context.currency);
            rowOf.insert(payment.id, payments.size());
            payments.append(payment);
        }
        if (!payments.isEmpty()) {
            QStringList ids(rowOf.keyBegin(), rowOf.keyEnd());
            store::Statement item =
                db.prepare(QStringLiteral("SELECT pi.payment_id, pi.bill_id, pi.amount, b.bill_no FROM payment_item pi "
                                          "JOIN bill b ON b.id = pi.bill_id WHERE pi.payment_id IN (%1) "
                                          "ORDER BY pi.payment_id, pi.bill_id")
                               .arg(ids.join(QLatin1Char(','))));
            while (item.step()) {
                payments[rowOf.value(idText(item, 0))].allocations.append(
                    {{idText(item, 1), item.text(3)}, domain::Money(item.int64(2), context.currency)});
            }
        }
        QJsonArray out;
        for (const domain::Payment &payment : payments) {
            out.append(domain::json::toJson(payment));
        }
        return out;
    };
    return resource;
}

} // namespace corpcare::server::resources
