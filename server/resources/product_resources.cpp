#include "domain/json/json_text.h"
#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

#include <QHash>

namespace corpcare::server::resources {

using domain::json::Resource;
using query::FieldType;

namespace {

// The page's lines by id, and their ids as an SQL list for one query about all of them (integers we
// wrote ourselves: safe to inline).
struct PageLines {
    QHash<QString, qsizetype> rowOf;
    QString idList;
};

PageLines indexLines(const QList<domain::ServiceUser> &lines) {
    PageLines out;
    QStringList ids;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out.rowOf.insert(lines.at(i).id, i);
        ids.append(lines.at(i).id);
    }
    out.idList = ids.join(QLatin1Char(','));
    return out;
}

// The services of every line on the page, in one query instead of one per line.
void attachServices(store::Database &db, QList<domain::ServiceUser> &lines) {
    if (lines.isEmpty()) {
        return;
    }
    const auto [rowOf, idList] = indexLines(lines);
    store::Statement row = db.prepare(
        QStringLiteral("SELECT s.product_id, s.offering_id, o.name, s.status, s.start_date FROM product_service s "
                       "JOIN product_offering o ON o.id = s.offering_id WHERE s.product_id IN (%1) "
                       "ORDER BY s.product_id, s.offering_id")
            .arg(idList));
    while (row.step()) {
        domain::ServiceProduct service;
        const QString productId = idText(row, 0);
        service.id = productId + QLatin1Char('-') + idText(row, 1);
        service.offering = {idText(row, 1), row.text(2)};
        service.status =
            domain::wire::fromWire<domain::ProductStatus>(row.text(3)).value_or(domain::ProductStatus::Unknown);
        service.startDate = QDate::fromJulianDay(row.int64(4));
        lines[rowOf.value(productId)].services.append(service);
    }
}

// This month's charges so far of every line on the page (the unbilled bill items, tax included), in
// one grouped query; a line without such items has zero.
void attachCurrentCharges(store::Database &db, const QString &currency, QList<domain::ServiceUser> &lines) {
    if (lines.isEmpty()) {
        return;
    }
    const auto [rowOf, idList] = indexLines(lines);
    for (domain::ServiceUser &line : lines) {
        line.currentCharges = domain::Money(0, currency);
    }
    store::Statement row = db.prepare(QStringLiteral("SELECT product_id, SUM(tax_included) FROM bill_item "
                                                     "WHERE bill_id IS NULL AND product_id IN (%1) GROUP BY product_id")
                                          .arg(idList));
    while (row.step()) {
        lines[rowOf.value(idText(row, 0))].currentCharges = domain::Money(row.int64(1), currency);
    }
}

// The same sum as a filter expression (served by the partial index bill_item_unbilled).
const QString kCurrentChargesSql =
    QStringLiteral("(SELECT COALESCE(SUM(u.tax_included), 0) FROM bill_item u WHERE u.product_id = p.id AND "
                   "u.bill_id IS NULL) {}");

} // namespace

namespace {
// The lines of one page with their services and (for callers who may see charges) current charges.
QList<domain::ServiceUser> readLines(store::Database &db, const DataContext &context, const PageRequest &page) {
    store::Statement row =
        queryPage(db,
                  QStringLiteral("SELECT p.id, p.msisdn, p.status, p.start_date, p.offering_id, t.name, "
                                 "p.billing_account_id, a.name, p.individual_id, i.given_name, i.family_name, "
                                 "p.organization_id, org.name FROM product p "
                                 "JOIN product_offering t ON t.id = p.offering_id "
                                 "JOIN billing_account a ON a.id = p.billing_account_id "
                                 "JOIN individual i ON i.id = p.individual_id "
                                 "JOIN organization org ON org.id = p.organization_id"),
                  QStringLiteral("p.id"), page);
    QList<domain::ServiceUser> lines;
    while (row.step()) {
        domain::ServiceUser line;
        line.id = idText(row, 0);
        line.msisdn = row.text(1);
        line.status =
            domain::wire::fromWire<domain::ProductStatus>(row.text(2)).value_or(domain::ProductStatus::Unknown);
        line.startDate = QDate::fromJulianDay(row.int64(3));
        line.tariff = {idText(row, 4), row.text(5)};
        line.billingAccount = {idText(row, 6), row.text(7)};
        line.user = {idText(row, 8), row.text(9) + QLatin1Char(' ') + row.text(10)};
        line.department = {idText(row, 11), row.text(12)};
        lines.append(line);
    }
    attachServices(db, lines);
    if (page.caller && page.caller->may(domain::permission::viewFinance)) {
        attachCurrentCharges(db, context.currency, lines);
    }
    return lines;
}
} // namespace

