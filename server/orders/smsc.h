#pragma once

#include "domain/communication_message.h"
#include "server/orders/order_store.h"

#include <optional>

namespace corpcare::server::store {
class Database;
}

// The reference server's simulated SMSC (profile §6). When a message is accepted, each receiver's
// fate is fixed from the seed, the message id and its position: when it is sent (1-3 s later), when
// it is final (2-8 s after that) and whether it fails (about 2 %). Its state at any moment follows
// from those times, so it survives restarts and tests see the same outcome every run.
namespace corpcare::server::orders {

struct SmscOptions {
    quint64 seed = 1;
    double speed = 1.0; // delays are divided by it (tests run at 100 or more)
};

inline constexpr int kSmscFailurePerMille = 20;

Stored storeMessage(store::Database &db, qint64 userId, const domain::CommunicationMessage &message, qint64 nowMs,
                    const SmscOptions &options);

// The message as it stands at nowMs; nullopt when the user has no message with that id.
std::optional<domain::CommunicationMessage> loadMessage(store::Database &db, qint64 messageId, qint64 userId,
                                                        qint64 nowMs);

} // namespace corpcare::server::orders
