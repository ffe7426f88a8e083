#pragma once

#include "domain/period.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QVariantList>

#include <memory>
#include <optional>

// The offline archive (issue 7, DESIGN.md §2 store/): what a portal user downloaded from one operator
// connection, in a SQLite file of his own. Records are the server's JSON objects, sealed with a key
// only his password opens (store/archive_crypto.h); the columns the profile's filters need (ids, the
// day a record counts for, isBilled) stay readable so that SQLite can index them.
namespace corpcare::store {

// Whose archive: one per operator connection and portal user.
struct ArchiveOwner {
    QString connection; // the operator's base URL, or "demo" for the demo company
    QString login;
};

// One resource object, as the downloader files it.
struct ArchiveRecord {
    QString id;
    qint64 seq = 0; // the id's number, for the server's id order and keyset paging (0 when not a number)
    QString account;
    QString product;
    QString bill;
    QString target; // a comment's target
    QString day;    // YYYY-MM-DD the record counts for (bill period start, payment date, …), or empty
    int billed = -1;
    QByteArray json;
};

// Conditions on the record columns above, as SQL with bound values ("" selects every record of a kind).
struct RecordWhere {
    QStringList conditions;
    QVariantList values;
};

struct ArchivePage {
    QList<QByteArray> bodies; // JSON objects, in id order
    QString lastId;
    qint64 lastSeq = 0;
    qint64 total = -1; // when asked for
};

// What was downloaded, readable without the password (it holds ids and dates only).
struct ArchiveDownload {
    qint64 id = 0;
    QStringList accounts; // empty: every account the user could see
    domain::Period period;
    QDateTime startedAt;
    QDateTime finishedAt; // null while unfinished (cancelled, failed or killed)
    QSet<QString> stepsDone;
};

struct ArchiveSummary {
    ArchiveOwner owner;
    QDateTime asOf; // when the last finished download ended; null when none finished
    QList<ArchiveDownload> downloads;
};

class Archive {
public:
    enum class OpenResult { Opened, Created, NoArchive, WrongPassword, Failed };

    // Where archives live: the user's data directory, in a folder only he may read.
    static QString defaultDirectory();
    static QString pathFor(const QString &directory, const ArchiveOwner &owner);
    // The clear part of an archive, without opening its records; nothing when there is no readable archive.
    static std::optional<ArchiveSummary> summaryOf(const QString &path);

    // Opens the archive with the password; `create` makes a new one when there is none. *result says
    // which; on WrongPassword and Failed *error says why and nothing is returned.
    static std::unique_ptr<Archive> open(const QString &path, const ArchiveOwner &owner, const QString &password,
                                         bool create, OpenResult *result, QString *error);
    // Deletes the archive file (for a user whose password changed: his old archive no longer opens).
    static bool remove(const QString &path);

    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    QString path() const { return m_path; }
    ArchiveOwner owner() const { return m_owner; }
    ArchiveSummary summary();

    // The download of these accounts and period to continue: the last one when it is unfinished and
    // asks for the same, else a new one. Downloading a finished period again refreshes every record.
    std::optional<ArchiveDownload> beginDownload(const QStringList &accounts, const domain::Period &period,
                                                 QString *error);
    // One step of a download: its records replace those of the same kind and id, and the step is marked
    // done, in one transaction: a killed process leaves either all of it or none.
    bool storeStep(qint64 download, const QString &step, const QString &kind, const QList<ArchiveRecord> &records,
                   QString *error);
    bool finishDownload(qint64 download, QString *error);

    ArchivePage list(const QString &kind, const RecordWhere &where, qint64 offset, int limit, bool countTotal,
                     QString *error);
    qint64 count(const QString &kind, const RecordWhere &where, QString *error); // -1 and *error on failure
    qint64 count(const QString &kind, QString *error) { return count(kind, {}, error); }
    // The ids of a kind's records that meet the conditions, in id order.
    QStringList ids(const QString &kind, const RecordWhere &where, QString *error);
    // The JSON of one record; nothing when it is not archived.
    std::optional<QByteArray> record(const QString &kind, const QString &id, QString *error);

    // Seals and opens with the archive's data key (the associated data binds a body to its kind and id).
    QByteArray seal(const QString &kind, const QString &id, const QByteArray &json) const;
    std::optional<QByteArray> unseal(const QString &kind, const QString &id, const QByteArray &sealed) const;

    // The number a kind (a collection path) is filed under; -1 when nothing of it was ever stored.
    int kindId(const QString &kind);

    // The archive's connection for the calling thread (QtSql connections belong to one thread).
    QSqlDatabase database();
    // One thread of its own for downloads and offline answers, so the window never waits on the disk.
    QThreadPool *pool() { return &m_pool; }

private:
    Archive(QString path, ArchiveOwner owner, QByteArray dataKey);
    static QSqlDatabase connect(const QString &path, const QString &name, QString *error);
    QString connectionName() const; // of the calling thread
    std::optional<QSqlQuery> select(const QString &columns, const QString &kind, const RecordWhere &where,
                                    const QString &tail = {});
    int kindId(const QString &kind, bool create, QString *error);
    void dropConnection(); // the calling thread's

    QString m_path;
    ArchiveOwner m_owner;
    QByteArray m_dataKey;
    QThreadPool m_pool;
    QMutex m_connectionsLock;
    QStringList m_connections;
    QHash<QString, int> m_kinds; // guarded by m_connectionsLock
};

} // namespace corpcare::store
