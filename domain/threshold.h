#pragma once

#include "domain/money.h"
#include "domain/party.h"

#include <QDateTime>

namespace corpcare::domain {

// What a charge threshold is set on: a default for the company or a department, for a billing account,
// or one line's own (docs/api-profile.md §6 chargeThreshold).
enum class ThresholdTargetKind { Organization, BillingAccount, Product };

// Two monthly charge thresholds, tax included: `first` warns, `second` is critical (second >= first).
struct ChargeThreshold {
    QString id;
    Ref target;
    ThresholdTargetKind targetKind = ThresholdTargetKind::Product;
    Money first;
    Money second;
    QDateTime lastUpdate; // UTC
    QString updatedBy;    // the portal user's login
    bool operator==(const ChargeThreshold &) const = default;
};

// Where this month's charges stand against the effective thresholds.
enum class ThresholdState { Unknown, Below, OverFirst, OverSecond };

} // namespace corpcare::domain
