// The demo's part of issue 5 (profile §6): catalogue rules and charge thresholds.

#include "server/demo/demo_catalogue.h"
#include "server/demo/demo_state_p.h"
#include "server/store/operations_schema.h"
#include "server/store/sqlite.h"

#include <QTimeZone>

namespace corpcare::server::demo::detail {

using store::Database;

namespace {

void writeCatalogueRules(Database &db) {
    // Corporate Basic is an old tariff: lines keep it, nobody can move to it.
    db.prepare(QStringLiteral("INSERT INTO offering_not_sellable(offering_id) VALUES (?)"))
        .bind(1, offeringIdOfTariff(kCorporateBasicTariff))
        .run();
    store::Statement insert =
        db.prepare(QStringLiteral("INSERT INTO offering_incompatibility(service_id, tariff_id) VALUES (?, ?)"));
    for (const auto &[service, tariff] : kIncompatibilities) {
        insert.bind(1, offeringIdOfService(service)).bind(2, offeringIdOfTariff(tariff)).run();
        insert.reset();
    }
}

// A company default, defaults for two departments and two accounts, and overrides for a few lines
// (those that exist: a small demo has few lines).
void writeThresholds(Database &db, const DemoCompany &company) {
    const qint64 at = company.options.today.startOfDay(QTimeZone::utc()).toSecsSinceEpoch() - 86400 * 10;
    struct Spec {
        const char *kind;
        const char *table;
        qint64 id;
        qint64 first;
        qint64 second;
    };
    const Spec specs[] = {
        {"Organization", "organization", 1, 300'000, 600'000},      // the company
        {"Organization", "organization", 3, 500'000, 1'000'000},    // Sales
        {"Organization", "organization", 6, 200'000, 400'000},      // Logistics
        {"BillingAccount", "billing_account", 1, 150'000, 300'000}, // Management — mobile
        {"BillingAccount", "billing_account", 9, 250'000, 450'000}, // an account of Logistics
        {"Product", "product", 1, 1'000'000, 2'000'000},            // lines with their own
        {"Product", "product", 2, 50'000, 100'000},
        {"Product", "product", 7, 120'000, 240'000},
    };
    for (const Spec &spec : specs) {
        db.prepare(QStringLiteral("INSERT INTO charge_threshold(target_kind, target_id, first_amount, second_amount, "
                                  "currency, updated_at, updated_by) SELECT ?, ?, ?, ?, 'RUB', ?, 'admin' WHERE "
                                  "EXISTS (SELECT 1 FROM %1 WHERE id = ?)")
                       .arg(QLatin1String(spec.table)))
            .bindStatic(1, spec.kind)
            .bind(2, spec.id)
            .bind(3, spec.first)
            .bind(4, spec.second)
            .bind(5, at)
            .bind(6, spec.id)
            .run();
    }
}

} // namespace

void writeOperations(Database &db, const DemoCompany &company) {
    store::createOperationsSchema(db);
    writeCatalogueRules(db);
    writeThresholds(db, company);
}

} // namespace corpcare::server::demo::detail
