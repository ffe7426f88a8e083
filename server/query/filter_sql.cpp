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
        if (condition.op != Op::Equal && !field->comparable) {
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
        if (field->type == FieldType::Presence) {
            QStringList alternatives;
            for (const QVariant &value : values) {
                QString one = field->sqlTemplate;
                alternatives.append(one.replace(QStringLiteral("{}"), value.toLongLong() ? QStringLiteral("IS NOT NULL")
                                                                                         : QStringLiteral("IS NULL")));
            }
            where.add(alternatives.join(QStringLiteral(" OR ")));
            continue;
        }
        QString predicate = field->sqlTemplate;
        const qsizetype uses = predicate.count(QStringLiteral("{}"));
        predicate.replace(QStringLiteral("{}"), operatorSql(condition.op, values.size()));
        for (qsizetype i = 0; i < uses; ++i) {
            where.binds.append(values);
        }
        where.add(predicate);
    }
    return where;
}

} // namespace corpcare::server::query
