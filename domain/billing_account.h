#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace corpcare::domain {

enum class SettlementMethod { Prepaid, Postpaid, Credit };
enum class AccountState { Active, PartiallySuspended, Suspended };
enum class PaymentStatus { Paid, Due, Overdue };

// TMF666 billingAccount with the corporate figures of the profile's CorporateBillingAccount.
struct BillingAccount {
    QString id;
    QString name;
    AccountState state = AccountState::Active;
    SettlementMethod settlementMethod = SettlementMethod::Postpaid; // ratingType follows from it
    PaymentStatus paymentStatus = PaymentStatus::Paid;
    Ref owner; // the organization
    Money balance;
    std::optional<Money> creditLimit; // absent for prepaid
    Money expenditureRate;            // per day
    std::optional<QDate> disconnectionForecast;
    Money partialSuspensionLevel;
    Money minimumReconnectionBalance;
    QDateTime balanceValidFrom; // accountBalance[0].validFor.startDateTime (UTC); validFor is omitted when null
    bool operator==(const BillingAccount &) const = default;
};

} // namespace corpcare::domain
