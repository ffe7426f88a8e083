#pragma once

#include <QDateTime>
#include <QString>

namespace corpcare::domain {

// TMF622 cancelProductOrder states; the reference server answers Done at once.
enum class CancellationState { Acknowledged, InProgress, Done, TerminatedWithError };

// A request to cancel an order (docs/api-profile.md §6): its items not yet started become cancelled,
// those done stay done. The request carries orderId and reason; the answer adds the rest.
struct ProductOrderCancellation {
    QString id;
    QString orderId;
    QString reason;
    CancellationState state = CancellationState::Acknowledged;
    QDateTime effectiveDate; // UTC, when Done
    bool operator==(const ProductOrderCancellation &) const = default;
};

} // namespace corpcare::domain
