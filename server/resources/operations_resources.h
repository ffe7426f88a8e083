#pragma once

#include "server/auth/caller.h"
#include "server/http/http_types.h"
#include "server/orders/smsc.h"

namespace corpcare::server::store {
class Database;
}

// The resources of issue 5 (profile §6). Permissions are checked by the routes; these check bodies,
// scope and idempotency.
namespace corpcare::server::resources {

// GET /corporate/v1/chargeThreshold: thresholds whose target is in scope, and the company's default.
http::HttpResponse listThresholds(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
// POST: creates (201) or replaces (200) the threshold of its target; 400 bad amounts, 404 target out
// of scope or unknown. Audited.
http::HttpResponse postThreshold(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
// DELETE /corporate/v1/chargeThreshold/<id>: 204, or 404. Audited.
http::HttpResponse deleteThreshold(store::Database &db, const auth::Caller &caller, const QString &id);

// POST /productOrder: 201 with the new order, or 200 with the one the caller sent with the same
// externalId. Items are worked off later (orders::OrderWorker).
http::HttpResponse postOrder(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
http::HttpResponse getOrder(store::Database &db, const auth::Caller &caller, const QString &id);
// GET /productOrder: the caller's orders, newest first; filters state and orderDate (comparable).
http::HttpResponse listOrders(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
http::HttpResponse postCancel(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);

http::HttpResponse postMessage(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request,
                               const orders::SmscOptions &smsc);
http::HttpResponse getMessage(store::Database &db, const auth::Caller &caller, const QString &id);
http::HttpResponse listMessages(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);

// GET /corporate/v1/auditRecord: newest first; filters actor, target.id, date (comparable).
http::HttpResponse listAuditRecords(store::Database &db, const http::HttpRequest &request);

} // namespace corpcare::server::resources
