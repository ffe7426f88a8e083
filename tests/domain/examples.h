#pragma once

// The JSON examples of docs/api-profile.md §3, §4 and §6, verbatim.

namespace corpcare::domain::testing::examples {

inline constexpr char kOrganization[] =
    R"({"id": "2", "href": "/tmf-api/party/v4/organization/2", "@type": "Organization",
 "name": "Sales", "tradingName": "Sales", "organizationType": "department",
 "isHeadOffice": false, "isLegalEntity": false, "status": "validated",
 "organizationParentRelationship": {"relationshipType": "parent",
   "organization": {"id": "1", "href": "/tmf-api/party/v4/organization/1", "name": "Northwind Trading LLC",
                    "@referredType": "Organization"}}})";

inline constexpr char kIndividual[] = R"({"id": "77", "href": "/tmf-api/party/v4/individual/77", "@type": "Individual",
 "givenName": "Anna", "familyName": "Ivanova", "fullName": "Anna Ivanova", "status": "validated",
 "relatedParty": [{"id": "2", "href": "/tmf-api/party/v4/organization/2", "name": "Sales",
                   "role": "employer", "@referredType": "Organization"}]})";

inline constexpr char kBillingAccount[] = R"({"id": "5", "href": "/tmf-api/accountManagement/v4/billingAccount/5",
 "@type": "CorporateBillingAccount", "@baseType": "BillingAccount",
 "name": "Sales — mobile", "accountType": "corporate", "state": "active", "ratingType": "postpaid",
 "paymentStatus": "due",
 "relatedParty": [{"id": "2", "href": "/tmf-api/party/v4/organization/2", "name": "Sales",
                   "role": "owner", "@referredType": "Organization"}],
 "accountBalance": [{"balanceType": "current", "amount": {"unit": "RUB", "value": -48210.35},
                     "validFor": {"startDateTime": "2026-11-25T00:00:00Z"}}],
 "creditLimit": {"unit": "RUB", "value": 150000.00},
 "settlementMethod": "credit",
 "expenditureRate": {"unit": "RUB", "value": 3120.40},
 "disconnectionForecast": "2027-01-10",
 "partialSuspensionLevel": {"unit": "RUB", "value": -120000.00},
 "minimumReconnectionBalance": {"unit": "RUB", "value": -100000.00}})";

inline constexpr char kProduct[] =
    R"({"id": "1042", "href": "/tmf-api/productInventory/v4/product/1042", "@type": "Product",
 "name": "+7 916 123-45-67", "status": "active", "isBundle": true, "startDate": "2024-03-01",
 "productCharacteristic": [{"name": "MSISDN", "valueType": "string", "value": "79161234567"}],
 "productOffering": {"id": "3", "href": "/tmf-api/productCatalogManagement/v4/productOffering/3",
                     "name": "Business 500", "@referredType": "ProductOffering"},
 "billingAccount": {"id": "5", "href": "/tmf-api/accountManagement/v4/billingAccount/5",
                    "name": "Sales — mobile", "@referredType": "BillingAccount"},
 "relatedParty": [
   {"id": "77", "href": "/tmf-api/party/v4/individual/77", "name": "Anna Ivanova",
    "role": "user", "@referredType": "Individual"},
   {"id": "2", "href": "/tmf-api/party/v4/organization/2", "name": "Sales",
    "role": "department", "@referredType": "Organization"}],
 "product": [
   {"id": "1042-12", "name": "Roaming", "status": "active", "startDate": "2025-06-01",
    "productOffering": {"id": "12", "href": "/tmf-api/productCatalogManagement/v4/productOffering/12",
                        "name": "Roaming", "@referredType": "ProductOffering"}}],
 "currentCharges": {"unit": "RUB", "value": 812.40}})";

inline constexpr char kProductOffering[] =
    R"({"id": "3", "href": "/tmf-api/productCatalogManagement/v4/productOffering/3",
 "@type": "CorporateProductOffering", "@baseType": "ProductOffering",
 "name": "Business 500", "description": "500 minutes, 5 GB", "lifecycleStatus": "Active",
 "isBundle": false, "isSellable": true,
 "category": [{"id": "tariff", "name": "Tariff"}],
 "offeringKind": "tariff",
 "monthlyFee": {"unit": "RUB", "value": 650.00},
 "usagePrices": {"minute": {"unit": "RUB", "value": 1.50}, "sms": {"unit": "RUB", "value": 2.00},
                 "megabyte": {"unit": "RUB", "value": 0.10}}})";

