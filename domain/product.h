#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDate>
#include <QList>

#include <optional>

namespace corpcare::domain {

enum class ProductStatus { Active, Suspended, Unknown };
enum class OfferingKind { Tariff, Service };

// One service (a child product) on a line.
struct ServiceProduct {
    QString id;
    Ref offering;
    ProductStatus status = ProductStatus::Active;
    QDate startDate;
    bool operator==(const ServiceProduct &) const = default;
};

// TMF637 product: a service user's line (number, tariff, services, status).
struct ServiceUser {
    QString id;
    QString msisdn; // digits only, e.g. "79161234567"
    ProductStatus status = ProductStatus::Active;
    QDate startDate;
    Ref tariff;         // productOffering
    Ref billingAccount; //
    Ref user;           // relatedParty role "user" (Individual)
    Ref department;     // relatedParty role "department" (Organization)
    QList<ServiceProduct> services;
    // Extension: this month's charges so far, tax included (the line's unbilled
    // appliedCustomerBillingRate amounts). Absent when the server does not tell.
    std::optional<Money> currentCharges;
    bool operator==(const ServiceUser &) const = default;
};

struct UsagePrices {
    Money perMinute;
    Money perSms;
    Money perMegabyte;
    bool operator==(const UsagePrices &) const = default;
};

// TMF620 productOffering: a tariff or a service of the catalogue.
struct ProductOffering {
    QString id;
    QString name;
    QString description;
    OfferingKind kind = OfferingKind::Tariff;
    QString lifecycleStatus = QStringLiteral("Active");
    Money monthlyFee;
    UsagePrices usagePrices; // tariffs only; zero for services
    bool isSellable = true;
    QList<Ref> incompatibleTariffs; // services only: tariffs the service cannot be added to
    bool operator==(const ProductOffering &) const = default;
};

// "79161234567" -> "+7 916 123-45-67"; other lengths are returned with a leading '+'.
QString formatMsisdn(const QString &digits);

} // namespace corpcare::domain
