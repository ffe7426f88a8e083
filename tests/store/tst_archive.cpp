// The archive on its own (issue 7): sealing, opening with the right password only, one file per user,
// steps written whole or not at all, migrations, and the answers it gives in the server's place.
#include "domain/json/paths.h"
#include "store/archive.h"
#include "store/archive_answer.h"
#include "store/archive_crypto.h"
#include "store/archive_rows.h"
#include "store/archive_schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare;
using store::Archive;

namespace {

const store::ArchiveOwner kOwner{QStringLiteral("https://billing.example.com"), QStringLiteral("finance")};
const QString kPassword = QStringLiteral("s3cret-Passw0rd");
const QString kBills = domain::json::collectionPath(domain::json::Resource::CustomerBill);
const QString kItems = domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate);

QJsonObject bill(int id, const QString &account, const QString &start) {
    return QJsonObject{{QStringLiteral("id"), QString::number(id)},
                       {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), account}}},
                       {QStringLiteral("billingPeriod"), QJsonObject{{QStringLiteral("startDateTime"), start}}},
                       {QStringLiteral("amountDue"), QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")},
                                                                 {QStringLiteral("value"), 100.25 + id}}}};
}

QJsonObject item(int id, const QString &billId, const QString &product, const QString &start, bool billed) {
    const QJsonObject money{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 10.5}};
    return QJsonObject{
        {QStringLiteral("id"), QString::number(id)},
        {QStringLiteral("@type"), QStringLiteral("AppliedCustomerBillingRate")},
        {QStringLiteral("name"), QStringLiteral("Tariff")},
        {QStringLiteral("type"), QStringLiteral("recurring")},
        {QStringLiteral("chargeKind"), QStringLiteral("tariff")},
        {QStringLiteral("isBilled"), billed},
        {QStringLiteral("date"), QString(start + QStringLiteral("T00:00:00Z"))},
        {QStringLiteral("bill"), QJsonObject{{QStringLiteral("id"), billId}}},
        {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), QStringLiteral("5")}}},
        {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), product}}},
        {QStringLiteral("periodCoverage"),
         QJsonObject{{QStringLiteral("startDateTime"), QString(start + QStringLiteral("T00:00:00Z"))},
                     {QStringLiteral("endDateTime"), QString(start.left(8) + QStringLiteral("28T00:00:00Z"))}}},
        {QStringLiteral("taxExcludedAmount"), money},
        {QStringLiteral("taxIncludedAmount"),
         QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 12.6}}}};
}

QList<store::ArchiveRecord> records(const QList<QJsonObject> &objects) {
    QList<store::ArchiveRecord> out;
    for (const QJsonObject &object : objects) {
        out.append(store::recordOf(object));
    }
    return out;
}

QJsonArray arrayOf(const store::ArchiveAnswer &answer) {
    return QJsonDocument::fromJson(answer.body).array();
}

QByteArray header(const store::ArchiveAnswer &answer, const QByteArray &name) {
    for (const auto &[key, value] : answer.headers) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace

class TstArchive : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const store::ArchiveOwner &owner = kOwner) { return Archive::pathFor(m_dir.path(), owner); }

    std::unique_ptr<Archive> create(const store::ArchiveOwner &owner = kOwner) {
        auto result = Archive::OpenResult::Failed;
        QString error;
        auto archive = Archive::open(path(owner), owner, kPassword, true, &result, &error);
        if (!archive) {
            qWarning("cannot create: %s", qPrintable(error));
        }
        return archive;
    }

    // Two bills of August and September, three lines, one of them not billed yet.
    std::unique_ptr<Archive> filled() {
        auto archive = create();
        QString error;
        const auto download = archive->beginDownload({}, {QDate(2026, 8, 1), QDate(2026, 11, 1)}, &error);
        if (!download ||
            !archive->storeStep(download->id, QStringLiteral("bills"), kBills,
                                records({bill(310, QStringLiteral("5"), QStringLiteral("2026-08-01T00:00:00Z")),
                                         bill(311, QStringLiteral("6"), QStringLiteral("2026-09-01T00:00:00Z"))}),
                                &error) ||
            !archive->storeStep(
                download->id, QStringLiteral("items"), kItems,
                records({item(1, QStringLiteral("310"), QStringLiteral("1042"), QStringLiteral("2026-08-01"), true),
                         item(2, QStringLiteral("310"), QStringLiteral("1043"), QStringLiteral("2026-08-01"), true),
                         item(3, QString(), QStringLiteral("1042"), QStringLiteral("2026-11-01"), false)}),
                &error)) {
            qWarning("cannot fill: %s", qPrintable(error));
        }
        return archive;
    }

