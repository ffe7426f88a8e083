#pragma once

// Signing a benchmark in to the server it started (bench_support.h starts it).
#include "api/session.h"
#include "api/sign_in_job.h"
#include "bench/bench_support.h"

#include <QEventLoop>

namespace corpcare::bench {

// Points the session at the started server, trusts its CA and signs in with the demo password.
inline bool signIn(api::Session &session, const StartedServer &server, const QString &login, QString *error) {
    session.accessManager()->setBaseUrl(server.baseUrl);
    if (!session.accessManager()->setExtraCaFile(server.caFile, error)) {
        return false;
    }
    QEventLoop signingIn;
    api::SignInJob *job = session.signIn(login, QStringLiteral("corpcare-demo"));
    QObject::connect(job, &api::ApiJob::finished, &signingIn, &QEventLoop::quit);
    job->start();
    signingIn.exec();
    if (!session.isSignedIn()) {
        *error = QStringLiteral("sign-in failed: ") + job->error().message;
        return false;
    }
    return true;
}

// Starts the reference server (serverBinary()) with `arguments` and signs `login` in; false with the
// reason in *error.
inline bool startAndSignIn(QProcess &server, const QStringList &arguments, api::Session &session, const QString &login,
                           QString *error) {
    const StartedServer started = startServer(server, serverBinary(), arguments);
    if (!started.baseUrl.isValid()) {
        *error = QStringLiteral("the server did not start: ") + started.output;
        return false;
    }
    return signIn(session, started, login, error);
}

// The arguments of the demo company every server benchmark uses: `users` lines generated with seed 1
// as of 2026-11-25 into `dataDir` (kept there between runs), on a free port; `extra` comes after.
inline QStringList demoArguments(const QString &dataDir, const QString &users, const QStringList &extra = {}) {
    return QStringList{QStringLiteral("--data-dir"),
                       dataDir,
                       QStringLiteral("--demo"),
                       QStringLiteral("--users"),
                       users,
                       QStringLiteral("--seed"),
                       QStringLiteral("1"),
                       QStringLiteral("--today"),
                       QStringLiteral("2026-11-25"),
                       QStringLiteral("--port"),
                       QStringLiteral("0")} +
           extra;
}

} // namespace corpcare::bench
