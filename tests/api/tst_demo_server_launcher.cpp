// DemoServerLauncher starts the real corpcare-server, reports ready() with its address and CA, and the
// client signs in as the demo administrator.
#include "api/demo_server_launcher.h"
#include "api/session.h"
#include "signal_checks.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace corpcare;
using api::DemoServerLauncher;

class TestDemoServerLauncher : public QObject {
    Q_OBJECT

private slots:
    void findServerBinary_environmentSet_usesIt();
    void start_freshDirectory_readyAndAdminCanSignIn();
    void start_secondTime_accountsRememberedAndNoGeneration();
    void start_yesterdaysCompany_generatedAnew();
    void start_missingBinary_failedWithReason();
    void start_serverRefusesArguments_failedWithServerOutput();
    void stop_running_serverGone();
    void clientKilled_serverEndsToo();
};

void TestDemoServerLauncher::findServerBinary_environmentSet_usesIt() {
    QVERIFY(!qEnvironmentVariable("CORPCARE_SERVER_BINARY").isEmpty());
    QCOMPARE(DemoServerLauncher::findServerBinary(), qEnvironmentVariable("CORPCARE_SERVER_BINARY"));
}

void TestDemoServerLauncher::start_freshDirectory_readyAndAdminCanSignIn() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoServerLauncher launcher;
    launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("100")});
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
    QSignalSpy status(&launcher, &DemoServerLauncher::status);
    launcher.start(dir.path() + QStringLiteral("/demo-server"));
    QVERIFY2(ready.wait(120000), qPrintable(failed.isEmpty() ? launcher.output() : failed.first().first().toString()));
    QVERIFY(failed.isEmpty());
    QVERIFY(status.size() >= 2); // "creating ..." and the server's "Generated ..." at least
    const QUrl baseUrl = ready.first().at(0).toUrl();
    const QString caFile = ready.first().at(1).toString();
    QCOMPARE(baseUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(baseUrl.port() > 0);
    QVERIFY(QFile::exists(caFile));

    const auto accounts = launcher.demoAccounts();
    const auto admin = std::find_if(accounts.begin(), accounts.end(), [](const DemoServerLauncher::DemoAccount &a) {
        return a.login == QLatin1String("admin");
    });
    QVERIFY(admin != accounts.end());
    QVERIFY(!admin->password.isEmpty());

    api::Session session;
    session.accessManager()->setBaseUrl(baseUrl);
    QString error;
    QVERIFY2(session.accessManager()->setExtraCaFile(caFile, &error), qPrintable(error));
    api::SignInJob *job = session.signIn(admin->login, admin->password);
    QSignalSpy finished(job, &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 30000));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().message));
    QVERIFY(session.isSignedIn());
}

void TestDemoServerLauncher::start_secondTime_accountsRememberedAndNoGeneration() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<DemoServerLauncher::DemoAccount> first;
    {
        DemoServerLauncher launcher;
        launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("50")});
        QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
        launcher.start(dir.path());
        QVERIFY2(ready.wait(120000), qPrintable(launcher.output()));
        first = launcher.demoAccounts();
    }
    QVERIFY(!first.isEmpty());
    DemoServerLauncher launcher;
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    launcher.start(dir.path());
    QVERIFY2(ready.wait(60000), qPrintable(launcher.output()));
    QVERIFY(!launcher.output().contains(QStringLiteral("Generated")));
    QCOMPARE(launcher.demoAccounts().size(), first.size());
    QCOMPARE(launcher.demoAccounts().first().login, first.first().login);
    QCOMPARE(launcher.demoAccounts().first().password, first.first().password);
}

void TestDemoServerLauncher::start_yesterdaysCompany_generatedAnew() {
    QTemporaryDir dir;
    {
        DemoServerLauncher launcher;
        launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("50")});
        QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
        launcher.start(dir.path());
        QVERIFY2(ready.wait(120000), qPrintable(launcher.output()));
    }
    QFile accounts(dir.filePath(QStringLiteral("demo-accounts.json")));
    QVERIFY(accounts.open(QIODevice::ReadWrite));
    QVERIFY(accounts.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    accounts.close();
    DemoServerLauncher launcher;
    launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("50")});
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    launcher.start(dir.path());
    QVERIFY2(ready.wait(120000), qPrintable(launcher.output()));
    QVERIFY2(launcher.output().contains(QStringLiteral("Generated")), qPrintable(launcher.output()));
    QVERIFY(!launcher.demoAccounts().isEmpty());
    QCOMPARE(QFileInfo(accounts.fileName()).lastModified().date(), QDate::currentDate());
}