inline constexpr char kCustomerBill[] =
    R"({"id": "310", "href": "/tmf-api/customerBillManagement/v4/customerBill/310", "@type": "CustomerBill",
 "billNo": "B-000005-202610", "billDate": "2026-11-01", "state": "settled", "category": "normal",
 "runType": "onCycle", "paymentDueDate": "2026-11-20",
 "billingPeriod": {"startDateTime": "2026-10-01T00:00:00Z", "endDateTime": "2026-11-01T00:00:00Z"},
 "billingAccount": {"id": "5", "href": "/tmf-api/accountManagement/v4/billingAccount/5",
                    "name": "Sales — mobile", "@referredType": "BillingAccount"},
 "taxExcludedAmount": {"unit": "RUB", "value": 81234.50},
 "taxIncludedAmount": {"unit": "RUB", "value": 97481.40},
 "amountDue": {"unit": "RUB", "value": 97481.40},
 "remainingAmount": {"unit": "RUB", "value": 0.00},
 "taxItem": [{"taxCategory": "VAT", "taxRate": 0.2, "taxAmount": {"unit": "RUB", "value": 16246.90}}]})";

inline constexpr char kAppliedCustomerBillingRate[] =
    R"({"id": "88123", "href": "/tmf-api/customerBillManagement/v4/appliedCustomerBillingRate/88123",
 "@type": "AppliedCustomerBillingRate", "name": "Calls", "type": "usage", "isBilled": true,
 "date": "2026-11-01T00:00:00Z", "chargeKind": "calls",
 "bill": {"id": "310", "href": "/tmf-api/customerBillManagement/v4/customerBill/310"},
 "billingAccount": {"id": "5", "href": "/tmf-api/accountManagement/v4/billingAccount/5"},
 "product": {"id": "1042", "href": "/tmf-api/productInventory/v4/product/1042", "name": "+7 916 123-45-67"},
 "periodCoverage": {"startDateTime": "2026-10-01T00:00:00Z", "endDateTime": "2026-11-01T00:00:00Z"},
 "taxExcludedAmount": {"unit": "RUB", "value": 184.50},
 "taxIncludedAmount": {"unit": "RUB", "value": 221.40}})";

inline constexpr char kUsage[] =
    R"({"id": "1042-202610-c-17", "href": "/tmf-api/usageManagement/v4/usage/1042-202610-c-17", "@type": "Usage",
 "usageDate": "2026-10-14T09:31:07Z", "usageType": "call", "status": "rated",
 "description": "Call to +7 495 555-01-23",
 "usageCharacteristic": [{"name": "duration", "valueType": "integer", "value": 245},
                         {"name": "counterpart", "valueType": "string", "value": "74955550123"}],
 "ratedProductUsage": [{"ratingAmountType": "total", "isBilled": true,
   "productRef": {"id": "1042", "href": "/tmf-api/productInventory/v4/product/1042"},
   "taxExcludedRatingAmount": {"unit": "RUB", "value": 6.15}}]})";

inline constexpr char kPayment[] =
    R"({"id": "57", "href": "/tmf-api/paymentManagement/v4/payment/57", "@type": "Payment",
 "paymentDate": "2026-11-18T10:00:00Z", "status": "succeeded", "description": "Bank transfer 4471",
 "account": {"id": "5", "href": "/tmf-api/accountManagement/v4/billingAccount/5",
             "name": "Sales — mobile", "@referredType": "BillingAccount"},
 "paymentMethod": {"id": "bankTransfer", "name": "Bank transfer", "@referredType": "PaymentMethod"},
 "totalAmount": {"unit": "RUB", "value": 97481.40}, "amount": {"unit": "RUB", "value": 97481.40},
 "paymentItem": [{"amount": {"unit": "RUB", "value": 97481.40},
                  "item": {"id": "310", "href": "/tmf-api/customerBillManagement/v4/customerBill/310",
                           "name": "B-000005-202610", "@referredType": "CustomerBill"}}]})";

