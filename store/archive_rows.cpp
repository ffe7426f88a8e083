#include "store/archive_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace corpcare::store {

namespace {

// Ids are strings in the profile; a number is taken when it is a whole one that fits (anything else,
// such as 1e39 or 2.5, is no id at all rather than undefined behaviour in a conversion).
QString idText(const QJsonValue &value) {
    if (!value.isDouble()) {
        return value.toString();
    }
    const double number = value.toDouble();
    constexpr double kLimit = 9007199254740992.0; // 2^53: every whole double below it is exact
    if (!(number > -kLimit && number < kLimit) || number != std::floor(number)) {
        return {};
    }
    return QString::number(qint64(number));
}

QString refId(const QJsonObject &object, const char *field) {
    return idText(object.value(QLatin1String(field)).toObject().value(QLatin1String("id")));
}

// The day a record counts for: the field the profile's date filters of its resource compare.
QString dayOf(const QJsonObject &object) {
    for (const char *period : {"billingPeriod", "periodCoverage"}) {
        const QString start =
            object.value(QLatin1String(period)).toObject().value(QLatin1String("startDateTime")).toString();
        if (!start.isEmpty()) {
            return start.left(10);
        }
    }
    for (const char *date : {"paymentDate", "usageDate"}) {
        const QString text = object.value(QLatin1String(date)).toString();
        if (!text.isEmpty()) {
            return text.left(10);
        }
    }
    return {};
}

QString productOf(const QJsonObject &object) {
    const QString direct = refId(object, "product");
    if (!direct.isEmpty()) {
        return direct;
    }
    const QJsonArray rated = object.value(QLatin1String("ratedProductUsage")).toArray(); // usage (TMF635)
    return rated.isEmpty() ? QString() : refId(rated.first().toObject(), "productRef");
}

} // namespace

ArchiveRecord recordOf(const QJsonObject &object) {
    ArchiveRecord record;
    record.id = idText(object.value(QLatin1String("id")));
    bool numeric = false;
    record.seq = record.id.toLongLong(&numeric);
    record.account = refId(object, "billingAccount");
    if (record.account.isEmpty()) {
        record.account = refId(object, "account"); // payment (TMF676)
    }
    record.product = productOf(object);
    record.bill = refId(object, "bill");
    const QJsonObject target = object.value(QLatin1String("target")).toObject();
    if (!target.isEmpty()) { // a comment: ids of accounts and lines may be equal, so the type goes with it
        record.target = target.value(QLatin1String("@referredType")).toString() + QLatin1Char('/') +
                        idText(target.value(QLatin1String("id")));
    }
    record.day = dayOf(object);
    if (!numeric) {
        // Usage ids are not numbers: keep such records in time order, as the server lists them.
        const QDateTime time = QDateTime::fromString(object.value(QLatin1String("usageDate")).toString(), Qt::ISODate);
        record.seq = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    }
    const QJsonValue billed = object.value(QLatin1String("isBilled"));
    record.billed = billed.isBool() ? int(billed.toBool()) : -1;
    record.json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return record;
}

QList<ArchiveRecord> recordsOf(const QByteArray &jsonArray, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonArray, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("the list is not a JSON array");
        return {};
    }
    QList<ArchiveRecord> records;
    const QJsonArray array = document.array();
    records.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject()) {
            *error = QStringLiteral("a list item is not a JSON object");
            return {};
        }
        records.append(recordOf(value.toObject()));
    }
    return records;
}

} // namespace corpcare::store
