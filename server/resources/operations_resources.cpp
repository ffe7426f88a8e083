#include "server/resources/operations_resources.h"

#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "server/orders/order_store.h"
#include "server/query/filter_sql.h"
#include "server/resources/id_list.h"
#include "server/resources/list_handler.h"
#include "server/resources/request_body.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace corpcare::server::resources {

using domain::ThresholdTargetKind;
using http::errorResponse;
using http::HttpResponse;
using query::FieldType;
namespace json = domain::json;

namespace {

std::optional<qint64> idOf(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QDateTime utcFromSeconds(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QDateTime nowUtc() {
    return utcFromSeconds(QDateTime::currentSecsSinceEpoch());
}

// ---- thresholds

// Targets the caller may see or set: his organizations, accounts and lines (profile §5).
QString thresholdScope(const auth::Caller &caller) {
    return QStringLiteral("(x.target_kind = 'Organization' AND EXISTS (SELECT 1 FROM organization o WHERE o.id = "
                          "x.target_id AND (%1))) OR (x.target_kind = 'BillingAccount' AND EXISTS (SELECT 1 FROM "
                          "billing_account a WHERE a.id = x.target_id AND (%2))) OR (x.target_kind = 'Product' AND "
                          "EXISTS (SELECT 1 FROM product p WHERE p.id = x.target_id AND (%3)))")
        .arg(auth::scope::organization(caller), auth::scope::billingAccount(caller), auth::scope::product(caller));
}

QString companyDefault() {
    return QStringLiteral("(x.target_kind = 'Organization' AND x.target_id IN (SELECT id FROM organization WHERE "
                          "parent_id IS NULL))");
}

// The target's name when it exists and is in scope.
std::optional<QString> targetInScope(store::Database &db, const auth::Caller &caller, ThresholdTargetKind kind,
                                     qint64 id) {
    QString sql;
    switch (kind) {
    case ThresholdTargetKind::Organization:
        sql = QStringLiteral("SELECT o.name FROM organization o WHERE o.id = ? AND (%1)")
                  .arg(auth::scope::organization(caller));
        break;
    case ThresholdTargetKind::BillingAccount:
        sql = QStringLiteral("SELECT a.name FROM billing_account a WHERE a.id = ? AND (%1)")
                  .arg(auth::scope::billingAccount(caller));
        break;
    case ThresholdTargetKind::Product:
        sql =
            QStringLiteral("SELECT p.msisdn FROM product p WHERE p.id = ? AND (%1)").arg(auth::scope::product(caller));
        break;
    }
    const QVariant name = db.scalar(sql, {id});
    return name.isNull() ? std::nullopt : std::optional<QString>(name.toString());
}

std::optional<domain::ChargeThreshold> loadThreshold(store::Database &db, qint64 id) {
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT x.target_kind, x.target_id, x.first_amount, x.second_amount, x.currency, x.updated_at, x.updated_by, "
        "COALESCE(o.name, a.name, p.msisdn, '') FROM charge_threshold x "
        "LEFT JOIN organization o ON x.target_kind = 'Organization' AND o.id = x.target_id "
        "LEFT JOIN billing_account a ON x.target_kind = 'BillingAccount' AND a.id = x.target_id "
        "LEFT JOIN product p ON x.target_kind = 'Product' AND p.id = x.target_id WHERE x.id = ?"));
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    domain::ChargeThreshold out;
    out.id = QString::number(id);
    out.targetKind = domain::wire::fromWire<ThresholdTargetKind>(row.text(0)).value_or(ThresholdTargetKind::Product);
    out.target = {QString::number(row.int64(1)), row.text(7)};
    out.first = domain::Money(row.int64(2), row.text(4));
    out.second = domain::Money(row.int64(3), row.text(4));
    out.lastUpdate = utcFromSeconds(row.int64(5));
    out.updatedBy = row.text(6);
    return out;
}

QJsonObject amountsJson(const domain::ChargeThreshold &value) {
    const QJsonObject full = json::toJson(value);
    return {{QStringLiteral("first"), full.value(QStringLiteral("first"))},
            {QStringLiteral("second"), full.value(QStringLiteral("second"))}};
}

void auditThreshold(store::Database &db, const auth::Caller &caller, const QString &action,
                    const domain::ChargeThreshold &target, const QJsonObject &before, const QJsonObject &after) {
    store::appendAudit(db,
                       {caller.login, action, domain::wire::toWire(target.targetKind), target.target.id,
                        target.target.name, before, after, std::nullopt, std::nullopt, caller.source},
                       nowUtc());
}

} // namespace

