#include "server/resources/list_handler.h"

#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace corpcare::server::resources {

using http::errorResponse;
using http::HttpResponse;

namespace {

HttpResponse notFound(const StoredResource &resource, const QString &id) {
    return errorResponse(
        404, QStringLiteral("notFound"),
        QStringLiteral("no %1 with id %2").arg(domain::json::resourceName(resource.kind), id.left(64)));
}

void addScope(const StoredResource &resource, const auth::Caller &caller, query::WhereClause *where) {
    if (resource.scope) {
        where->add(resource.scope(caller));
    }
}

} // namespace

QJsonObject selectFields(const QJsonObject &object, const QStringList &fields) {
    if (fields.isEmpty()) {
        return object;
    }
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("id") || key == QLatin1String("href") || key == QLatin1String("@type") ||
            fields.contains(key)) {
            out.insert(key, it.value());
        }
    }
    return out;
}

HttpResponse listReply(const QJsonArray &items, qint64 total, const QStringList &fields) {
    QJsonArray projected;
    if (fields.isEmpty()) {
        projected = items;
    } else {
        for (const QJsonValue &item : items) {
            projected.append(selectFields(item.toObject(), fields));
        }
    }
    HttpResponse response = http::jsonResponse(QJsonDocument(projected));
    response.withHeader("X-Total-Count", QByteArray::number(total));
    response.withHeader("X-Result-Count", QByteArray::number(projected.size()));
    return response;
}

HttpResponse listCollection(const StoredResource &resource, store::Database &db, const DataContext &context,
                            const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto listQuery = query::parseListQuery(request.query, &error);
    if (!listQuery) {
        return errorResponse(400, QStringLiteral("badRequest"), error);
    }
    for (const query::Condition &condition : std::as_const(listQuery->conditions)) {
        for (const auto &[field, permission] : resource.filterPermissions) {
            if (condition.field == field && !caller.may(permission)) {
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("the filter %1 needs the permission %2, which %3 does not hold")
                                         .arg(field, permission, caller.login));
            }
        }
    }
    auto where =
        query::buildWhere(listQuery->conditions, resource.filters, domain::json::resourceName(resource.kind), &error);
    if (!where) {
        return errorResponse(400, QStringLiteral("invalidFilter"), error);
    }
    addScope(resource, caller, &*where);

    const qint64 total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(resource.table, where->sql), where->binds)
            .toLongLong();
    const PageRequest page{*where, listQuery->offset, listQuery->limit, &caller};
    if (resource.fetchPageText && listQuery->fields.isEmpty()) {
        int rows = 0;
        HttpResponse response;
        response.body = listQuery->offset < total ? resource.fetchPageText(db, context, page, &rows) : QByteArray("[]");
        response.withHeader("X-Total-Count", QByteArray::number(total));
        response.withHeader("X-Result-Count", QByteArray::number(rows));
        return response;
    }
    QJsonArray items;
    if (listQuery->offset < total) {
        items = resource.fetchPage(db, context, page);
    }
    return listReply(items, total, listQuery->fields);
}

HttpResponse getItem(const StoredResource &resource, store::Database &db, const DataContext &context,
                     const auth::Caller &caller, const QString &id, const http::HttpRequest &request) {
    const auto key = query::sqlValue(query::FieldType::Id, id);
    if (!key || key->isNull()) {
        return notFound(resource, id);
    }
    query::WhereClause where;
    where.add(resource.idColumn + QStringLiteral(" = ?"), {*key});
    addScope(resource, caller, &where);
    const QJsonArray items = resource.fetchPage(db, context, PageRequest{where, 0, 1, &caller});
    if (items.isEmpty()) {
        return notFound(resource, id);
    }
    const QStringList fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return http::jsonResponse(QJsonDocument(selectFields(items.first().toObject(), fields)));
}

} // namespace corpcare::server::resources
