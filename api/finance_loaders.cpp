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

} // namespace

Filters chargesOfPeriodFilters(const QStringList &accountIds, const QStringList &productIds,
                               const domain::Period &period) {
    return {{QStringLiteral("isBilled"), QStringLiteral("true")},
            {QStringLiteral("billingAccount.id"), idList(accountIds)},
            {QStringLiteral("product.id"), idList(productIds)},
            {QStringLiteral("periodCoverage.startDateTime.gte"), dateText(period.start)},
            {QStringLiteral("periodCoverage.startDateTime.lt"), dateText(period.end)}};
}

PagedListLoader *loadBill(Session *session, const QString &billId, QObject *parent) {
    return makeListLoader(session, json::Resource::CustomerBill, &json::billFromJson, {{QStringLiteral("id"), billId}},
                          parent);
}

PagedListLoader *loadBillsOfPeriod(Session *session, const QStringList &accountIds, const domain::Period &period,
                                   QObject *parent) {
    return makeListLoader(session, json::Resource::CustomerBill, &json::billFromJson,
                          {{QStringLiteral("billingAccount.id"), idList(accountIds)},
                           {QStringLiteral("billingPeriod.startDateTime.gte"), dateText(period.start)},
                           {QStringLiteral("billingPeriod.startDateTime.lt"), dateText(period.end)}},
                          parent);
}

PagedListLoader *loadUnbilledCharges(Session *session, const QStringList &accountIds, QObject *parent) {
    return makeListLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson,
                          {{QStringLiteral("isBilled"), QStringLiteral("false")},
                           {QStringLiteral("billingAccount.id"), idList(accountIds)}},
                          parent);
}

PagedListLoader *loadChargesOfPeriod(Session *session, const QStringList &accountIds, const QStringList &productIds,
                                     const domain::Period &period, QObject *parent) {
    PagedListLoader *loader =
        makeListLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson,
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
    return makeListLoader(session, json::Resource::Payment, &json::paymentFromJson,
                          {{QStringLiteral("account.id"), idList(accountIds)},
                           {QStringLiteral("paymentDate.gte"), dateText(period.start)},
                           {QStringLiteral("paymentDate.lt"), dateText(period.end)}},
                          parent);
}

PagedListLoader *loadUsage(Session *session, const QString &productId, const domain::Period &period, QObject *parent) {
    return makeListLoader(session, json::Resource::Usage, &json::usageRecordFromJson,
                          {{QStringLiteral("product.id"), productId},
                           {QStringLiteral("usageDate.gte"), dateText(period.start)},
                           {QStringLiteral("usageDate.lt"), dateText(period.end)}},
                          parent);
}

} // namespace corpcare::api
