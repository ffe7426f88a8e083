#include "api/demo_server_launcher.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include "api/api_logging.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace corpcare::api {

namespace {

constexpr char kServerName[] = "corpcare-server";
constexpr int kStopWaitMs = 5000;

// The last lines of what the server printed: enough to see why it failed, short enough for a dialog.
QString tail(const QString &output) {
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    return lines.mid(qMax<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
}

} // namespace

DemoServerLauncher::DemoServerLauncher(QObject *parent) : QObject(parent) {
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not start within %1 s.").arg(QString::number(m_startTimeout.count() / 1000)));
        stop();
    });
}

DemoServerLauncher::~DemoServerLauncher() {
    // Quitting: SIGTERM lets the server end its transaction and quit cleanly. If it has not within a
    // second, the QProcess destructor (the process is our child) kills it and waits for that; so does
    // it for a server that stop() left ending in the background.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        disconnect(m_process, nullptr, this, nullptr);
        m_process->terminate();
        m_process->waitForFinished(1000);
    }
}

QString DemoServerLauncher::findServerBinary() {
    const QString fromEnvironment = qEnvironmentVariable("CORPCARE_SERVER_BINARY");
    if (!fromEnvironment.isEmpty()) {
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
    }
    const QDir here(QCoreApplication::applicationDirPath());
    // findExecutable adds ".exe" on Windows.
    for (const QString &directory : {here.path(), here.filePath(QStringLiteral("../server"))}) {
        const QString found =
            QStandardPaths::findExecutable(QString::fromLatin1(kServerName), {QDir::cleanPath(directory)});
        if (!found.isEmpty()) {
            return found;
        }
    }
    return {};
}

bool DemoServerLauncher::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DemoServerLauncher::start(const QString &dataDir) {
    if (m_process) {
        qCWarning(lcApi) << "the demo server is already started";
        return;
    }
    m_dataDir = dataDir;
    m_baseUrl = {};
    m_caFile.clear();
    m_output.clear();
    m_ready = m_failed = m_stopping = m_accountsFromServer = false;
    const QString binary = m_binary.isEmpty() ? findServerBinary() : m_binary;
    if (binary.isEmpty() || !QDir().mkpath(dataDir)) {
        const QString reason = binary.isEmpty() ? tr("The demo server program (%1) was not found next to CorpCare.")
                                                      .arg(QString::fromLatin1(kServerName))
                                                : tr("The folder %1 for the demo data cannot be created.").arg(dataDir);
        QTimer::singleShot(0, this, [this, reason] { fail(reason); }); // as any other failure: after start()
        return;
    }
    loadAccounts();
    // The demo company is made anew each day, so that its bills always run up to last month and its
    // forecasts count from today (comments made in it go with it).
    const QFileInfo generated(accountsFile());
    const bool stale = generated.exists() && generated.lastModified().date() < QDate::currentDate();
    const bool firstStart = stale || !QFile::exists(QDir(dataDir).filePath(QStringLiteral("corpcare.db")));
    emit status(firstStart ? tr("Creating the demo company. The first start takes a little while…")
                           : tr("Starting the demo server…"));

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels); // its error lines belong in failed() too
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoServerLauncher::readOutput);
    connect(m_process, &QProcess::finished, this, &DemoServerLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &DemoServerLauncher::onError);
#ifdef Q_OS_LINUX
    // A client that dies without running its destructors (killed, crashed) must not leave its demo
    // server behind: the kernel sends the server SIGTERM when its parent goes, and it ends cleanly.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    const QStringList arguments = QStringList{QStringLiteral("--data-dir"), dataDir,
                                              QStringLiteral("--demo"),     QStringLiteral("--port"),
                                              QStringLiteral("0"),          QStringLiteral("--listen"),
                                              QStringLiteral("127.0.0.1")} +
                                  (stale ? QStringList{QStringLiteral("--regenerate")} : QStringList()) +
                                  m_extraArguments +
                                  // e.g. "--smtp 127.0.0.1:2525": report delivery in the demo (README)
                                  QProcess::splitCommand(qEnvironmentVariable("CORPCARE_DEMO_SERVER_ARGS"));
    qCDebug(lcApi) << "starting" << binary << arguments;
    m_startTimer.start(m_startTimeout);
    m_process->start(binary, arguments);
}

