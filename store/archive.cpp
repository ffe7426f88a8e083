#include "store/archive.h"

#include "store/archive_crypto.h"
#include "store/archive_schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace corpcare::store {

namespace {

const QString kConnection = QStringLiteral("connection");
const QString kLogin = QStringLiteral("login");
const QString kSalt = QStringLiteral("salt");
const QString kIterations = QStringLiteral("iterations");
const QString kWrappedKey = QStringLiteral("wrapped_key");
const QByteArray kWrapPurpose = QByteArrayLiteral("corpcare-archive-key");

QString sqlError(const QSqlQuery &query) {
    return query.lastError().text();
}

QString timeText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QHash<QString, QByteArray> readMeta(QSqlDatabase &db) {
    QHash<QString, QByteArray> meta;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        while (query.next()) {
            meta.insert(query.value(0).toString(), query.value(1).toByteArray());
        }
    }
    return meta;
}

bool writeMeta(QSqlDatabase &db, const QHash<QString, QByteArray> &values, QString *error) {
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(it.value());
        if (!query.exec()) {
            *error = sqlError(query);
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

QList<ArchiveDownload> readDownloads(QSqlDatabase &db) {
    QList<ArchiveDownload> downloads;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, accounts, period_start, period_end, started_at, finished_at "
                                   "FROM download ORDER BY id"))) {
        return downloads;
    }
    while (query.next()) {
        ArchiveDownload download;
        download.id = query.value(0).toLongLong();
        download.accounts = query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        download.period = {QDate::fromString(query.value(2).toString(), Qt::ISODate),
                           QDate::fromString(query.value(3).toString(), Qt::ISODate)};
        download.startedAt = timeFrom(query.value(4));
        download.finishedAt = timeFrom(query.value(5));
        downloads.append(download);
    }
    QHash<qint64, ArchiveDownload *> byId;
    for (ArchiveDownload &download : downloads) {
        byId.insert(download.id, &download);
    }
    QSqlQuery steps(db);
    if (steps.exec(QStringLiteral("SELECT download, step FROM download_step"))) {
        while (steps.next()) {
            if (ArchiveDownload *download = byId.value(steps.value(0).toLongLong())) {
                download->stepsDone.insert(steps.value(1).toString());
            }
        }
    }
    return downloads;
}

ArchiveSummary summarize(QSqlDatabase &db, const ArchiveOwner &owner) {
    ArchiveSummary summary{owner, {}, readDownloads(db)};
    for (const ArchiveDownload &download : summary.downloads) {
        if (download.finishedAt.isValid() && (!summary.asOf.isValid() || download.finishedAt > summary.asOf)) {
            summary.asOf = download.finishedAt;
        }
    }
    return summary;
}

} // namespace

QString Archive::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archives");
}

QString Archive::pathFor(const QString &directory, const ArchiveOwner &owner) {
    const QByteArray name = QCryptographicHash::hash((owner.connection + QLatin1Char('\n') + owner.login).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(32);
    return directory + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".archive");
}

QSqlDatabase Archive::connect(const QString &path, const QString &name, QString *error) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    // WAL: a reader (the offline views) never waits for a download's writes, and a killed process
    // loses at most the transaction it was in.
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

