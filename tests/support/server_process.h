#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace corpcare::tests {

// The real corpcare-server executable on a free loopback port with a fresh demo company in a
// temporary directory: what integration tests talk to (never a stand-in).
class ServerProcess {
public:
    struct Options {
        int users = 300;
        int seed = 1;
        QString today = QStringLiteral("2026-11-25");
        QStringList extraArguments;
        QString dataDir; // empty: a new temporary directory
    };

    ServerProcess() = default;
    ~ServerProcess();

    // Starts and waits until the server says where it listens; false with the output on failure.
    bool start(const Options &options, QString *error);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString caFile() const { return m_caFile; }
    QString dataDir() const { return m_dataDir; }
    QString output() const { return m_output; }
    // Everything the server has printed so far (its error lines included), read now.
    QString log();
    static QString binary();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_caFile;
    QString m_dataDir;
    QString m_output;
};

} // namespace corpcare::tests
