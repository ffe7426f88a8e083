#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDateTime>
#include <QList>

namespace corpcare::domain {

enum class PaymentMethod { BankTransfer, Card, Cash };

struct PaymentAllocation {
    Ref bill;
    Money amount;
    bool operator==(const PaymentAllocation &) const = default;
};

// TMF676 payment, with how it was applied to bills.
struct Payment {
    QString id;
    QDateTime date; // UTC
    QString status = QStringLiteral("succeeded");
    QString description;
    Ref account;
    PaymentMethod method = PaymentMethod::BankTransfer;
    Money amount;
    QList<PaymentAllocation> allocations;
    bool operator==(const Payment &) const = default;
};

} // namespace corpcare::domain
