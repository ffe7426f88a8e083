// The server's side of the search (issue 5: "a server-side TMF filter for what is not loaded"): how
// long the program waits for the lines of a typical search that it asks the server for, transfer and
// parsing included. Starts the reference server on a demo company, signs in as admin, and runs each
// search several times through the client's own filters and loader. Not a test.
//
//   build/bench/server_search [--users 100000] [--runs 5] [--data-dir DIR]
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/service_user_filters.h"
#include "bench/bench_session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace corpcare;

namespace {

// The lines of one search, and how long they took to arrive.
std::pair<qint64, qint64> timed(api::Session &session, const api::Filters &filters) {
    QEventLoop loading;
    qint64 lines = 0;
    api::PagedListLoader *loader = api::loadServiceUsers(&session, filters, nullptr);
    QObject::connect(loader, &api::PagedListLoader::pageReady, &loading, [&lines](qint64, const QVariant &page) {
        lines += page.value<QList<domain::ServiceUser>>().size();
    });
    QObject::connect(loader, &api::PagedListLoader::finished, &loading, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    loader->start();
    loading.exec();
    const qint64 ms = clock.elapsed();
    delete loader;
    return {lines, ms};
}

QString offeringNamed(api::Session &session, const QString &name) {
    QEventLoop loading;
    QString id;
    api::PagedListLoader *loader = api::loadProductOfferings(&session, nullptr);
    QObject::connect(loader, &api::PagedListLoader::pageReady, &loading, [&](qint64, const QVariant &page) {
        for (const domain::ProductOffering &offering : page.value<QList<domain::ProductOffering>>()) {
            id = offering.name == name ? offering.id : id;
        }
    });
    QObject::connect(loader, &api::PagedListLoader::finished, &loading, &QEventLoop::quit);
    loader->start();
    loading.exec();
    delete loader;
    return id;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo service users"), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each search"), QStringLiteral("n"),
                                  QStringLiteral("5"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the demo database here"),
                                     QStringLiteral("dir"));
    parser.addOptions({users, runs, dataDir});
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

    const QString roaming = offeringNamed(session, QStringLiteral("International Roaming"));
    const QString vpn = offeringNamed(session, QStringLiteral("Corporate VPN"));
    const QString start = offeringNamed(session, QStringLiteral("Business Start"));
    struct Search {
        QString name;
        domain::UserSearch search;
    };
    QList<Search> searches;
    const auto add = [&searches](const QString &name, const std::function<void(domain::UserSearch &)> &set) {
        domain::UserSearch search;
        set(search);
        searches.append({name, search});
    };
    add(QStringLiteral("one number, formatted (\"+7 910 255-51-22\")"),
        [](domain::UserSearch &s) { s.text = QStringLiteral("+7 910 255-51-22"); });
    add(QStringLiteral("a surname (\"smirnova\")"), [](domain::UserSearch &s) { s.text = QStringLiteral("smirnova"); });
    add(QStringLiteral("tariff + roaming"), [&](domain::UserSearch &s) {
        s.tariffIds = {start};
        s.servicesAll = {roaming};
    });
    add(QStringLiteral("suspended, without VPN"), [&](domain::UserSearch &s) {
        s.statuses = {domain::ProductStatus::Suspended};
        s.servicesNone = {vpn};
    });
    add(QStringLiteral("charges 1500–3000"), [](domain::UserSearch &s) {
        s.chargesMin = domain::Money(150000, QStringLiteral("RUB"));
        s.chargesMax = domain::Money(300000, QStringLiteral("RUB"));
    });

    bench::report(QStringLiteral("| search on the server | lines | best | worst of %1 |").arg(parser.value(runs)));
    bench::report(QStringLiteral("| --- | ---: | ---: | ---: |"));
    for (const Search &entry : std::as_const(searches)) {
        qint64 best = std::numeric_limits<qint64>::max();
        qint64 worst = 0;
        qint64 lines = 0;
        for (int run = 0; run < parser.value(runs).toInt(); ++run) {
            const auto [found, ms] = timed(session, api::serverSearchFilters(entry.search, {}, true));
            lines = found;
            best = qMin(best, ms);
            worst = qMax(worst, ms);
        }
        bench::report(QStringLiteral("| %1 | %2 | %3 ms | %4 ms |").arg(entry.name).arg(lines).arg(best).arg(worst));
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
