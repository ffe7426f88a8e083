// corpcare-server: the reference billing server of the CorpCare profile (docs/api-profile.md).
#include "server/api_server.h"
#include "server/demo/demo_generator.h"
#include "server/http/http_service.h"
#include "server/security/local_ca.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

using namespace corpcare::server;

namespace {

void say(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout); // a parent process (tests, the client's demo mode) reads these lines as they come
}

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("corpcare-server: ") + message + QLatin1Char('\n')), stderr);
    return 1;
}

std::optional<QByteArray> readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

// --smtp host:port and the other delivery options; the problem in words, or empty.
QString readDeliveryOptions(const QString &relay, const QString &faxPattern, const QString &from,
                            const QString &checkSeconds, delivery::DeliveryOptions *options) {
    if (!relay.isEmpty()) {
        const qsizetype colon = relay.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        options->relay.host = relay.left(colon);
        options->relay.port = colon > 0 ? relay.mid(colon + 1).toUShort(&portOk) : 0;
        if (!portOk || options->relay.port == 0 || options->relay.host.isEmpty()) {
            return QStringLiteral("--smtp needs host:port");
        }
    }
    if (!faxPattern.contains(QStringLiteral("{number}")) || !faxPattern.contains(QLatin1Char('@'))) {
        return QStringLiteral("--fax-address-pattern needs {number} and an @, e.g. {number}@fax.example.com");
    }
    options->faxPattern = faxPattern;
    options->from = from;
    bool ok = false;
    options->scheduleCheckSeconds = checkSeconds.toInt(&ok);
    if (!ok || options->scheduleCheckSeconds < 1) {
        return QStringLiteral("--schedule-check-seconds needs a number of seconds (>= 1)");
    }
    return {};
}

