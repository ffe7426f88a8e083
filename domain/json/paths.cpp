#include "domain/json/paths.h"

#include <QLatin1String>
#include <QUrl>

namespace corpcare::domain::json {

namespace {

struct ResourcePath {
    Resource kind;
    QLatin1String apiBase;
    QLatin1String name;
    QLatin1String tmfType;
};

constexpr ResourcePath kResourcePaths[] = {
    {Resource::Organization, QLatin1String("/tmf-api/party/v4"), QLatin1String("organization"),
     QLatin1String("Organization")},
    {Resource::Individual, QLatin1String("/tmf-api/party/v4"), QLatin1String("individual"),
     QLatin1String("Individual")},
    {Resource::BillingAccount, QLatin1String("/tmf-api/accountManagement/v4"), QLatin1String("billingAccount"),
     QLatin1String("BillingAccount")},
    {Resource::Product, QLatin1String("/tmf-api/productInventory/v4"), QLatin1String("product"),
     QLatin1String("Product")},
    {Resource::ProductOffering, QLatin1String("/tmf-api/productCatalogManagement/v4"), QLatin1String("productOffering"),
     QLatin1String("ProductOffering")},
    {Resource::CustomerBill, QLatin1String("/tmf-api/customerBillManagement/v4"), QLatin1String("customerBill"),
     QLatin1String("CustomerBill")},
    {Resource::AppliedCustomerBillingRate, QLatin1String("/tmf-api/customerBillManagement/v4"),
     QLatin1String("appliedCustomerBillingRate"), QLatin1String("AppliedCustomerBillingRate")},
    {Resource::Usage, QLatin1String("/tmf-api/usageManagement/v4"), QLatin1String("usage"), QLatin1String("Usage")},
    {Resource::Payment, QLatin1String("/tmf-api/paymentManagement/v4"), QLatin1String("payment"),
     QLatin1String("Payment")},
    {Resource::ProductOrder, QLatin1String("/tmf-api/productOrderingManagement/v4"), QLatin1String("productOrder"),
     QLatin1String("ProductOrder")},
    {Resource::CancelProductOrder, QLatin1String("/tmf-api/productOrderingManagement/v4"),
     QLatin1String("cancelProductOrder"), QLatin1String("CancelProductOrder")},
    {Resource::CommunicationMessage, QLatin1String("/tmf-api/communicationManagement/v4"),
     QLatin1String("communicationMessage"), QLatin1String("CommunicationMessage")},
};

const ResourcePath &pathOf(Resource kind) {
    for (const ResourcePath &entry : kResourcePaths) {
        if (entry.kind == kind) {
            return entry;
        }
    }
    Q_UNREACHABLE(); // every Resource has a row; tst_domain_wire checks each one
    return kResourcePaths[0];
}

} // namespace

QString apiBasePath(Resource kind) {
    return pathOf(kind).apiBase;
}

QString resourceName(Resource kind) {
    return pathOf(kind).name;
}

QString collectionPath(Resource kind) {
    const ResourcePath &entry = pathOf(kind);
    return entry.apiBase + QLatin1Char('/') + entry.name;
}

QString hrefFor(Resource kind, const QString &id) {
    return collectionPath(kind) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString tmfTypeName(Resource kind) {
    return pathOf(kind).tmfType;
}

} // namespace corpcare::domain::json
