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
    m_thread = std::thread([this] { run(); });
}

void OrderWorker::wake() {
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_changed.notify_all();
}

void OrderWorker::stop() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool OrderWorker::wait(int ms) {
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
    return m_stopping;
}

void OrderWorker::run() {
    std::unique_ptr<store::Database> db;
    const auto waitFor = [this](int ms) { return wait(ms); };
    while (true) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_stopping) {
                return;
            }
            m_woken = false;
        }
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
            std::unique_lock lock(m_mutex);
            m_changed.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping || m_woken; });
        }
    }
}

} // namespace corpcare::server::orders