inline constexpr char kMe[] = R"({"id": "3", "login": "sales.head", "name": "Oleg Smirnov", "role": "departmentHead",
 "permissions": ["viewAccounts", "viewFinance", "changeProducts", "manageThresholds", "sendSms"],
 "scope": [{"id": "2", "@referredType": "Organization", "name": "Sales"}]})";

inline constexpr char kComment[] = R"({"id": "14", "target": {"id": "1042", "@referredType": "Product"},
 "author": {"id": "3", "name": "Head of Sales"}, "createdAt": "2026-11-20T09:15:00Z",
 "text": "Travels to Kazakhstan next week: roaming switched on until the end of the month."})";

inline constexpr char kNewComment[] = R"({"target": {"id": "1042", "@referredType": "Product"},
 "text": "Travels to Kazakhstan next week: roaming switched on until the end of the month."})";

inline constexpr char kNews[] = R"({"id": "3", "title": "Scheduled maintenance on 2 November 2026",
 "body": "The self-service portal and the billing API are unavailable on 2 November 2026 from 01:00 to 05:00 Moscow time.",
 "publishedAt": "2026-10-28T10:00:00Z", "audience": "corporate"})";

// §6: thresholds, group operations, SMS and the audit trail.

inline constexpr char kChargeThreshold[] =
    R"({"id": "12", "target": {"id": "5", "@referredType": "BillingAccount", "name": "Sales — mobile"},
 "first": {"unit": "RUB", "value": 1500.00}, "second": {"unit": "RUB", "value": 3000.00},
 "lastUpdate": "2026-11-20T08:15:00Z", "updatedBy": "admin"})";

inline constexpr char kNewProductOrder[] =
    R"({"externalId": "corpcare-3f7c1e0a-tariff", "description": "Move to Business 1000, remove Roaming",
 "@type": "ProductOrder",
 "productOrderItem": [
   {"id": "1", "action": "modify",
    "product": {"id": "1042", "href": "/tmf-api/productInventory/v4/product/1042",
                "productOffering": {"id": "4", "name": "Business 1000"}},
    "productOrderItem": [{"id": "1.1", "action": "delete", "product": {"id": "1042-12"}}]}]})";

inline constexpr char kProductOrder[] =
    R"({"id": "57", "href": "/tmf-api/productOrderingManagement/v4/productOrder/57", "@type": "ProductOrder",
 "externalId": "corpcare-3f7c1e0a-tariff", "description": "Move to Business 1000, remove Roaming",
 "state": "partial", "orderDate": "2026-11-26T10:00:00Z", "completionDate": "2026-11-26T10:00:09Z",
 "productOrderItem": [
   {"id": "1", "action": "modify", "state": "completed",
    "product": {"id": "1042", "href": "/tmf-api/productInventory/v4/product/1042",
                "productOffering": {"id": "4", "name": "Business 1000"}},
    "productOrderItem": [{"id": "1.1", "action": "delete", "product": {"id": "1042-12"}}]},
   {"id": "2", "action": "modify", "state": "failed", "stateReason": "not allowed",
    "product": {"id": "2077", "href": "/tmf-api/productInventory/v4/product/2077",
                "productOffering": {"id": "4", "name": "Business 1000"}}}]})";

inline constexpr char kCommunicationMessage[] =
    R"({"id": "33", "href": "/tmf-api/communicationManagement/v4/communicationMessage/33",
 "@type": "CommunicationMessage", "type": "SMS", "content": "Roaming ends on 1 December",
 "state": "inProgress", "sendTime": "2026-11-26T10:00:00Z",
 "sender": {"id": "corpcare", "name": "Aurora Retail Group"},
 "receiver": [{"id": "1042", "phoneNumber": "79161234567", "deliveryState": "delivered",
               "deliveryStateDate": "2026-11-26T10:00:04Z"}]})";

inline constexpr char kAuditRecord[] =
    R"({"id": "301", "date": "2026-11-26T10:00:03Z", "actor": "admin", "action": "productOrder.item",
 "target": {"id": "1042", "@referredType": "Product"},
 "before": {"productOffering": {"id": "3", "name": "Business 500"}, "status": "active",
            "product": [{"id": "1042-12", "productOffering": {"id": "12", "name": "Roaming"}}]},
 "after": {"productOffering": {"id": "4", "name": "Business 1000"}, "status": "active", "product": []}})";

} // namespace corpcare::domain::testing::examples
