#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDateTime>

namespace corpcare::domain {

enum class UsageType { Call, Sms, Data };

// TMF635 usage: one rated call, SMS or data session of a line.
struct UsageRecord {
    QString id;
    UsageType type = UsageType::Call;
    QDateTime date; // UTC
    QString description;
    QString counterpart; // calls and SMS: the other number, digits
    qint64 quantity = 0; // calls: seconds; SMS: 1; data: kilobytes
    bool isBilled = true;
    Ref product;
    Money taxExcluded;
    bool operator==(const UsageRecord &) const = default;
};

} // namespace corpcare::domain
