#include "store/archive_answer.h"

#include "api/itemization_csv.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "domain/portal_user.h"
#include "store/archive.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace corpcare::store {

namespace json = domain::json;

namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxJsonLimit = 1000;
constexpr int kMaxCsvLimit = 100'000;

ArchiveAnswer errorAnswer(int status, const QString &code, const QString &reason, const QString &message) {
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status"), QString::number(status)}};
    return {status,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
            QJsonDocument(error).toJson(QJsonDocument::Compact)};
}

// A filter of the profile and the record column it compares; dates compare the record's day.
struct ColumnFilter {
    const char *name;
    const char *column;
};
constexpr ColumnFilter kIdFilters[] = {
    {"id", "id"},        {"billingAccount.id", "account"}, {"account.id", "account"}, {"product.id", "product"},
    {"bill.id", "bill"},
};
constexpr const char *kDayFilters[] = {"billingPeriod.startDateTime", "periodCoverage.startDateTime", "paymentDate",
                                       "usageDate"};
constexpr QPair<const char *, const char *> kComparisons[] = {
    {".gte", ">="}, {".gt", ">"}, {".lte", "<="}, {".lt", "<"}};

QStringList placeholdersFor(const QStringList &values, QVariantList *bound) {
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        bound->append(value);
    }
    return marks;
}

// Adds the condition of one filter; false (and *error) for a filter the archive cannot answer.
bool addFilter(const QString &name, const QString &value, const QUrlQuery &query, RecordWhere *where, QString *error) {
    for (const ColumnFilter &filter : kIdFilters) {
        if (name == QLatin1String(filter.name)) {
            const QStringList ids = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            where->conditions.append(
                QStringLiteral("%1 IN (%2)")
                    .arg(QLatin1String(filter.column), placeholdersFor(ids, &where->values).join(QLatin1Char(','))));
            return true;
        }
    }
    if (name == QLatin1String("id.gt")) {
        where->conditions.append(QStringLiteral("seq > ?"));
        where->values.append(value.toLongLong());
        return true;
    }
    if (name == QLatin1String("isBilled")) {
        where->conditions.append(QStringLiteral("billed = ?"));
        where->values.append(value == QLatin1String("true") ? 1 : 0);
        return true;
    }
    if (name == QLatin1String("target.id")) {
        // Ids of accounts and lines may be equal: a comment's target is filed as "Type/id".
        const QString type = query.queryItemValue(QStringLiteral("target.@referredType"), QUrl::FullyDecoded);
        where->conditions.append(type.isEmpty() ? QStringLiteral("target LIKE ?") : QStringLiteral("target = ?"));
        where->values.append(type.isEmpty() ? QString(QStringLiteral("%/") + value)
                                            : QString(type + QLatin1Char('/') + value));
        return true;
    }
    if (name == QLatin1String("target.@referredType")) {
        return true; // read with target.id
    }
    for (const char *day : kDayFilters) {
        for (const auto &[suffix, op] : kComparisons) {
            if (name == QLatin1String(day) + QLatin1String(suffix)) {
                where->conditions.append(QStringLiteral("day %1 ?").arg(QLatin1String(op)));
                where->values.append(value.left(10));
                return true;
            }
        }
    }
    *error = QCoreApplication::translate("Archive", "The filter %1 cannot be answered offline.").arg(name);
    return false;
}

// The text/csv representation of itemization (profile §1) as the reference server writes it: the
// columns the client's parser reads (api::kItemizationCsvColumns), each value in that order. Ids are
// opaque strings elsewhere than on the reference server, so a field is quoted when it must be (RFC 4180).
using CsvValue = QString (*)(const domain::BillItem &item);
const CsvValue kCsvValues[] = {
    [](const domain::BillItem &i) { return i.id; },
    [](const domain::BillItem &i) { return i.bill.id; },
    [](const domain::BillItem &i) { return i.billingAccount.id; },
    [](const domain::BillItem &i) { return i.product.id; },
    [](const domain::BillItem &i) { return domain::wire::toWire(i.kind); },
    [](const domain::BillItem &i) { return i.offering.id; },
    [](const domain::BillItem &i) { return i.periodStart.toString(Qt::ISODate); },
    [](const domain::BillItem &i) { return i.periodEnd.toString(Qt::ISODate); },
    [](const domain::BillItem &i) { return i.date.date().toString(Qt::ISODate); },
    [](const domain::BillItem &i) { return i.taxExcluded.toDecimalString(); },
    [](const domain::BillItem &i) { return i.taxIncluded.toDecimalString(); },
    [](const domain::BillItem &i) { return i.taxIncluded.currency(); },
};
static_assert(std::size(kCsvValues) == std::size(api::kItemizationCsvColumns), "one value per column");