void quitOnSignal(int) {
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corpcare-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORPCARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CorpCare reference billing server (TM Forum Open API profile)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Directory for the database and TLS files."), QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to bind (default 127.0.0.1)."),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (default 8443; 0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("8443"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("Server certificate (PEM) instead of the local CA's."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Private key (PEM) of --cert."),
                                 QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Generate the demo company if the database is missing."));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"),
                                        QStringLiteral("With --demo: generate anew even if it exists."));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("With --demo: generate, then exit."));
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Demo service users (default 2000)."),
                                   QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Demo seed (default 1)."), QStringLiteral("s"),
                                  QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("The demo's date (default: today, UTC)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Access token lifetime in seconds (default 3600)."),
                                      QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption itemDelay(QStringLiteral("order-item-delay-ms"),
                                       QStringLiteral("Time each order item spends in progress (default 0; tests)."),
                                       QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption lockoutSeconds(
        QStringLiteral("lockout-seconds"),
        QStringLiteral("How long 5 failed sign-ins within 15 minutes lock a login (default 900)."), QStringLiteral("s"),
        QStringLiteral("900"));
    const QCommandLineOption smscSpeed(QStringLiteral("smsc-speed"),
                                       QStringLiteral("Speed-up of the simulated SMSC's delays (default 1; tests)."),
                                       QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption smtp(QStringLiteral("smtp"),
                                  QStringLiteral("SMTP relay that report deliveries go through (plain SMTP)."),
                                  QStringLiteral("host:port"));
    const QCommandLineOption faxPattern(
        QStringLiteral("fax-address-pattern"),
        QStringLiteral("E-mail-to-fax gateway address of a fax number (default {number}@fax.corpcare.test)."),
        QStringLiteral("pattern"), QStringLiteral("{number}@fax.corpcare.test"));
    const QCommandLineOption mailFrom(QStringLiteral("mail-from"),
                                      QStringLiteral("Sender of report deliveries (default reports@corpcare.test)."),
                                      QStringLiteral("address"), QStringLiteral("reports@corpcare.test"));
    const QCommandLineOption scheduleCheck(
        QStringLiteral("schedule-check-seconds"),
        QStringLiteral("How often scheduled deliveries look for new bills (default 60; also at start)."),
        QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral("Make this share of requests fail (tests; issue 9): RATE[,kind...], kinds latency, error500, "
                       "error503, bare500, bare503, drop, truncated, invalid, stall (default all)."),
        QStringLiteral("spec"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       QStringLiteral("Seed of --faults: the same seed, the same faults (default 1)."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({dataDir,        listen, port,       cert,     key,           demo,      regenerate,
                       generateOnly,   users,  seed,       today,    tokenTtl,      itemDelay, smscSpeed,
                       lockoutSeconds, smtp,   faxPattern, mailFrom, scheduleCheck, faults,    faultSeed});
    parser.process(app);

    const QString directory = parser.isSet(dataDir) ? parser.value(dataDir)
                                                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(directory)) {
        return fail(QStringLiteral("cannot create the data directory %1").arg(directory));
    }
    const QString databasePath = QDir(directory).filePath(QStringLiteral("corpcare.db"));

    if (parser.isSet(demo) && (parser.isSet(regenerate) || !QFile::exists(databasePath))) {
        demo::DemoOptions options;
        bool usersOk = false;
        bool seedOk = false;
        options.users = parser.value(users).toInt(&usersOk);
        options.seed = parser.value(seed).toULongLong(&seedOk);
        options.today = parser.isSet(today) ? QDate::fromString(parser.value(today), Qt::ISODate)
                                            : QDateTime::currentDateTimeUtc().date();
        if (!usersOk || !seedOk || !options.today.isValid()) {
            return fail(QStringLiteral("--users, --seed and --today need a number, a number and a date YYYY-MM-DD"));
        }
        QElapsedTimer timer;
        timer.start();
        demo::DemoSummary summary;
        QString error;
        if (!demo::generateDemoDatabase(databasePath, options, &summary, &error)) {
            return fail(QStringLiteral("demo generation failed: ") + error);
        }
        say(QStringLiteral(
                "Generated the demo company in %1 s: %2 accounts, %3 service users, %4 bills, %5 bill items, "
                "%6 payments.")
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(summary.accounts)
                .arg(summary.products)
                .arg(summary.bills)
                .arg(summary.billItems)
                .arg(summary.payments));
        for (const demo::DemoPortalUser &user : summary.portalUsers) {
            say(QStringLiteral("Sign in as %1 (password %2): %3, sees %4")
                    .arg(user.login, user.password, user.role, user.scope));
        }
    }
    if (parser.isSet(generateOnly)) {
        return 0;
    }
    if (!QFile::exists(databasePath)) {
        return fail(
            QStringLiteral("no database at %1; start with --demo to generate the demo company").arg(databasePath));
    }

    QString certificatePath = parser.value(cert);
    QString keyPath = parser.value(key);
    if (parser.isSet(cert) != parser.isSet(key)) {
        return fail(QStringLiteral("--cert and --key go together"));
    }
    if (!parser.isSet(cert)) {
        security::TlsFiles files;
        QString error;
        if (!security::ensureLocalCertificates(directory, &files, &error)) {
            return fail(QStringLiteral("cannot set up TLS: ") + error);
        }
        certificatePath = files.serverCertificate;
        keyPath = files.serverKey;
        say(QStringLiteral("CA certificate: %1").arg(files.caCertificate));
    }
    const auto certificatePem = readFile(certificatePath);
    const auto keyPem = readFile(keyPath);
    const QSslCertificate certificate(certificatePem.value_or(QByteArray()), QSsl::Pem);
    const QSslKey privateKey(keyPem.value_or(QByteArray()), QSsl::Ec, QSsl::Pem);
    const QSslKey rsaKey =
        privateKey.isNull() ? QSslKey(keyPem.value_or(QByteArray()), QSsl::Rsa, QSsl::Pem) : privateKey;
    if (certificate.isNull() || rsaKey.isNull()) {
        return fail(QStringLiteral("cannot read the certificate %1 or the key %2").arg(certificatePath, keyPath));
    }

    bool ttlOk = false;
    bool delayOk = false;
    bool speedOk = false;
    ApiServer::Options serverOptions{databasePath, parser.value(tokenTtl).toLongLong(&ttlOk), {}, 1.0, {}, {}};
    serverOptions.orderPace.itemDelayMs = parser.value(itemDelay).toInt(&delayOk);
    serverOptions.smscSpeed = parser.value(smscSpeed).toDouble(&speedOk);
    bool lockoutOk = false;
    serverOptions.lockout.lockSeconds = parser.value(lockoutSeconds).toLongLong(&lockoutOk);
    if (!lockoutOk || serverOptions.lockout.lockSeconds < 1) {
        return fail(QStringLiteral("--lockout-seconds needs a number of seconds (>= 1)"));
    }
    if (!delayOk || !speedOk || serverOptions.orderPace.itemDelayMs < 0 || serverOptions.smscSpeed <= 0) {
        return fail(QStringLiteral("--order-item-delay-ms and --smsc-speed need a number (>= 0, > 0)"));
    }
    if (const QString problem =
            readDeliveryOptions(parser.isSet(smtp) ? parser.value(smtp) : QString(), parser.value(faxPattern),
                                parser.value(mailFrom), parser.value(scheduleCheck), &serverOptions.delivery);
        !problem.isEmpty()) {
        return fail(problem);
    }
    ApiServer api(serverOptions);
    QString error;
    if (!ttlOk || !api.open(&error)) {
        return fail(ttlOk ? error : QStringLiteral("--token-ttl needs a number of seconds"));
    }
    http::HttpService service;
    api.registerRoutes(service);
    if (parser.isSet(faults)) {
        const auto plan = http::FaultPlan::parse(parser.value(faults), parser.value(faultSeed).toULongLong(), &error);
        if (!plan) {
            return fail(error);
        }
        service.setFaults(*plan);
        say(QStringLiteral("Injecting faults into %1 % of requests").arg(plan->rate * 100));
    }
    const QHostAddress address(parser.value(listen));
    if (address.isNull()) {
        return fail(QStringLiteral("--listen needs an IP address"));
    }
    bool portOk = false;
    const quint16 requested = parser.value(port).toUShort(&portOk);
    const quint16 bound = portOk ? service.listen(address, requested, certificate, rsaKey, &error) : 0;
    if (bound == 0) {
        return fail(portOk ? error : QStringLiteral("--port needs a number from 0 to 65535"));
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    say(QStringLiteral("Listening on https://%1:%2").arg(host).arg(bound));
    return app.exec();
}