HttpResponse listThresholds(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("target.id"), FieldType::Id, QStringLiteral("x.target_id {}")},
        {QStringLiteral("target.@referredType"), FieldType::Text, QStringLiteral("x.target_kind {}")},
    };
    const QString scope = caller.seesEverything
                              ? QStringLiteral("1")
                              : QStringLiteral("(%1) OR %2").arg(thresholdScope(caller), companyDefault());
    return listById(db, request,
                    {QStringLiteral("charge_threshold x"), filters, QStringLiteral("chargeThreshold"), scope},
                    [&db](qint64 id) -> std::optional<QJsonObject> {
                        const auto threshold = loadThreshold(db, id);
                        return threshold ? std::optional(json::toJson(*threshold)) : std::nullopt;
                    });
}

HttpResponse postThreshold(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::ChargeThreshold> read = json::newChargeThresholdFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    domain::ChargeThreshold value = read.value();
    const auto targetId = idOf(value.target.id);
    const auto name = targetId ? targetInScope(db, caller, value.targetKind, *targetId) : std::nullopt;
    if (!name) {
        return notFound(domain::wire::toWire(value.targetKind), value.target.id);
    }
    value.target.name = *name;
    store::Transaction transaction(db);
    const QVariant existing =
        db.scalar(QStringLiteral("SELECT id FROM charge_threshold WHERE target_kind = ? AND target_id = ?"),
                  {domain::wire::toWire(value.targetKind), *targetId});
    const std::optional<domain::ChargeThreshold> before =
        existing.isNull() ? std::nullopt : loadThreshold(db, existing.toLongLong());
    db.prepare(QStringLiteral(
                   "INSERT INTO charge_threshold(target_kind, target_id, first_amount, second_amount, currency, "
                   "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(target_kind, target_id) DO "
                   "UPDATE SET first_amount = excluded.first_amount, second_amount = excluded.second_amount, "
                   "currency = excluded.currency, updated_at = excluded.updated_at, updated_by = excluded.updated_by"))
        .bind(1, domain::wire::toWire(value.targetKind))
        .bind(2, *targetId)
        .bind(3, value.first.minor())
        .bind(4, value.second.minor())
        .bind(5, value.first.currency())
        .bind(6, QDateTime::currentSecsSinceEpoch())
        .bind(7, caller.login)
        .run();
    const qint64 id = before ? before->id.toLongLong() : db.lastInsertId();
    const domain::ChargeThreshold stored = *loadThreshold(db, id);
    auditThreshold(db, caller, domain::audit_action::chargeThresholdSet, stored,
                   before ? amountsJson(*before) : QJsonObject(), amountsJson(stored));
    transaction.commit();
    return http::jsonResponse(QJsonDocument(json::toJson(stored)), before ? 200 : 201);
}

HttpResponse deleteThreshold(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = idOf(id);
    const auto found = key ? loadThreshold(db, *key) : std::nullopt;
    if (!found || !targetInScope(db, caller, found->targetKind, found->target.id.toLongLong())) {
        return notFound(QStringLiteral("chargeThreshold"), id);
    }
    store::Transaction transaction(db);
    db.prepare(QStringLiteral("DELETE FROM charge_threshold WHERE id = ?")).bind(1, *key).run();
    auditThreshold(db, caller, domain::audit_action::chargeThresholdDelete, *found, amountsJson(*found), {});
    transaction.commit();
    HttpResponse response;
    response.status = 204;
    return response;
}

// ---- product orders

HttpResponse postOrder(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::ProductOrder> read = json::newProductOrderFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    const orders::Stored stored = orders::storeOrder(db, caller.userId, read.value(), nowUtc(), caller.source);
    const auto order = orders::loadOrder(db, stored.id, caller.userId);
    return http::jsonResponse(QJsonDocument(json::toJson(*order)), stored.created ? 201 : 200)
        .withHeader("Location", json::hrefFor(json::Resource::ProductOrder, order->id).toUtf8());
}

HttpResponse getOrder(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = idOf(id);
    const auto order = key ? orders::loadOrder(db, *key, caller.userId) : std::nullopt;
    if (!order) {
        return notFound(QStringLiteral("productOrder"), id);
    }
    return http::jsonResponse(QJsonDocument(json::toJson(*order)));
}

HttpResponse listOrders(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("state"), FieldType::Text, QStringLiteral("x.state {}")},
        {QStringLiteral("externalId"), FieldType::Text, QStringLiteral("x.external_id {}")},
        {QStringLiteral("orderDate"), FieldType::Date, QStringLiteral("(x.order_date / 86400 + 2440588) {}"), true},
    };
    return listById(db, request,
                    {QStringLiteral("product_order x"), filters, QStringLiteral("productOrder"),
                     QStringLiteral("x.user_id = %1").arg(caller.userId)},
                    [&db, &caller](qint64 id) -> std::optional<QJsonObject> {
                        const auto order = orders::loadOrder(db, id, caller.userId);
                        return order ? std::optional(json::toJson(*order)) : std::nullopt;
                    });
}

