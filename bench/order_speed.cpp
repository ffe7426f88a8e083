// Group operation benchmark (issue 5: a tariff change for 10,000 users submitted within 2 s, every item
// final within 30 s, the progress updated at least twice a second, the GUI thread never blocked over
// 50 ms). Starts the reference server on a demo company, signs in as admin, orders a new tariff for
// the first 10,000 lines in one productOrder through the OrderWindow (what the program does), and
// prints the times. Then the lines the order changed are read again and merged in place into a
// company of every line with the tables and indexes the program keeps over it (what follows an
// order in the program), and that is timed too. Not a test: results go to docs/performance.md with
// the command.
//
//   QT_QPA_PLATFORM=offscreen bench/order_speed [--users 20000] [--lines 10000] [--data-dir DIR]
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/service_user_filters.h"
#include "bench/bench_session.h"
#include "domain/product_order.h"
#include "models/company_data.h"
#include "models/search_index.h"
#include "models/service_users_model.h"
#include "models/thresholds_data.h"
#include "models/thresholds_over_model.h"
#include "views/common/service_user_fetch.h"
#include "views/operations/order_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProgressBar>
#include <QTemporaryDir>

using namespace corpcare;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo service users"), QStringLiteral("n"),
                                   QStringLiteral("20000"));
    const QCommandLineOption lines(QStringLiteral("lines"), QStringLiteral("Lines in the order"), QStringLiteral("n"),
                                   QStringLiteral("10000"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the demo database here"),
                                     QStringLiteral("dir"));
    parser.addOptions({users, lines, dataDir});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    QProcess server;
    api::Session session;
    QString error;
    if (!bench::startAndSignIn(server,
                               bench::demoArguments(parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path(),
                                                    parser.value(users), {QStringLiteral("--regenerate")}),
                               session, QStringLiteral("admin"), &error)) {
        bench::report(error);
        return 1;
    }

    // The lines and the tariff to move them to (one they are not on: Business Unlimited).
    QList<domain::ServiceUser> all;
    QList<domain::ProductOffering> offerings;
    {
        QEventLoop loading;
        int running = 2;
        api::PagedListLoader *linesLoader = api::loadServiceUsers(&session, &app);
        api::PagedListLoader *offeringsLoader = api::loadProductOfferings(&session, &app);
        QObject::connect(linesLoader, &api::PagedListLoader::pageReady, &app,
                         [&all](qint64, const QVariant &page) { all += page.value<QList<domain::ServiceUser>>(); });
        QObject::connect(
            offeringsLoader, &api::PagedListLoader::pageReady, &app,
            [&offerings](qint64, const QVariant &page) { offerings += page.value<QList<domain::ProductOffering>>(); });
        for (api::PagedListLoader *loader : {linesLoader, offeringsLoader}) {
            QObject::connect(loader, &api::PagedListLoader::finished, &app, [&running, &loading] {
                if (--running == 0) {
                    loading.quit();
                }
            });
            loader->start();
        }
        loading.exec();
    }
    QString target;
    for (const domain::ProductOffering &offering : offerings) {
        target = offering.name == QLatin1String("Business Unlimited") ? offering.id : target;
    }
    domain::ProductOrder order;
    order.externalId = QStringLiteral("bench-%1").arg(QDateTime::currentMSecsSinceEpoch());
    order.description = QStringLiteral("Move to Business Unlimited");
    for (const domain::ServiceUser &line : all) {
        if (order.items.size() == parser.value(lines).toInt()) {
            break;
        }
        if (line.tariff.id == target) {
            continue;
        }
        domain::ProductOrderItem item;
        item.id = QString::number(order.items.size() + 1);
        item.product = {line.id, {}};
        item.newTariff = domain::Ref{target, QStringLiteral("Business Unlimited")};
        order.items.append(item);
    }

    views::OrderWindow window(&session);
    window.show();
    bench::StallMeter stalls;
    QElapsedTimer clock;
    qint64 submittedAt = -1;
    QList<qint64> progressTimes;
    int lastProgress = -1;
    QObject::connect(window.progress(), &QProgressBar::valueChanged, &app, [&](int value) {
        if (submittedAt < 0 && window.order().items.size() > 0) {
            submittedAt = clock.elapsed();
        }
        if (value != lastProgress) {
            progressTimes.append(clock.elapsed());
            lastProgress = value;
        }
    });
    QEventLoop running;
    QObject::connect(&window, &views::OrderWindow::orderFinished, &running, &QEventLoop::quit);
    QObject::connect(&window, &views::OrderWindow::problem, &running, [&running](const QString &message) {
        bench::report(QStringLiteral("problem: ") + message);
        running.quit();
    });
    stalls.start();
    clock.start();
    window.submit(order);
    running.exec();
    const qint64 allFinal = clock.elapsed();
    const double longestStall = stalls.stop();
    qint64 longestGap = 0;
    for (qsizetype i = 1; i < progressTimes.size(); ++i) {
        longestGap = qMax(longestGap, progressTimes.at(i) - progressTimes.at(i - 1));
    }
    const views::OrderWindow::Counts counts = views::OrderWindow::countsOf(window.order());
    bench::report(QStringLiteral("| items | answered (submitted) | all final | done / failed | progress updates | "
                                 "longest gap between updates | longest event-loop gap |"));
    bench::report(QStringLiteral("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    bench::report(QStringLiteral("| %1 | %2 ms | %3 ms | %4 / %5 | %6 | %7 ms | %8 ms |")
                      .arg(order.items.size())
                      .arg(submittedAt)
                      .arg(allFinal)
                      .arg(counts.done)
                      .arg(counts.failed)
                      .arg(progressTimes.size())
                      .arg(longestGap)
                      .arg(longestStall, 0, 'f', 1));

    // The refresh: a company of every line (as loaded before the order) with the program's models.
    models::CompanyData data;
    models::ThresholdsData thresholds(&data);
    models::SearchIndex index(&data, &thresholds);
    models::ServiceUsersModel table(&data);
    models::OverThresholdModel over(&data, &thresholds);
    data.appendServiceUsers(all);
    {
        QEventLoop loading;
        api::PagedListLoader *loader = api::loadChargeThresholds(&session, &app);
        QList<domain::ChargeThreshold> loaded;
        QObject::connect(loader, &api::PagedListLoader::pageReady, &app, [&loaded](qint64, const QVariant &page) {
            loaded += page.value<QList<domain::ChargeThreshold>>();
        });
        QObject::connect(loader, &api::PagedListLoader::finished, &loading, &QEventLoop::quit);
        loader->start();
        loading.exec();
        thresholds.setThresholds(loaded);
    }
    QStringList changed;
    for (const domain::ProductOrderItem &item : window.order().items) {
        if (item.state == domain::OrderItemState::Completed) {
            changed.append(item.product.id);
        }
    }
    views::ServiceUserFetch fetch(&session, &data, api::serviceUserIdFilters(changed));
    QEventLoop refreshing;
    api::ApiError refreshError;
    QObject::connect(&fetch, &views::ServiceUserFetch::finished, &refreshing,
                     [&refreshing, &refreshError](const api::ApiError &ended) {
                         refreshError = ended;
                         refreshing.quit();
                     });
    stalls.start();
    clock.restart();
    fetch.start();
    refreshing.exec();
    const qint64 refreshed = clock.elapsed();
    const double refreshStall = stalls.stop();
    int moved = 0;
    for (const QString &id : std::as_const(changed)) {
        moved += data.serviceUser(id)->tariff.id == target ? 1 : 0;
    }
    bench::report(QString());
    bench::report(QStringLiteral("| lines read again and merged | of a company of | time | longest event-loop gap | "
                                 "lines showing the new tariff |"));
    bench::report(QStringLiteral("| ---: | ---: | ---: | ---: | ---: |"));
    bench::report(QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 %6|")
                      .arg(changed.size())
                      .arg(data.serviceUsers().size())
                      .arg(refreshed)
                      .arg(refreshStall, 0, 'f', 1)
                      .arg(moved)
                      .arg(refreshError.isError() ? QStringLiteral("(") + refreshError.message + QStringLiteral(") ")
                                                  : QString()));
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
