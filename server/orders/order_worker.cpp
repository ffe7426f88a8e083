#include "server/orders/order_worker.h"

#include "server/store/sqlite.h"

#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcOrders, "corpcare.server.orders")

namespace corpcare::server::orders {

OrderWorker::OrderWorker(QString databasePath, WorkPace pace) : m_path(std::move(databasePath)), m_pace(pace) {}

OrderWorker::~OrderWorker() {
    stop();
}

void OrderWorker::start() {
    m_thread.start([this] { run(); });
}

void OrderWorker::wake() {
    m_thread.wake();
}

void OrderWorker::stop() {
    m_thread.stop();
}

void OrderWorker::run() {
    std::unique_ptr<store::Database> db;
    const auto waitFor = [this](int ms) {
        return m_thread.pauseUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(ms));
    };
    while (!m_thread.stopping()) {
        m_thread.clearWake();
        bool worked = false;
        try {
            if (!db) {
                db = store::Database::open(m_path, store::Database::Mode::ReadWrite);
            }
            worked = workNextItems(*db, m_pace, waitFor);
        } catch (const std::exception &e) {
            // A busy or failing database: the items stay open and are tried again in a moment.
            qCWarning(lcOrders) << "working orders failed:" << e.what();
            db.reset();
        }
        if (!worked) {
            m_thread.sleepUntil(std::chrono::steady_clock::now() + std::chrono::seconds(1));
        }
    }
}

} // namespace corpcare::server::orders
