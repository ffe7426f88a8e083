#include "server/resources/id_list.h"

#include "server/query/list_query.h"
#include "server/resources/list_handler.h"
#include "server/store/sqlite.h"

#include <QJsonArray>

namespace corpcare::server::resources {

http::HttpResponse listById(store::Database &db, const http::HttpRequest &request, const IdListSpec &spec,
                            const std::function<std::optional<QJsonObject>(qint64 id)> &load) {
    QString error;
    const auto listQuery = query::parseListQuery(request.query, &error);
    if (!listQuery) {
        return http::errorResponse(400, QStringLiteral("badRequest"), error);
    }
    auto where = query::buildWhere(listQuery->conditions, spec.filters, spec.name, &error);
    if (!where) {
        return http::errorResponse(400, QStringLiteral("invalidFilter"), error);
    }
    where->add(spec.fixed);
    const qint64 total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(spec.table, where->sql), where->binds)
            .toLongLong();
    store::Statement rows =
        db.prepare(QStringLiteral("SELECT x.id FROM %1 WHERE %2 ORDER BY x.id %3 LIMIT ? OFFSET ?")
                       .arg(spec.table, where->sql, spec.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    rows.bindAll(where->binds);
    rows.bind(int(where->binds.size()) + 1, qint64(listQuery->limit))
        .bind(int(where->binds.size()) + 2, listQuery->offset);
    QList<qint64> ids;
    while (rows.step()) {
        ids.append(rows.int64(0));
    }
    rows.reset(); // the read ends before the items are read (they may use statements of their own)
    QJsonArray items;
    for (qint64 id : ids) {
        if (const std::optional<QJsonObject> item = load(id)) {
            items.append(*item);
        }
    }
    return listReply(items, total, listQuery->fields);
}

} // namespace corpcare::server::resources
