#include "api/resource_loaders.h"

#include "domain/json/paths.h"

#include <QUrl>

namespace corpcare::api {

namespace json = domain::json;

void registerDomainMetaTypes() {
    qRegisterMetaType<domain::Organization>();
    qRegisterMetaType<domain::Individual>();
    qRegisterMetaType<domain::BillingAccount>();
    qRegisterMetaType<domain::ServiceUser>();
    qRegisterMetaType<domain::ProductOffering>();
    qRegisterMetaType<domain::PortalUser>();
    qRegisterMetaType<QList<domain::Organization>>();
    qRegisterMetaType<QList<domain::Individual>>();
    qRegisterMetaType<QList<domain::BillingAccount>>();
    qRegisterMetaType<QList<domain::ServiceUser>>();
    qRegisterMetaType<QList<domain::ProductOffering>>();
    qRegisterMetaType<QList<domain::Bill>>();
    qRegisterMetaType<QList<domain::BillItem>>();
    qRegisterMetaType<QList<domain::Payment>>();
    qRegisterMetaType<QList<domain::UsageRecord>>();
    qRegisterMetaType<QList<domain::ChargeThreshold>>();
    qRegisterMetaType<QList<domain::PortalUser>>();
    qRegisterMetaType<QList<domain::AuditRecord>>();
}

QString filterQuery(const Filters &filters) {
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

PagedListLoader *loadOrganizations(Session *session, QObject *parent) {
    return makeListLoader(session, json::Resource::Organization, &json::organizationFromJson, {}, parent);
}

PagedListLoader *loadIndividuals(Session *session, QObject *parent) {
    return makeListLoader(session, json::Resource::Individual, &json::individualFromJson, {}, parent);
}

PagedListLoader *loadBillingAccounts(Session *session, QObject *parent) {
    return makeListLoader(session, json::Resource::BillingAccount, &json::billingAccountFromJson, {}, parent);
}

PagedListLoader *loadServiceUsers(Session *session, QObject *parent) {
    return makeListLoader(session, json::Resource::Product, &json::serviceUserFromJson, {}, parent);
}

PagedListLoader *loadProductOfferings(Session *session, QObject *parent) {
    return makeListLoader(session, json::Resource::ProductOffering, &json::productOfferingFromJson, {}, parent);
}

PagedListLoader *loadBillsOfAccount(Session *session, const QString &accountId, QObject *parent) {
    return makeListLoader(session, json::Resource::CustomerBill, &json::billFromJson,
                          {{QStringLiteral("billingAccount.id"), accountId}}, parent);
}

PagedListLoader *loadBillItems(Session *session, const QString &billId, QObject *parent) {
    return makeListLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson,
                          {{QStringLiteral("bill.id"), billId}}, parent);
}

PagedListLoader *loadChargeThresholds(Session *session, QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, QString::fromLatin1(json::kChargeThresholdPath),
                               listParser(&json::chargeThresholdFromJson), parent);
}

PagedListLoader *loadPortalUsers(Session *session, QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, QString::fromLatin1(json::kPortalUserPath),
                               listParser(&json::portalUserFromJson), parent);
}

PagedListLoader *loadAuditRecords(Session *session, const Filters &filters, QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, QString::fromLatin1(json::kAuditRecordPath) + filterQuery(filters),
                               listParser(&json::auditRecordFromJson), parent);
}

} // namespace corpcare::api
