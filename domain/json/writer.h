#pragma once

// Private to domain/json: the pieces every writer shares (docs/api-profile.md §1, §2).

#include "domain/json/paths.h"
#include "domain/money.h"
#include "domain/party.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace corpcare::domain::json::detail {

// {"unit": "RUB", "value": 1234.5}: value a JSON number (Money::toJsonNumber).
QJsonObject moneyJson(const Money &money);
// "YYYY-MM-DD".
QString dateJson(QDate date);
// "YYYY-MM-DDThh:mm:ssZ" in UTC (milliseconds are not written).
QString dateTimeJson(const QDateTime &dateTime);
// Midnight UTC of a day, as a date-time.
QString dayStartJson(QDate day);
// {"startDateTime", "endDateTime"} of the days [start, end): end is written as its midnight.
QJsonObject periodJson(QDate start, QDate end);

enum class ReferredType { Write, Omit };
// {"id", "href", "name" (when not empty), "@referredType" (unless omitted)}.
QJsonObject refJson(const Ref &ref, Resource kind, ReferredType referredType = ReferredType::Write);
// {"id", "href", "@type"} of a resource; "@baseType" when the @type is a CorpCare subclass.
QJsonObject resourceJson(Resource kind, const QString &id, const QString &subclassType = {});

} // namespace corpcare::domain::json::detail
