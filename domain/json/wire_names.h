#pragma once

#include "domain/bill.h"
#include "domain/billing_account.h"
#include "domain/comment.h"
#include "domain/communication_message.h"
#include "domain/party.h"
#include "domain/payment.h"
#include "domain/portal_user.h"
#include "domain/product.h"
#include "domain/product_order.h"
#include "domain/product_order_cancellation.h"
#include "domain/threshold.h"
#include "domain/usage.h"

#include <QString>

#include <optional>

// Enum <-> wire string, one table per enum (the only place these spellings live). Server SQL stores
// the same strings, so filters compare wire values directly.
namespace corpcare::domain::wire {

QString toWire(OrganizationType value);
QString toWire(SettlementMethod value);
QString toWire(AccountState value);
QString toWire(PaymentStatus value);
QString toWire(ProductStatus value);
QString toWire(OfferingKind value);
QString toWire(BillState value);
QString toWire(ChargeType value);
QString toWire(ChargeKind value);
QString toWire(UsageType value);
QString toWire(PaymentMethod value);
QString toWire(ScopeKind value);           // "Organization", "BillingAccount", "Product" (@referredType)
QString toWire(CommentTargetKind value);   // "BillingAccount", "Product" (@referredType)
QString toWire(ThresholdTargetKind value); // "Organization", "BillingAccount", "Product" (@referredType)
QString toWire(OrderItemState value);
QString toWire(OrderState value);
QString toWire(ServiceChange::Action value); // "add", "delete"
QString toWire(CancellationState value);
QString toWire(DeliveryState value);
QString toWire(MessageState value);

// ratingType of TMF666 v4.1: "prepaid" for prepaid, "postpaid" for postpaid and credit.
QString ratingType(SettlementMethod value);

// The wire string -> enum; std::nullopt for a string the table does not know.
template <typename Enum>
std::optional<Enum> fromWire(const QString &text);

// The specializations defined in wire_names.cpp (declared so every use sees them, [temp.expl.spec]).
template <>
std::optional<OrganizationType> fromWire<OrganizationType>(const QString &text);
template <>
std::optional<SettlementMethod> fromWire<SettlementMethod>(const QString &text);
template <>
std::optional<AccountState> fromWire<AccountState>(const QString &text);
template <>
std::optional<PaymentStatus> fromWire<PaymentStatus>(const QString &text);
template <>
std::optional<ProductStatus> fromWire<ProductStatus>(const QString &text);
template <>
std::optional<OfferingKind> fromWire<OfferingKind>(const QString &text);
template <>
std::optional<BillState> fromWire<BillState>(const QString &text);
template <>
std::optional<ChargeType> fromWire<ChargeType>(const QString &text);
template <>
std::optional<ChargeKind> fromWire<ChargeKind>(const QString &text);
template <>
std::optional<UsageType> fromWire<UsageType>(const QString &text);
template <>
std::optional<PaymentMethod> fromWire<PaymentMethod>(const QString &text);
template <>
std::optional<ScopeKind> fromWire<ScopeKind>(const QString &text);
template <>
std::optional<CommentTargetKind> fromWire<CommentTargetKind>(const QString &text);
template <>
std::optional<ThresholdTargetKind> fromWire<ThresholdTargetKind>(const QString &text);
template <>
std::optional<OrderItemState> fromWire<OrderItemState>(const QString &text);
template <>
std::optional<OrderState> fromWire<OrderState>(const QString &text);
template <>
std::optional<ServiceChange::Action> fromWire<ServiceChange::Action>(const QString &text);
template <>
std::optional<CancellationState> fromWire<CancellationState>(const QString &text);
template <>
std::optional<DeliveryState> fromWire<DeliveryState>(const QString &text);
template <>
std::optional<MessageState> fromWire<MessageState>(const QString &text);

} // namespace corpcare::domain::wire
