// Download for offline against the real server (issue 7): the archive answers as the server did, a
// download again never duplicates, a cancelled or killed download resumes, and a department head's
// archive holds only his department.
#include "api/finance_loaders.h"
#include "api/itemization_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "api/sign_in_job.h"
#include "domain/json/paths.h"
#include "domain/search.h"
#include "store/archive.h"
#include "store/archive_downloader.h"
#include "store/archive_network.h"
#include "store/archive_search.h"
#include "support/server_process.h"
#include "support/signed_in_session.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace corpcare;
using store::Archive;

namespace {

const QString kPassword = QStringLiteral("corpcare-demo");
const domain::Period kQuarter{QDate(2026, 8, 1), QDate(2026, 11, 1)};

store::ArchiveOwner ownerOf(const tests::ServerProcess &server, const QString &login) {
    return {server.baseUrl().toString(), login};
}

std::unique_ptr<Archive> openArchive(const QString &directory, const store::ArchiveOwner &owner, bool create = true) {
    auto result = Archive::OpenResult::Failed;
    QString error;
    auto archive = Archive::open(Archive::pathFor(directory, owner), owner, kPassword, create, &result, &error);
    if (!archive) {
        qWarning("archive: %s", qPrintable(error));
    }
    return archive;
}

api::ApiError download(api::Session *session, Archive *archive, const QStringList &accounts = {},
                       int cancelAfterSteps = -1, int *skipped = nullptr) {
    store::ArchiveDownloader downloader(session, archive, accounts, kQuarter);
    QSignalSpy finished(&downloader, &store::ArchiveDownloader::finished);
    QObject::connect(&downloader, &store::ArchiveDownloader::progress, &downloader,
                     [&downloader, cancelAfterSteps](const QString &, int done, int, qint64) {
                         if (cancelAfterSteps >= 0 && done >= cancelAfterSteps) {
                             downloader.cancel();
                         }
                     });
    downloader.start();
    if (!finished.wait(240000)) {
        return api::ApiError{api::ApiError::Kind::Timeout, 0, {}, QStringLiteral("the download did not end"), {}};
    }
    if (skipped) {
        *skipped = downloader.stepsSkipped();
    }
    return finished.first().first().value<api::ApiError>();
}

// A session that talks to the archive, signed in to it.
std::unique_ptr<api::Session> offlineSession(std::unique_ptr<Archive> archive, const QString &login) {
    auto *network = new store::ArchiveNetwork(std::move(archive));
    auto session = std::make_unique<api::Session>();
    network->setParent(session.get());
    session->accessManager()->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:1")));
    session->accessManager()->setOfflineNetwork(network);
    api::SignInJob *job = session->signIn(login, kPassword);
    QSignalSpy done(job, &api::ApiJob::finished);
    job->start();
    return done.wait(10000) && session->isSignedIn() ? std::move(session) : nullptr;
}

template <typename T>
QList<T> all(api::PagedListLoader *loader, api::ApiError *error = nullptr) {
    QList<T> rows;
    bool ended = false;
    QObject context;
    api::collectAll<T>(loader, &context, [&](QList<T> got, const api::ApiError &failure) {
        rows = std::move(got);
        if (error) {
            *error = failure;
        }
        ended = true;
    });
    if (!QTest::qWaitFor([&] { return ended; }, 120000)) {
        qWarning("a list did not end");
    }
    return rows;
}

template <typename T>
QStringList idsOf(const QList<T> &rows) {
    QStringList ids;
    for (const T &row : rows) {
        ids.append(row.id);
    }
    ids.sort();
    return ids;
}

qint64 itemizationTotal(api::Session *session, qint64 *lines) {
    api::ItemizationLoader loader(session, {}, {}, kQuarter);
    qint64 total = 0;
    *lines = 0;
    QObject::connect(&loader, &api::ItemizationLoader::pageReady, &loader, [&](const domain::ItemizationPage &page) {
        for (const domain::ItemizationRow &row : page.rows) {
            total += row.taxIncluded;
        }
        *lines += page.size();
    });
    QSignalSpy finished(&loader, &api::ItemizationLoader::finished);
    loader.start();
    if (!finished.wait(120000) || finished.first().first().value<api::ApiError>().isError()) {
        qWarning("itemization failed");
        return -1;
    }
    return total;
}

qint64 countOf(Archive *archive, domain::json::Resource resource) {
    QString error;
    return archive->count(domain::json::collectionPath(resource), &error);
}

// The child of the kill test: downloads until it is killed.
int runChildDownload() {
    const QStringList parts = qEnvironmentVariable("CORPCARE_ARCHIVE_CHILD").split(QLatin1Char('|'));
    tests::ServerProcess unused;
    auto session = std::make_unique<api::Session>();
    session->accessManager()->setBaseUrl(QUrl(parts.at(1)));
    QString error;
    session->accessManager()->setExtraCaFile(parts.at(2), &error);
    api::SignInJob *job = session->signIn(QStringLiteral("admin"), kPassword);
    QSignalSpy signedIn(job, &api::ApiJob::finished);
    job->start();
    if (!signedIn.wait(30000) || !session->isSignedIn()) {
        return 2;
    }
    auto archive = openArchive(parts.at(0), {parts.at(1), QStringLiteral("admin")});
    if (!archive) {
        return 3;
    }
    download(session.get(), archive.get());
    return 0;
}

} // namespace

