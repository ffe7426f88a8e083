#pragma once

#include "server/store/sqlite.h"

#include <QMutex>
#include <QString>

#include <memory>
#include <vector>

namespace corpcare::server::store {

// Hands one SQLite connection to one request at a time. Connections are opened on demand and kept;
// request threads come from a bounded pool, so their number stays small.
class ConnectionPool {
public:
    explicit ConnectionPool(QString path) : m_path(std::move(path)) {}

    class Lease {
    public:
        Lease(ConnectionPool &pool, std::unique_ptr<Database> db) : m_pool(pool), m_db(std::move(db)) {}
        Lease(Lease &&) = default;
        ~Lease() { m_pool.giveBack(std::move(m_db)); }
        Database &operator*() const { return *m_db; }
        Database *operator->() const { return m_db.get(); }

    private:
        ConnectionPool &m_pool;
        std::unique_ptr<Database> m_db;
    };

    Lease acquire();
    const QString &path() const { return m_path; }

private:
    void giveBack(std::unique_ptr<Database> db);

    QString m_path;
    QMutex m_mutex;
    std::vector<std::unique_ptr<Database>> m_idle;
};

} // namespace corpcare::server::store
