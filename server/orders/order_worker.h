#pragma once

#include "server/orders/order_store.h"
#include "server/store/wakeable_thread.h"

#include <QString>

namespace corpcare::server::orders {

// The background thread that works product orders off, one item after the other, on its own SQLite
// connection. It starts with the orders a previous run left unfinished; wake() tells it a new order
// or a cancellation is there.
class OrderWorker {
public:
    OrderWorker(QString databasePath, WorkPace pace);
    ~OrderWorker(); // stops and joins
    OrderWorker(const OrderWorker &) = delete;
    OrderWorker &operator=(const OrderWorker &) = delete;

    void start();
    void wake();
    void stop();

private:
    void run();

    QString m_path;
    WorkPace m_pace;
    store::WakeableThread m_thread;
};

} // namespace corpcare::server::orders