private slots:
    void init() {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile::remove(m_dir.filePath(name));
        }
    }

    void seal_opensOnlyWithItsKeyAndItsAssociatedData() {
        const QByteArray key = store::crypto::randomBytes(store::crypto::kKeyBytes);
        const QByteArray sealed = store::crypto::seal(key, "the bill of Sales", "bill\n310");
        QVERIFY(!sealed.contains("Sales"));
        QCOMPARE(store::crypto::open(key, sealed, "bill\n310").value_or(QByteArray()), QByteArray("the bill of Sales"));
        QVERIFY(!store::crypto::open(key, sealed, "bill\n311"));
        QVERIFY(!store::crypto::open(store::crypto::randomBytes(store::crypto::kKeyBytes), sealed, "bill\n310"));
        QByteArray tampered = sealed;
        tampered[20] = char(tampered[20] ^ 1);
        QVERIFY(!store::crypto::open(key, tampered, "bill\n310"));
    }

    void open_onlyWithThePassword_andTheFileIsPrivate() {
        {
            auto archive = filled();
            QVERIFY(archive);
        }
        QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto result = Archive::OpenResult::Failed;
        QString error;
        QVERIFY(!Archive::open(path(), kOwner, QStringLiteral("wrong"), false, &result, &error));
        QCOMPARE(result, Archive::OpenResult::WrongPassword);
        QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
        auto archive = Archive::open(path(), kOwner, kPassword, false, &result, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(result, Archive::OpenResult::Opened);
        QCOMPARE(archive->count(kBills, &error), 2);
        // Nothing readable in the file: names, numbers and amounts are sealed.
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll() + [&] {
            QFile wal(path() + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains("amountDue"));
        QVERIFY(!bytes.contains("Tariff"));
    }

    void open_anotherUsersFile_refused_andNoArchiveSaysSo() {
        QVERIFY(filled());
        const store::ArchiveOwner other{kOwner.connection, QStringLiteral("head.sales")};
        auto result = Archive::OpenResult::Failed;
        QString error;
        QVERIFY(!Archive::open(path(other), other, kPassword, false, &result, &error));
        QCOMPARE(result, Archive::OpenResult::NoArchive);
        QVERIFY(path(other) != path());
        // His file copied over another's name is not his.
        QVERIFY(QFile::copy(path(), path(other)));
        QVERIFY(!Archive::open(path(other), other, kPassword, false, &result, &error));
        QCOMPARE(result, Archive::OpenResult::Failed);
        QVERIFY2(error.contains(QLatin1String("another user")), qPrintable(error));
    }

    void storeStep_again_replacesNeverDuplicates() {
        auto archive = filled();
        QString error;
        const auto download = archive->beginDownload({}, {QDate(2026, 8, 1), QDate(2026, 11, 1)}, &error);
        QVERIFY(download);
        QVERIFY(download->stepsDone.contains(QStringLiteral("bills"))); // unfinished: resumed
        QJsonObject changed = bill(310, QStringLiteral("5"), QStringLiteral("2026-08-01T00:00:00Z"));
        changed.insert(QStringLiteral("state"), QStringLiteral("settled"));
        QVERIFY(archive->storeStep(download->id, QStringLiteral("bills"), kBills, records({changed}), &error));
        QCOMPARE(archive->count(kBills, &error), 2);
        QVERIFY(archive->record(kBills, QStringLiteral("310"), &error).value_or(QByteArray()).contains("settled"));
        QVERIFY(archive->finishDownload(download->id, &error));
        const auto again = archive->beginDownload({}, {QDate(2026, 8, 1), QDate(2026, 11, 1)}, &error);
        QVERIFY(again);
        QVERIFY(again->id != download->id); // finished: read anew
        QVERIFY(again->stepsDone.isEmpty());
        QVERIFY(archive->summary().asOf.isValid());
    }

    void storeStep_failing_leavesNothingOfIt() {
        auto archive = filled();
        QString error;
        // A step of a download that does not exist breaks its last statement: nothing of it stays.
        QVERIFY(!archive->storeStep(9999, QStringLiteral("late"), kBills,
                                    records({bill(400, QStringLiteral("5"), QStringLiteral("2026-10-01T00:00:00Z"))}),
                                    &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(archive->count(kBills, &error), 2);
    }

    void migrate_fromVersionOne_keepsTheRecords() {
        const QString file = m_dir.filePath(QStringLiteral("old.archive"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(store::schema::migrate(db, &error, 1), qPrintable(error));
            QCOMPARE(store::schema::versionOf(db), 1);
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO record(kind, id, seq, body) VALUES(1, '1', 1, x'00')")));
            QVERIFY2(store::schema::migrate(db, &error), qPrintable(error));
            QCOMPARE(store::schema::versionOf(db), store::schema::kCurrentVersion);
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("SELECT count(*), count(target) FROM record")) && check.next());
            QCOMPARE(check.value(0).toInt(), 1);
            QVERIFY(check.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(!store::schema::migrate(db, &error));
            QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    void answer_filtersAsTheServer() {
        auto archive = filled();
        const QString full = QStringLiteral("/prefix") + kBills;
        const auto all = store::answerFromArchive(*archive, kBills, full, QUrlQuery(), false);
        QCOMPARE(all.status, 200);
        QCOMPARE(arrayOf(all).size(), 2);
        QCOMPARE(header(all, "X-Total-Count"), QByteArray("2"));
        const auto ofAccount =
            store::answerFromArchive(*archive, kBills, full, QUrlQuery(QStringLiteral("billingAccount.id=6")), false);
        QCOMPARE(arrayOf(ofAccount).size(), 1);
        QCOMPARE(arrayOf(ofAccount).at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("311"));
        const auto ofPeriod = store::answerFromArchive(
            *archive, kBills, full,
            QUrlQuery(
                QStringLiteral("billingPeriod.startDateTime.gte=2026-08-01&billingPeriod.startDateTime.lt=2026-09-01")),
            false);
        QCOMPARE(arrayOf(ofPeriod).size(), 1);
        const auto billed = store::answerFromArchive(*archive, kItems, kItems,
                                                     QUrlQuery(QStringLiteral("isBilled=true&product.id=1042")), false);
        QCOMPARE(arrayOf(billed).size(), 1);
        const auto one = store::answerFromArchive(*archive, kBills + QStringLiteral("/311"), full, {}, false);
        QCOMPARE(QJsonDocument::fromJson(one.body).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("311"));
        QCOMPARE(store::answerFromArchive(*archive, kBills + QStringLiteral("/999"), full, {}, false).status, 404);
        const auto unknown =
            store::answerFromArchive(*archive, kBills, full, QUrlQuery(QStringLiteral("colour=red")), false);
        QCOMPARE(unknown.status, 400);
        QVERIFY(unknown.body.contains("colour"));
        const auto orders = store::answerFromArchive(
            *archive, domain::json::collectionPath(domain::json::Resource::ProductOrder), full, {}, false);
        QCOMPARE(orders.status, 501);
        QVERIFY(orders.body.contains("offline"));
    }

    void answer_keysetPages_andCsv() {
        auto archive = filled();
        const auto first = store::answerFromArchive(*archive, kItems, QStringLiteral("/p") + kItems,
                                                    QUrlQuery(QStringLiteral("limit=2")), false);
        QCOMPARE(arrayOf(first).size(), 2);
        const QByteArray link = header(first, "Link");
        QVERIFY2(link.startsWith("</p/tmf-api/") && link.contains("id.gt=2") && link.endsWith("rel=\"next\""), link);
        const auto second =
            store::answerFromArchive(*archive, kItems, kItems, QUrlQuery(QStringLiteral("limit=2&id.gt=2")), false);
        QCOMPARE(arrayOf(second).size(), 1);
        QVERIFY(header(second, "Link").isEmpty());
        const auto csv =
            store::answerFromArchive(*archive, kItems, kItems, QUrlQuery(QStringLiteral("isBilled=true")), true);
        QCOMPARE(csv.status, 200);
        const QList<QByteArray> lines = csv.body.split('\n');
        QVERIFY2(lines.at(0).startsWith("id,bill.id,billingAccount.id,product.id,chargeKind"), lines.at(0));
        QVERIFY2(lines.at(1).startsWith("1,310,5,1042,tariff,,2026-08-01,2026-08-28,2026-08-01,10.50,12.60,RUB"),
                 lines.at(1));
    }

    void damagedRecord_saidSoNeverShownAsData() {
        auto archive = filled();
        QString error;
        {
            // One body changed on the disk (a bad sector, an editor): it no longer opens.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery tamper(db);
            QVERIFY(tamper.exec(QStringLiteral("UPDATE record SET body = substr(body, 1, length(body) - 1) || x'00' "
                                               "WHERE id = '311'")));
            QCOMPARE(tamper.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const store::ArchivePage page = archive->list(kBills, {}, 0, 10, true, &error);
        QVERIFY2(error.contains(QLatin1String("311")) && error.contains(QLatin1String("damaged")), qPrintable(error));
        const auto answer = store::answerFromArchive(*archive, kBills, kBills, QUrlQuery(), false);
        QCOMPARE(answer.status, 500);
        QVERIFY(answer.body.contains("damagedArchive"));
        // The record that is whole still answers alone.
        QCOMPARE(store::answerFromArchive(*archive, kBills + QStringLiteral("/310"), kBills, {}, false).status, 200);
    }

    void answer_me_keepsOnlyThePermissionsToLook() {
        auto archive = create();
        QString error;
        const auto download = archive->beginDownload({}, {QDate(2026, 8, 1), QDate(2026, 9, 1)}, &error);
        QVERIFY(download);
        store::ArchiveRecord me;
        me.id = QStringLiteral("me");
        me.json = QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("finance")},
                                            {QStringLiteral("permissions"),
                                             QJsonArray{QStringLiteral("viewAccounts"), QStringLiteral("viewFinance"),
                                                        QStringLiteral("changeProducts"), QStringLiteral("sendSms")}}})
                      .toJson(QJsonDocument::Compact);
        const QString mePath = QString::fromLatin1(domain::json::kMePath);
        QVERIFY(archive->storeStep(download->id, QStringLiteral("me"), mePath, {me}, &error));
        const auto answer = store::answerFromArchive(*archive, mePath, mePath, {}, false);
        QCOMPARE(answer.status, 200);
        const QJsonArray permissions =
            QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("permissions")).toArray();
        QCOMPARE(permissions, (QJsonArray{QStringLiteral("viewAccounts"), QStringLiteral("viewFinance")}));
    }
};

QTEST_GUILESS_MAIN(TstArchive)
#include "tst_archive.moc"
