#include "domain/json/writer.h"

#include <QTimeZone>

namespace corpcare::domain::json::detail {

QJsonObject moneyJson(const Money &money) {
    return {{QStringLiteral("unit"), money.currency()}, {QStringLiteral("value"), Money::toJsonNumber(money.minor())}};
}

QString dateJson(QDate date) {
    return date.toString(Qt::ISODate);
}

QString dateTimeJson(const QDateTime &dateTime) {
    // Qt::ISODate writes whole seconds and "Z" for UTC.
    return dateTime.toUTC().toString(Qt::ISODate);
}

QString dayStartJson(QDate day) {
    return dateTimeJson(day.startOfDay(QTimeZone::utc()));
}

QJsonObject periodJson(QDate start, QDate end) {
    return {{QStringLiteral("startDateTime"), dayStartJson(start)}, {QStringLiteral("endDateTime"), dayStartJson(end)}};
}

QJsonObject refJson(const Ref &ref, Resource kind, ReferredType referredType) {
    QJsonObject out{{QStringLiteral("id"), ref.id}, {QStringLiteral("href"), hrefFor(kind, ref.id)}};
    if (!ref.name.isEmpty()) {
        out.insert(QStringLiteral("name"), ref.name);
    }
    if (referredType == ReferredType::Write) {
        out.insert(QStringLiteral("@referredType"), tmfTypeName(kind));
    }
    return out;
}

QJsonObject resourceJson(Resource kind, const QString &id, const QString &subclassType) {
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("href"), hrefFor(kind, id)}};
    if (subclassType.isEmpty()) {
        out.insert(QStringLiteral("@type"), tmfTypeName(kind));
    } else {
        out.insert(QStringLiteral("@type"), subclassType);
        out.insert(QStringLiteral("@baseType"), tmfTypeName(kind));
    }
    return out;
}

} // namespace corpcare::domain::json::detail
