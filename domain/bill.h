#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDate>
#include <QDateTime>

namespace corpcare::domain {

enum class BillState { Sent, PartiallyPaid, Settled };

// TMF678 customerBill. Periods are [start, end) in dates: end is the first day after the period.
struct Bill {
    QString id;
    QString billNo;
    QDate billDate;
    QDate paymentDueDate;
    QDate periodStart;
    QDate periodEnd;
    BillState state = BillState::Sent;
    Ref billingAccount;
    Money taxExcluded;
    Money taxIncluded; // == amountDue
    Money remaining;
    int taxRateBasisPoints = 2000;
    Money taxAmount() const { return taxIncluded - taxExcluded; }
    bool operator==(const Bill &) const = default;
};

enum class ChargeType { Recurring, Usage };
enum class ChargeKind { Tariff, Service, Calls, Sms, Data };

// TMF678 appliedCustomerBillingRate: one itemization line (billed) or a charge since the last bill.
struct BillItem {
    QString id;
    QString name;
    ChargeType type = ChargeType::Recurring;
    ChargeKind kind = ChargeKind::Tariff;
    bool isBilled = true;
    QDateTime date; // UTC
    Ref bill;       // empty when not billed
    Ref billingAccount;
    Ref product;
    Ref offering; // the service, for ChargeKind::Service
    QDate periodStart;
    QDate periodEnd;
    Money taxExcluded;
    Money taxIncluded;
    bool operator==(const BillItem &) const = default;
};

} // namespace corpcare::domain
