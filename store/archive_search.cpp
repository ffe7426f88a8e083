#include "store/archive_search.h"

#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/search.h"
#include "store/archive.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace corpcare::store {

namespace json = domain::json;

namespace {

const QString kCharges = json::collectionPath(json::Resource::AppliedCustomerBillingRate);
const QString kUsage = json::collectionPath(json::Resource::Usage);

QString placeholders(qsizetype count) {
    QString marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    }
    return marks;
}

} // namespace

ArchiveSearch::ArchiveSearch(Archive *archive) : m_archive(archive) {}

bool ArchiveSearch::loadLines(QString *error) {
    if (m_lines) {
        return true;
    }
    const QString products = json::collectionPath(json::Resource::Product);
    const qint64 count = m_archive->count(products, error);
    const ArchivePage page = m_archive->list(products, {}, 0, int(qMax<qint64>(count, 1)), false, error);
    if (!error->isEmpty()) {
        return false;
    }
    std::vector<domain::ServiceUser> lines;
    lines.reserve(size_t(page.bodies.size()));
    for (const QByteArray &body : page.bodies) {
        auto line = json::serviceUserFromJson(QJsonDocument::fromJson(body).object());
        if (line) {
            lines.push_back(std::move(line).value());
        }
    }
    m_lines = std::move(lines);
    return true;
}

ArchiveSearchResult ArchiveSearch::find(const QString &text, const domain::Period &period, int limit) {
    ArchiveSearchResult result;
    if (!loadLines(&result.error)) {
        return result;
    }
    const domain::SearchText condition(text);
    QHash<QString, const domain::ServiceUser *> matched;
    for (const domain::ServiceUser &line : *m_lines) {
        if (condition.isEmpty() || condition.matches(line.msisdn, line.user.name)) {
            matched.insert(line.id, &line);
        }
    }
    result.lines = int(matched.size());
    if (matched.isEmpty()) {
        return result;
    }
    // Two ways to the newest records, both through an index that holds day, kind and product, so that
    // neither reads a body it will not show: few lines (a number, a name) go line by line and sort
    // what they find; many lines (a common surname, or everyone) walk the days backwards and stop at
    // `limit`. Only the records shown are then read and opened.
    const bool everyLine = matched.size() == qsizetype(m_lines->size());
    const bool fewLines = matched.size() * 100 <= qsizetype(m_lines->size()) * kFewLinesPercent;
    const QStringList ids = everyLine ? QStringList() : QStringList(matched.keyBegin(), matched.keyEnd());
    const QString where =
        QStringLiteral(" WHERE kind IN (?, ?) AND day >= ? AND day < ?") +
        (everyLine ? QString() : QStringLiteral(" AND product IN (%1)").arg(placeholders(ids.size())));
    const QString source = QStringLiteral("FROM record INDEXED BY %1")
                               .arg(fewLines ? QStringLiteral("record_product") : QStringLiteral("record_day"));
    const auto bind = [&](QSqlQuery &query) {
        query.addBindValue(m_archive->kindId(kCharges));
        query.addBindValue(m_archive->kindId(kUsage));
        query.addBindValue(period.start.toString(Qt::ISODate));
        query.addBindValue(period.end.toString(Qt::ISODate));
        for (const QString &id : ids) {
            query.addBindValue(id);
        }
    };
    QSqlDatabase db = m_archive->database();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 ") + source + where + QStringLiteral(" LIMIT ?)"));
    bind(count);
    count.addBindValue(kCountCap + 1);
    if (!count.exec() || !count.next()) {
        result.error = count.lastError().text();
        return result;
    }
    result.total = qMin<qint64>(count.value(0).toLongLong(), kCountCap);
    result.totalCapped = count.value(0).toLongLong() > kCountCap;
    QSqlQuery newest(db);
    newest.setForwardOnly(true);
    newest.prepare(QStringLiteral("SELECT rowid ") + source + where +
                   QStringLiteral(" ORDER BY day DESC, rowid DESC LIMIT ?"));
    bind(newest);
    newest.addBindValue(limit);
    if (!newest.exec()) {
        result.error = newest.lastError().text();
        return result;
    }
    QList<qint64> order;
    while (newest.next()) {
        order.append(newest.value(0).toLongLong());
    }
    if (order.isEmpty()) {
        return result;
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    rows.prepare(
        QStringLiteral("SELECT rowid, kind, id, body FROM record WHERE rowid IN (%1)").arg(placeholders(order.size())));
    for (const qint64 rowid : std::as_const(order)) {
        rows.addBindValue(rowid);
    }
    if (!rows.exec()) {
        result.error = rows.lastError().text();
        return result;
    }
    QHash<qint64, ArchiveHit> byRow;
    const int chargesKind = m_archive->kindId(kCharges);
    while (rows.next()) {
        const QString kind = rows.value(1).toInt() == chargesKind ? kCharges : kUsage;
        const QString id = rows.value(2).toString();
        const auto body = m_archive->unseal(kind, id, rows.value(3).toByteArray());
        if (!body) {
            result.error = QCoreApplication::translate("Archive", "The archived record %1 is damaged.").arg(id);
            return result;
        }
        const QJsonObject object = QJsonDocument::fromJson(*body).object();
        ArchiveHit hit;
        if (kind == kCharges) {
            const auto item = json::billItemFromJson(object);
            if (!item) {
                continue;
            }
            hit = {
                ArchiveHit::Kind::Charge, item.value().product.id, {}, {}, item.value().periodStart, item.value().name,
                item.value().taxIncluded, domain::UsageType::Call};
        } else {
            const auto record = json::usageRecordFromJson(object);
            if (!record) {
                continue;
            }
            hit = {ArchiveHit::Kind::Usage,
                   record.value().product.id,
                   {},
                   {},
                   record.value().date.date(),
                   record.value().description,
                   record.value().taxExcluded,
                   record.value().type};
        }
        if (const domain::ServiceUser *line = matched.value(hit.productId)) {
            hit.msisdn = line->msisdn;
            hit.name = line->user.name;
        }
        byRow.insert(rows.value(0).toLongLong(), hit);
    }
    for (const qint64 rowid : std::as_const(order)) {
        if (byRow.contains(rowid)) {
            result.hits.append(byRow.value(rowid));
        }
    }
    return result;
}

} // namespace corpcare::store
