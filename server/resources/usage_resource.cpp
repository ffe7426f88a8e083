#include "server/resources/usage_resource.h"

#include "domain/json/mapping.h"
#include "server/demo/usage_synthesizer.h"
#include "server/resources/list_handler.h"
#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace corpcare::server::resources {

using http::errorResponse;
using http::HttpResponse;
using query::Condition;
using query::Op;

namespace {

constexpr int kMaxProducts = 100;
constexpr char kKindLetters[] = {'c', 's', 'd'};

struct UsageFilter {
    QList<qint64> productIds;
    QList<int> kinds;                                       // empty: all
    qint64 fromSecond = std::numeric_limits<qint64>::min(); // inclusive, seconds since epoch
    qint64 toSecond = std::numeric_limits<qint64>::max();   // exclusive
};

std::optional<qint64> epochSecondOf(const QString &text) {
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        moment = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    return moment.toSecsSinceEpoch();
}

std::optional<UsageFilter> readFilter(const QList<Condition> &conditions, QString *error) {
    UsageFilter filter;
    bool hasProduct = false;
    for (const Condition &c : conditions) {
        if (c.field == QLatin1String("product.id") && c.op == Op::Equal) {
            hasProduct = true;
            if (c.values.size() > kMaxProducts) {
                *error = QStringLiteral("usage takes at most %1 product ids at once").arg(kMaxProducts);
                return std::nullopt;
            }
            for (const QString &v : c.values) {
                const auto id = query::sqlValue(query::FieldType::Id, v);
                if (id && !id->isNull()) {
                    filter.productIds.append(id->toLongLong());
                }
            }
        } else if (c.field == QLatin1String("usageType") && c.op == Op::Equal) {
            for (const QString &v : c.values) {
                const int kind = v == QLatin1String("call")   ? 0
                                 : v == QLatin1String("sms")  ? 1
                                 : v == QLatin1String("data") ? 2
                                                              : -1;
                if (kind < 0) {
                    *error = QStringLiteral("usageType is call, sms or data, not '%1'").arg(v.left(20));
                    return std::nullopt;
                }
                filter.kinds.append(kind);
            }
        } else if (c.field == QLatin1String("usageDate") && c.op != Op::Equal && c.op != Op::NotEqual) {
            const auto second = epochSecondOf(c.values.first());
            if (!second) {
                *error =
                    QStringLiteral("usageDate expects a date or a date-time, got '%1'").arg(c.values.first().left(40));
                return std::nullopt;
            }
            if (c.op == Op::GreaterOrEqual || c.op == Op::Greater) {
                filter.fromSecond = qMax(filter.fromSecond, *second + (c.op == Op::Greater ? 1 : 0));
            } else {
                filter.toSecond = qMin(filter.toSecond, *second + (c.op == Op::LessOrEqual ? 1 : 0));
            }
        } else {
            *error = QStringLiteral("unknown filter '%1' for usage").arg(c.field);
            return std::nullopt;
        }
    }
    if (!hasProduct) {
        *error = QStringLiteral("usage needs a product.id filter");
        return std::nullopt;
    }
    return filter;
}

struct LineInScope {
    qint64 id = 0;
    qint64 startDate = 0;
};

QList<LineInScope> linesInScope(store::Database &db, const auth::Caller &caller, const QList<qint64> &ids) {
    QStringList idTexts;
    for (qint64 id : ids) {
        idTexts.append(QString::number(id));
    }
    store::Statement row =
        db.prepare(QStringLiteral("SELECT p.id, p.start_date FROM product p WHERE p.id IN (%1) AND (%2) "
                                  "ORDER BY p.id")
                       .arg(idTexts.join(QLatin1Char(',')), auth::scope::product(caller)));
    QList<LineInScope> out;
    while (row.step()) {
        out.append({row.int64(0), row.int64(1)});
    }
    return out;
}

// The tariff prices a line had in a month: from that month's tariff charge (billed or not).
std::optional<demo::UsagePricing> pricingOf(store::Database &db, qint64 productId, QDate monthStart) {
    store::Statement row = db.prepare(
        QStringLiteral("SELECT o.price_minute, o.price_sms, o.price_megabyte FROM bill_item r JOIN product_offering o "
                       "ON o.id = r.offering_id WHERE r.product_id = ? AND r.period_start = ? AND r.kind = 'tariff'"));
    row.bind(1, productId).bind(2, monthStart.toJulianDay());
    if (!row.step()) {
        return std::nullopt;
    }
    return demo::UsagePricing{row.int64(0), row.int64(1), row.int64(2)};
}

domain::UsageRecord toRecord(const demo::SyntheticRecord &r, qint64 productId, QDate monthStart, bool billed,
                             const QString &currency) {
    domain::UsageRecord record;
    record.id = QStringLiteral("%1-%2-%3-%4")
                    .arg(productId)
                    .arg(demo::UsageSynthesizer::monthKey(monthStart))
                    .arg(QLatin1Char(kKindLetters[int(r.kind)]))
                    .arg(r.sequence);
    record.type = r.kind == demo::SyntheticKind::Call  ? domain::UsageType::Call
                  : r.kind == demo::SyntheticKind::Sms ? domain::UsageType::Sms
                                                       : domain::UsageType::Data;
    record.date = QDateTime(monthStart, QTime(0, 0), QTimeZone::utc()).addSecs(r.secondOfMonth);
    record.quantity = r.quantity;
    if (r.counterpart) {
        record.counterpart = QString::number(r.counterpart);
    }
    record.description =
        r.kind == demo::SyntheticKind::Call  ? QStringLiteral("Call to ") + domain::formatMsisdn(record.counterpart)
        : r.kind == demo::SyntheticKind::Sms ? QStringLiteral("SMS to ") + domain::formatMsisdn(record.counterpart)
                                             : QStringLiteral("Data session");
    record.isBilled = billed;
    record.product = {QString::number(productId), {}};
    record.taxExcluded = domain::Money(r.amount, currency);
    return record;
}

// Every record of the lines in the window, in (line, time) order.
QList<domain::UsageRecord> collect(store::Database &db, const DataContext &context, const QList<LineInScope> &lines,
                                   const UsageFilter &filter) {
    const demo::UsageSynthesizer synthesizer(context.seed);
    const QDate currentMonth(context.today.year(), context.today.month(), 1);
    QList<domain::UsageRecord> out;
    for (const LineInScope &line : lines) {
        const QDate start = QDate::fromJulianDay(line.startDate);
        for (QDate month = currentMonth.addMonths(-12); month <= currentMonth; month = month.addMonths(1)) {
            const qint64 monthFirst = QDateTime(month, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            const qint64 monthEnd = QDateTime(month.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            if (monthEnd <= filter.fromSecond || monthFirst >= filter.toSecond || month.addMonths(1) <= start) {
                continue;
            }
            const auto pricing = pricingOf(db, line.id, month);
            if (!pricing) {
                continue;
            }
            const QDate until = month == currentMonth ? context.today.addDays(1) : month.addMonths(1);
            QList<demo::SyntheticRecord> records;
            synthesizer.forEach(line.id, month, until, *pricing, [&](const demo::SyntheticRecord &r) {
                const qint64 second = monthFirst + r.secondOfMonth;
                if ((filter.kinds.isEmpty() || filter.kinds.contains(int(r.kind))) && second >= filter.fromSecond &&
                    second < filter.toSecond) {
                    records.append(r);
                }
            });
            std::stable_sort(records.begin(), records.end(),
                             [](const auto &x, const auto &y) { return x.secondOfMonth < y.secondOfMonth; });
            for (const demo::SyntheticRecord &r : records) {
                out.append(toRecord(r, line.id, month, month < currentMonth, context.currency));
            }
        }
    }
    return out;
}

} // namespace

HttpResponse listUsage(store::Database &db, const DataContext &context, const auth::Caller &caller,
                       const http::HttpRequest &request) {
    QString error;
    const auto listQuery = query::parseListQuery(request.query, &error);
    if (!listQuery) {
        return errorResponse(400, QStringLiteral("badRequest"), error);
    }
    const auto filter = readFilter(listQuery->conditions, &error);
    if (!filter) {
        return errorResponse(400, QStringLiteral("invalidFilter"), error);
    }
    const QList<domain::UsageRecord> records =
        collect(db, context, linesInScope(db, caller, filter->productIds), *filter);
    QJsonArray page;
    const qint64 end = qMin<qint64>(records.size(), listQuery->offset + listQuery->limit);
    for (qint64 i = listQuery->offset; i < end; ++i) {
        page.append(domain::json::toJson(records.at(i)));
    }
    return listReply(page, records.size(), listQuery->fields);
}

HttpResponse getUsage(store::Database &db, const DataContext &context, const auth::Caller &caller, const QString &id,
                      const http::HttpRequest &request) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})-(\\d{4})(\\d{2})-([csd])-(\\d{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(id);
    const HttpResponse notFound =
        errorResponse(404, QStringLiteral("notFound"), QStringLiteral("no usage with id %1").arg(id.left(64)));
    if (!match.hasMatch()) {
        return notFound;
    }
    const QDate month(match.captured(2).toInt(), match.captured(3).toInt(), 1);
    if (!month.isValid()) {
        return notFound;
    }
    UsageFilter filter;
    filter.productIds = {match.captured(1).toLongLong()};
    filter.kinds = {int(std::string_view(kKindLetters, 3).find(match.captured(4).at(0).toLatin1()))};
    filter.fromSecond = QDateTime(month, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    filter.toSecond = QDateTime(month.addMonths(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (const domain::UsageRecord &record :
         collect(db, context, linesInScope(db, caller, filter.productIds), filter)) {
        if (record.id == id) {
            const QStringList fields = request.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                           .split(QLatin1Char(','), Qt::SkipEmptyParts);
            return http::jsonResponse(QJsonDocument(selectFields(domain::json::toJson(record), fields)));
        }
    }
    return notFound;
}

} // namespace corpcare::server::resources
