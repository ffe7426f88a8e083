#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace corpcare::server::store {

// A database fault the request cannot recover from; the HTTP layer answers 500 and logs it.
class SqlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement;

// One SQLite connection (not shared between threads). Thin on purpose: prepared statements, typed
// binds, exceptions for faults.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    static std::unique_ptr<Database> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    qint64 lastInsertId() const;
    // One value of a one-row query, or a null QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db;
    QString m_path;
};

class Statement {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, qint64 value); // 1-based, as SQLite counts
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // A string literal that outlives the statement: no copy, no conversion (bulk inserts).
    Statement &bindStatic(int index, const char *utf8Literal);
    Statement &bind(int index, const QVariant &value); // null, integer, string or bytes
    Statement &bindAll(const QVariantList &values);

    bool step(); // true while there is a row
    void run();  // step to the end, for statements without rows
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's UTF-8 text without a copy: valid until the next step() or reset().
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *statement, sqlite3 *db) : m_statement(statement), m_db(db) {}
    [[noreturn]] void fail(const char *what) const;

    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_db = nullptr;
};

// BEGIN ... COMMIT, rolled back when left by an exception.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace corpcare::server::store
