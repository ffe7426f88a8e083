#pragma once

// What the client benchmarks share: a line of output, the process's memory, and the longest time the
// event loop did not run.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace corpcare::bench {

inline void report(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// A field of /proc/self/status in kilobytes ("VmRSS": resident now, "VmHWM": its peak so far); -1 if unknown.
inline qint64 statusKilobytes(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const auto match = QRegularExpression(QLatin1String(field) + QStringLiteral(":\\s+(\\d+)"))
                           .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Where a reference server started for a benchmark listens, and the CA to trust; baseUrl is invalid
// when it did not start (output says why).
struct StartedServer {
    QUrl baseUrl;
    QString caFile;
    QString output;
};

// The reference server built beside the benchmarks, or the one CORPCARE_SERVER_BINARY names.
inline QString serverBinary() {
    const QString named = qEnvironmentVariable("CORPCARE_SERVER_BINARY");
    return named.isEmpty()
               ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../server/corpcare-server"))
               : named;
}

// Starts corpcare-server with `arguments` (which should include `--port 0`) and waits, up to five
// minutes for a large demo company to be generated, until it says where it listens.
inline StartedServer startServer(QProcess &server, const QString &binary, const QStringList &arguments) {
    StartedServer started;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary, arguments);
    QElapsedTimer clock;
    clock.start();
    while (!started.baseUrl.isValid() && clock.elapsed() < 300000 && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(1000);
        started.output += QString::fromUtf8(server.readAll());
        const auto listening = QRegularExpression(QStringLiteral("Listening on (https://\\S+)")).match(started.output);
        const auto ca = QRegularExpression(QStringLiteral("CA certificate: (\\S+)")).match(started.output);
        if (listening.hasMatch() && ca.hasMatch()) {
            started.baseUrl = QUrl(listening.captured(1));
            started.caFile = ca.captured(1);
        }
    }
    return started;
}

// The longest time the event loop did not run: a 2 ms timer that notes the gaps.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    double stop() { // milliseconds
        m_timer.stop();
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace corpcare::bench