HttpResponse postCancel(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::ProductOrderCancellation> read = json::cancelProductOrderFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    const auto key = idOf(read.value().orderId);
    const auto done = key ? orders::cancelOrder(db, caller.userId, *key, read.value().reason, nowUtc()) : std::nullopt;
    if (!done) {
        return notFound(QStringLiteral("productOrder"), read.value().orderId);
    }
    return http::jsonResponse(QJsonDocument(json::toJson(*done)), 201);
}

// ---- SMS

HttpResponse postMessage(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request,
                         const orders::SmscOptions &smsc) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::CommunicationMessage> read = json::newCommunicationMessageFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    // Every receiver must be a line in scope with that number; the refusal names those that are not.
    QStringList refused;
    store::Statement line = db.prepare(
        QStringLiteral("SELECT p.msisdn FROM product p WHERE p.id = ? AND (%1)").arg(auth::scope::product(caller)));
    for (const domain::MessageReceiver &receiver : read.value().receivers) {
        const auto key = idOf(receiver.id);
        bool ok = false;
        if (key) {
            line.bind(1, *key);
            ok = line.step() && line.text(0) == receiver.phoneNumber;
            line.reset();
        }
        if (!ok) {
            refused.append(receiver.id.left(64));
        }
    }
    if (!refused.isEmpty()) {
        return invalidBody(QStringLiteral("receivers not allowed or with another number: %1")
                               .arg(refused.mid(0, 20).join(QStringLiteral(", "))));
    }
    const orders::Stored stored =
        orders::storeMessage(db, caller.userId, read.value(), QDateTime::currentMSecsSinceEpoch(), smsc);
    auto message = orders::loadMessage(db, stored.id, caller.userId, QDateTime::currentMSecsSinceEpoch());
    message->sender = {QStringLiteral("corpcare"), caller.name};
    return http::jsonResponse(QJsonDocument(json::toJson(*message)), stored.created ? 201 : 200)
        .withHeader("Location", json::hrefFor(json::Resource::CommunicationMessage, message->id).toUtf8());
}

HttpResponse getMessage(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = idOf(id);
    auto message =
        key ? orders::loadMessage(db, *key, caller.userId, QDateTime::currentMSecsSinceEpoch()) : std::nullopt;
    if (!message) {
        return notFound(QStringLiteral("communicationMessage"), id);
    }
    message->sender = {QStringLiteral("corpcare"), caller.name};
    return http::jsonResponse(QJsonDocument(json::toJson(*message)));
}

HttpResponse listMessages(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("externalId"), FieldType::Text, QStringLiteral("x.external_id {}")},
    };
    return listById(db, request,
                    {QStringLiteral("communication_message x"), filters, QStringLiteral("communicationMessage"),
                     QStringLiteral("x.user_id = %1").arg(caller.userId)},
                    [&db, &caller](qint64 id) -> std::optional<QJsonObject> {
                        auto message = orders::loadMessage(db, id, caller.userId, QDateTime::currentMSecsSinceEpoch());
                        if (!message) {
                            return std::nullopt;
                        }
                        message->sender = {QStringLiteral("corpcare"), caller.name};
                        return json::toJson(*message);
                    });
}

// ---- audit trail

HttpResponse listAuditRecords(store::Database &db, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("actor"), FieldType::Text, QStringLiteral("x.actor {}")},
        {QStringLiteral("action"), FieldType::Text, QStringLiteral("x.action {}")},
        {QStringLiteral("target.id"), FieldType::Text, QStringLiteral("x.target_id {}")},
        // Ids of different kinds may be equal (line 1, portal user 1): name the kind with the id.
        {QStringLiteral("target.@referredType"), FieldType::Text, QStringLiteral("x.target_kind {}")},
        {QStringLiteral("date"), FieldType::Date, QStringLiteral("x.day {}"), true},
    };
    store::Statement row = db.prepare(
        QStringLiteral("SELECT recorded_at, actor, action, target_kind, target_id, target_name, before_json, "
                       "after_json, COALESCE(source, '') FROM audit_record WHERE id = ?"));
    return listById(db, request, {QStringLiteral("audit_record x"), filters, QStringLiteral("auditRecord")},
                    [&row](qint64 id) -> std::optional<QJsonObject> {
                        row.bind(1, id);
                        if (!row.step()) {
                            row.reset();
                            return std::nullopt;
                        }
                        domain::AuditRecord record;
                        record.id = QString::number(id);
                        record.date = utcFromSeconds(row.int64(0));
                        record.actor = row.text(1);
                        record.action = row.text(2);
                        record.targetType = row.text(3);
                        record.target = {row.text(4), row.text(5)};
                        record.before = QJsonDocument::fromJson(row.text(6).toUtf8()).object();
                        record.after = QJsonDocument::fromJson(row.text(7).toUtf8()).object();
                        record.source = row.text(8);
                        row.reset();
                        return json::toJson(record);
                    });
}

} // namespace corpcare::server::resources
