// Itemization load benchmark (issue 4: 1,000,000 lines loaded and shown within 5 s). Starts the
// reference server on a demo company, signs in as `finance`, loads the billed itemization of a period
// of all accounts into BillItemsModel under a QTableView, and prints the time to the first rows shown,
// to 1,000,000 lines shown and to all of them, the peak growth of resident memory and the longest gap
// of the GUI thread's event loop. Not a test: results go to docs/performance.md with the command.
//
//   bench/itemization_load [--users 100000] [--data-dir DIR] [--from 2026-08-01] [--to 2026-11-01]
//                          [--walks 2] [--page 25000] [--json]
//   (QT_QPA_PLATFORM=offscreen; the demo's today is 2026-11-25). By default the CSV list
//   (api::loadItemizationRows); --json: the JSON list of 1,000-line pages (api::loadChargesOfPeriod).
#include "api/finance_loaders.h"
#include "api/itemization_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "bench/bench_session.h"
#include "models/bill_items_model.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace corpcare;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Service users"), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Server data (kept between runs)"),
                                     QStringLiteral("dir"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day of the period"),
                                  QStringLiteral("date"), QStringLiteral("2026-08-01"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Day after the period"), QStringLiteral("date"),
                                QStringLiteral("2026-11-01"));
    const QCommandLineOption walks(QStringLiteral("walks"), QStringLiteral("Months read at once (CSV)"),
                                   QStringLiteral("n"), QString::number(api::ItemizationLoader::kDefaultParallelWalks));
    const QCommandLineOption pageSize(QStringLiteral("page"), QStringLiteral("Lines a page (CSV)"), QStringLiteral("n"),
                                      QString::number(api::ItemizationLoader::kDefaultPageSize));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("The JSON list instead of CSV"));
    parser.addOptions({users, dataDir, from, to, walks, pageSize, json});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    const QString directory = parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path();
    QProcess server;
    api::Session session;
    QString error;
    if (!bench::startAndSignIn(server, bench::demoArguments(directory, parser.value(users)), session,
                               QStringLiteral("finance"), &error)) {
        bench::report(error);
        return 1;
    }

    models::BillItemsModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();

    const qint64 rssBefore = bench::statusKilobytes("VmRSS");
    const QDate start = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate end = QDate::fromString(parser.value(to), Qt::ISODate);
    QEventLoop loop;
    bool loaded = false;
    const auto onFinished = [&](const api::ApiError &failure) {
        if (failure.isError()) {
            bench::report(QStringLiteral("load failed: ") + failure.message);
            loop.exit(1);
            return;
        }
        loaded = true;
        if (model.pending() == 0) {
            loop.quit();
        }
    };
    std::function<void()> startLoad;
    if (parser.isSet(json)) {
        api::PagedListLoader *loader = api::loadChargesOfPeriod(&session, {}, {}, {start, end}, &app);
        QObject::connect(loader, &api::PagedListLoader::pageReady, &app,
                         [&model, loader](qint64, const QVariant &page) {
                             if (model.rowCount() == 0 && model.pending() == 0 && loader->total() > 0) {
                                 model.reserve(loader->total());
                             }
                             model.append(page.value<QList<domain::BillItem>>());
                         });
        QObject::connect(loader, &api::PagedListLoader::finished, &loop, onFinished);
        startLoad = [loader] { loader->start(); };
    } else {
        api::ItemizationLoader *loader = api::loadItemizationRows(&session, {}, {}, {start, end}, &app);
        loader->setParallelWalks(parser.value(walks).toInt());
        loader->setPageSize(parser.value(pageSize).toInt());
        QObject::connect(loader, &api::ItemizationLoader::pageReady, &app,
                         [&model](const domain::ItemizationPage &page) { model.append(page); });
        QObject::connect(loader, &api::ItemizationLoader::finished, &loop, onFinished);
        startLoad = [loader] { loader->start(); };
    }
    bench::StallMeter stalls;
    QElapsedTimer clock;
    qint64 firstRows = -1;
    qint64 millionShown = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRows < 0) {
            firstRows = clock.elapsed();
        }
        if (millionShown < 0 && model.rowCount() >= 1'000'000) {
            millionShown = clock.elapsed();
        }
    });
    QObject::connect(&model, &models::BillItemsModel::drained, &loop, [&] {
        if (loaded) {
            loop.quit();
        }
    });
    clock.start();
    stalls.start();
    startLoad();
    if (loop.exec() != 0) {
        return 1;
    }
    const qint64 allShown = clock.elapsed();
    const double longestStall = stalls.stop();
    const qint64 rssAfter = bench::statusKilobytes("VmRSS");
    const qint64 rssPeak = bench::statusKilobytes("VmHWM");
    bench::report(
        QStringLiteral("| lines | first rows shown | 1,000,000 lines shown | all lines shown | longest event-loop "
                       "gap | resident memory growth (peak) | resident after |"));
    bench::report(QStringLiteral("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    bench::report(QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms | %5 ms | %6 MB | %7 MB |")
                      .arg(model.rowCount())
                      .arg(firstRows)
                      .arg(millionShown)
                      .arg(allShown)
                      .arg(longestStall, 0, 'f', 1)
                      .arg((rssPeak - rssBefore) / 1024)
                      .arg(rssAfter / 1024));
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
