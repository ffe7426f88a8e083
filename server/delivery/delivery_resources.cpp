#include "server/delivery/delivery_resources.h"

#include "domain/json/delivery_json.h"
#include "domain/json/paths.h"
#include "server/delivery/delivery_store.h"
#include "server/resources/id_list.h"
#include "server/resources/request_body.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace corpcare::server::delivery {

using http::errorResponse;
using http::HttpResponse;
using query::FieldType;
using resources::bodyObject;
using resources::invalidBody;
using resources::notFound;
namespace json = domain::json;

namespace {

QDateTime nowUtc() {
    return QDateTime::currentDateTimeUtc();
}

// The account's name when it exists and is in the caller's scope.
std::optional<QString> accountInScope(store::Database &db, const auth::Caller &caller, const QString &id) {
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    const QVariant name = ok ? db.scalar(QStringLiteral("SELECT a.name FROM billing_account a WHERE a.id = ? AND (%1)")
                                             .arg(auth::scope::billingAccount(caller)),
                                         {key})
                             : QVariant();
    return name.isNull() ? std::nullopt : std::optional(name.toString());
}

// 404 for an account or a bill (of that account) the caller may not see; an empty response otherwise.
std::optional<HttpResponse> refuseOutOfScope(store::Database &db, const auth::Caller &caller,
                                             const domain::ReportReference &report) {
    if (!accountInScope(db, caller, report.account.id)) {
        return notFound(QStringLiteral("billingAccount"), report.account.id);
    }
    bool ok = false;
    const qint64 bill = report.bill.id.toLongLong(&ok);
    if (!report.bill.isNull() &&
        (!ok || db.scalar(QStringLiteral("SELECT 1 FROM bill WHERE id = ? AND billing_account_id = ?"),
                          {bill, report.account.id.toLongLong()})
                    .isNull())) {
        return notFound(QStringLiteral("customerBill"), report.bill.id);
    }
    return std::nullopt;
}

std::optional<qint64> scheduleKey(const QString &id) {
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    return ok && key > 0 ? std::optional(key) : std::nullopt;
}

QJsonObject scheduleAudit(const domain::DeliverySchedule &schedule) {
    QJsonObject out = json::newDeliveryScheduleJson(schedule);
    out.insert(QStringLiteral("id"), schedule.id);
    return out;
}

void auditSchedule(store::Database &db, const auth::Caller &caller, const QString &action,
                   const domain::DeliverySchedule &schedule, const QJsonObject &before, const QJsonObject &after) {
    store::appendAudit(db,
                       {caller.login, action, QStringLiteral("BillingAccount"), schedule.account.id,
                        schedule.account.name, before, after, std::nullopt, std::nullopt, caller.source},
                       nowUtc());
}

HttpResponse scheduleReply(const domain::DeliverySchedule &schedule, int status) {
    return http::jsonResponse(QJsonDocument(json::toJson(schedule)), status)
        .withHeader("Location", (QLatin1String(json::kDeliverySchedulePath) + QLatin1Char('/') + schedule.id).toUtf8());
}

} // namespace

bool isReportDeliveryBody(const QByteArray &body) {
    const auto object = QJsonDocument::fromJson(body).object();
    return object.value(QStringLiteral("@type")).toString() == QLatin1String(json::kReportDeliveryType);
}

bool isReportDeliveryId(const QString &id) {
    return id.startsWith(QLatin1String(json::kReportDeliveryIdPrefix));
}

bool asksForReportDeliveries(const http::HttpRequest &request) {
    return request.query.queryItemValue(QStringLiteral("@type")) == QLatin1String(json::kReportDeliveryType);
}

HttpResponse postDelivery(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request,
                          const DeliveryOptions &options) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::ReportDelivery> read = json::newReportDeliveryFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    if (const auto refusal = refuseOutOfScope(db, caller, read.value().report)) {
        return *refusal;
    }
    const auto title = titleOf(db, read.value().report, read.value().format, options.currency);
    NewDelivery delivery{caller.userId, read.value(), title->subject, title->attachmentName, std::nullopt};
    store::Transaction transaction(db);
    const StoredDelivery stored = storeDelivery(db, delivery, options.faxPattern, QDateTime::currentMSecsSinceEpoch());
    const domain::ReportDelivery value = *loadDelivery(db, stored.id, caller.userId);
    if (stored.created) {
        store::appendAudit(db,
                           {caller.login,
                            QStringLiteral("reportDelivery.request"),
                            QStringLiteral("BillingAccount"),
                            value.report.account.id,
                            value.report.account.name,
                            {},
                            json::toJson(value),
                            std::nullopt,
                            std::nullopt,
                            caller.source},
                           nowUtc());
    }
    transaction.commit();
    return http::jsonResponse(QJsonDocument(json::toJson(value)), stored.created ? 201 : 200)
        .withHeader("Location", json::hrefFor(json::Resource::CommunicationMessage, value.id).toUtf8());
}

HttpResponse getDelivery(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = deliveryKey(id);
    const auto value = key ? loadDelivery(db, *key, caller.userId) : std::nullopt;
    if (!value) {
        return notFound(QStringLiteral("communicationMessage"), id);
    }
    return http::jsonResponse(QJsonDocument(json::toJson(*value)));
}