std::optional<ArchiveSummary> Archive::summaryOf(const QString &path) {
    if (!QFileInfo::exists(path)) {
        return std::nullopt;
    }
    const QString name = QStringLiteral("corpcare-archive-peek-") + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<ArchiveSummary> summary;
    {
        QString error;
        QSqlDatabase db = connect(path, name, &error);
        if (db.isOpen() && schema::versionOf(db) >= 1 && schema::versionOf(db) <= schema::kCurrentVersion) {
            const auto meta = readMeta(db);
            if (meta.contains(kWrappedKey)) {
                summary =
                    summarize(db, {QString::fromUtf8(meta.value(kConnection)), QString::fromUtf8(meta.value(kLogin))});
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return summary;
}

std::unique_ptr<Archive> Archive::open(const QString &path, const ArchiveOwner &owner, const QString &password,
                                       bool create, OpenResult *result, QString *error) {
    *result = OpenResult::Failed;
    const bool existed = QFileInfo::exists(path);
    if (!existed && !create) {
        *result = OpenResult::NoArchive;
        *error = QCoreApplication::translate("Archive", "There is no offline archive of %1 at %2 on this computer.")
                     .arg(owner.login, owner.connection);
        return nullptr;
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("Archive", "The folder %1 cannot be made.").arg(directory);
        return nullptr;
    }
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!existed) {
        QFile file(path);
        // Made empty and private first, so the database (and its WAL, which takes the file's mode)
        // is never readable by others, not even for a moment.
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = QCoreApplication::translate("Archive", "The archive %1 cannot be written: %2")
                         .arg(path, file.errorString());
            return nullptr;
        }
    }
    const QString name = QStringLiteral("corpcare-archive-open-") + QUuid::createUuid().toString(QUuid::Id128);
    QByteArray dataKey;
    {
        QSqlDatabase db = connect(path, name, error);
        if (!db.isOpen() || !schema::migrate(db, error)) {
            db.close();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
        auto meta = readMeta(db);
        if (!meta.contains(kWrappedKey)) {
            if (!create) {
                *result = OpenResult::NoArchive;
                *error = QCoreApplication::translate("Archive", "The offline archive of %1 holds nothing yet.")
                             .arg(owner.login);
            } else {
                const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
                dataKey = crypto::randomBytes(crypto::kKeyBytes);
                const QByteArray wrapped =
                    crypto::seal(crypto::deriveKey(password, salt, crypto::kDefaultIterations), dataKey, kWrapPurpose);
                if (salt.isEmpty() || dataKey.isEmpty() || wrapped.isEmpty() ||
                    !writeMeta(db,
                               {{kConnection, owner.connection.toUtf8()},
                                {kLogin, owner.login.toUtf8()},
                                {kSalt, salt},
                                {kIterations, QByteArray::number(crypto::kDefaultIterations)},
                                {kWrappedKey, wrapped}},
                               error)) {
                    dataKey.clear();
                    if (error->isEmpty()) {
                        *error = QCoreApplication::translate("Archive", "The archive's key cannot be made.");
                    }
                } else {
                    *result = OpenResult::Created;
                }
            }
        } else if (QString::fromUtf8(meta.value(kConnection)) != owner.connection ||
                   QString::fromUtf8(meta.value(kLogin)) != owner.login) {
            *error = QCoreApplication::translate("Archive", "The file %1 is the archive of another user or connection.")
                         .arg(path);
        } else {
            const QByteArray kek = crypto::deriveKey(password, meta.value(kSalt), meta.value(kIterations).toInt());
            if (const auto unwrapped = crypto::open(kek, meta.value(kWrappedKey), kWrapPurpose)) {
                dataKey = *unwrapped;
                *result = OpenResult::Opened;
            } else {
                *result = OpenResult::WrongPassword;
                *error = QCoreApplication::translate("Archive", "The password does not open the offline archive of %1.")
                             .arg(owner.login);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (dataKey.isEmpty()) {
        return nullptr;
    }
    return std::unique_ptr<Archive>(new Archive(path, owner, dataKey));
}

bool Archive::remove(const QString &path) {
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return QFile::remove(path) || !QFileInfo::exists(path);
}

Archive::Archive(QString path, ArchiveOwner owner, QByteArray dataKey)
    : m_path(std::move(path)), m_owner(std::move(owner)), m_dataKey(std::move(dataKey)) {
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the archive's life: its connection stays valid
}

Archive::~Archive() {
    // A connection is closed on the thread that made it (QtSql's rule): the pool's on the pool, after
    // whatever it is still answering, which uses the members below. Not with QFuture::waitForFinished():
    // that runs a task still queued on the waiting thread, and the destructor would go on under the answer.
    m_pool.start([this] { dropConnection(); });
    m_pool.waitForDone();
    dropConnection();
    QMutexLocker lock(&m_connectionsLock);
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::removeDatabase(name); // threads that are gone: nothing is open there any more
    }
}

QString Archive::connectionName() const {
    return QStringLiteral("corpcare-archive-%1-%2")
        .arg(quintptr(this), 0, 16)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

void Archive::dropConnection() {
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name)) {
        return;
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_connectionsLock);
    m_connections.removeAll(name);
}

QSqlDatabase Archive::database() {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QString error;
    QSqlDatabase db = connect(m_path, name, &error);
    QMutexLocker lock(&m_connectionsLock);
    m_connections.append(name);
    return db;
}

ArchiveSummary Archive::summary() {
    QSqlDatabase db = database();
    return summarize(db, m_owner);
}

// Bodies are compressed before they are sealed (sealed bytes do not compress): the profile's JSON
// repeats its keys and hrefs, and a year of a 10,000-line company is 3.6 million records.
QByteArray Archive::seal(const QString &kind, const QString &id, const QByteArray &json) const {
    return crypto::seal(m_dataKey, qCompress(json, 1), QString(kind + QLatin1Char('\n') + id).toUtf8());
}

std::optional<QByteArray> Archive::unseal(const QString &kind, const QString &id, const QByteArray &sealed) const {
    const auto compressed = crypto::open(m_dataKey, sealed, QString(kind + QLatin1Char('\n') + id).toUtf8());
    if (!compressed) {
        return std::nullopt;
    }
    QByteArray json = qUncompress(*compressed);
    if (json.isEmpty()) {
        return std::nullopt;
    }
    return json;
}

std::optional<ArchiveDownload> Archive::beginDownload(const QStringList &accounts, const domain::Period &period,
                                                      QString *error) {
    QSqlDatabase db = database();
    const QList<ArchiveDownload> downloads = readDownloads(db);
    QStringList sorted = accounts;
    sorted.sort();
    if (!downloads.isEmpty()) {
        const ArchiveDownload &last = downloads.last();
        QStringList lastAccounts = last.accounts;
        lastAccounts.sort();
        if (!last.finishedAt.isValid() && lastAccounts == sorted && last.period.start == period.start &&
            last.period.end == period.end) {
            return last;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO download(accounts, period_start, period_end, started_at) "
                                  "VALUES(?, ?, ?, ?)"));
    insert.addBindValue(QString(QStringLiteral("") + sorted.join(QLatin1Char(',')))); // never NULL: "" is every account
    insert.addBindValue(period.start.toString(Qt::ISODate));
    insert.addBindValue(period.end.toString(Qt::ISODate));
    insert.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!insert.exec()) {
        *error = sqlError(insert);
        return std::nullopt;
    }
    ArchiveDownload download;
    download.id = insert.lastInsertId().toLongLong();
    download.accounts = sorted;
    download.period = period;
    download.startedAt = QDateTime::currentDateTimeUtc();
    return download;
}

int Archive::kindId(const QString &kind) {
    QString error;
    return kindId(kind, false, &error);
}

int Archive::kindId(const QString &kind, bool create, QString *error) {
    {
        QMutexLocker lock(&m_connectionsLock);
        if (const auto known = m_kinds.constFind(kind); known != m_kinds.constEnd()) {
            return *known;
        }
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (create) {
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO kind(path) VALUES(?)"));
        query.addBindValue(kind);
        if (!query.exec()) {
            *error = sqlError(query);
            return -1;
        }
    }
    query.prepare(QStringLiteral("SELECT id FROM kind WHERE path = ?"));
    query.addBindValue(kind);
    if (!query.exec() || !query.next()) {
        return -1;
    }
    const int id = query.value(0).toInt();
    QMutexLocker lock(&m_connectionsLock);
    m_kinds.insert(kind, id);
    return id;
}

bool Archive::storeStep(qint64 download, const QString &step, const QString &kind, const QList<ArchiveRecord> &records,
                        QString *error) {
    QSqlDatabase db = database();
    // Filed before the step's transaction: a kind's number, once cached, must never be rolled back.
    const int kindNumber = kindId(kind, true, error);
    if (kindNumber < 0) {
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto fail = [&](const QSqlQuery &query) {
        *error = sqlError(query);
        db.rollback();
        return false;
    };
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO record(kind, id, seq, account, product, bill, target, day, billed, body) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET seq = excluded.seq, "
        "account = excluded.account, product = excluded.product, bill = excluded.bill, target = excluded.target, "
        "day = excluded.day, billed = excluded.billed, body = excluded.body"));
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    for (const ArchiveRecord &record : records) {
        upsert.addBindValue(kindNumber);
        upsert.addBindValue(record.id);
        upsert.addBindValue(record.seq);
        upsert.addBindValue(orNull(record.account));
        upsert.addBindValue(orNull(record.product));
        upsert.addBindValue(orNull(record.bill));
        upsert.addBindValue(orNull(record.target));
        upsert.addBindValue(orNull(record.day));
        upsert.addBindValue(record.billed < 0 ? QVariant() : QVariant(record.billed));
        upsert.addBindValue(seal(kind, record.id, record.json));
        if (!upsert.exec()) {
            return fail(upsert);
        }
    }
    QSqlQuery done(db);
    done.prepare(
        QStringLiteral("INSERT OR REPLACE INTO download_step(download, step, rows, done_at) VALUES(?, ?, ?, ?)"));
    done.addBindValue(download);
    done.addBindValue(step);
    done.addBindValue(qint64(records.size()));
    done.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!done.exec()) {
        return fail(done);
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Archive::finishDownload(qint64 download, QString *error) {
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE download SET finished_at = ? WHERE id = ?"));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(download);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    return true;
}

// "SELECT <columns> FROM record WHERE kind = ? AND <where> <tail>" with its values bound: the one place
// the record queries are made. Nothing when nothing of that kind was ever stored.
std::optional<QSqlQuery> Archive::select(const QString &columns, const QString &kind, const RecordWhere &where,
                                         const QString &tail) {
    const int kindNumber = kindId(kind);
    if (kindNumber < 0) {
        return std::nullopt;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM record WHERE kind = ?").arg(columns) +
                  (where.conditions.isEmpty()
                       ? QString()
                       : QStringLiteral(" AND ") + where.conditions.join(QStringLiteral(" AND "))) +
                  QLatin1Char(' ') + tail);
    query.addBindValue(kindNumber);
    for (const QVariant &value : where.values) {
        query.addBindValue(value);
    }
    return query;
}

ArchivePage Archive::list(const QString &kind, const RecordWhere &where, qint64 offset, int limit, bool countTotal,
                          QString *error) {
    ArchivePage page;
    if (countTotal) {
        page.total = count(kind, where, error);
        if (!error->isEmpty()) {
            return page;
        }
    }
    auto rows =
        select(QStringLiteral("id, seq, body"), kind, where, QStringLiteral("ORDER BY seq, id LIMIT ? OFFSET ?"));
    if (!rows) {
        return page; // nothing of that kind was downloaded
    }
    rows->addBindValue(limit);
    rows->addBindValue(offset);
    if (!rows->exec()) {
        *error = sqlError(*rows);
        return page;
    }
    while (rows->next()) {
        const QString id = rows->value(0).toString();
        const auto json = unseal(kind, id, rows->value(2).toByteArray());
        if (!json) {
            *error = QCoreApplication::translate("Archive", "The archived record %1 of %2 is damaged.").arg(id, kind);
            return page;
        }
        page.bodies.append(*json);
        page.lastId = id;
        page.lastSeq = rows->value(1).toLongLong();
    }
    return page;
}

qint64 Archive::count(const QString &kind, const RecordWhere &where, QString *error) {
    auto query = select(QStringLiteral("count(*)"), kind, where);
    if (!query) {
        return 0;
    }
    if (!query->exec() || !query->next()) {
        *error = sqlError(*query);
        return -1;
    }
    return query->value(0).toLongLong();
}

QStringList Archive::ids(const QString &kind, const RecordWhere &where, QString *error) {
    QStringList ids;
    auto query = select(QStringLiteral("id"), kind, where, QStringLiteral("ORDER BY seq, id"));
    if (!query) {
        return ids;
    }
    if (!query->exec()) {
        *error = sqlError(*query);
        return ids;
    }
    while (query->next()) {
        ids.append(query->value(0).toString());
    }
    return ids;
}

std::optional<QByteArray> Archive::record(const QString &kind, const QString &id, QString *error) {
    const ArchivePage page = list(kind, {{QStringLiteral("id = ?")}, {id}}, 0, 1, false, error);
    if (page.bodies.isEmpty()) {
        return std::nullopt;
    }
    return page.bodies.first();
}

} // namespace corpcare::store
