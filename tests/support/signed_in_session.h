#pragma once

// A client session for a test server, ready to use: pointed at the server (or at `through`, a proxy in
// front of it), trusting its CA, signed in as a demo portal user.
#include "api/session.h"
#include "api/sign_in_job.h"
#include "support/server_process.h"

#include <QSignalSpy>

#include <memory>

namespace corpcare::tests {

// Null when any step failed; the reason goes to qWarning.
inline std::unique_ptr<api::Session> signedInSession(const ServerProcess &server, const QString &login,
                                                     const QUrl &through = {}) {
    auto session = std::make_unique<api::Session>();
    session->accessManager()->setBaseUrl(through.isEmpty() ? server.baseUrl() : through);
    QString error;
    if (!session->accessManager()->setExtraCaFile(server.caFile(), &error)) {
        qWarning("cannot trust the test server's CA: %s", qPrintable(error));
        return nullptr;
    }
    api::SignInJob *job = session->signIn(login, QStringLiteral("corpcare-demo"));
    QSignalSpy finished(job, &api::ApiJob::finished);
    job->start();
    if (!finished.wait(30000) || !session->isSignedIn()) {
        qWarning("%s could not sign in: %s", qPrintable(login), qPrintable(job->error().message));
        return nullptr;
    }
    return session;
}

} // namespace corpcare::tests
