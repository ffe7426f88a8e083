#include "server/resources/corporate_resources.h"

#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "server/resources/list_handler.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <functional>

namespace corpcare::server::resources {

using domain::CommentTargetKind;
using http::errorResponse;
using http::HttpResponse;
using query::FieldType;

namespace {

const QString kTargetId = QStringLiteral("target.id");
const QString kTargetKind = QStringLiteral("target.@referredType");

// A collection of this file: its table, filters, and how one row of its page query becomes JSON.
struct Collection {
    QString name;     // "comment": in messages
    QString table;    // "comment c": with the alias the filters use
    QString idColumn; // "c.id"
    QList<query::FilterField> filters;
    QString selectFromJoins; // the page query up to WHERE
    std::function<QJsonObject(const store::Statement &)> rowJson;
};

HttpResponse notFound(const QString &name, const QString &id) {
    return errorResponse(404, QStringLiteral("notFound"), QStringLiteral("no %1 with id %2").arg(name, id.left(64)));
}

QJsonArray fetchPage(store::Database &db, const Collection &collection, const PageRequest &page) {
    store::Statement row = queryPage(db, collection.selectFromJoins, collection.idColumn, page);
    QJsonArray out;
    while (row.step()) {
        out.append(collection.rowJson(row));
    }
    return out;
}

// The list of profile §1 over one collection; scope empty: every row is visible.
HttpResponse listRows(store::Database &db, const Collection &collection, const query::ListQuery &listQuery,
                      const QString &scope) {
    QString error;
    auto where = query::buildWhere(listQuery.conditions, collection.filters, collection.name, &error);
    if (!where) {
        return errorResponse(400, QStringLiteral("invalidFilter"), error);
    }
    if (!scope.isEmpty()) {
        where->add(scope);
    }
    const qint64 total =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(collection.table, where->sql), where->binds)
            .toLongLong();
    QJsonArray items;
    if (listQuery.offset < total) {
        items = fetchPage(db, collection, PageRequest{*where, listQuery.offset, listQuery.limit, nullptr, {}, 0});
    }
    return listReply(items, total, listQuery.fields);
}

HttpResponse getRow(store::Database &db, const Collection &collection, const QString &id, const QString &scope,
                    const http::HttpRequest &request) {
    const auto key = query::sqlValue(FieldType::Id, id);
    if (!key || key->isNull()) {
        return notFound(collection.name, id);
    }
    query::WhereClause where;
    where.add(collection.idColumn + QStringLiteral(" = ?"), {*key});
    if (!scope.isEmpty()) {
        where.add(scope);
    }
    const QJsonArray items = fetchPage(db, collection, PageRequest{where, 0, 1, nullptr, {}, 0});
    if (items.isEmpty()) {
        return notFound(collection.name, id);
    }
    const QStringList fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return http::jsonResponse(QJsonDocument(selectFields(items.first().toObject(), fields)));
}

QDateTime utcFromSeconds(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

const Collection &comments() {
    static const Collection collection{
        QStringLiteral("comment"),
        QStringLiteral("comment c"),
        QStringLiteral("c.id"),
        {
            {QStringLiteral("id"), FieldType::Id, QStringLiteral("c.id {}"), true},
            {kTargetId, FieldType::Id, QStringLiteral("c.target_id {}")},
            {kTargetKind, FieldType::Text, QStringLiteral("c.target_kind {}")},
            {QStringLiteral("author.id"), FieldType::Id, QStringLiteral("c.author_id {}")},
        },
        QStringLiteral("SELECT c.id, c.target_kind, c.target_id, c.author_id, u.name, c.created_at, c.text "
                       "FROM comment c JOIN portal_user u ON u.id = c.author_id"),
        [](const store::Statement &row) {
            domain::Comment comment;
            comment.id = idText(row, 0);
            comment.targetKind =
                domain::wire::fromWire<CommentTargetKind>(row.text(1)).value_or(CommentTargetKind::Product);
            comment.targetId = idText(row, 2);
            comment.author = {idText(row, 3), row.text(4)};
            comment.createdAt = utcFromSeconds(row.int64(5));
            comment.text = row.text(6);
            return domain::json::toJson(comment);
        },
    };
    return collection;
}

const Collection &news() {
    static const Collection collection{
        QStringLiteral("news"),
        QStringLiteral("news n"),
        QStringLiteral("n.id"),
        {
            {QStringLiteral("id"), FieldType::Id, QStringLiteral("n.id {}"), true},
        },
        QStringLiteral("SELECT n.id, n.title, n.body, n.published_at, n.audience FROM news n"),
        [](const store::Statement &row) {
            domain::NewsItem item;
            item.id = idText(row, 0);
            item.title = row.text(1);
            item.body = row.text(2);
            item.publishedAt = utcFromSeconds(row.int64(3));
            item.audience = row.text(4);
            return domain::json::toJson(item);
        },
    };
    return collection;
}

// A comment list names its target: both filters, as equality, and known target kinds.
QString missingTargetFilter(const QList<query::Condition> &conditions) {
    bool hasId = false;
    bool hasKind = false;
    for (const query::Condition &condition : conditions) {
        if (condition.op != query::Op::Equal) {
            continue;
        }
        hasId = hasId || condition.field == kTargetId;
        if (condition.field == kTargetKind) {
            hasKind = true;
            for (const QString &value : condition.values) {
                if (!domain::wire::fromWire<CommentTargetKind>(value)) {
                    return QStringLiteral("%1 is BillingAccount or Product, got \"%2\"")
                        .arg(kTargetKind, value.left(64));
                }
            }
        }
    }
    if (!hasId || !hasKind) {
        return QStringLiteral("comments are listed per target: %1 and %2 are both required")
            .arg(kTargetId, kTargetKind);
    }
    return {};
}

// True when the account or line exists and is in the caller's scope (profile §5).
bool targetVisible(store::Database &db, const auth::Caller &caller, CommentTargetKind kind, qint64 id) {
    const QString sql = kind == CommentTargetKind::BillingAccount
                            ? QStringLiteral("SELECT COUNT(*) FROM billing_account a WHERE a.id = ? AND (%1)")
                                  .arg(auth::scope::billingAccount(caller))
                            : QStringLiteral("SELECT COUNT(*) FROM product p WHERE p.id = ? AND (%1)")
                                  .arg(auth::scope::product(caller));
    return db.scalar(sql, {id}).toLongLong() > 0;
}

HttpResponse invalidBody(const QString &message) {
    return errorResponse(400, QStringLiteral("invalidBody"), message);
}

} // namespace

HttpResponse listComments(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QString error;
    const auto listQuery = query::parseListQuery(request.query, &error);
    if (!listQuery) {
        return errorResponse(400, QStringLiteral("badRequest"), error);
    }
    if (const QString missing = missingTargetFilter(listQuery->conditions); !missing.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalidFilter"), missing);
    }
    return listRows(db, comments(), *listQuery, auth::scope::comment(caller));
}

HttpResponse getComment(store::Database &db, const auth::Caller &caller, const QString &id,
                        const http::HttpRequest &request) {
    return getRow(db, comments(), id, auth::scope::comment(caller), request);
}

HttpResponse postComment(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalidBody(QStringLiteral("the body is not valid JSON: %1 at offset %2")
                               .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject()) {
        return invalidBody(
            QStringLiteral("expected a JSON object {\"target\": {\"id\", \"@referredType\"}, \"text\"}"));
    }
    domain::Result<domain::Comment> read = domain::json::newCommentFromJson(document.object());
    if (!read) {
        return invalidBody(read.error().toString());
    }
    domain::Comment comment = std::move(read).value();

    const QString targetName = domain::json::resourceName(comment.targetKind == CommentTargetKind::BillingAccount
                                                              ? domain::json::Resource::BillingAccount
                                                              : domain::json::Resource::Product);
    const auto key = query::sqlValue(FieldType::Id, comment.targetId);
    if (!key || key->isNull() || !targetVisible(db, caller, comment.targetKind, key->toLongLong())) {
        return notFound(targetName, comment.targetId);
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    store::Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO comment(target_kind, target_id, author_id, created_at, text) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(1, domain::wire::toWire(comment.targetKind)).bind(2, key->toLongLong()).bind(3, caller.userId);
    insert.bind(4, now).bind(5, comment.text).run();

    comment.id = QString::number(db.lastInsertId());
    comment.targetId = QString::number(key->toLongLong());
    comment.author = {QString::number(caller.userId), caller.name};
    comment.createdAt = utcFromSeconds(now);
    return http::jsonResponse(QJsonDocument(domain::json::toJson(comment)), 201)
        .withHeader("Location",
                    (QString::fromLatin1(domain::json::kCommentPath) + QLatin1Char('/') + comment.id).toUtf8());
}

HttpResponse listNews(store::Database &db, const http::HttpRequest &request) {
    QString error;
    const auto listQuery = query::parseListQuery(request.query, &error);
    if (!listQuery) {
        return errorResponse(400, QStringLiteral("badRequest"), error);
    }
    return listRows(db, news(), *listQuery, {});
}

HttpResponse getNews(store::Database &db, const QString &id, const http::HttpRequest &request) {
    return getRow(db, news(), id, {}, request);
}

} // namespace corpcare::server::resources
