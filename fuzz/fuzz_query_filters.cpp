// Fuzz target (issue 9): the server's query-string filter parser (profile §1) and the SQL it builds,
// on any query string. It must never crash, and what it builds must hold together: exactly one bound
// value for every placeholder, so that no value is ever spliced into the SQL text.
#include "server/query/filter_sql.h"
#include "server/query/list_query.h"

#include <QUrlQuery>

#include <cstdlib>

using namespace corpcare::server::query;

namespace {

// One field of each kind, as the resources declare them.
const QList<FilterField> &fields() {
    static const QList<FilterField> all{
        {QStringLiteral("name"), FieldType::Text, QStringLiteral("a.name {}"), false},
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("a.id {}"), true},
        {QStringLiteral("count"), FieldType::Integer, QStringLiteral("a.count {}"), true},
        {QStringLiteral("amount.value"), FieldType::Money, QStringLiteral("a.amount {}"), true},
        {QStringLiteral("billDate"), FieldType::Date, QStringLiteral("a.day {}"), true},
        {QStringLiteral("isBilled"), FieldType::Boolean, QStringLiteral("a.billed {}"), false},
        {QStringLiteral("bill.id"), FieldType::Presence, QStringLiteral("a.bill_id {}"), false},
        {QStringLiteral("nameOrNumber"), FieldType::Argument, QStringLiteral("match(a.name, {})"), false},
        {QStringLiteral("service.id"), FieldType::Id,
         QStringLiteral("EXISTS (SELECT 1 FROM s WHERE s.id {}) OR a.other {}"), false},
    };
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QUrlQuery query(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString error;
    const auto parsed = parseListQuery(query, &error, ListQuery::kMaxCsvLimit);
    if (!parsed) {
        if (error.isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return 0;
    }
    if (parsed->limit < 1 || parsed->limit > ListQuery::kMaxCsvLimit || parsed->offset < 0) {
        std::abort();
    }
    const auto where = buildWhere(parsed->conditions, fields(), QStringLiteral("fuzz"), &error);
    if (!where) {
        if (error.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    if (where->sql.count(QLatin1Char('?')) != where->binds.size()) {
        std::abort(); // a value outside the binds would be SQL text
    }
    return 0;
}
