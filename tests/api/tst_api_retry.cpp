// Bounded retry with backoff: idempotent requests (GET) only, on network errors, timeouts and
// 502/503/504; never POST; gives up after the last attempt with exactly one finished().
#include "api/access_manager.h"
#include "api/json_request_job.h"
#include "fake_network.h"
#include "signal_checks.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace corpcare;
using api::ApiError;
using api::JsonRequestJob;
using tests::FakeResponse;

class TestApiRetry : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void get_transientStatusThenSuccess_retriedAndSucceeds_data();
    void get_transientStatusThenSuccess_retriedAndSucceeds();
    void get_networkErrorThenSuccess_retriedAndSucceeds();
    void get_hangThenSuccess_timeoutRetriedAndSucceeds();
    void get_always503_givesUpAfterThreeAttempts();
    void get_notFound_notRetried();
    void post_503_notRetried();
    void post_networkError_notRetried();
    void abort_whileWaitingToRetry_cancelledOnceNoFurtherRequest();
    void retry_backoff_waitGrowsBetweenAttempts();

private:
    std::unique_ptr<JsonRequestJob> fastGet() {
        std::unique_ptr<JsonRequestJob> job(JsonRequestJob::get(m_access.get(), QStringLiteral("/x")));
        job->setRetryBaseDelay(std::chrono::milliseconds(10));
        return job;
    }

    std::unique_ptr<tests::FakeNetworkAccessManager> m_network;
    std::unique_ptr<api::AccessManager> m_access;
};

void TestApiRetry::init() {
    m_network = std::make_unique<tests::FakeNetworkAccessManager>();
    m_access = std::make_unique<api::AccessManager>(m_network.get());
    m_access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
}

void TestApiRetry::cleanup() {
    m_access.reset();
    m_network.reset();
}

void TestApiRetry::get_transientStatusThenSuccess_retriedAndSucceeds_data() {
    QTest::addColumn<int>("status");
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestApiRetry::get_transientStatusThenSuccess_retriedAndSucceeds() {
    QFETCH(int, status);
    m_network->enqueue(FakeResponse::json(status, {}));
    m_network->enqueue(FakeResponse::json(200, R"({"ok":true})"));
    auto job = fastGet();
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(job->httpStatus(), 200);
    QCOMPARE(m_network->requestCount(), 2);
    QCOMPARE(job->attempts(), 2);
    // each attempt is its own request with its own id
    QVERIFY(m_network->requests().at(0).header("X-Request-ID") != m_network->requests().at(1).header("X-Request-ID"));
}

void TestApiRetry::get_networkErrorThenSuccess_retriedAndSucceeds() {
    m_network->enqueue(FakeResponse::networkError(QNetworkReply::RemoteHostClosedError, "closed"));
    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto job = fastGet();
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(m_network->requestCount(), 2);
}

void TestApiRetry::get_hangThenSuccess_timeoutRetriedAndSucceeds() {
    m_access->setTimeout(std::chrono::milliseconds(100));
    m_network->enqueue(FakeResponse::hang());
    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto job = fastGet();
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(m_network->requestCount(), 2);
    QCOMPARE(m_network->abortedCount(), 1);
}

void TestApiRetry::get_always503_givesUpAfterThreeAttempts() {
    m_network->setHandler([](const tests::RecordedRequest &) {
        return FakeResponse::json(503, R"({"code":"unavailable","message":"try later"})");
    });
    auto job = fastGet();
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 300));
    QCOMPARE(job->error().kind, ApiError::Kind::Server);
    QCOMPARE(job->error().httpStatus, 503);
    QCOMPARE(job->error().code, QStringLiteral("unavailable"));
    QCOMPARE(m_network->requestCount(), 3);
    QCOMPARE(job->attempts(), 3);
}

void TestApiRetry::get_notFound_notRetried() {
    m_network->setHandler([](const tests::RecordedRequest &) { return FakeResponse::json(404, "{}"); });
    auto job = fastGet();
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 200));
    QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiRetry::post_503_notRetried() {
    m_network->setHandler([](const tests::RecordedRequest &) { return FakeResponse::json(503, {}); });
    std::unique_ptr<JsonRequestJob> job(
        JsonRequestJob::postJson(m_access.get(), QStringLiteral("/x"), QJsonDocument(QJsonObject{})));
    job->setRetryBaseDelay(std::chrono::milliseconds(10));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 200));
    QCOMPARE(job->error().kind, ApiError::Kind::Server);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiRetry::post_networkError_notRetried() {
    m_network->setHandler([](const tests::RecordedRequest &) {
        return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError, "closed");
    });
    std::unique_ptr<JsonRequestJob> job(
        JsonRequestJob::postJson(m_access.get(), QStringLiteral("/x"), QJsonDocument(QJsonObject{})));
    job->setRetryBaseDelay(std::chrono::milliseconds(10));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 200));
    QCOMPARE(job->error().kind, ApiError::Kind::Network);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiRetry::abort_whileWaitingToRetry_cancelledOnceNoFurtherRequest() {
    m_network->setHandler([](const tests::RecordedRequest &) { return FakeResponse::json(503, {}); });
    std::unique_ptr<JsonRequestJob> job(JsonRequestJob::get(m_access.get(), QStringLiteral("/x")));
    job->setRetryBaseDelay(std::chrono::milliseconds(300));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QTRY_COMPARE(job->state(), api::ApiJob::State::WaitingToRetry);
    job->abort();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 600));
    QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiRetry::retry_backoff_waitGrowsBetweenAttempts() {
    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    m_network->setHandler([&](const tests::RecordedRequest &) {
        sentAt.append(clock.elapsed());
        return FakeResponse::json(503, {});
    });
    std::unique_ptr<JsonRequestJob> job(JsonRequestJob::get(m_access.get(), QStringLiteral("/x")));
    job->setRetryBaseDelay(std::chrono::milliseconds(200));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000));
    QCOMPARE(sentAt.size(), 3);
    // 200 ms · 2^n ± 25 %: the first wait is at least 150 ms, the second at least 300 ms
    // (minus a little: coarse timers may fire a few percent early).
    QVERIFY2(sentAt[1] - sentAt[0] >= 140, qPrintable(QString::number(sentAt[1] - sentAt[0])));
    QVERIFY2(sentAt[2] - sentAt[1] >= 280, qPrintable(QString::number(sentAt[2] - sentAt[1])));
}

QTEST_GUILESS_MAIN(TestApiRetry)
#include "tst_api_retry.moc"
