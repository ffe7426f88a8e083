#include "server/store/sqlite.h"

#include "server/store/search_functions.h"

#include <sqlite3.h>

#include <utility>

namespace corpcare::server::store {

namespace {
[[noreturn]] void throwSql(sqlite3 *db, const QString &what) {
    const QString message = what + QStringLiteral(": ") + QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    throw SqlError(message.toStdString());
}
} // namespace

std::unique_ptr<Database> Database::open(const QString &path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QStringLiteral("cannot open database %1: %2")
                                    .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
        sqlite3_close(db);
        throw SqlError(message.toStdString());
    }
    sqlite3_busy_timeout(db, 5000); // writers in WAL mode wait for each other instead of failing
    addSearchFunctions(db);
    auto out = std::unique_ptr<Database>(new Database(db, path));
    out->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return out;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::exec(const QString &sql) {
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        throw SqlError(QStringLiteral("%1 (in: %2)").arg(text, sql.left(200)).toStdString());
    }
}

Statement Database::prepare(const QString &sql) {
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        throwSql(m_db, QStringLiteral("cannot prepare \"%1\"").arg(sql.left(300)));
    }
    return Statement(statement, m_db);
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

QVariant Database::scalar(const QString &sql, const QVariantList &binds) {
    Statement statement = prepare(sql);
    statement.bindAll(binds);
    if (!statement.step() || statement.isNull(0)) {
        return {};
    }
    return statement.text(0);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_db(other.m_db) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

void Statement::fail(const char *what) const {
    throwSql(m_db, QString::fromLatin1(what));
}

Statement &Statement::bind(int index, qint64 value) {
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK) {
        fail("bind integer");
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail("bind text");
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob) {
    if (sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail("bind blob");
    }
    return *this;
}

Statement &Statement::bindStatic(int index, const char *utf8Literal) {
    if (sqlite3_bind_text(m_statement, index, utf8Literal, -1, SQLITE_STATIC) != SQLITE_OK) {
        fail("bind text");
    }
    return *this;
}

Statement &Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK) {
        fail("bind null");
    }
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value) {
    if (value.isNull()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindAll(const QVariantList &values) {
    for (int i = 0; i < values.size(); ++i) {
        bind(i + 1, values.at(i));
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail("step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const {
    const auto *data = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return QString::fromUtf8(reinterpret_cast<const char *>(data), size);
}

QByteArrayView Statement::utf8(int column) const {
    const auto *data = sqlite3_column_text(m_statement, column); // before the size: it may convert
    const int size = sqlite3_column_bytes(m_statement, column);
    return {reinterpret_cast<const char *>(data), size};
}

QByteArray Statement::blob(int column) const {
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return QByteArray(static_cast<const char *>(data), size);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db) : m_db(db) {
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (const SqlError &) {
            // nothing more to do: the connection already ended the transaction
        }
    }
}

void Transaction::commit() {
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace corpcare::server::store
