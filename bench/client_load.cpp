// Client load benchmark (issue 3 targets): the real window, offscreen, against the reference server
// with N service users. Measures time to the first rows and to the full list after sign-in, the
// longest stall of the GUI thread while loading, sort and quick-filter times on the full list, and
// resident memory. Not a test: results go to docs/performance.md with the command line.
//
//   bench/client_load [--users 100000] [--data-dir DIR]   (QT_QPA_PLATFORM=offscreen)
#include "api/secrets/memory_secret_store.h"
#include "api/session.h"
#include "bench/bench_support.h"
#include "models/company_data.h"
#include "models/service_users_filter_model.h"
#include "models/service_users_model.h"
#include "views/common/table_view.h"
#include "views/main/client_controller.h"
#include "views/main/company_browser.h"
#include "views/main/main_window.h"
#include "views/signin/sign_in_dialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace corpcare;

namespace {

// Times every event the GUI thread handles, in wall time and in the thread's own CPU time. The CPU
// time says how long our code kept the thread busy; the wall time adds the waits for a core that the
// server and the parser threads cause on a two-core machine.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        if (!m_measuring || m_depth > 0) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        ++m_depth;
        // Taken before delivery: a DeferredDelete event destroys its receiver.
        const char *receiverClass = receiver->metaObject()->className();
        const int type = int(event->type());
        timespec cpuBefore{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuBefore);
        QElapsedTimer wall;
        wall.start();
        const bool handled = QApplication::notify(receiver, event);
        timespec cpuAfter{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuAfter);
        --m_depth;
        const double cpuMs =
            double(cpuAfter.tv_sec - cpuBefore.tv_sec) * 1e3 + double(cpuAfter.tv_nsec - cpuBefore.tv_nsec) / 1e6;
        m_longestCpu = qMax(m_longestCpu, cpuMs);
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        if (wallMs > m_longestWall) {
            m_longestWall = wallMs;
            m_longestWhat = QStringLiteral("%1 to %2").arg(type).arg(QString::fromLatin1(receiverClass));
        }
        return handled;
    }
    void setMeasuring(bool on) {
        m_measuring = on;
        if (on) {
            m_longestCpu = 0;
            m_longestWall = 0;
        }
    }
    double longestCpu() const { return m_longestCpu; }
    double longestWall() const { return m_longestWall; }
    QString longestWhat() const { return m_longestWhat; }

private:
    bool m_measuring = false;
    int m_depth = 0;
    double m_longestCpu = 0;
    double m_longestWall = 0;
    QString m_longestWhat;
};

} // namespace

