#pragma once

#include "server/auth/caller.h"
#include "server/http/http_types.h"

namespace corpcare::server::store {
class Database;
}

// The /corporate/v1 collections of profile §4 that TMF lacks: comments and news. Paging, fields,
// filters and headers as every collection (§1).
namespace corpcare::server::resources {

// GET /corporate/v1/comment?target.id=..&target.@referredType=..: the comments on accounts or lines
// in the caller's scope, ascending by id. Both filters are required (400 without them).
http::HttpResponse listComments(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
// GET /corporate/v1/comment/<id>: 404 for an unknown id and for a comment on a target out of scope.
http::HttpResponse getComment(store::Database &db, const auth::Caller &caller, const QString &id,
                              const http::HttpRequest &request);
// POST /corporate/v1/comment {"target": {"id", "@referredType"}, "text"}: 201 with the stored comment,
// written by the caller now; 400 invalidBody for a bad body, 404 for a target out of scope or unknown.
http::HttpResponse postComment(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);

// GET /corporate/v1/news and /corporate/v1/news/<id>: the operator's news, for every signed-in user.
http::HttpResponse listNews(store::Database &db, const http::HttpRequest &request);
http::HttpResponse getNews(store::Database &db, const QString &id, const http::HttpRequest &request);

} // namespace corpcare::server::resources
