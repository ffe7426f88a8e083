#pragma once

#include "domain/product_order.h"
#include "domain/product_order_cancellation.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace corpcare::server::store {
class Database;
}

// Product orders in SQLite (profile §6): submission with its idempotency key, reading back, cancelling,
// and working the items off. Every state change is committed before it is reported, so a restart
// resumes exactly where the last commit left off.
namespace corpcare::server::orders {

struct Stored {
    qint64 id = 0;
    bool created = false; // false: the caller had already sent this externalId
};

// Stores a new order of the portal user, all items acknowledged; or finds the one he sent with the
// same externalId before.
// `source`: the address it was sent from (its items' audit lines say it).
Stored storeOrder(store::Database &db, qint64 userId, const domain::ProductOrder &order, const QDateTime &now,
                  const QString &source = {});

// The order with its items; nullopt when there is none with that id for that user.
std::optional<domain::ProductOrder> loadOrder(store::Database &db, qint64 orderId, qint64 userId);

// Cancels the items not yet started (profile §6); nullopt when the user has no such order.
std::optional<domain::ProductOrderCancellation> cancelOrder(store::Database &db, qint64 userId, qint64 orderId,
                                                            const QString &reason, const QDateTime &now);

struct WorkPace {
    int itemDelayMs = 0; // > 0: each item shows inProgress for this long before it is applied (tests)
    int batchSize = 200; // items per transaction when there is no delay
};

// Works off the next items of the oldest unfinished order, then finishes the order when none is
// left. Returns false when no order was waiting. wait(ms) sleeps and answers true when the server
// is stopping.
bool workNextItems(store::Database &db, const WorkPace &pace, const std::function<bool(int)> &wait);

} // namespace corpcare::server::orders
