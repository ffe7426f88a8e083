#include "support/server_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

namespace corpcare::tests {

QString ServerProcess::binary() {
    return qEnvironmentVariable("CORPCARE_SERVER_BINARY");
}

ServerProcess::~ServerProcess() {
    stop();
}

bool ServerProcess::start(const Options &options, QString *error) {
    if (binary().isEmpty()) {
        *error = QStringLiteral("CORPCARE_SERVER_BINARY is not set (run the test through ctest)");
        return false;
    }
    m_dataDir = options.dataDir;
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
    QStringList arguments{QStringLiteral("--data-dir"),
                          m_dataDir,
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--demo"),
                          QStringLiteral("--users"),
                          QString::number(options.users),
                          QStringLiteral("--seed"),
                          QString::number(options.seed),
                          QStringLiteral("--today"),
                          options.today};
    arguments += options.extraArguments;
    // Started again (the same data, another port): what the last run said must not be read as this one's.
    m_output.clear();
    m_baseUrl = {};
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A test that dies without its destructors (a sanitizer's report ends it at once) takes its server
    // with it instead of leaving it running.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(binary(), arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("Listening on (https://\\S+)"));
    static const QRegularExpression caLine(QStringLiteral("CA certificate: (\\S+)"));
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000))) &&
            m_process->state() != QProcess::Running) {
            break;
        }
        m_output += QString::fromUtf8(m_process->readAll());
        if (const auto ca = caLine.match(m_output); ca.hasMatch()) {
            m_caFile = ca.captured(1);
        }
        if (const auto match = listening.match(m_output); match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAll());
    *error = QStringLiteral("the server did not start: ") + m_output;
    return false;
}

QString ServerProcess::log() {
    if (m_process) {
        m_output += QString::fromUtf8(m_process->readAll());
    }
    return m_output;
}

void ServerProcess::stop() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

} // namespace corpcare::tests
