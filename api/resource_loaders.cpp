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
}

namespace {

template <typename T>
PagedListLoader *makeLoader(Session *session, json::Resource resource,
                            domain::Result<T> (*readOne)(const QJsonObject &), QObject *parent,
                            const QString &filters = {}) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, json::collectionPath(resource) + filters, listParser(readOne), parent);
}

} // namespace

PagedListLoader *loadOrganizations(Session *session, QObject *parent) {
    return makeLoader(session, json::Resource::Organization, &json::organizationFromJson, parent);
}

PagedListLoader *loadIndividuals(Session *session, QObject *parent) {
    return makeLoader(session, json::Resource::Individual, &json::individualFromJson, parent);
}

PagedListLoader *loadBillingAccounts(Session *session, QObject *parent) {
    return makeLoader(session, json::Resource::BillingAccount, &json::billingAccountFromJson, parent);
}

PagedListLoader *loadServiceUsers(Session *session, QObject *parent) {
    return makeLoader(session, json::Resource::Product, &json::serviceUserFromJson, parent);
}

PagedListLoader *loadProductOfferings(Session *session, QObject *parent) {
    return makeLoader(session, json::Resource::ProductOffering, &json::productOfferingFromJson, parent);
}

PagedListLoader *loadBillsOfAccount(Session *session, const QString &accountId, QObject *parent) {
    return makeLoader(session, json::Resource::CustomerBill, &json::billFromJson, parent,
                      QStringLiteral("?billingAccount.id=") + QString::fromLatin1(QUrl::toPercentEncoding(accountId)));
}

PagedListLoader *loadBillItems(Session *session, const QString &billId, QObject *parent) {
    return makeLoader(session, json::Resource::AppliedCustomerBillingRate, &json::billItemFromJson, parent,
                      QStringLiteral("?bill.id=") + QString::fromLatin1(QUrl::toPercentEncoding(billId)));
}

PagedListLoader *loadChargeThresholds(Session *session, QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, QString::fromLatin1(json::kChargeThresholdPath),
                               listParser(&json::chargeThresholdFromJson), parent);
}

} // namespace corpcare::api
