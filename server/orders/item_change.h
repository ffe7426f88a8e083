#pragma once

#include "domain/product_order.h"
#include "server/auth/caller.h"

#include <QDate>
#include <QJsonObject>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::orders {

// What applying one order item did: applied (with the line before and after, for the audit trail) or
// failed with the reason the client shows (profile §6).
struct ItemOutcome {
    bool applied = false;
    QString reason;
    QString lineName; // the line's number, for the audit record
    QJsonObject before;
    QJsonObject after;
};

// Checks one item against the caller's current scope and the catalogue rules and, when they allow it,
// changes the line (tariff, status, services). Runs inside the caller's transaction: the change, its
// audit record and the item's state are committed together or not at all. A line out of scope and a
// line that does not exist fail alike ("not allowed").
ItemOutcome applyItem(store::Database &db, const auth::Caller &caller, const domain::ProductOrderItem &item,
                      QDate today);

} // namespace corpcare::server::orders