HttpResponse listDeliveries(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("@type"), FieldType::Text, QStringLiteral("'ReportDelivery' {}")},
        {QStringLiteral("schedule.id"), FieldType::Id, QStringLiteral("x.schedule_id {}")},
        {QStringLiteral("externalId"), FieldType::Text, QStringLiteral("x.external_id {}")},
        {QStringLiteral("messageType"), FieldType::Text, QStringLiteral("x.channel {}")},
    };
    return resources::listById(db, request,
                               {QStringLiteral("report_delivery x"), filters, QStringLiteral("communicationMessage"),
                                QStringLiteral("x.user_id = %1").arg(caller.userId)},
                               [&db, &caller](qint64 id) -> std::optional<QJsonObject> {
                                   const auto value = loadDelivery(db, id, caller.userId);
                                   return value ? std::optional(json::toJson(*value)) : std::nullopt;
                               });
}

HttpResponse postSchedule(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    const domain::Result<domain::DeliverySchedule> read = json::newDeliveryScheduleFromJson(*body);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    if (!accountInScope(db, caller, read.value().account.id)) {
        return notFound(QStringLiteral("billingAccount"), read.value().account.id);
    }
    store::Transaction transaction(db);
    const qint64 id = insertSchedule(db, caller.userId, read.value(), QDateTime::currentSecsSinceEpoch());
    const domain::DeliverySchedule stored = *loadSchedule(db, id, caller.userId);
    auditSchedule(db, caller, QStringLiteral("deliverySchedule.create"), stored, {}, scheduleAudit(stored));
    transaction.commit();
    return scheduleReply(stored, 201);
}

HttpResponse listSchedules(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("state"), FieldType::Text, QStringLiteral("x.state {}")},
        {QStringLiteral("report.billingAccount.id"), FieldType::Id, QStringLiteral("x.account_id {}")},
    };
    return resources::listById(db, request,
                               {QStringLiteral("delivery_schedule x"), filters, QStringLiteral("deliverySchedule"),
                                QStringLiteral("x.user_id = %1").arg(caller.userId)},
                               [&db, &caller](qint64 id) -> std::optional<QJsonObject> {
                                   const auto value = loadSchedule(db, id, caller.userId);
                                   return value ? std::optional(json::toJson(*value)) : std::nullopt;
                               });
}

HttpResponse getSchedule(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = scheduleKey(id);
    const auto value = key ? loadSchedule(db, *key, caller.userId) : std::nullopt;
    if (!value) {
        return notFound(QStringLiteral("deliverySchedule"), id);
    }
    return http::jsonResponse(QJsonDocument(json::toJson(*value)));
}

HttpResponse patchSchedule(store::Database &db, const auth::Caller &caller, const QString &id,
                           const http::HttpRequest &request) {
    const auto key = scheduleKey(id);
    const auto before = key ? loadSchedule(db, *key, caller.userId) : std::nullopt;
    if (!before) {
        return notFound(QStringLiteral("deliverySchedule"), id);
    }
    QString error;
    const auto body = bodyObject(request, &error);
    if (!body) {
        return invalidBody(error);
    }
    if (before->state == domain::ScheduleState::Cancelled) {
        return errorResponse(409, QStringLiteral("conflict"), QStringLiteral("the schedule is cancelled"));
    }
    // {"state": "cancelled"} is DELETE for a client without DELETE; nothing else can change the state.
    const QString state = body->value(QStringLiteral("state")).toString();
    if (body->contains(QStringLiteral("state")) && state != QLatin1String("cancelled")) {
        return invalidBody(QStringLiteral("state: only \"cancelled\" can be set"));
    }
    if (state == QLatin1String("cancelled")) {
        store::Transaction transaction(db);
        delivery::cancelSchedule(db, *key);
        auditSchedule(db, caller, QStringLiteral("deliverySchedule.cancel"), *before, scheduleAudit(*before), {});
        transaction.commit();
        return scheduleReply(*loadSchedule(db, *key, caller.userId), 200);
    }
    // The fields given replace the schedule's; the account stays (a schedule of another account is a new
    // schedule, with its own "last bill").
    QJsonObject merged = json::newDeliveryScheduleJson(*before);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() == QLatin1String("report")) {
            QJsonObject report = it.value().toObject();
            report.insert(QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), before->account.id}});
            merged.insert(it.key(), report);
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    const domain::Result<domain::DeliverySchedule> read = json::newDeliveryScheduleFromJson(merged);
    if (!read) {
        return invalidBody(read.error().toString());
    }
    store::Transaction transaction(db);
    updateSchedule(db, *key, read.value());
    const domain::DeliverySchedule after = *loadSchedule(db, *key, caller.userId);
    auditSchedule(db, caller, QStringLiteral("deliverySchedule.change"), after, scheduleAudit(*before),
                  scheduleAudit(after));
    transaction.commit();
    return scheduleReply(after, 200);
}

HttpResponse cancelSchedule(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto key = scheduleKey(id);
    const auto before = key ? loadSchedule(db, *key, caller.userId) : std::nullopt;
    if (!before) {
        return notFound(QStringLiteral("deliverySchedule"), id);
    }
    store::Transaction transaction(db);
    delivery::cancelSchedule(db, *key);
    auditSchedule(db, caller, QStringLiteral("deliverySchedule.cancel"), *before, scheduleAudit(*before), {});
    transaction.commit();
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace corpcare::server::delivery
