// Soak (issue 9): clients working against one reference server for a while — mixed reads (the line
// list, an account's bills, a bill's lines, thresholds, the audit trail) and small orders (suspend
// then resume a line of its own), as fast as each client's last answer allows. Reports every minute
// the requests done, the errors (there must be none without faults), the orders still open, and the
// memory of the server and of this process (both must stay flat). Not a test; run on demand:
//
//   build/bench/soak [--clients 20] [--minutes 10] [--users 2000]
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "api/submission_tracker.h"
#include "bench/bench_session.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace corpcare;
namespace json = domain::json;

namespace {

struct Totals {
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 ordersSent = 0;
    qint64 ordersFinal = 0;
    QStringList firstErrors;
};

qint64 serverRssKb(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const auto match =
        QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)")).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// One simulated user: signs in, then loops over the kinds of work, one request (or order) at a time.
class Client : public QObject {
public:
    Client(int number, const bench::StartedServer &server, QString lineId, Totals *totals)
        : m_number(number), m_line(std::move(lineId)), m_totals(totals), m_random(quint32(number) + 1) {
        QString error;
        if (!bench::signIn(m_session, server, QStringLiteral("admin"), &error)) {
            record(error);
        }
    }

    void step() {
        if (m_stopped) {
            return;
        }
        switch (m_random.bounded(6)) {
        case 0:
            list(api::loadServiceUsers(&m_session, this));
            break;
        case 1:
            list(api::loadBillsOfAccount(&m_session, QString::number(5 + m_number % 16), this));
            break;
        case 2:
            list(api::loadChargeThresholds(&m_session, this));
            break;
        case 3:
            list(api::loadAuditRecords(&m_session, {{QStringLiteral("limit"), QStringLiteral("50")}}, this));
            break;
        default:
            order();
            break;
        }
    }
    void stop() { m_stopped = true; }
    bool idle() const { return m_idle; }

private:
    void record(const QString &error) {
        ++m_totals->errors;
        if (m_totals->firstErrors.size() < 5) {
            m_totals->firstErrors.append(QStringLiteral("client %1: %2").arg(m_number).arg(error));
        }
    }

    void list(api::PagedListLoader *loader) {
        m_idle = false;
        connect(loader, &api::PagedListLoader::finished, this, [this, loader](const api::ApiError &error) {
            loader->deleteLater();
            ++m_totals->requests;
            if (error.isError()) {
                record(error.userText());
            }
            next();
        });
        loader->start();
    }

    // Suspends its own line, then resumes it: every order must end completed.
    void order() {
        m_idle = false;
        domain::ProductOrder order;
        order.externalId = QStringLiteral("soak-%1-%2").arg(m_number).arg(m_orders++);
        domain::ProductOrderItem item;
        item.id = QStringLiteral("1");
        item.product = {m_line, {}};
        item.newStatus = m_suspended ? domain::ProductStatus::Active : domain::ProductStatus::Suspended;
        order.items.append(item);
        auto *tracker = new api::SubmissionTracker(
            &m_session, json::collectionPath(json::Resource::ProductOrder),
            [](const QJsonObject &o) { return o.contains(QStringLiteral("completionDate")); }, this);
        tracker->setInterval(200);
        ++m_totals->ordersSent;
        connect(tracker, &api::SubmissionTracker::finished, this, [this, tracker](const api::ApiError &error) {
            tracker->deleteLater();
            ++m_totals->requests;
            if (error.isError()) {
                record(error.userText());
            } else {
                ++m_totals->ordersFinal;
                m_suspended = !m_suspended;
            }
            next();
        });
        tracker->submit(json::newProductOrderJson(order));
    }

    void next() {
        m_idle = true;
        QTimer::singleShot(0, this, [this] { step(); });
    }

    int m_number;
    QString m_line;
    Totals *m_totals;
    QRandomGenerator m_random;
    api::Session m_session;
    int m_orders = 0;
    bool m_suspended = false;
    bool m_stopped = false;
    bool m_idle = true;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Simulated clients"),
                                     QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("How long"), QStringLiteral("n"),
                                     QStringLiteral("10"));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo service users"), QStringLiteral("n"),
                                   QStringLiteral("2000"));
    parser.addOptions({clients, minutes, users});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir data;
    QProcess serverProcess;
    const bench::StartedServer server = bench::startServer(serverProcess, bench::serverBinary(),
                                                           bench::demoArguments(data.path(), parser.value(users)));
    if (!server.baseUrl.isValid()) {
        bench::report(QStringLiteral("the server did not start: ") + server.output);
        return 1;
    }
    // Each client orders on an active line of its own, so that their orders never meet.
    QStringList lines;
    {
        api::Session session;
        QString error;
        QEventLoop loading;
        if (!bench::signIn(session, server, QStringLiteral("admin"), &error)) {
            bench::report(error);
            return 1;
        }
        api::collectAll<domain::ServiceUser>(api::loadServiceUsers(&session, &app), &app,
                                             [&](const QList<domain::ServiceUser> &all, const api::ApiError &) {
                                                 for (const domain::ServiceUser &line : all) {
                                                     if (line.status == domain::ProductStatus::Active) {
                                                         lines.append(line.id);
                                                     }
                                                 }
                                                 loading.quit();
                                             });
        loading.exec();
    }
    Totals totals;
    std::vector<std::unique_ptr<Client>> running;
    for (int i = 0; i < parser.value(clients).toInt() && i < lines.size(); ++i) {
        running.push_back(std::make_unique<Client>(i, server, lines.at(i * (lines.size() / 40)), &totals));
        running.back()->step();
    }
    const qint64 pid = serverProcess.processId();
    const int total = parser.value(minutes).toInt();
    int minute = 0;
    QElapsedTimer clock;
    clock.start();
    bench::report(QStringLiteral("minute | requests | errors | orders sent / final | server RSS MB | client RSS MB"));
    const auto sample = [&] {
        bench::report(QStringLiteral("%1 | %2 | %3 | %4 / %5 | %6 | %7")
                          .arg(minute)
                          .arg(totals.requests)
                          .arg(totals.errors)
                          .arg(totals.ordersSent)
                          .arg(totals.ordersFinal)
                          .arg(double(serverRssKb(pid)) / 1024, 0, 'f', 1)
                          .arg(double(bench::statusKilobytes("VmRSS")) / 1024, 0, 'f', 1));
    };
    sample();
    QTimer everyMinute;
    QObject::connect(&everyMinute, &QTimer::timeout, &app, [&] {
        ++minute;
        sample();
        if (minute >= total) {
            everyMinute.stop();
            for (auto &client : running) {
                client->stop();
            }
            // Let the work in flight end, then the last line tells whether every order became final.
            QTimer::singleShot(15000, &app, [&] {
                sample();
                for (const QString &error : std::as_const(totals.firstErrors)) {
                    bench::report(error);
                }
                QCoreApplication::exit(totals.errors == 0 && totals.ordersSent == totals.ordersFinal ? 0 : 1);
            });
        }
    });
    everyMinute.start(60000);
    const int code = app.exec();
    serverProcess.terminate();
    serverProcess.waitForFinished(5000);
    return code;
}