void DemoServerLauncher::stop() {
    m_startTimer.stop();
    if (!m_process) {
        return;
    }
    m_stopping = true;
    QProcess *process = std::exchange(m_process, nullptr);
    disconnect(process, nullptr, this, nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater(); // we may be inside one of its signals
        return;
    }
    // Without blocking the window: SIGTERM, then SIGKILL if it is still there after a while. The process
    // object stays a child of the launcher, so destroying the launcher ends it in any case.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(kStopWaitMs, process, [process] {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
        }
    });
    process->terminate(); // SIGTERM: the server quits cleanly (Windows console programs need kill())
}

void DemoServerLauncher::readOutput() {
    while (m_process && m_process->canReadLine()) {
        handleLine(QString::fromUtf8(m_process->readLine()).trimmed());
    }
}

void DemoServerLauncher::handleLine(const QString &line) {
    static const QRegularExpression listening(QStringLiteral("^Listening on (https://\\S+)$"));
    static const QRegularExpression caLine(QStringLiteral("^CA certificate: (.+)$"));
    static const QRegularExpression account(QStringLiteral("^Sign in as (\\S+) \\(password (.*)\\): (.*), sees (.*)$"));
    m_output += line + QLatin1Char('\n');
    if (const auto match = caLine.match(line); match.hasMatch()) {
        m_caFile = match.captured(1);
    } else if (const auto signIn = account.match(line); signIn.hasMatch()) {
        if (!m_accountsFromServer) {
            m_accounts.clear(); // a new company: forget the old one's users
            m_accountsFromServer = true;
        }
        m_accounts.append({signIn.captured(1), signIn.captured(2), signIn.captured(3), signIn.captured(4)});
    } else if (line.startsWith(QLatin1String("Generated the demo company"))) {
        emit status(line);
    } else if (const auto url = listening.match(line); url.hasMatch() && !m_ready && !m_failed) {
        m_ready = true;
        m_startTimer.stop();
        m_baseUrl = QUrl(url.captured(1));
        if (m_accountsFromServer) {
            saveAccounts();
        }
        emit status(tr("The demo server is ready."));
        emit ready(m_baseUrl, m_caFile);
    }
}

void DemoServerLauncher::onFinished(int exitCode, QProcess::ExitStatus exitStatus) {
    readOutput();
    const QString how =
        exitStatus == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(QString::number(exitCode));
    if (m_ready) {
        emit stoppedUnexpectedly(tr("The demo server stopped (%1).").arg(how) + QStringLiteral("\n\n") +
                                 tail(m_output));
    } else {
        fail(tr("The demo server stopped before it was ready (%1).").arg(how));
    }
    stop(); // let go of the finished process, so start() can run again
}

void DemoServerLauncher::onError(QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) { // other errors are followed by finished()
        fail(tr("The demo server cannot be started: %1").arg(m_process ? m_process->errorString() : QString()));
        stop();
    }
}

void DemoServerLauncher::fail(const QString &reason) {
    if (m_failed || m_ready) {
        return;
    }
    m_failed = true;
    m_startTimer.stop();
    const QString output = tail(m_output);
    emit failed(output.isEmpty() ? reason : reason + QStringLiteral("\n\n") + output);
}

QString DemoServerLauncher::accountsFile() const {
    return QDir(m_dataDir).filePath(QStringLiteral("demo-accounts.json"));
}

void DemoServerLauncher::loadAccounts() {
    m_accounts.clear();
    QFile file(accountsFile());
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        m_accounts.append(
            {object.value(QStringLiteral("login")).toString(), object.value(QStringLiteral("password")).toString(),
             object.value(QStringLiteral("role")).toString(), object.value(QStringLiteral("scope")).toString()});
    }
}

void DemoServerLauncher::saveAccounts() const {
    QJsonArray array;
    for (const DemoAccount &account : m_accounts) {
        array.append(QJsonObject{{QStringLiteral("login"), account.login},
                                 {QStringLiteral("password"), account.password},
                                 {QStringLiteral("role"), account.role},
                                 {QStringLiteral("scope"), account.scope}});
    }
    QSaveFile file(accountsFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit()) {
        qCWarning(lcApi) << "cannot save the demo accounts to" << accountsFile() << file.errorString();
    }
}

} // namespace corpcare::api
