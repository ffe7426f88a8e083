#pragma once

#include <QString>

// The profile's paths as docs/api-profile.md spells them. Spelled out, not taken from domain/json/
// paths.h: a test of the wire contract must not derive what it expects from the code it tests.
namespace corpcare::tests::paths {
inline const QString kOrganizations = QStringLiteral("/tmf-api/party/v4/organization");
inline const QString kIndividuals = QStringLiteral("/tmf-api/party/v4/individual");
inline const QString kAccounts = QStringLiteral("/tmf-api/accountManagement/v4/billingAccount");
inline const QString kProducts = QStringLiteral("/tmf-api/productInventory/v4/product");
inline const QString kBills = QStringLiteral("/tmf-api/customerBillManagement/v4/customerBill");
inline const QString kItems = QStringLiteral("/tmf-api/customerBillManagement/v4/appliedCustomerBillingRate");
inline const QString kUsage = QStringLiteral("/tmf-api/usageManagement/v4/usage");
inline const QString kPayments = QStringLiteral("/tmf-api/paymentManagement/v4/payment");
inline const QString kToken = QStringLiteral("/corporate/v1/oauth2/token");
inline const QString kComments = QStringLiteral("/corporate/v1/comment");
inline const QString kNews = QStringLiteral("/corporate/v1/news");
} // namespace corpcare::tests::paths
