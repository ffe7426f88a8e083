#pragma once

#include "server/query/list_query.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace corpcare::server::query {

// How a wire value of a filter is read before it reaches SQL.
enum class FieldType {
    Text,     // compared as given
    Id,       // opaque on the wire, an integer column here; a value that is no integer matches nothing
    Integer,  // a whole number; anything else is a 400
    Money,    // decimal text ("-1234.5") -> minor units
    Date,     // "YYYY-MM-DD" or a UTC date-time -> Julian day
    Boolean,  // "true" / "false" -> 1 / 0
    Presence, // "true" / "false" -> the column IS NOT NULL / IS NULL (so that an index serves it)
    // The value as given, handed whole to the template, whose "{}" becomes one "?" (a function call such
    // as "name_or_number(p.msisdn, ..., {})"); several values are alternatives (OR). No comparisons.
    Argument,
};

// One filter a resource supports. sqlTemplate holds "{}" where the operator and placeholders go
// (several "{}" get the same values each),
// e.g. "a.state {}" or "EXISTS (SELECT 1 FROM product_service s WHERE s.product_id = p.id AND s.offering_id {})".
struct FilterField {
    QString name; // wire name, dot notation
    FieldType type;
    QString sqlTemplate;
    bool comparable = false; // .gt/.gte/.lt/.lte allowed (.ne is allowed on every field but Presence and Argument)
};

struct WhereClause {
    QString sql = QStringLiteral("1");
    QVariantList binds;
    void add(const QString &predicate, const QVariantList &values = {});
};

// Builds the WHERE clause of a list request from its conditions; nullopt with the 400 message for an
// unknown filter, a comparison on a field without order, or a value of the wrong form.
std::optional<WhereClause> buildWhere(const QList<Condition> &conditions, const QList<FilterField> &fields,
                                      const QString &resourceName, QString *error);

// The wire value as the SQL column holds it, or nullopt when it has the wrong form.
std::optional<QVariant> sqlValue(FieldType type, const QString &text);

} // namespace corpcare::server::query