StoredResource productResource() {
    StoredResource resource;
    resource.kind = Resource::Product;
    resource.table = QStringLiteral("product p");
    resource.idColumn = QStringLiteral("p.id");
    resource.permission = domain::permission::viewAccounts;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("p.id {}"), true},
        {QStringLiteral("status"), FieldType::Text, QStringLiteral("p.status {}")},
        {QStringLiteral("productOffering.id"), FieldType::Id, QStringLiteral("p.offering_id {}")},
        {QStringLiteral("product.productOffering.id"), FieldType::Id,
         QStringLiteral("EXISTS (SELECT 1 FROM product_service s WHERE s.product_id = p.id AND s.offering_id {})")},
        {QStringLiteral("billingAccount.id"), FieldType::Id, QStringLiteral("p.billing_account_id {}")},
        // The user's individual or his department: ids of the two never collide on the reference server.
        {QStringLiteral("relatedParty.id"), FieldType::Id,
         QStringLiteral("(p.individual_id {} OR p.organization_id {})")},
        {QStringLiteral("productCharacteristic.value"), FieldType::Text, QStringLiteral("p.msisdn {}")},
        {QStringLiteral("startDate"), FieldType::Date, QStringLiteral("p.start_date {}"), true},
        {QStringLiteral("currentCharges.value"), FieldType::Money, kCurrentChargesSql, true},
        // The search's text (issue 5): in the number or the user's name, by the client's rule.
        {QStringLiteral("nameOrNumber"), FieldType::Argument,
         QStringLiteral("name_or_number(p.msisdn, (SELECT n.given_name || ' ' || n.family_name FROM individual n "
                        "WHERE n.id = p.individual_id), {})")},
    };
    // currentCharges is itemization in sum: shown and filtered only for callers who may see charges.
    resource.filterPermissions = {{QStringLiteral("currentCharges.value"), domain::permission::viewFinance}};
    resource.scope = auth::scope::product;
    resource.fetchPage = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        QJsonArray out;
        for (const domain::ServiceUser &line : readLines(db, context, page)) {
            out.append(domain::json::toJson(line));
        }
        return out;
    };
    resource.fetchPageText = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        const QList<domain::ServiceUser> lines = readLines(db, context, page);
        PageText out;
        out.body.reserve(lines.size() * 1200);
        domain::json::detail::JsonText json(&out.body);
        json.beginArray();
        for (const domain::ServiceUser &line : lines) {
            domain::json::writeJson(json, line);
        }
        json.endArray();
        out.rows = int(lines.size());
        out.lastId = lines.isEmpty() ? QString() : lines.last().id;
        return out;
    };
    return resource;
}

StoredResource productOfferingResource() {
    StoredResource resource;
    resource.kind = Resource::ProductOffering;
    resource.table = QStringLiteral("product_offering f");
    resource.idColumn = QStringLiteral("f.id");
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("f.id {}"), true},
        {QStringLiteral("name"), FieldType::Text, QStringLiteral("f.name {}")},
        {QStringLiteral("offeringKind"), FieldType::Text, QStringLiteral("f.kind {}")},
        {QStringLiteral("lifecycleStatus"), FieldType::Text, QStringLiteral("f.lifecycle_status {}")},
    };
    resource.fetchPage = [](store::Database &db, const DataContext &context, const PageRequest &page) {
        store::Statement row =
            queryPage(db,
                      QStringLiteral("SELECT f.id, f.name, f.description, f.kind, f.lifecycle_status, f.monthly_fee, "
                                     "f.price_minute, f.price_sms, f.price_megabyte, NOT EXISTS (SELECT 1 FROM "
                                     "offering_not_sellable n WHERE n.offering_id = f.id), (SELECT "
                                     "group_concat(i.tariff_id || ':' || t.name, char(10)) FROM "
                                     "offering_incompatibility i JOIN product_offering t ON t.id = i.tariff_id "
                                     "WHERE i.service_id = f.id) FROM product_offering f"),
                      QStringLiteral("f.id"), page);
        QJsonArray out;
        while (row.step()) {
            using domain::Money;
            domain::ProductOffering offering;
            offering.id = idText(row, 0);
            offering.name = row.text(1);
            offering.description = row.text(2);
            offering.kind =
                domain::wire::fromWire<domain::OfferingKind>(row.text(3)).value_or(domain::OfferingKind::Service);
            offering.lifecycleStatus = row.text(4);
            offering.monthlyFee = Money(row.int64(5), context.currency);
            offering.usagePrices = {Money(row.int64(6), context.currency), Money(row.int64(7), context.currency),
                                    Money(row.int64(8), context.currency)};
            offering.isSellable = row.int64(9) != 0;
            // "9:Data Only 20GB\n..." (tariff id, name): the incompatible tariffs, profile §6.
            for (const QString &entry : row.text(10).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const qsizetype colon = entry.indexOf(QLatin1Char(':'));
                offering.incompatibleTariffs.append({entry.left(colon), entry.mid(colon + 1)});
            }
            out.append(domain::json::toJson(offering));
        }
        return out;
    };
    return resource;
}

} // namespace corpcare::server::resources
