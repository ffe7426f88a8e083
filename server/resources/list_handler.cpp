#include "server/resources/list_handler.h"

#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

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

namespace {
// The body of a list reply: the items, each with only the asked-for fields.
HttpResponse projectedList(const QJsonArray &items, const QStringList &fields) {
    QJsonArray projected;
    if (fields.isEmpty()) {
        projected = items;
    } else {
        for (const QJsonValue &item : items) {
            projected.append(selectFields(item.toObject(), fields));
        }
    }
    return http::jsonResponse(QJsonDocument(projected));
}
} // namespace

HttpResponse listReply(const QJsonArray &items, qint64 total, const QStringList &fields) {
    HttpResponse response = projectedList(items, fields);
    response.withHeader("X-Total-Count", QByteArray::number(total));
    response.withHeader("X-Result-Count", QByteArray::number(items.size()));
    return response;
}

QByteArray nextPageLink(const http::HttpRequest &request, const QString &lastId) {
    QUrlQuery next = request.query;
    next.removeAllQueryItems(QStringLiteral("offset"));
    next.removeAllQueryItems(QStringLiteral("id.gt"));
    next.addQueryItem(QStringLiteral("id.gt"), lastId);
    QUrl url;
    url.setPath(request.path);
    url.setQuery(next);
    return '<' + url.toEncoded() + QByteArrayLiteral(">; rel=\"next\"");
}

namespace {
// Accept names text/csv before any JSON type (or alone). Anything else, including media types the
// server does not know, gets the profile's default, JSON. Quality values are not weighed: a client
// that wants CSV asks for it first.
bool acceptsCsvFirst(const QByteArray &accept) {
    for (const QByteArray &range : accept.split(',')) {
        const QByteArray mediaType = range.split(';').first().trimmed().toLower(); // without its parameters
        if (mediaType == "text/csv") {
            return true;
        }
        if (mediaType == "application/json" || mediaType == "application/*" || mediaType == "*/*") {
            return false;
        }
    }
    return false;
}
} // namespace

HttpResponse listCollection(const StoredResource &resource, store::Database &db, const DataContext &context,
                            const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const bool csv = resource.fetchPageCsv && acceptsCsvFirst(request.header("accept"));
    const auto listQuery = query::parseListQuery(request.query, &error,
                                                 csv ? query::ListQuery::kMaxCsvLimit : query::ListQuery::kMaxLimit);
    if (!listQuery) {
        return errorResponse(400, QStringLiteral("badRequest"), error);
    }
    if (csv && !listQuery->fields.isEmpty()) {
        return errorResponse(400, QStringLiteral("badRequest"),
                             QStringLiteral("fields= selects JSON fields; the text/csv list has fixed columns"));
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

    qint64 total = -1; // not counted: totalCount=false
    qint64 firstId = 0;
    if (listQuery->countTotal) {
        const QString firstIdSql = resource.seeksFirstId
                                       ? QStringLiteral(", MIN(") + resource.idColumn + QLatin1Char(')')
                                       : QStringLiteral(", 0");
        store::Statement count = db.prepare(
            QStringLiteral("SELECT COUNT(*)%1 FROM %2 WHERE %3").arg(firstIdSql, resource.table, where->sql));
        count.bindAll(where->binds);
        if (count.step()) {
            total = count.int64(0);
            firstId = count.isNull(1) ? 0 : count.int64(1);
        }
    }
    const bool anyLeft = total < 0 || listQuery->offset < total;
    QStringList filterNames;
    for (const query::Condition &condition : std::as_const(listQuery->conditions)) {
        filterNames.append(condition.field);
    }
    const PageRequest page{*where, listQuery->offset, listQuery->limit, &caller, filterNames, firstId};
    HttpResponse response;
    int rows = 0;
    QString lastId;
    if (csv) {
        // Past the end: no query worth running, but still the header line of an empty list.
        const PageRequest none{*where, 0, 0, &caller, filterNames, 0};
        PageText text = resource.fetchPageCsv(db, context, anyLeft ? page : none);
        response.body = std::move(text.body);
        response.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
        rows = text.rows;
        lastId = text.lastId;
    } else if (resource.fetchPageText && listQuery->fields.isEmpty()) {
        PageText text = anyLeft ? resource.fetchPageText(db, context, page) : PageText{QByteArrayLiteral("[]"), 0, {}};
        response.body = std::move(text.body);
        rows = text.rows;
        lastId = text.lastId;
    } else {
        const QJsonArray items = anyLeft ? resource.fetchPage(db, context, page) : QJsonArray();
        response = projectedList(items, listQuery->fields);
        rows = int(items.size());
        lastId = items.isEmpty() ? QString() : items.last().toObject().value(QLatin1String("id")).toString();
    }
    if (total >= 0) {
        response.withHeader("X-Total-Count", QByteArray::number(total));
    }
    response.withHeader("X-Result-Count", QByteArray::number(rows));
    if (rows == listQuery->limit && !lastId.isEmpty()) {
        response.withHeader("Link", nextPageLink(request, lastId));
    }
    if (resource.fetchPageCsv) {
        response.withHeader("Vary", "Accept"); // the same URL answers JSON or CSV
    }
    return response;
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
    const QJsonArray items = resource.fetchPage(db, context, PageRequest{where, 0, 1, &caller, {}, 0});
    if (items.isEmpty()) {
        return notFound(resource, id);
    }
    const QStringList fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return http::jsonResponse(QJsonDocument(selectFields(items.first().toObject(), fields)));
}

} // namespace corpcare::server::resources
