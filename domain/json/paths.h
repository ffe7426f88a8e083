#pragma once

#include <QString>

#include <array>

// The one place for the profile's resource paths (docs/api-profile.md §3, §4, §6): writers build `href`
// from it and the server routes with it.
namespace corpcare::domain::json {

enum class Resource {
    Organization,
    Individual,
    BillingAccount,
    Product,
    ProductOffering,
    CustomerBill,
    AppliedCustomerBillingRate,
    Usage,
    Payment,
    ProductOrder,         // TMF622
    CancelProductOrder,   // TMF622: a request to cancel an order
    CommunicationMessage, // TMF681
};

inline constexpr std::array kAllResources = {
    Resource::Organization,
    Resource::Individual,
    Resource::BillingAccount,
    Resource::Product,
    Resource::ProductOffering,
    Resource::CustomerBill,
    Resource::AppliedCustomerBillingRate,
    Resource::Usage,
    Resource::Payment,
    Resource::ProductOrder,
    Resource::CancelProductOrder,
    Resource::CommunicationMessage,
};

// "/tmf-api/party/v4" for Resource::Organization: the API's base path.
QString apiBasePath(Resource kind);
// "organization": the resource's name under its base path.
QString resourceName(Resource kind);
// "/tmf-api/party/v4/organization": the collection (GET lists).
QString collectionPath(Resource kind);
// "/tmf-api/party/v4/organization/2": one item. The id is percent-encoded (RFC 3986 unreserved
// characters stay as they are, so the reference server's ids appear unchanged).
QString hrefFor(Resource kind, const QString &id);
// "Organization": the TMF class name, used as `@type` of plain resources and as `@referredType`.
QString tmfTypeName(Resource kind);

// Extensions (§4, §6): sign-in, the signed-in user, comments, news, thresholds and the audit trail.
inline constexpr char kCorporateBasePath[] = "/corporate/v1";
inline constexpr char kTokenPath[] = "/corporate/v1/oauth2/token";
inline constexpr char kMePath[] = "/corporate/v1/me";
inline constexpr char kRevokePath[] = "/corporate/v1/oauth2/revoke"; // sign-out (RFC 7009)
inline constexpr char kCommentPath[] = "/corporate/v1/comment";
inline constexpr char kNewsPath[] = "/corporate/v1/news";
inline constexpr char kChargeThresholdPath[] = "/corporate/v1/chargeThreshold";
inline constexpr char kAuditRecordPath[] = "/corporate/v1/auditRecord";
inline constexpr char kPortalUserPath[] = "/corporate/v1/portalUser"; // issue 6

} // namespace corpcare::domain::json
