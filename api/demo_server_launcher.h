#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace corpcare::api {

// Starts the bundled reference server for the demo company (DESIGN.md §4 "Demo"):
//   corpcare-server --data-dir <dir> --demo --port 0 --listen 127.0.0.1
// and reads its lines: "Listening on https://127.0.0.1:PORT", "CA certificate: PATH",
// "Sign in as LOGIN (password PW): ROLE, sees SCOPE". The first start generates the demo company and
// may take a while: status() tells what is going on. ready() or failed() ends the start, once.
// stop() (and the destructor) terminate the server.
class DemoServerLauncher : public QObject {
    Q_OBJECT

public:
    struct DemoAccount {
        QString login;
        QString password;
        QString role;
        QString scope;
    };

    explicit DemoServerLauncher(QObject *parent = nullptr);
    ~DemoServerLauncher() override;

    // $CORPCARE_SERVER_BINARY, else corpcare-server next to this executable, else ../server/corpcare-server
    // (the build tree). Empty when none exists.
    static QString findServerBinary();
    void setServerBinary(const QString &path) { m_binary = path; }
    // Added after the fixed arguments, e.g. {"--users", "300"}.
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    // `dataDir`: the database and TLS files (the app passes AppDataLocation + "/demo-server").
    void start(const QString &dataDir);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString caFile() const { return m_caFile; }
    // The demo's portal users. The server names them only when it generates the company, so the
    // launcher keeps them in <dataDir>/demo-accounts.json (demo passwords, not real secrets).
    QList<DemoAccount> demoAccounts() const { return m_accounts; }
    QString output() const { return m_output; } // everything the server printed

signals:
    void status(const QString &text);
    void ready(const QUrl &baseUrl, const QString &caFile);
    void failed(const QString &reason);
    void stoppedUnexpectedly(const QString &reason); // after ready()

private:
    void readOutput();
    void handleLine(const QString &line);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onError(QProcess::ProcessError error);
    void fail(const QString &reason);
    void loadAccounts();
    void saveAccounts() const;
    QString accountsFile() const;

    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QString m_binary;
    QStringList m_extraArguments;
    std::chrono::milliseconds m_startTimeout{std::chrono::minutes(5)};
    QString m_dataDir;
    QUrl m_baseUrl;
    QString m_caFile;
    QList<DemoAccount> m_accounts;
    bool m_accountsFromServer = false;
    QString m_output;
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace corpcare::api
