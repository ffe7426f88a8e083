#pragma once

#include "server/http/http_types.h"
#include "server/resources/resource.h"

namespace corpcare::server::resources {

// GET usage (TMF635): derived on request from the demo seed (server/demo/usage_synthesizer.h), paged
// and filtered like a stored collection. product.id is required (profile §3, usage).
http::HttpResponse listUsage(store::Database &db, const DataContext &context, const auth::Caller &caller,
                             const http::HttpRequest &request);

// GET usage/<id>: ids are "<product>-<yyyyMM>-<c|s|d>-<n>".
http::HttpResponse getUsage(store::Database &db, const DataContext &context, const auth::Caller &caller,
                            const QString &id, const http::HttpRequest &request);

} // namespace corpcare::server::resources
