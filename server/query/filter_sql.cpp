#include "server/query/filter_sql.h"

#include "domain/money.h"

#include <QDate>
#include <QDateTime>

namespace corpcare::server::query {

void WhereClause::add(const QString &predicate, const QVariantList &values) {
    sql = sql == QLatin1String("1") ? QStringLiteral("(%1)").arg(predicate)
                                    : QStringLiteral("%1 AND (%2)").arg(sql, predicate);
    binds.append(values);
}

std::optional<QVariant> sqlValue(FieldType type, const QString &text) {
    switch (type) {
    case FieldType::Text:
    case FieldType::Argument:
        return QVariant(text);
    case FieldType::Id: {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 && !text.startsWith(QLatin1Char('+')) ? QVariant(id) : QVariant(); // null matches nothing
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(value)) : std::nullopt;
    }
    case FieldType::Money: {
        const auto minor = domain::Money::parseMinor(text);
        return minor ? std::optional<QVariant>(QVariant(*minor)) : std::nullopt;
    }
    case FieldType::Date: {
        // A plain date, or a date-time with its zone (converted to the UTC day). Qt's ISO parser
        // accepts trailing garbage after a date, so the length decides which form is meant.
        if (text.size() == 10) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            return date.isValid() ? std::optional<QVariant>(QVariant(date.toJulianDay())) : std::nullopt;
        }
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        if (!moment.isValid() || moment.timeSpec() == Qt::LocalTime) {
            return std::nullopt;
        }
        return QVariant(moment.toUTC().date().toJulianDay());
    }
    case FieldType::Boolean:
    case FieldType::Presence:
        if (text == QLatin1String("true")) {
            return QVariant(qint64(1));
        }
        if (text == QLatin1String("false")) {
            return QVariant(qint64(0));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

QString operatorSql(Op op, qsizetype valueCount) {
    switch (op) {
    case Op::Equal:
    case Op::NotEqual: // the equality, negated around the whole predicate (buildWhere)
        if (valueCount == 1) {
            return QStringLiteral("= ?");
        }
        return QStringLiteral("IN (") + QStringLiteral("?,").repeated(valueCount).chopped(1) + QLatin1Char(')');
    case Op::Greater:
        return QStringLiteral("> ?");
    case Op::GreaterOrEqual:
        return QStringLiteral(">= ?");
    case Op::Less:
        return QStringLiteral("< ?");
    case Op::LessOrEqual:
        return QStringLiteral("<= ?");
    }
    return {};
}

QString typeDescription(FieldType type) {
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("a whole number");
    case FieldType::Money:
        return QStringLiteral("an amount such as 1234.56");
    case FieldType::Date:
        return QStringLiteral("a date YYYY-MM-DD or a date-time");
    case FieldType::Boolean:
    case FieldType::Presence:
        return QStringLiteral("true or false");
    default:
        return QStringLiteral("a value");
    }
}

} // namespace

std::optional<WhereClause> buildWhere(const QList<Condition> &conditions, const QList<FilterField> &fields,
                                      const QString &resourceName, QString *error) {
    WhereClause where;
    for (const Condition &condition : conditions) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const FilterField &candidate) {
            return candidate.name == condition.field;
        });
        if (field == fields.end()) {
            *error = QStringLiteral("unknown filter '%1' for %2").arg(condition.field, resourceName);
            return std::nullopt;
        }
        const bool negated = condition.op == Op::NotEqual;
        if (negated && (field->type == FieldType::Presence || field->type == FieldType::Argument)) {
            *error = QStringLiteral("filter '%1' of %2 takes no .ne").arg(condition.field, resourceName);
            return std::nullopt;
        }
        if (condition.op != Op::Equal && !negated && !field->comparable) {
            *error = QStringLiteral("filter '%1' of %2 takes no comparison").arg(condition.field, resourceName);
            return std::nullopt;
        }
        QVariantList values;
        for (const QString &text : condition.values) {
            const auto value = sqlValue(field->type, text);
            if (!value) {
                *error = QStringLiteral("filter '%1' expects %2, got '%3'")
                             .arg(condition.field, typeDescription(field->type), text.left(40));
                return std::nullopt;
            }
            values.append(*value);
        }
        if (field->type == FieldType::Presence || field->type == FieldType::Argument) {
            QStringList alternatives;
            QVariantList binds;
            for (const QVariant &value : values) {
                QString one = field->sqlTemplate;
                if (field->type == FieldType::Argument) {
                    const qsizetype uses = one.count(QStringLiteral("{}"));
                    one.replace(QStringLiteral("{}"), QStringLiteral("?"));
                    for (qsizetype i = 0; i < uses; ++i) {
                        binds.append(value);
                    }
                } else {
                    one.replace(QStringLiteral("{}"),
                                value.toLongLong() ? QStringLiteral("IS NOT NULL") : QStringLiteral("IS NULL"));
                }
                alternatives.append(one);
            }
            where.add(alternatives.join(QStringLiteral(" OR ")), binds);
            continue;
        }
        if (negated) {
            // An id that is no integer is no row's id: "none of them" holds for it anyway, and a NULL in
            // NOT IN would make the whole predicate unknown.
            values.removeIf([](const QVariant &value) { return value.isNull(); });
            if (values.isEmpty()) {
                continue;
            }
        }
        QString predicate = field->sqlTemplate;
        const qsizetype uses = predicate.count(QStringLiteral("{}"));
        predicate.replace(QStringLiteral("{}"), operatorSql(condition.op, values.size()));
        for (qsizetype i = 0; i < uses; ++i) {
            where.binds.append(values);
        }
        where.add(negated ? QStringLiteral("NOT (%1)").arg(predicate) : predicate);
    }
    return where;
}

} // namespace corpcare::server::query
