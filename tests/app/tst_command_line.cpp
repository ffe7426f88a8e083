// The corpcare executable's command line (issue 8), run as a process with a private home: --version and
// --help answer without a display, and a --connection no saved connection has fails with exit code 2,
// naming the saved ones.
#include "api/secrets/connection_store.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void init();
    void version_noDisplay_printsVersionAndExitsZero();
    void help_noDisplay_listsTheOptions();
    void connection_unknownName_exitsTwoNamingTheSavedConnections();
    void connection_noneSaved_exitsTwoSayingSo();
    void options_connectionWithDemo_exitsTwo();
    void options_unknown_exitsTwo();

private:
    // Without a display: QT_QPA_PLATFORM=xcb and no DISPLAY make any QApplication abort.
    Run run(const QStringList &arguments, bool withDisplay = false) const;
    void saveConnection(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCommandLine::init() {
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

Run TestCommandLine::run(const QStringList &arguments, bool withDisplay) const {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "LANGUAGE"}) {
        environment.remove(QString::fromLatin1(name));
    }
    const QString home = m_home->path();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home); // 0700, as QTemporaryDir makes it
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       withDisplay ? QStringLiteral("offscreen") : QStringLiteral("xcb"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CORPCARE_APP_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Saved the way the program saves it: its QSettings (organization and application "CorpCare").
void TestCommandLine::saveConnection(const QString &name) const {
    QSettings settings(m_home->path() + QStringLiteral("/config/CorpCare/CorpCare.conf"), QSettings::IniFormat);
    corpcare::api::secrets::ConnectionStore store(&settings);
    corpcare::api::secrets::SavedConnection connection;
    connection.name = name;
    connection.baseUrl = QUrl(QStringLiteral("https://billing.example.test/"));
    connection.login = QStringLiteral("admin");
    QVERIFY(store.save(connection));
}

void TestCommandLine::version_noDisplay_printsVersionAndExitsZero() {
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("corpcare " CORPCARE_VERSION "\n"));
    QCOMPARE(result.err, QString());
}

void TestCommandLine::help_noDisplay_listsTheOptions() {
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--help", "--version", "--connection <name>", "--demo <login>", "--offline"}) {
        QVERIFY2(result.out.contains(QString::fromLatin1(option)), option);
    }
    QVERIFY2(result.out.contains(QStringLiteral("corpcare")), qPrintable(result.out)); // Usage: .../corpcare
}

void TestCommandLine::connection_unknownName_exitsTwoNamingTheSavedConnections() {
    saveConnection(QStringLiteral("Head office"));
    saveConnection(QStringLiteral("Branch"));
    const Run result = run({QStringLiteral("--connection"), QStringLiteral("nosuch")}, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("no saved connection is named \"nosuch\"")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("\"Head office\", \"Branch\"")), qPrintable(result.err));
}

void TestCommandLine::connection_noneSaved_exitsTwoSayingSo() {
    const Run result =
        run({QStringLiteral("--connection"), QStringLiteral("nosuch"), QStringLiteral("--offline")}, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("There are no saved connections")), qPrintable(result.err));
}

void TestCommandLine::options_connectionWithDemo_exitsTwo() {
    const Run result = run({QStringLiteral("--connection=Branch"), QStringLiteral("--demo=admin")}, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("cannot be used together")), qPrintable(result.err));
}

void TestCommandLine::options_unknown_exitsTwo() {
    const Run result = run({QStringLiteral("--no-such-option")}, true);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("no-such-option")), qPrintable(result.err));
    QCOMPARE(result.out, QString());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
