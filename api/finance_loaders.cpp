#include "api/finance_loaders.h"

#include "api/resource_loaders.h"
#include "domain/json/paths.h"

#include <QUrl>

namespace corpcare::api {

namespace json = domain::json;

namespace {

QString dateText(QDate date) {
    return date.toString(Qt::ISODate);
}

QString idList(const QStringList &ids) {
    return ids.join(QLatin1Char(','));
}

template <typename T>
PagedListLoader *makeLoader(Session *session, json::Resource resource,
                            domain::Result<T> (*readOne)(const QJsonObject &),
                            const QList<std::pair<QString, QString>> &filters, QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, json::collectionPath(resource) + filterQuery(filters), listParser(readOne),
                               parent);
}

} // namespace

QString filterQuery(const QList<std::pair<QString, QString>> &filters) {
    QString query;
    for (const auto &[name, value] : filters) {
        if (value.isEmpty()) {
            continue;
        }
        query += (query.isEmpty() ? QLatin1Char('?') : QLatin1Char('&')) + name + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(value, ","));
    }
    return query;
}

PagedListLoader *loadBill(Session *session, const QString &billId, QObject *parent) {
    return makeLoader(session, json::Resource::CustomerBill, &json::billFromJson, {{QStringLiteral("id"), billId}},
                      parent);
}

PagedListLoader *loadBillsOfPeriod(Session *session, const QStringList &accountIds, const domain::Period &period,
                                   QObject *parent) {
    return makeLoader(session, json::Resource::CustomerBill, &json::billFromJson,
                      {{QStringLiteral("billingAccount.id"), idList(accountIds)},
                       {QStringLiteral("billingPeriod.startDateTime.gte"), dateText(period.start)},
                       {QStringLiteral("billingPeriod.startDateTime.lt"), dateText(period.end)}},
                      parent);
}

PagedListLoader *loadUnbilledCharges(Session *session, const QStringList &accountIds, QObject *parent) {
    return makeLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson,
                      {{QStringLiteral("isBilled"), QStringLiteral("false")},
                       {QStringLiteral("billingAccount.id"), idList(accountIds)}},
                      parent);
}

PagedListLoader *loadChargesOfPeriod(Session *session, const QStringList &accountIds, const QStringList &productIds,
                                     const domain::Period &period, QObject *parent) {
    PagedListLoader *loader = makeLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson,
                                         {{QStringLiteral("isBilled"), QStringLiteral("true")},
                                          {QStringLiteral("billingAccount.id"), idList(accountIds)},
                                          {QStringLiteral("product.id"), idList(productIds)},
                                          {QStringLiteral("periodCoverage.startDateTime.gte"), dateText(period.start)},
                                          {QStringLiteral("periodCoverage.startDateTime.lt"), dateText(period.end)}},
                                         parent);
    loader->setKeysetPaging(true);
    return loader;
}

PagedListLoader *loadPayments(Session *session, const QStringList &accountIds, const domain::Period &period,
                              QObject *parent) {
    return makeLoader(session, json::Resource::Payment, &json::paymentFromJson,
                      {{QStringLiteral("account.id"), idList(accountIds)},
                       {QStringLiteral("paymentDate.gte"), dateText(period.start)},
                       {QStringLiteral("paymentDate.lt"), dateText(period.end)}},
                      parent);
}

PagedListLoader *loadUsage(Session *session, const QString &productId, const domain::Period &period, QObject *parent) {
    return makeLoader(session, json::Resource::Usage, &json::usageRecordFromJson,
                      {{QStringLiteral("product.id"), productId},
                       {QStringLiteral("usageDate.gte"), dateText(period.start)},
                       {QStringLiteral("usageDate.lt"), dateText(period.end)}},
                      parent);
}

} // namespace corpcare::api
