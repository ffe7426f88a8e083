#pragma once

// What the fault tests (issue 9) do as a user would against a server that misbehaves: try again after a
// clear error, a bounded number of times, and note every error that was not clear.
#include "api/api_error.h"
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h" // collectAll
#include "api/session.h"
#include "api/sign_in_job.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <functional>
#include <optional>

namespace corpcare::tests {

constexpr int kFaultAttempts = 25; // a user pressing Retry; at 30 % faults a flow of a few requests needs a few

// What a failed attempt under faults must be: one of the kinds a fault causes, with words for the user.
inline bool clearFaultError(const api::ApiError &error) {
    return error.mayPassOnRetry() && !error.userText().trimmed().isEmpty();
}

// The seed of the faults: CORPCARE_FAULT_SEED runs a test with other faults (docs/faults.md).
inline QString faultSeed() {
    return qEnvironmentVariable("CORPCARE_FAULT_SEED", QStringLiteral("7"));
}

// Signs in, trying again after each failure; false when it never succeeds.
inline bool signInRetrying(api::Session *session, const QString &login, QStringList *failures) {
    for (int attempt = 0; attempt < kFaultAttempts; ++attempt) {
        api::SignInJob *job = session->signIn(login, QStringLiteral("corpcare-demo"));
        QSignalSpy done(job, &api::ApiJob::finished);
        job->start();
        if (!done.wait(30000)) {
            failures->append(QStringLiteral("sign-in hung"));
            return false;
        }
        if (session->isSignedIn()) {
            return true;
        }
        if (!clearFaultError(job->error())) {
            failures->append(
                QStringLiteral("sign-in: %1 %2").arg(api::kindName(job->error().kind), job->error().message));
        }
    }
    return false;
}

// A whole list, loaded again after each failure (the window's Retry), until it arrives whole.
template <typename T>
std::optional<QList<T>> loadAllRetrying(const std::function<api::PagedListLoader *()> &makeLoader,
                                        QStringList *failures, int *failedAttempts = nullptr) {
    for (int attempt = 0; attempt < kFaultAttempts; ++attempt) {
        api::PagedListLoader *loader = makeLoader();
        QList<T> rows;
        api::ApiError outcome;
        bool ended = false;
        QObject context;
        api::collectAll<T>(loader, &context, [&](QList<T> got, const api::ApiError &error) {
            rows = std::move(got);
            outcome = error;
            ended = true;
        });
        if (!QTest::qWaitFor([&ended] { return ended; }, 120000)) {
            failures->append(QStringLiteral("a load hung"));
            return std::nullopt;
        }
        if (!outcome.isError()) {
            return rows;
        }
        if (failedAttempts) {
            ++*failedAttempts;
        }
        if (!clearFaultError(outcome)) {
            failures->append(QStringLiteral("load: %1 %2").arg(api::kindName(outcome.kind), outcome.message));
        }
    }
    return std::nullopt;
}

} // namespace corpcare::tests
