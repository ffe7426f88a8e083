#pragma once

#include "server/auth/caller.h"
#include "server/delivery/delivery_worker.h"
#include "server/http/http_types.h"

namespace corpcare::server::store {
class Database;
}

// The HTTP side of report delivery (profile §10). Routes check the permission (viewFinance); these
// check bodies and scope (an account or bill outside it answers 404, as an unknown one).
namespace corpcare::server::delivery {

// True for a communicationMessage POST body of @type ReportDelivery (the SMS handler gets the rest).
bool isReportDeliveryBody(const QByteArray &body);
// True for a communicationMessage id or list query that names report deliveries.
bool isReportDeliveryId(const QString &id);
bool asksForReportDeliveries(const http::HttpRequest &request);

// POST communicationMessage (@type ReportDelivery): 201 with the delivery, receivers queued; 200 with the
// one sent before under the same externalId.
http::HttpResponse postDelivery(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request,
                                const DeliveryOptions &options);
http::HttpResponse getDelivery(store::Database &db, const auth::Caller &caller, const QString &id);
// GET communicationMessage?@type=ReportDelivery: the caller's, newest first; filters schedule.id,
// externalId, messageType.
http::HttpResponse listDeliveries(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);

// /corporate/v1/deliverySchedule: the caller's schedules.
http::HttpResponse postSchedule(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
http::HttpResponse listSchedules(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
http::HttpResponse getSchedule(store::Database &db, const auth::Caller &caller, const QString &id);
http::HttpResponse patchSchedule(store::Database &db, const auth::Caller &caller, const QString &id,
                                 const http::HttpRequest &request);
// DELETE: the schedule is cancelled (kept, with its runs, as "cancelled"); 204.
http::HttpResponse cancelSchedule(store::Database &db, const auth::Caller &caller, const QString &id);

} // namespace corpcare::server::delivery
