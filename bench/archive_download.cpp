// Download for offline (issue 7): how long the last quarter of a demo company takes to download into
// the archive, how many records and how large the file, and how long reading it back offline takes
// (the service-user list and the quarter's bills, through the same loaders as online). Starts the
// reference server on a demo company and signs in as admin. Not a test.
//
//   build/bench/archive_download [--users 2000] [--data-dir DIR]
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "bench/bench_session.h"
#include "store/archive.h"
#include "store/archive_downloader.h"
#include "store/archive_network.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace corpcare;

namespace {

const domain::Period kQuarter{QDate(2026, 8, 1), QDate(2026, 11, 1)};

template <typename T>
qint64 loadAll(api::PagedListLoader *loader) {
    QEventLoop loop;
    qint64 rows = 0;
    QObject::connect(loader, &api::PagedListLoader::pageReady, &loop,
                     [&rows](qint64, const QVariant &page) { rows += page.value<QList<T>>().size(); });
    QObject::connect(loader, &api::PagedListLoader::finished, &loop, &QEventLoop::quit);
    loader->start();
    loop.exec();
    return rows;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo service users"), QStringLiteral("n"),
                                   QStringLiteral("2000"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the demo database here"),
                                     QStringLiteral("dir"));
    parser.addOptions({users, dataDir});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    QProcess server;
    api::Session session;
    QString error;
    if (!bench::startAndSignIn(
            server,
            bench::demoArguments(parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path(), parser.value(users)),
            session, QStringLiteral("admin"), &error)) {
        bench::report(error);
        return 1;
    }
    const store::ArchiveOwner owner{session.accessManager()->baseUrl().toString(), QStringLiteral("admin")};
    const QString path = store::Archive::pathFor(temporary.filePath(QStringLiteral("archives")), owner);
    auto result = store::Archive::OpenResult::Failed;
    auto archive = store::Archive::open(path, owner, QStringLiteral("corpcare-demo"), true, &result, &error);
    if (!archive) {
        bench::report(error);
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    store::ArchiveDownloader downloader(&session, archive.get(), {}, kQuarter);
    QEventLoop loop;
    qint64 records = 0;
    int steps = 0;
    api::ApiError outcome;
    QObject::connect(&downloader, &store::ArchiveDownloader::progress, &loop,
                     [&](const QString &, int done, int total, qint64 filed) {
                         records = filed;
                         steps = qMax(steps, qMax(done, total));
                     });
    QObject::connect(&downloader, &store::ArchiveDownloader::finished, &loop, [&](const api::ApiError &e) {
        outcome = e;
        loop.quit();
    });
    downloader.start();
    loop.exec();
    if (outcome.isError()) {
        bench::report(QStringLiteral("the download failed: ") + outcome.userText());
        return 1;
    }
    bench::report(
        QStringLiteral("downloaded the last quarter of %1 users: %2 records in %3 steps, %4 s, file %5 MB")
            .arg(parser.value(users))
            .arg(records)
            .arg(steps)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6, 0, 'f', 1));

    // Offline: the same loaders through the archive.
    api::Session offline;
    auto *network = new store::ArchiveNetwork(std::move(archive), &offline);
    offline.accessManager()->setBaseUrl(session.accessManager()->baseUrl());
    offline.accessManager()->setOfflineNetwork(network);
    timer.restart();
    const qint64 lines = loadAll<domain::ServiceUser>(api::loadServiceUsers(&offline, &app));
    bench::report(QStringLiteral("offline: the %1 service users read back in %2 ms").arg(lines).arg(timer.elapsed()));
    timer.restart();
    const qint64 bills = loadAll<domain::Bill>(api::loadBillsOfPeriod(&offline, {}, kQuarter, &app));
    bench::report(QStringLiteral("offline: the quarter's %1 bills in %2 ms").arg(bills).arg(timer.elapsed()));
    timer.restart();
    const qint64 items = loadAll<domain::BillItem>(api::loadChargesOfPeriod(&offline, {}, {}, kQuarter, &app));
    bench::report(QStringLiteral("offline: the quarter's %1 itemization lines (JSON, keyset pages) in %2 ms")
                      .arg(items)
                      .arg(timer.elapsed()));
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
