#include "store/archive_schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace corpcare::store::schema {

namespace {

// Step N brings version N-1 to N. Never change a step that has shipped: add one.
const QList<QStringList> &steps() {
    static const QList<QStringList> all{
        // 1: records (each resource's JSON as the server sent it, sealed), downloads and their steps.
        // A record's kind is a number (its resource's path is in `kind`): the path in every row and
        // every index entry would be a third of the file.
        {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE kind(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)"),
         QStringLiteral("CREATE TABLE record(kind INTEGER NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, "
                        "account TEXT, product TEXT, bill TEXT, day TEXT, billed INTEGER, body BLOB NOT NULL, "
                        "PRIMARY KEY(kind, id))"),
         QStringLiteral("CREATE INDEX record_order ON record(kind, seq, id)"),
         QStringLiteral("CREATE INDEX record_account ON record(kind, account, day)"),
         QStringLiteral("CREATE INDEX record_product ON record(kind, product, day)"),
         QStringLiteral("CREATE INDEX record_bill ON record(kind, bill)"),
         QStringLiteral("CREATE TABLE download(id INTEGER PRIMARY KEY, accounts TEXT NOT NULL, "
                        "period_start TEXT NOT NULL, period_end TEXT NOT NULL, started_at TEXT NOT NULL, "
                        "finished_at TEXT)"),
         QStringLiteral("CREATE TABLE download_step(download INTEGER NOT NULL REFERENCES download(id), "
                        "step TEXT NOT NULL, rows INTEGER NOT NULL, done_at TEXT NOT NULL, "
                        "PRIMARY KEY(download, step))")},
        // 2: comments joined the archive; they are asked for by their target.
        {QStringLiteral("ALTER TABLE record ADD COLUMN target TEXT"),
         QStringLiteral("CREATE INDEX record_target ON record(kind, target)")},
        // 3: the archive search walks the newest days first (store/archive_search.cpp).
        {QStringLiteral("CREATE INDEX record_day ON record(day, kind, product)")},
    };
    return all;
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int versionOf(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target) {
    static_assert(kCurrentVersion == 3, "add the step to steps()");
    const int version = versionOf(db);
    if (version < 0) {
        *error = db.lastError().text();
        return false;
    }
    if (version > kCurrentVersion) {
        *error = QCoreApplication::translate("Archive",
                                             "The archive was written by a newer CorpCare (version %1 of its format; "
                                             "this program reads up to %2).")
                     .arg(version)
                     .arg(kCurrentVersion);
        return false;
    }
    if (version >= target) {
        return true;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int step = version; step < target; ++step) {
        for (const QString &statement : steps().at(step)) {
            if (!exec(db, statement, error)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target), error) || !db.commit()) {
        db.rollback();
        if (error->isEmpty()) {
            *error = db.lastError().text();
        }
        return false;
    }
    return true;
}

} // namespace corpcare::store::schema