void TestDemoServerLauncher::start_missingBinary_failedWithReason() {
    QTemporaryDir dir;
    DemoServerLauncher launcher;
    launcher.setServerBinary(dir.filePath(QStringLiteral("no-such-server")));
    QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    launcher.start(dir.path());
    QVERIFY(tests::emittedExactlyOnce(failed, 10000));
    QVERIFY2(failed.first().first().toString().startsWith(QStringLiteral("The demo server cannot be started")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(ready.isEmpty());
    QVERIFY(!launcher.isRunning());
}

void TestDemoServerLauncher::start_serverRefusesArguments_failedWithServerOutput() {
    QTemporaryDir dir;
    DemoServerLauncher launcher;
    launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("many")});
    QSignalSpy failed(&launcher, &DemoServerLauncher::failed);
    launcher.start(dir.path());
    QVERIFY(tests::emittedExactlyOnce(failed, 30000));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.startsWith(QStringLiteral("The demo server stopped before it was ready (exit code 1).")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("--users")), qPrintable(reason)); // the server's own words
}

void TestDemoServerLauncher::stop_running_serverGone() {
    QTemporaryDir dir;
    DemoServerLauncher launcher;
    launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("50")});
    QSignalSpy ready(&launcher, &DemoServerLauncher::ready);
    QSignalSpy unexpected(&launcher, &DemoServerLauncher::stoppedUnexpectedly);
    launcher.start(dir.path());
    QVERIFY2(ready.wait(120000), qPrintable(launcher.output()));
    QVERIFY(launcher.isRunning());
    const QUrl baseUrl = launcher.baseUrl();
    launcher.stop();
    QVERIFY(!launcher.isRunning());
    QTest::qWait(100);
    QVERIFY(unexpected.isEmpty()); // a stop we asked for is not "unexpected"
    // stop() does not wait for the process (the window must not): on a busy machine the server takes a
    // moment to end. It must be gone within its grace period.
    const auto listening = [&baseUrl] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(baseUrl.host()), quint16(baseUrl.port()));
        return probe.waitForConnected(500);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!listening(), 10000);

    api::Session session;
    session.accessManager()->setBaseUrl(baseUrl);
    api::JsonRequestJob *job = session.get(QStringLiteral("/corporate/v1/me"));
    job->setMaxAttempts(1);
    QSignalSpy finished(job, &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 10000));
    QCOMPARE(job->error().kind, api::ApiError::Kind::Network);
}

// The client killed with SIGKILL, so that none of its destructors runs: its demo server must still end.
void TestDemoServerLauncher::clientKilled_serverEndsToo() {
    QTemporaryDir dir;
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CORPCARE_LAUNCHER_CHILD"), dir.path());
    client.setProcessEnvironment(environment);
    client.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(client.waitForStarted());
    QByteArray said;
    QVERIFY(QTest::qWaitFor(
        [&] {
            said += client.readAllStandardOutput();
            return said.contains("PORT ");
        },
        120000));
    const quint16 port = quint16(said.mid(said.indexOf("PORT ") + 5).trimmed().toUInt());
    QVERIFY(port > 0);
    const auto listening = [port] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(500);
    };
    QVERIFY(listening());
    client.kill();
    QVERIFY(client.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!listening(), 10000);
}

namespace {
// The client of clientKilled_serverEndsToo: starts the demo server, says its port, and waits to be killed.
int runLauncherChild(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    DemoServerLauncher launcher;
    launcher.setExtraArguments({QStringLiteral("--users"), QStringLiteral("50")});
    QObject::connect(&launcher, &DemoServerLauncher::ready, &app, [&launcher] {
        std::printf("PORT %d\n", launcher.baseUrl().port());
        std::fflush(stdout);
    });
    QObject::connect(&launcher, &DemoServerLauncher::failed, &app, [] { QCoreApplication::exit(2); });
    launcher.start(qEnvironmentVariable("CORPCARE_LAUNCHER_CHILD"));
    return app.exec();
}
} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsSet("CORPCARE_LAUNCHER_CHILD")) {
        return runLauncherChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestDemoServerLauncher test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_demo_server_launcher.moc"
