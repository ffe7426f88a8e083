#include "domain/json/wire_names.h"

#include <QLatin1String>

namespace corpcare::domain::wire {

namespace {

template <typename Enum>
struct WireName {
    Enum value;
    QLatin1String text;
};

// Each table is the only spelling of its enum (docs/api-profile.md §3, §4); both directions use it.
constexpr WireName<OrganizationType> kOrganizationTypes[] = {
    {OrganizationType::Company, QLatin1String("company")},
    {OrganizationType::Department, QLatin1String("department")},
};
constexpr WireName<SettlementMethod> kSettlementMethods[] = {
    {SettlementMethod::Prepaid, QLatin1String("prepaid")},
    {SettlementMethod::Postpaid, QLatin1String("postpaid")},
    {SettlementMethod::Credit, QLatin1String("credit")},
};
constexpr WireName<AccountState> kAccountStates[] = {
    {AccountState::Active, QLatin1String("active")},
    {AccountState::PartiallySuspended, QLatin1String("partiallySuspended")},
    {AccountState::Suspended, QLatin1String("suspended")},
};
constexpr WireName<PaymentStatus> kPaymentStatuses[] = {
    {PaymentStatus::Paid, QLatin1String("paid")},
    {PaymentStatus::Due, QLatin1String("due")},
    {PaymentStatus::Overdue, QLatin1String("overdue")},
};
constexpr WireName<ProductStatus> kProductStatuses[] = {
    {ProductStatus::Active, QLatin1String("active")},
    {ProductStatus::Suspended, QLatin1String("suspended")},
    {ProductStatus::Unknown, QLatin1String("unknown")},
};
constexpr WireName<OfferingKind> kOfferingKinds[] = {
    {OfferingKind::Tariff, QLatin1String("tariff")},
    {OfferingKind::Service, QLatin1String("service")},
};
constexpr WireName<BillState> kBillStates[] = {
    {BillState::Sent, QLatin1String("sent")},
    {BillState::PartiallyPaid, QLatin1String("partiallyPaid")},
    {BillState::Settled, QLatin1String("settled")},
};
constexpr WireName<ChargeType> kChargeTypes[] = {
    {ChargeType::Recurring, QLatin1String("recurring")},
    {ChargeType::Usage, QLatin1String("usage")},
};
constexpr WireName<ChargeKind> kChargeKinds[] = {
    {ChargeKind::Tariff, QLatin1String("tariff")}, {ChargeKind::Service, QLatin1String("service")},
    {ChargeKind::Calls, QLatin1String("calls")},   {ChargeKind::Sms, QLatin1String("sms")},
    {ChargeKind::Data, QLatin1String("data")},
};
constexpr WireName<UsageType> kUsageTypes[] = {
    {UsageType::Call, QLatin1String("call")},
    {UsageType::Sms, QLatin1String("sms")},
    {UsageType::Data, QLatin1String("data")},
};
constexpr WireName<PaymentMethod> kPaymentMethods[] = {
    {PaymentMethod::BankTransfer, QLatin1String("bankTransfer")},
    {PaymentMethod::Card, QLatin1String("card")},
    {PaymentMethod::Cash, QLatin1String("cash")},
};
constexpr WireName<ScopeKind> kScopeKinds[] = {
    {ScopeKind::Organization, QLatin1String("Organization")},
    {ScopeKind::BillingAccount, QLatin1String("BillingAccount")},
    {ScopeKind::Product, QLatin1String("Product")},
};
constexpr WireName<CommentTargetKind> kCommentTargetKinds[] = {
    {CommentTargetKind::BillingAccount, QLatin1String("BillingAccount")},
    {CommentTargetKind::Product, QLatin1String("Product")},
};

constexpr WireName<ThresholdTargetKind> kThresholdTargetKinds[] = {
    {ThresholdTargetKind::Organization, QLatin1String("Organization")},
    {ThresholdTargetKind::BillingAccount, QLatin1String("BillingAccount")},
    {ThresholdTargetKind::Product, QLatin1String("Product")},
};
constexpr WireName<OrderItemState> kOrderItemStates[] = {
    {OrderItemState::Acknowledged, QLatin1String("acknowledged")},
    {OrderItemState::InProgress, QLatin1String("inProgress")},
    {OrderItemState::Completed, QLatin1String("completed")},
    {OrderItemState::Failed, QLatin1String("failed")},
    {OrderItemState::Cancelled, QLatin1String("cancelled")},
};
constexpr WireName<OrderState> kOrderStates[] = {
    {OrderState::Acknowledged, QLatin1String("acknowledged")},
    {OrderState::InProgress, QLatin1String("inProgress")},
    {OrderState::Completed, QLatin1String("completed")},
    {OrderState::Partial, QLatin1String("partial")},
    {OrderState::Failed, QLatin1String("failed")},
    {OrderState::Cancelled, QLatin1String("cancelled")},
};
constexpr WireName<ServiceChange::Action> kServiceActions[] = {
    {ServiceChange::Action::Add, QLatin1String("add")},
    {ServiceChange::Action::Delete, QLatin1String("delete")},
};
constexpr WireName<CancellationState> kCancellationStates[] = {
    {CancellationState::Acknowledged, QLatin1String("acknowledged")},
    {CancellationState::InProgress, QLatin1String("inProgress")},
    {CancellationState::Done, QLatin1String("done")},
    {CancellationState::TerminatedWithError, QLatin1String("terminatedWithError")},
};
constexpr WireName<DeliveryState> kDeliveryStates[] = {
    {DeliveryState::Pending, QLatin1String("pending")},
    {DeliveryState::Sent, QLatin1String("sent")},
    {DeliveryState::Delivered, QLatin1String("delivered")},
    {DeliveryState::Failed, QLatin1String("failed")},
};
constexpr WireName<MessageState> kMessageStates[] = {
    {MessageState::InProgress, QLatin1String("inProgress")},
    {MessageState::Completed, QLatin1String("completed")},
};

template <typename Enum, std::size_t N>
QString lookupText(const WireName<Enum> (&table)[N], Enum value) {
    for (const WireName<Enum> &entry : table) {
        if (entry.value == value) {
            return entry.text;
        }
    }
    Q_UNREACHABLE(); // every enumerator has a row; the wire-name tests check each one
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookupValue(const WireName<Enum> (&table)[N], const QString &text) {
    for (const WireName<Enum> &entry : table) {
        if (text == entry.text) {
            return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace

QString toWire(OrganizationType value) {
    return lookupText(kOrganizationTypes, value);
}
QString toWire(SettlementMethod value) {
    return lookupText(kSettlementMethods, value);
}
QString toWire(AccountState value) {
    return lookupText(kAccountStates, value);
}
QString toWire(PaymentStatus value) {
    return lookupText(kPaymentStatuses, value);
}
QString toWire(ProductStatus value) {
    return lookupText(kProductStatuses, value);
}
QString toWire(OfferingKind value) {
    return lookupText(kOfferingKinds, value);
}
QString toWire(BillState value) {
    return lookupText(kBillStates, value);
}
QString toWire(ChargeType value) {
    return lookupText(kChargeTypes, value);
}
QString toWire(ChargeKind value) {
    return lookupText(kChargeKinds, value);
}
QString toWire(UsageType value) {
    return lookupText(kUsageTypes, value);
}
QString toWire(PaymentMethod value) {
    return lookupText(kPaymentMethods, value);
}
QString toWire(ScopeKind value) {
    return lookupText(kScopeKinds, value);
}
QString toWire(CommentTargetKind value) {
    return lookupText(kCommentTargetKinds, value);
}
QString toWire(ThresholdTargetKind value) {
    return lookupText(kThresholdTargetKinds, value);
}
QString toWire(OrderItemState value) {
    return lookupText(kOrderItemStates, value);
}
QString toWire(OrderState value) {
    return lookupText(kOrderStates, value);
}
QString toWire(ServiceChange::Action value) {
    return lookupText(kServiceActions, value);
}
QString toWire(CancellationState value) {
    return lookupText(kCancellationStates, value);
}
QString toWire(DeliveryState value) {
    return lookupText(kDeliveryStates, value);
}
QString toWire(MessageState value) {
    return lookupText(kMessageStates, value);
}

QString ratingType(SettlementMethod value) {
    // TMF666 v4.1 knows only prepaid and postpaid; a credit account is postpaid with a hard limit.
    return toWire(value == SettlementMethod::Prepaid ? SettlementMethod::Prepaid : SettlementMethod::Postpaid);
}

template <>
std::optional<OrganizationType> fromWire<OrganizationType>(const QString &text) {
    return lookupValue(kOrganizationTypes, text);
}
template <>
std::optional<SettlementMethod> fromWire<SettlementMethod>(const QString &text) {
    return lookupValue(kSettlementMethods, text);
}
template <>
std::optional<AccountState> fromWire<AccountState>(const QString &text) {
    return lookupValue(kAccountStates, text);
}
template <>
std::optional<PaymentStatus> fromWire<PaymentStatus>(const QString &text) {
    return lookupValue(kPaymentStatuses, text);
}
template <>
std::optional<ProductStatus> fromWire<ProductStatus>(const QString &text) {
    return lookupValue(kProductStatuses, text);
}
template <>
std::optional<OfferingKind> fromWire<OfferingKind>(const QString &text) {
    return lookupValue(kOfferingKinds, text);
}
template <>
std::optional<BillState> fromWire<BillState>(const QString &text) {
    return lookupValue(kBillStates, text);
}
template <>
std::optional<ChargeType> fromWire<ChargeType>(const QString &text) {
    return lookupValue(kChargeTypes, text);
}
template <>
std::optional<ChargeKind> fromWire<ChargeKind>(const QString &text) {
    return lookupValue(kChargeKinds, text);
}
template <>
std::optional<UsageType> fromWire<UsageType>(const QString &text) {
    return lookupValue(kUsageTypes, text);
}
template <>
std::optional<PaymentMethod> fromWire<PaymentMethod>(const QString &text) {
    return lookupValue(kPaymentMethods, text);
}
template <>
std::optional<ScopeKind> fromWire<ScopeKind>(const QString &text) {
    return lookupValue(kScopeKinds, text);
}
template <>
std::optional<CommentTargetKind> fromWire<CommentTargetKind>(const QString &text) {
    return lookupValue(kCommentTargetKinds, text);
}
template <>
std::optional<ThresholdTargetKind> fromWire<ThresholdTargetKind>(const QString &text) {
    return lookupValue(kThresholdTargetKinds, text);
}
template <>
std::optional<OrderItemState> fromWire<OrderItemState>(const QString &text) {
    return lookupValue(kOrderItemStates, text);
}
template <>
std::optional<OrderState> fromWire<OrderState>(const QString &text) {
    return lookupValue(kOrderStates, text);
}
template <>
std::optional<ServiceChange::Action> fromWire<ServiceChange::Action>(const QString &text) {
    return lookupValue(kServiceActions, text);
}
template <>
std::optional<CancellationState> fromWire<CancellationState>(const QString &text) {
    return lookupValue(kCancellationStates, text);
}
template <>
std::optional<DeliveryState> fromWire<DeliveryState>(const QString &text) {
    return lookupValue(kDeliveryStates, text);
}
template <>
std::optional<MessageState> fromWire<MessageState>(const QString &text) {
    return lookupValue(kMessageStates, text);
}

} // namespace corpcare::domain::wire