class TstArchiveDownload : public QObject {
    Q_OBJECT

private:
    tests::ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<api::Session> m_admin;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_admin = tests::signedInSession(m_server, QStringLiteral("admin"));
        QVERIFY(m_admin);
    }

    void download_thenOffline_answersAsTheServerDid() {
        const QString directory = m_dir.filePath(QStringLiteral("whole"));
        {
            auto archive = openArchive(directory, ownerOf(m_server, QStringLiteral("admin")));
            QVERIFY(archive);
            const api::ApiError error = download(m_admin.get(), archive.get());
            QVERIFY2(!error.isError(), qPrintable(error.userText()));
            QVERIFY(archive->summary().asOf.isValid());
            QVERIFY(countOf(archive.get(), domain::json::Resource::Usage) > 0);
        }
        auto offline = offlineSession(openArchive(directory, ownerOf(m_server, QStringLiteral("admin")), false),
                                      QStringLiteral("admin"));
        QVERIFY(offline);
        api::Session *online = m_admin.get();

        QCOMPARE(idsOf(all<domain::ServiceUser>(api::loadServiceUsers(offline.get(), this))),
                 idsOf(all<domain::ServiceUser>(api::loadServiceUsers(online, this))));
        QCOMPARE(idsOf(all<domain::BillingAccount>(api::loadBillingAccounts(offline.get(), this))),
                 idsOf(all<domain::BillingAccount>(api::loadBillingAccounts(online, this))));
        const auto bills = all<domain::Bill>(api::loadBillsOfPeriod(online, {}, kQuarter, this));
        QVERIFY(bills.size() > 10);
        QCOMPARE(all<domain::Bill>(api::loadBillsOfPeriod(offline.get(), {}, kQuarter, this)), bills);
        const QStringList two{bills.first().billingAccount.id, bills.last().billingAccount.id};
        QCOMPARE(all<domain::Bill>(api::loadBillsOfPeriod(offline.get(), two, kQuarter, this)),
                 all<domain::Bill>(api::loadBillsOfPeriod(online, two, kQuarter, this)));
        QCOMPARE(all<domain::Payment>(api::loadPayments(offline.get(), {}, kQuarter, this)),
                 all<domain::Payment>(api::loadPayments(online, {}, kQuarter, this)));
        QCOMPARE(all<domain::BillItem>(api::loadUnbilledCharges(offline.get(), {}, this)),
                 all<domain::BillItem>(api::loadUnbilledCharges(online, {}, this)));
        const domain::Period september{QDate(2026, 9, 1), QDate(2026, 10, 1)};
        const auto charges = all<domain::BillItem>(api::loadChargesOfPeriod(online, two, {}, september, this));
        QVERIFY(!charges.isEmpty());
        QCOMPARE(all<domain::BillItem>(api::loadChargesOfPeriod(offline.get(), two, {}, september, this)), charges);
        const QString product = charges.first().product.id;
        const auto usage = all<domain::UsageRecord>(api::loadUsage(online, product, september, this));
        QVERIFY(!usage.isEmpty());
        QCOMPARE(idsOf(all<domain::UsageRecord>(api::loadUsage(offline.get(), product, september, this))),
                 idsOf(usage));

        qint64 onlineLines = 0;
        qint64 offlineLines = 0;
        const qint64 onlineTotal = itemizationTotal(online, &onlineLines);
        QVERIFY(onlineLines > 1000);
        QCOMPARE(itemizationTotal(offline.get(), &offlineLines), onlineTotal);
        QCOMPARE(offlineLines, onlineLines);

        // Offline the user looks only: what changes data is refused with the reason.
        api::JsonRequestJob *comment =
            offline->postJson(QString::fromLatin1(domain::json::kCommentPath),
                              QJsonDocument(QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}));
        QSignalSpy refused(comment, &api::ApiJob::finished);
        comment->start();
        QVERIFY(refused.wait(5000));
        QCOMPARE(comment->error().httpStatus, 501);
        QVERIFY2(comment->error().message.contains(QLatin1String("offline")), qPrintable(comment->error().message));
    }

    void search_aNumberOrAName_findsThatLinesRecordsOfThePeriod() {
        auto archive =
            openArchive(m_dir.filePath(QStringLiteral("whole")), ownerOf(m_server, QStringLiteral("admin")), false);
        QVERIFY(archive);
        const auto lines = all<domain::ServiceUser>(api::loadServiceUsers(m_admin.get(), this));
        const domain::ServiceUser &line = lines.at(7);
        const domain::Period september{QDate(2026, 9, 1), QDate(2026, 10, 1)};
        const auto charges =
            all<domain::BillItem>(api::loadChargesOfPeriod(m_admin.get(), {}, {line.id}, september, this));
        const auto usage = all<domain::UsageRecord>(api::loadUsage(m_admin.get(), line.id, september, this));
        QVERIFY(!charges.isEmpty() && !usage.isEmpty());

        store::ArchiveSearch search(archive.get());
        // The number as people write it: "+7 910 123-45-67" finds the line stored as digits.
        const QString formatted =
            QStringLiteral("+%1 %2 %3-%4")
                .arg(line.msisdn.left(1), line.msisdn.mid(1, 3), line.msisdn.mid(4, 3), line.msisdn.mid(7, 2));
        const store::ArchiveSearchResult byNumber = search.find(formatted, september);
        QVERIFY2(byNumber.error.isEmpty(), qPrintable(byNumber.error));
        QCOMPARE(byNumber.lines, 1);
        QCOMPARE(byNumber.total, qint64(charges.size() + usage.size()));
        QCOMPARE(byNumber.hits.size(), qsizetype(byNumber.total));
        for (const store::ArchiveHit &hit : byNumber.hits) {
            QCOMPARE(hit.productId, line.id);
            QVERIFY(september.contains(hit.day));
        }
        QVERIFY(std::is_sorted(byNumber.hits.begin(), byNumber.hits.end(),
                               [](const store::ArchiveHit &a, const store::ArchiveHit &b) { return a.day > b.day; }));
        qint64 chargesTotal = 0;
        for (const domain::BillItem &item : charges) {
            chargesTotal += item.taxIncluded.minor();
        }
        qint64 foundTotal = 0;
        for (const store::ArchiveHit &hit : byNumber.hits) {
            foundTotal += hit.kind == store::ArchiveHit::Kind::Charge ? hit.amount.minor() : 0;
        }
        QCOMPARE(foundTotal, chargesTotal);

        // A name in another case: the lines the program's own rule picks, and at most `limit` shown.
        const QString name = line.user.name.section(QLatin1Char(' '), -1).toUpper();
        const domain::SearchText rule(name);
        const int expected = int(std::count_if(lines.begin(), lines.end(), [&rule](const domain::ServiceUser &user) {
            return rule.matches(user.msisdn, user.user.name);
        }));
        const store::ArchiveSearchResult byName = search.find(name, kQuarter, 5);
        QCOMPARE(byName.lines, expected);
        QVERIFY(byName.total > 5);
        QCOMPARE(byName.hits.size(), 5);
        QCOMPARE(search.find(QStringLiteral("no such person"), kQuarter).lines, 0);
    }

    // The first test's whole download, downloaded again.
    void downloadAgain_updatesNeverDuplicates() {
        const QString directory = m_dir.filePath(QStringLiteral("whole"));
        auto archive = openArchive(directory, ownerOf(m_server, QStringLiteral("admin")), false);
        QVERIFY(archive);
        QCOMPARE(archive->summary().downloads.size(), 1);
        const qint64 items = countOf(archive.get(), domain::json::Resource::AppliedCustomerBillingRate);
        const qint64 usage = countOf(archive.get(), domain::json::Resource::Usage);
        const qint64 bills = countOf(archive.get(), domain::json::Resource::CustomerBill);
        QVERIFY(!download(m_admin.get(), archive.get()).isError());
        QCOMPARE(countOf(archive.get(), domain::json::Resource::AppliedCustomerBillingRate), items);
        QCOMPARE(countOf(archive.get(), domain::json::Resource::Usage), usage);
        QCOMPARE(countOf(archive.get(), domain::json::Resource::CustomerBill), bills);
        QCOMPARE(archive->summary().downloads.size(), 2);
    }

    void cancelled_thenResumed_sameAsWhole() {
        const QString whole = m_dir.filePath(QStringLiteral("whole"));
        auto reference = openArchive(whole, ownerOf(m_server, QStringLiteral("admin")), false);
        QVERIFY(reference);
        const QString directory = m_dir.filePath(QStringLiteral("resumed"));
        auto archive = openArchive(directory, ownerOf(m_server, QStringLiteral("admin")));
        QVERIFY(archive);
        const api::ApiError cancelled = download(m_admin.get(), archive.get(), {}, 10);
        QCOMPARE(cancelled.kind, api::ApiError::Kind::Cancelled);
        QVERIFY(!archive->summary().asOf.isValid());
        int skipped = 0;
        QVERIFY(!download(m_admin.get(), archive.get(), {}, -1, &skipped).isError());
        QVERIFY2(skipped >= 10, qPrintable(QString::number(skipped)));
        for (const auto resource : {domain::json::Resource::AppliedCustomerBillingRate, domain::json::Resource::Usage,
                                    domain::json::Resource::Product, domain::json::Resource::Payment}) {
            QCOMPARE(countOf(archive.get(), resource), countOf(reference.get(), resource));
        }
    }

    void serverGoneMidway_saysWhy_thenResumesWhereItStopped() {
        QTemporaryDir data;
        tests::ServerProcess::Options options;
        options.dataDir = data.path();
        tests::ServerProcess server;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        auto session = tests::signedInSession(server, QStringLiteral("admin"));
        QVERIFY(session);
        const store::ArchiveOwner owner{QStringLiteral("https://billing.example"), QStringLiteral("admin")};
        const QString directory = m_dir.filePath(QStringLiteral("gone"));
        auto archive = openArchive(directory, owner);
        QVERIFY(archive);
        api::ApiError stopped;
        {
            store::ArchiveDownloader downloader(session.get(), archive.get(), {}, kQuarter);
            QSignalSpy finished(&downloader, &store::ArchiveDownloader::finished);
            QObject::connect(&downloader, &store::ArchiveDownloader::progress, &downloader,
                             [&server](const QString &, int done, int, qint64) {
                                 if (done == 8) {
                                     server.stop(); // the network goes away in the middle
                                 }
                             });
            downloader.start();
            QVERIFY(finished.wait(120000));
            stopped = finished.first().first().value<api::ApiError>();
        }
        QVERIFY2(stopped.kind == api::ApiError::Kind::Network || stopped.kind == api::ApiError::Kind::Timeout,
                 qPrintable(api::kindName(stopped.kind)));
        QVERIFY(!stopped.userText().isEmpty());
        QVERIFY(!archive->summary().asOf.isValid()); // not finished: nothing claims to be complete

        // The server back (on another port), the same download again: it goes on where it stopped.
        QVERIFY2(server.start(options, &error), qPrintable(error));
        auto again = tests::signedInSession(server, QStringLiteral("admin"));
        QVERIFY(again);
        int skipped = 0;
        QVERIFY(!download(again.get(), archive.get(), {}, -1, &skipped).isError());
        QVERIFY2(skipped >= 8, qPrintable(QString::number(skipped)));
        auto reference =
            openArchive(m_dir.filePath(QStringLiteral("whole")), ownerOf(m_server, QStringLiteral("admin")), false);
        QVERIFY(reference);
        for (const auto resource : {domain::json::Resource::CustomerBill, domain::json::Resource::Usage,
                                    domain::json::Resource::AppliedCustomerBillingRate}) {
            QCOMPARE(countOf(archive.get(), resource), countOf(reference.get(), resource));
        }
    }

    void killedDuringDownload_staysWhole_andResumes() {
        const QString directory = m_dir.filePath(QStringLiteral("killed"));
        const auto owner = ownerOf(m_server, QStringLiteral("admin"));
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CORPCARE_ARCHIVE_CHILD"),
                           directory + QLatin1Char('|') + owner.connection + QLatin1Char('|') + m_server.caFile());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        const QString path = Archive::pathFor(directory, owner);
        // Killed in the middle: once some steps are in, while the next ones are being read and written.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto summary = Archive::summaryOf(path);
                return summary && !summary->downloads.isEmpty() && summary->downloads.last().stepsDone.size() >= 12;
            },
            120000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        auto archive = openArchive(directory, owner, false);
        QVERIFY(archive);
        QVERIFY(!archive->summary().asOf.isValid());
        int skipped = 0;
        QVERIFY(!download(m_admin.get(), archive.get(), {}, -1, &skipped).isError());
        QVERIFY(skipped >= 12);
        auto reference = openArchive(m_dir.filePath(QStringLiteral("whole")), owner, false);
        QVERIFY(reference);
        for (const auto resource : {domain::json::Resource::AppliedCustomerBillingRate, domain::json::Resource::Usage,
                                    domain::json::Resource::CustomerBill}) {
            QCOMPARE(countOf(archive.get(), resource), countOf(reference.get(), resource));
        }
    }

    void departmentHead_archiveHoldsOnlyHisDepartment() {
        auto head = tests::signedInSession(m_server, QStringLiteral("head.sales"));
        QVERIFY(head);
        const auto owner = ownerOf(m_server, QStringLiteral("head.sales"));
        const QString directory = m_dir.filePath(QStringLiteral("head"));
        auto archive = openArchive(directory, owner);
        QVERIFY(archive);
        QVERIFY(!download(head.get(), archive.get()).isError());
        const QStringList his = idsOf(all<domain::BillingAccount>(api::loadBillingAccounts(head.get(), this)));
        const QStringList everyone = idsOf(all<domain::BillingAccount>(api::loadBillingAccounts(m_admin.get(), this)));
        QVERIFY(his.size() < everyone.size());
        QString error;
        const QString bills = domain::json::collectionPath(domain::json::Resource::CustomerBill);
        const QString items = domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate);
        QCOMPARE(archive->ids(domain::json::collectionPath(domain::json::Resource::BillingAccount), {}, &error), his);
        QVERIFY(archive->count(bills, &error) > 0);
        for (const QString &kind : {bills, items}) {
            store::RecordWhere outside;
            QStringList marks;
            for (const QString &id : his) {
                marks.append(QStringLiteral("?"));
                outside.values.append(id);
            }
            outside.conditions.append(QStringLiteral("account NOT IN (%1)").arg(marks.join(QLatin1Char(','))));
            QVERIFY2(archive->ids(kind, outside, &error).isEmpty(), qPrintable(kind));
        }
        // The administrator's password does not open it, nor does his name.
        auto result = Archive::OpenResult::Failed;
        QVERIFY(!Archive::open(Archive::pathFor(directory, owner), owner, QStringLiteral("another"), false, &result,
                               &error));
        QCOMPARE(result, Archive::OpenResult::WrongPassword);
        QVERIFY(!Archive::open(Archive::pathFor(directory, ownerOf(m_server, QStringLiteral("admin"))),
                               ownerOf(m_server, QStringLiteral("admin")), kPassword, false, &result, &error));
        QCOMPARE(result, Archive::OpenResult::NoArchive);
    }
};

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsSet("CORPCARE_ARCHIVE_CHILD")) {
        QCoreApplication app(argc, argv);
        return runChildDownload();
    }
    QCoreApplication app(argc, argv);
    TstArchiveDownload test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_archive_download.moc"
