#include "server/query/list_query.h"

namespace corpcare::server::query {

namespace {

struct OperatorSuffix {
    QLatin1StringView suffix;
    Op op;
};

constexpr OperatorSuffix kSuffixes[] = {
    {QLatin1StringView(".gte"), Op::GreaterOrEqual}, {QLatin1StringView(".gt"), Op::Greater},
    {QLatin1StringView(".lte"), Op::LessOrEqual},    {QLatin1StringView(".lt"), Op::Less},
    {QLatin1StringView(".ne"), Op::NotEqual},
};

std::optional<qint64> parseNonNegative(const QString &text, qint64 max) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max || text.startsWith(QLatin1Char('+')) || text.trimmed() != text) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<ListQuery> parseListQuery(const QUrlQuery &query, QString *error, int maxLimit) {
    ListQuery out;
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = rawKey;
        const QString &value = rawValue;
        if (key == QLatin1String("offset")) {
            const auto offset = parseNonNegative(value, ListQuery::kMaxOffset);
            if (!offset) {
                *error = QStringLiteral("offset must be a whole number from 0 to %1").arg(ListQuery::kMaxOffset);
                return std::nullopt;
            }
            out.offset = *offset;
        } else if (key == QLatin1String("limit")) {
            const auto limit = parseNonNegative(value, maxLimit);
            if (!limit || *limit == 0) {
                *error = QStringLiteral("limit must be a whole number from 1 to %1").arg(maxLimit);
                return std::nullopt;
            }
            out.limit = int(*limit);
        } else if (key == QLatin1String("totalCount")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = QStringLiteral("totalCount must be true or false");
                return std::nullopt;
            }
            out.countTotal = value == QLatin1String("true");
        } else if (key == QLatin1String("fields")) {
            out.fields = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &field : out.fields) {
                field = field.trimmed();
            }
        } else {
            Condition condition;
            condition.field = key;
            for (const auto &[suffix, op] : kSuffixes) {
                if (key.endsWith(suffix)) {
                    condition.field = key.chopped(suffix.size());
                    condition.op = op;
                    break;
                }
            }
            if (condition.field.isEmpty()) {
                *error = QStringLiteral("empty filter name");
                return std::nullopt;
            }
            condition.values = value.split(QLatin1Char(','));
            if (condition.values.size() > ListQuery::kMaxValues) {
                *error = QStringLiteral("filter %1 has more than %2 values").arg(key).arg(ListQuery::kMaxValues);
                return std::nullopt;
            }
            if (condition.op != Op::Equal && condition.op != Op::NotEqual && condition.values.size() != 1) {
                *error = QStringLiteral("filter %1 compares with exactly one value").arg(key);
                return std::nullopt;
            }
            out.conditions.append(condition);
        }
    }
    return out;
}

} // namespace corpcare::server::query
