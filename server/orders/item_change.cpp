#include "server/orders/item_change.h"

#include "domain/json/wire_names.h"
#include "domain/portal_user.h"
#include "server/store/sqlite.h"

#include <QJsonArray>

#include <map>

namespace corpcare::server::orders {

using store::Database;

namespace {

const QString kNotAllowed = QStringLiteral("not allowed");

struct Offering {
    QString name;
    QString kind;
    bool sellable = false;
};

std::optional<Offering> offering(Database &db, const QString &id) {
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT f.name, f.kind, NOT EXISTS (SELECT 1 FROM offering_not_sellable n WHERE n.offering_id = f.id) "
        "FROM product_offering f WHERE f.id = ?"));
    row.bind(1, key);
    if (!row.step()) {
        return std::nullopt;
    }
    return Offering{row.text(0), row.text(1), row.int64(2) != 0};
}

bool incompatible(Database &db, qint64 serviceId, qint64 tariffId) {
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM offering_incompatibility WHERE service_id = ? AND "
                                    "tariff_id = ?"),
                     {serviceId, tariffId})
               .toLongLong() > 0;
}

// The line as the audit trail shows it: tariff, status and services.
struct Line {
    qint64 id = 0;
    QString msisdn;
    qint64 tariffId = 0;
    QString tariffName;
    QString status;
    std::map<qint64, QString> services; // offering id -> name

    QJsonObject json() const {
        QJsonArray children;
        for (const auto &[serviceId, name] : services) {
            children.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("%1-%2").arg(id).arg(serviceId)},
                {QStringLiteral("productOffering"),
                 QJsonObject{{QStringLiteral("id"), QString::number(serviceId)}, {QStringLiteral("name"), name}}}});
        }
        return {{QStringLiteral("productOffering"),
                 QJsonObject{{QStringLiteral("id"), QString::number(tariffId)}, {QStringLiteral("name"), tariffName}}},
                {QStringLiteral("status"), status},
                {QStringLiteral("product"), children}};
    }
};

std::optional<Line> lineInScope(Database &db, const auth::Caller &caller, const QString &productId) {
    bool ok = false;
    const qint64 key = productId.toLongLong(&ok);
    if (!ok || !caller.may(domain::permission::changeProducts)) {
        return std::nullopt;
    }
    store::Statement row =
        db.prepare(QStringLiteral("SELECT p.msisdn, p.offering_id, t.name, p.status FROM product p JOIN "
                                  "product_offering t ON t.id = p.offering_id WHERE p.id = ? AND (%1)")
                       .arg(auth::scope::product(caller)));
    row.bind(1, key);
    if (!row.step()) {
        return std::nullopt;
    }
    Line line{key, row.text(0), row.int64(1), row.text(2), row.text(3), {}};
    store::Statement services =
        db.prepare(QStringLiteral("SELECT s.offering_id, o.name FROM product_service s JOIN product_offering o ON "
                                  "o.id = s.offering_id WHERE s.product_id = ?"));
    services.bind(1, key);
    while (services.step()) {
        line.services.emplace(services.int64(0), services.text(1));
    }
    return line;
}

ItemOutcome failed(const QString &reason) {
    return ItemOutcome{false, reason, {}, {}, {}};
}

} // namespace

ItemOutcome applyItem(Database &db, const auth::Caller &caller, const domain::ProductOrderItem &item, QDate today) {
    const std::optional<Line> found = lineInScope(db, caller, item.product.id);
    if (!found) {
        return failed(kNotAllowed);
    }
    const Line before = *found;
    Line after = before;

    if (item.newTariff) {
        const std::optional<Offering> tariff = offering(db, item.newTariff->id);
        if (!tariff || tariff->kind != QLatin1String("tariff")) {
            return failed(QStringLiteral("tariff %1 does not exist").arg(item.newTariff->id.left(64)));
        }
        if (!tariff->sellable) {
            return failed(QStringLiteral("%1 is not sellable").arg(tariff->name));
        }
        after.tariffId = item.newTariff->id.toLongLong();
        after.tariffName = tariff->name;
    }
    if (item.newStatus) {
        const QString status = domain::wire::toWire(*item.newStatus);
        if (status == before.status) {
            return failed(QStringLiteral("already ") + status);
        }
        after.status = status;
    }
    for (const domain::ServiceChange &change : item.services) {
        if (change.action == domain::ServiceChange::Action::Delete) {
            const QString prefix = QString::number(before.id) + QLatin1Char('-');
            bool ok = false;
            const qint64 serviceId =
                change.product.startsWith(prefix) ? change.product.mid(prefix.size()).toLongLong(&ok) : 0;
            if (!ok || after.services.erase(serviceId) == 0) {
                return failed(QStringLiteral("has no service %1").arg(change.product.left(64)));
            }
            continue;
        }
        const std::optional<Offering> service = offering(db, change.offering.id);
        if (!service || service->kind != QLatin1String("service")) {
            return failed(QStringLiteral("service %1 does not exist").arg(change.offering.id.left(64)));
        }
        if (!service->sellable) {
            return failed(QStringLiteral("%1 is not sellable").arg(service->name));
        }
        const qint64 serviceId = change.offering.id.toLongLong();
        if (!after.services.emplace(serviceId, service->name).second) {
            return failed(QStringLiteral("already has ") + service->name);
        }
    }
    // A service the line gains must go with its tariff; when the tariff changes, so must those it keeps.
    // A suspension alone never fails on the catalogue.
    for (const auto &[serviceId, name] : after.services) {
        const bool checked = after.tariffId != before.tariffId || !before.services.count(serviceId);
        if (checked && incompatible(db, serviceId, after.tariffId)) {
            return failed(QStringLiteral("%1 is incompatible with %2").arg(name, after.tariffName));
        }
    }

    db.prepare(QStringLiteral("UPDATE product SET offering_id = ?, status = ? WHERE id = ?"))
        .bind(1, after.tariffId)
        .bind(2, after.status)
        .bind(3, before.id)
        .run();
    for (const auto &[serviceId, name] : before.services) {
        if (!after.services.count(serviceId)) {
            db.prepare(QStringLiteral("DELETE FROM product_service WHERE product_id = ? AND offering_id = ?"))
                .bind(1, before.id)
                .bind(2, serviceId)
                .run();
        }
    }
    for (const auto &[serviceId, name] : after.services) {
        if (!before.services.count(serviceId)) {
            db.prepare(QStringLiteral("INSERT INTO product_service(product_id, offering_id, status, start_date) "
                                      "VALUES (?, ?, 'active', ?)"))
                .bind(1, before.id)
                .bind(2, serviceId)
                .bind(3, today.toJulianDay())
                .run();
        }
    }
    return ItemOutcome{true, {}, before.msisdn, before.json(), after.json()};
}

} // namespace corpcare::server::orders