QByteArray csvText(const QString &text) {
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

ArchiveAnswer csvOf(const ArchivePage &page) {
    QList<QByteArray> fields;
    for (const char *name : api::kItemizationCsvColumns) {
        fields.append(name);
    }
    QByteArray body = fields.join(',') + "\r\n";
    for (const QByteArray &object : page.bodies) {
        const auto item = json::billItemFromJson(QJsonDocument::fromJson(object).object());
        if (!item) {
            return errorAnswer(500, QStringLiteral("damagedArchive"), QStringLiteral("Damaged archive"),
                               QCoreApplication::translate("Archive", "An archived itemization line cannot be read."));
        }
        fields.clear();
        for (const CsvValue value : kCsvValues) {
            fields.append(csvText(value(item.value())));
        }
        body += fields.join(',') + "\r\n";
    }
    return {200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/csv")}}, body};
}

// `me` as downloaded, with the permissions that change data taken away: offline the user only looks.
QByteArray offlineMe(const QByteArray &me) {
    QJsonObject object = QJsonDocument::fromJson(me).object();
    QJsonArray kept;
    for (const QJsonValue &permission : object.value(QStringLiteral("permissions")).toArray()) {
        if (domain::permission::toLook.contains(permission.toString())) {
            kept.append(permission);
        }
    }
    object.insert(QStringLiteral("permissions"), kept);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray nextLink(const QString &fullPath, QUrlQuery query, qint64 lastSeq) {
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.removeAllQueryItems(QStringLiteral("id.gt"));
    query.addQueryItem(QStringLiteral("id.gt"), QString::number(lastSeq));
    QUrl url;
    url.setPath(fullPath);
    url.setQuery(query);
    return '<' + url.toEncoded() + QByteArrayLiteral(">; rel=\"next\"");
}

} // namespace

const QStringList &archivedKinds() {
    static const QStringList kinds = [] {
        QStringList all;
        for (const json::Resource resource :
             {json::Resource::Organization, json::Resource::Individual, json::Resource::BillingAccount,
              json::Resource::Product, json::Resource::ProductOffering, json::Resource::CustomerBill,
              json::Resource::AppliedCustomerBillingRate, json::Resource::Usage, json::Resource::Payment}) {
            all.append(json::collectionPath(resource));
        }
        return all << QString::fromLatin1(json::kMePath) << QString::fromLatin1(json::kCommentPath)
                   << QString::fromLatin1(json::kNewsPath) << QString::fromLatin1(json::kChargeThresholdPath);
    }(); // asked on every offline request: made once
    return kinds;
}

ArchiveAnswer offlineRefusal(const QString &what) {
    return errorAnswer(501, QStringLiteral("offline"), QStringLiteral("Offline"),
                       QCoreApplication::translate(
                           "Archive", "%1 needs the server; the program is working offline on the downloaded archive.")
                           .arg(what));
}

ArchiveAnswer answerFromArchive(Archive &archive, const QString &path, const QString &fullPath, const QUrlQuery &query,
                                bool csv) {
    QString kind;
    QString itemId;
    for (const QString &known : archivedKinds()) {
        if (path == known) {
            kind = known;
        } else if (path.startsWith(known + QLatin1Char('/')) &&
                   !path.mid(known.size() + 1).contains(QLatin1Char('/'))) {
            kind = known;
            itemId = QUrl::fromPercentEncoding(path.mid(known.size() + 1).toUtf8());
        }
    }
    if (kind.isEmpty()) {
        return offlineRefusal(QCoreApplication::translate("Archive", "This view"));
    }
    QString error;
    if (kind == QLatin1String(json::kMePath)) {
        const auto me = archive.record(kind, QStringLiteral("me"), &error);
        if (!me) {
            return errorAnswer(
                500, QStringLiteral("damagedArchive"), QStringLiteral("Damaged archive"),
                error.isEmpty() ? QCoreApplication::translate("Archive", "The archive does not say who downloaded it.")
                                : error);
        }
        return {200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, offlineMe(*me)};
    }
    if (!itemId.isEmpty()) {
        const auto item = archive.record(kind, itemId, &error);
        if (!item) {
            return error.isEmpty()
                       ? errorAnswer(
                             404, QStringLiteral("notFound"), QStringLiteral("Not found"),
                             QCoreApplication::translate("Archive", "%1 is not in the offline archive.").arg(itemId))
                       : errorAnswer(500, QStringLiteral("damagedArchive"), QStringLiteral("Damaged archive"), error);
        }
        return {200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, *item};
    }
    RecordWhere where;
    qint64 offset = 0;
    int limit = kDefaultLimit;
    bool countTotal = true;
    for (const auto &[name, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = encoded;
        if (name == QLatin1String("offset")) {
            offset = qMax<qint64>(0, value.toLongLong());
        } else if (name == QLatin1String("limit")) {
            limit = qBound(1, value.toInt(), csv ? kMaxCsvLimit : kMaxJsonLimit);
        } else if (name == QLatin1String("totalCount")) {
            countTotal = value != QLatin1String("false");
        } else if (name == QLatin1String("fields") || value.isEmpty()) {
            continue; // every field is kept; the reader ignores those it does not know
        } else if (!addFilter(name, value, query, &where, &error)) {
            return errorAnswer(400, QStringLiteral("offlineFilter"), QStringLiteral("Not available offline"), error);
        }
    }
    const ArchivePage page = archive.list(kind, where, offset, limit, countTotal, &error);
    if (!error.isEmpty()) {
        return errorAnswer(500, QStringLiteral("damagedArchive"), QStringLiteral("Damaged archive"), error);
    }
    ArchiveAnswer answer;
    if (csv && kind == json::collectionPath(json::Resource::AppliedCustomerBillingRate)) {
        answer = csvOf(page);
    } else {
        QByteArray body = "[";
        for (qsizetype i = 0; i < page.bodies.size(); ++i) {
            body += (i == 0 ? QByteArray() : QByteArray(",")) + page.bodies.at(i);
        }
        answer = {200, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}}, body + "]"};
    }
    if (page.total >= 0) {
        answer.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(page.total)});
    }
    answer.headers.append({QByteArrayLiteral("X-Result-Count"), QByteArray::number(page.bodies.size())});
    if (page.bodies.size() == limit && page.lastSeq > 0) {
        answer.headers.append({QByteArrayLiteral("Link"), nextLink(fullPath, query, page.lastSeq)});
    }
    return answer;
}

} // namespace corpcare::store