int main(int argc, char *argv[]) {
    TimedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CorpCareBench"));
    QApplication::setApplicationName(QStringLiteral("ClientLoad"));
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Service users"), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Server data (kept between runs)"),
                                     QStringLiteral("dir"));
    parser.addOptions({users, dataDir});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir temporary;
    const QString directory = parser.isSet(dataDir) ? parser.value(dataDir) : temporary.path();
    QProcess server;
    const bench::StartedServer started = bench::startServer(
        server, bench::serverBinary(),
        {QStringLiteral("--data-dir"), directory, QStringLiteral("--demo"), QStringLiteral("--users"),
         parser.value(users), QStringLiteral("--port"), QStringLiteral("0")});
    if (!started.baseUrl.isValid()) {
        bench::report(QStringLiteral("the server did not start: ") + started.output);
        return 1;
    }
    const QUrl baseUrl = started.baseUrl;
    const QString caFile = started.caFile;

    QSettings settings(temporary.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    models::CompanyData data;
    api::secrets::MemorySecretStore secrets;
    views::MainWindow window(&data);
    views::ClientController controller(&window, &data, &secrets, &settings);
    window.resize(1400, 900);
    if (qEnvironmentVariableIsEmpty("BENCH_HIDDEN")) {
        window.show();
    }

    bench::StallMeter stalls;
    QElapsedTimer clock;
    qint64 firstRows = -1;
    QObject::connect(&data, &models::CompanyData::serviceUsersAppended, &app, [&] {
        if (firstRows < 0) {
            firstRows = clock.elapsed();
        }
    });
    QEventLoop loop;
    QObject::connect(&controller, &views::ClientController::companyLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&controller, &views::ClientController::loadFailed, &loop, [&](const QString &message) {
        bench::report(QStringLiteral("load failed: ") + message);
        loop.exit(1);
    });
    views::SignInRequest request;
    request.connection.name = QStringLiteral("bench");
    request.connection.baseUrl = baseUrl;
    request.connection.login = QStringLiteral("admin");
    request.connection.caFile = caFile;
    request.password = QStringLiteral("corpcare-demo");
    // The stall meter covers the load itself, from the moment the sign-in is through.
    QObject::connect(controller.session(), &api::Session::signedIn, &app, [&] {
        stalls.start();
        app.setMeasuring(true);
    });
    clock.start();
    controller.signIn(request);
    if (loop.exec() != 0) {
        return 1;
    }
    const qint64 loaded = clock.elapsed();
    const double longestStall = stalls.stop();
    app.setMeasuring(false);
    bench::report(QStringLiteral("| users | first rows | full list | longest event-loop gap | longest event (wall) | "
                                 "longest event (GUI thread CPU) | resident memory |"));
    bench::report(QStringLiteral("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    bench::report(QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms | %5 ms | %6 ms | %7 MB |")
                      .arg(data.serviceUsers().size())
                      .arg(firstRows)
                      .arg(loaded)
                      .arg(longestStall, 0, 'f', 1)
                      .arg(app.longestWall(), 0, 'f', 1)
                      .arg(app.longestCpu(), 0, 'f', 1)
                      .arg(bench::statusKilobytes("VmRSS") / 1024));
    bench::report(QStringLiteral("(longest event: type %1)").arg(app.longestWhat()));

    // Sorting and filtering the whole list, as the view does it (the table is on screen).
    views::TableView *table = window.browser()->usersTable();
    auto *filter = qobject_cast<models::ServiceUsersFilterModel *>(table->model());
    bench::report(QStringLiteral("\n| operation on %1 rows | time | rows shown |").arg(filter->rowCount()));
    bench::report(QStringLiteral("| --- | ---: | ---: |"));
    const auto time = [&](const QString &what, const std::function<void()> &operation) {
        QElapsedTimer timer;
        timer.start();
        operation();
        QCoreApplication::processEvents(); // the view's repaint is part of what the user waits for
        bench::report(QStringLiteral("| %1 | %2 ms | %3 |")
                          .arg(what)
                          .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                          .arg(filter->rowCount()));
    };
    for (int column = 0; column < models::ServiceUsersModel::ColumnCount; ++column) {
        const QString name = filter->headerData(column, Qt::Horizontal).toString();
        time(QStringLiteral("sort by %1").arg(name), [&] { table->sortByColumn(column, Qt::AscendingOrder); });
    }
    time(QStringLiteral("sort by name, descending"),
         [&] { table->sortByColumn(models::ServiceUsersModel::Name, Qt::DescendingOrder); });
    for (const QString &text : {QStringLiteral("ivan"), QStringLiteral("roaming business 500"),
                                QStringLiteral("+7 911"), QStringLiteral("no such text")}) {
        time(QStringLiteral("quick filter \"%1\"").arg(text), [&] { filter->setQuickFilter(text); });
    }
    time(QStringLiteral("clear the quick filter"), [&] { filter->setQuickFilter(QString()); });

    // Export of the whole table: the copy of the rows on the GUI thread, then the file on a worker.
    for (const QString &name : {QStringLiteral("users.csv"), QStringLiteral("users.xlsx")}) {
        const QString path = temporary.filePath(name);
        QSignalSpy done(table, &views::TableView::exported);
        QElapsedTimer total;
        total.start();
        stalls.start();
        table->exportTo(path); // rows copied in slices between events, then the file written on a worker
        done.wait(120000);
        bench::report(QStringLiteral("| export to %1: longest event-loop gap meanwhile | %2 ms | |")
                          .arg(name)
                          .arg(stalls.stop(), 0, 'f', 1));
        bench::report(QStringLiteral("| export to %1: file written | %2 ms | |")
                          .arg(name)
                          .arg(double(total.nsecsElapsed()) / 1e6, 0, 'f', 1));
    }
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
