#include "server/store/connection_pool.h"

#include <QMutexLocker>

namespace corpcare::server::store {

ConnectionPool::Lease ConnectionPool::acquire() {
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<Database> db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    return Lease(*this, Database::open(m_path, Database::Mode::ReadWrite));
}

void ConnectionPool::giveBack(std::unique_ptr<Database> db) {
    if (!db) {
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_idle.push_back(std::move(db));
}

} // namespace corpcare::server::store
