#pragma once

#include "server/http/http_types.h"
#include "server/query/filter_sql.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::resources {

// A list of the extension resources kept in their own tables (thresholds, orders, messages, the audit
// trail, portal users): the table with the alias x, its filters, the resource's name for messages, a
// condition always ANDed (the caller's scope or his own rows) and the order of the ids.
struct IdListSpec {
    QString table; // "charge_threshold x"
    QList<query::FilterField> filters;
    QString name;
    QString fixed = QStringLiteral("1");
    bool newestFirst = true; // descending ids; false: ascending
};

// Reads the request's paging and filters, selects and counts the page of ids, and answers the items
// `load` makes of them (an id it answers nullopt for is left out); 400 for a bad query or filter.
http::HttpResponse listById(store::Database &db, const http::HttpRequest &request, const IdListSpec &spec,
                            const std::function<std::optional<QJsonObject>(qint64 id)> &load);

} // namespace corpcare::server::resources
