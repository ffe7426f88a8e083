#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace corpcare::server::query {

// NotEqual ("status.ne=a,b"): none of the values, the negation of the equality with the same list.
enum class Op { Equal, NotEqual, Greater, GreaterOrEqual, Less, LessOrEqual };

// One filter of a list request: "billDate.gte=2026-01-01" -> {billDate, GreaterOrEqual, [2026-01-01]}.
// Equality and its negation may carry several values (comma-OR); comparisons carry exactly one.
struct Condition {
    QString field;
    Op op = Op::Equal;
    QStringList values;
};

// What a list request asks for besides the resource: paging, projection, filters (profile §1).
struct ListQuery {
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;
    // The CSV representation of a big list (profile §1, "CSV lists"): a line is about 80 bytes instead
    // of 600 of JSON, so a page may hold a hundred times more.
    static constexpr int kMaxCsvLimit = 100'000;
    static constexpr int kMaxValues = 1000;
    static constexpr qint64 kMaxOffset = 1'000'000'000;

    qint64 offset = 0;
    int limit = kDefaultLimit;
    QStringList fields; // empty: all fields
    // totalCount=false: the reply leaves out X-Total-Count, so the server need not count the whole
    // list again for every page of a keyset walk (counting a million lines costs more than a page).
    bool countTotal = true;
    QList<Condition> conditions;
};

// Parses a query string; on a malformed parameter returns nullopt with a message for the 400 body.
// `maxLimit`: the largest `limit` of the representation asked for.
std::optional<ListQuery> parseListQuery(const QUrlQuery &query, QString *error, int maxLimit = ListQuery::kMaxLimit);

} // namespace corpcare::server::query
