#pragma once

#include "server/http/http_types.h"
#include "server/resources/resource.h"

#include <QJsonObject>

namespace corpcare::server::resources {

// GET <collection>: filters, scope, paging headers and field selection, the same for every resource.
http::HttpResponse listCollection(const StoredResource &resource, store::Database &db, const DataContext &context,
                                  const auth::Caller &caller, const http::HttpRequest &request);

// GET <collection>/<id>: 404 for an unknown id and for an id outside the caller's scope alike.
http::HttpResponse getItem(const StoredResource &resource, store::Database &db, const DataContext &context,
                           const auth::Caller &caller, const QString &id, const http::HttpRequest &request);

// Keeps only the named top-level fields (plus id, href and @type, which are always there).
QJsonObject selectFields(const QJsonObject &object, const QStringList &fields);

// The reply of a list: the array with X-Total-Count and X-Result-Count.
http::HttpResponse listReply(const QJsonArray &items, qint64 total, const QStringList &fields);

// The Link header value of a full page: the same request continued after the page's last item
// (keyset paging, profile §1): `</path?...&id.gt=<lastId>>; rel="next"`, without any offset.
QByteArray nextPageLink(const http::HttpRequest &request, const QString &lastId);

} // namespace corpcare::server::resources
