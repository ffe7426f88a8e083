// ApiJob / JsonRequestJob / SignInJob against a fake network: every terminal path emits finished()
// exactly once, errors carry clear messages, and the request policy (headers, log) holds.
#include "api/access_manager.h"
#include "api/json_request_job.h"
#include "api/sign_in_job.h"
#include "fake_network.h"
#include "signal_checks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace corpcare;
using api::ApiError;
using api::JsonRequestJob;
using tests::FakeResponse;

namespace {

QStringList g_log;

void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_log.append(message);
}

} // namespace

class TestApiJobs : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void get_success_finishedOnceWithJsonAndHeaders();
    void get_noTotalCountHeader_totalCountMinusOne();
    void get_notFoundWithTmfBody_codeAndMessageFromBody();
    void get_serverErrorWithoutBody_serverErrorOnce();
    void get_malformedJsonOn200_malformedError();
    void post_noContent_successWithNullJson();
    void get_connectionRefused_networkErrorWithClearMessage();
    void get_hangingReply_timeoutNotCancelled();
    void get_slowReplyKeepsArriving_succeedsPastTimeout();
    void abort_beforeStart_finishedOnceCancelledNothingSent();
    void abort_whileRunning_finishedOnceCancelledReplyAborted();
    void abort_afterFinish_noSecondSignal();
    void start_calledTwice_oneRequest();
    void destroy_whileRunning_replyAbortedWithoutSignal();
    void autoDelete_afterFinished_jobDeleted();
    void send_anyRequest_policyHeadersAndBearerToken();
    void send_baseUrlWithPathPrefix_prefixKept();
    void setExtraCaFile_missingFile_falseWithError();
    void signIn_rightPassword_formSentWithoutTokenAndTokenRead();
    void signIn_wrongPassword_unauthorizedWrongCredentialsMessage();
    void signIn_replyWithoutToken_malformed();
    void logging_debugEnabled_neverLogsTokensOrPasswords();

private:
    std::unique_ptr<JsonRequestJob> get(const QString &path) {
        return std::unique_ptr<JsonRequestJob>(JsonRequestJob::get(m_access.get(), path));
    }

    std::unique_ptr<tests::FakeNetworkAccessManager> m_network;
    std::unique_ptr<api::AccessManager> m_access;
};

void TestApiJobs::init() {
    m_network = std::make_unique<tests::FakeNetworkAccessManager>();
    m_access = std::make_unique<api::AccessManager>(m_network.get());
    m_access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
    m_access->setBearerToken("token-abc");
}

void TestApiJobs::cleanup() {
    m_access.reset();
    m_network.reset();
}

void TestApiJobs::get_success_finishedOnceWithJsonAndHeaders() {
    m_network->enqueue(FakeResponse::json(200, R"([{"id":"1"},{"id":"2"}])").withHeader("X-Total-Count", "42"));
    auto job = get(QStringLiteral("/tmf-api/party/v4/organization?limit=2"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QVERIFY(!job->error().isError());
    QCOMPARE(job->httpStatus(), 200);
    QCOMPARE(job->json().array().size(), 2);
    QCOMPARE(job->totalCount(), 42);
    QCOMPARE(job->rawHeader("x-total-count"), QByteArray("42"));
    QCOMPARE(m_network->requestCount(), 1);
    QCOMPARE(m_network->requests().first().url.toString(),
             QStringLiteral("https://127.0.0.1:8443/tmf-api/party/v4/organization?limit=2"));
}

void TestApiJobs::get_noTotalCountHeader_totalCountMinusOne() {
    m_network->enqueue(FakeResponse::json(200, "[]"));
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->totalCount(), -1);
}

void TestApiJobs::get_notFoundWithTmfBody_codeAndMessageFromBody() {
    m_network->enqueue(FakeResponse::json(404, R"({"@type":"Error","code":"notFound","reason":"Not found",)"
                                               R"("message":"no billingAccount with id 9","status":"404"})"));
    auto job = get(QStringLiteral("/tmf-api/accountManagement/v4/billingAccount/9"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    const ApiError &error = job->error();
    QCOMPARE(error.kind, ApiError::Kind::NotFound);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.code, QStringLiteral("notFound"));
    QCOMPARE(error.message, QStringLiteral("Not found: no billingAccount with id 9."));
    QVERIFY2(error.details.contains(QString::fromLatin1(job->requestId())), qPrintable(error.details));
    QCOMPARE(job->httpStatus(), 404);
    QCOMPARE(m_network->requestCount(), 1); // a 404 is an answer, not a reason to ask again
}

void TestApiJobs::get_serverErrorWithoutBody_serverErrorOnce() {
    m_network->enqueue(FakeResponse::json(500, {}));
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Server);
    QCOMPARE(job->error().httpStatus, 500);
    QVERIFY(job->error().code.isEmpty());
    QCOMPARE(job->error().message, QStringLiteral("The server failed to handle the request (HTTP 500)."));
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiJobs::get_malformedJsonOn200_malformedError() {
    m_network->enqueue(FakeResponse::json(200, R"([{"id": "1",)"));
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Malformed);
    QVERIFY2(job->error().message.startsWith(QStringLiteral("The server answered with malformed data: not JSON")),
             qPrintable(job->error().message));
}

void TestApiJobs::post_noContent_successWithNullJson() {
    m_network->enqueue(FakeResponse::json(204, {}));
    std::unique_ptr<JsonRequestJob> job(
        JsonRequestJob::postJson(m_access.get(), QStringLiteral("/x"), QJsonDocument(QJsonObject{{"a", 1}})));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QVERIFY(!job->error().isError());
    QVERIFY(job->json().isNull());
    QCOMPARE(m_network->requests().first().body, QByteArray(R"({"a":1})"));
    QCOMPARE(m_network->requests().first().request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             QByteArray("application/json; charset=utf-8"));
}

void TestApiJobs::get_connectionRefused_networkErrorWithClearMessage() {
    m_network->enqueue(FakeResponse::networkError(QNetworkReply::ConnectionRefusedError, "Connection refused"));
    auto job = get(QStringLiteral("/x"));
    job->setMaxAttempts(1);
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Network);
    QCOMPARE(job->error().httpStatus, 0);
    QCOMPARE(job->error().message, QStringLiteral("The server 127.0.0.1:8443 cannot be reached: connection refused."));
}

void TestApiJobs::get_hangingReply_timeoutNotCancelled() {
    m_access->setTimeout(std::chrono::milliseconds(100));
    m_network->enqueue(FakeResponse::hang());
    auto job = get(QStringLiteral("/x"));
    job->setMaxAttempts(1);
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 3000, 300));
    QCOMPARE(job->error().kind, ApiError::Kind::Timeout);
    QCOMPARE(job->error().message, QStringLiteral("The server 127.0.0.1:8443 did not answer within 0.1 s."));
    QCOMPARE(m_network->abortedCount(), 1); // the hanging reply was stopped, not left behind
}

void TestApiJobs::get_slowReplyKeepsArriving_succeedsPastTimeout() {
    m_access->setTimeout(std::chrono::milliseconds(200));
    m_network->enqueue(FakeResponse::slow(R"([{"id":"1"},{"id":"2"},{"id":"3"}])", 6, 80)); // ~480 ms in all
    auto job = get(QStringLiteral("/x"));
    job->setMaxAttempts(1);
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(job->json().array().size(), 3);
}

void TestApiJobs::abort_beforeStart_finishedOnceCancelledNothingSent() {
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->abort();
    QCOMPARE(finished.size(), 1);
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
    job->start(); // too late: nothing is sent, nothing emitted
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_network->requestCount(), 0);
}

void TestApiJobs::abort_whileRunning_finishedOnceCancelledReplyAborted() {
    m_network->enqueue(FakeResponse::hang());
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QTest::qWait(20);
    job->abort();
    QCOMPARE(finished.size(), 1); // synchronous: after abort() the job is over
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_network->abortedCount(), 1);
}

void TestApiJobs::abort_afterFinish_noSecondSignal() {
    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    job->abort();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
}

void TestApiJobs::start_calledTwice_oneRequest() {
    m_network->enqueue(FakeResponse::json(200, "{}", 30));
    auto job = get(QStringLiteral("/x"));
    QSignalSpy finished(job.get(), &api::ApiJob::finished);
    job->start();
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(m_network->requestCount(), 1);
}

void TestApiJobs::destroy_whileRunning_replyAbortedWithoutSignal() {
    m_network->enqueue(FakeResponse::hang());
    auto job = get(QStringLiteral("/x"));
    int emitted = 0;
    connect(job.get(), &api::ApiJob::finished, this, [&emitted] { ++emitted; });
    job->start();
    QTest::qWait(20);
    job.reset();
    QTest::qWait(50);
    QCOMPARE(emitted, 0);
    QCOMPARE(m_network->abortedCount(), 1);
}

void TestApiJobs::autoDelete_afterFinished_jobDeleted() {
    m_network->enqueue(FakeResponse::json(200, "{}"));
    auto *raw = JsonRequestJob::get(m_access.get(), QStringLiteral("/x"));
    const QPointer<JsonRequestJob> job(raw);
    raw->setAutoDelete(true);
    QSignalSpy finished(raw, &api::ApiJob::finished);
    raw->start();
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(job.isNull());
}

void TestApiJobs::send_anyRequest_policyHeadersAndBearerToken() {
    m_network->setHandler([](const tests::RecordedRequest &) { return FakeResponse::json(200, "{}"); });
    auto first = get(QStringLiteral("/a"));
    auto second = get(QStringLiteral("/b"));
    QSignalSpy done(second.get(), &api::ApiJob::finished);
    first->start();
    second->start();
    QVERIFY(done.wait(5000));
    QCOMPARE(m_network->requestCount(), 2);
    const tests::RecordedRequest &a = m_network->requests().at(0);
    const tests::RecordedRequest &b = m_network->requests().at(1);
    QCOMPARE(a.header("Authorization"), QByteArray("Bearer token-abc"));
    QVERIFY(a.header("User-Agent").startsWith("CorpCare/"));
    QCOMPARE(a.header("Accept"), QByteArray("application/json"));
    QVERIFY(!QUuid::fromString(QString::fromLatin1(a.header("X-Request-ID"))).isNull());
    QVERIFY(a.header("X-Request-ID") != b.header("X-Request-ID"));
    QCOMPARE(first->requestId(), a.header("X-Request-ID"));
    QCOMPARE(a.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(a.request.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestApiJobs::send_baseUrlWithPathPrefix_prefixKept() {
    m_access->setBaseUrl(QUrl(QStringLiteral("https://billing.example:9443/operator/api/")));
    QCOMPARE(
        m_access->urlFor(QStringLiteral("/tmf-api/party/v4/organization?name=A%20B&limit=5"))
            .toString(QUrl::FullyEncoded),
        QStringLiteral("https://billing.example:9443/operator/api/tmf-api/party/v4/organization?name=A%20B&limit=5"));
    m_access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(m_access->urlFor(QStringLiteral("/corporate/v1/me")).toString(),
             QStringLiteral("https://127.0.0.1:8443/corporate/v1/me"));
}

void TestApiJobs::setExtraCaFile_missingFile_falseWithError() {
    QString error;
    QVERIFY(!m_access->setExtraCaFile(QStringLiteral("/nonexistent/ca.pem"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(error));
    QVERIFY(m_access->extraCaCertificates().isEmpty());
}

void TestApiJobs::signIn_rightPassword_formSentWithoutTokenAndTokenRead() {
    m_network->enqueue(
        FakeResponse::json(200, R"({"access_token":"new-token","token_type":"Bearer","expires_in":3600})"));
    api::SignInJob job(m_access.get(), QStringLiteral("admin"), QStringLiteral("p+w&d=1 x"));
    QSignalSpy finished(&job, &api::ApiJob::finished);
    job.start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job.error().kind, ApiError::Kind::None);
    QCOMPARE(job.accessToken(), QByteArray("new-token"));
    QCOMPARE(job.expiresInSeconds(), 3600);
    QVERIFY(job.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(3500));
    const tests::RecordedRequest &request = m_network->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.path(), QStringLiteral("/corporate/v1/oauth2/token"));
    QCOMPARE(request.body, QByteArray("grant_type=password&username=admin&password=p%2Bw%26d%3D1%20x"));
    QVERIFY(request.header("Authorization").isEmpty()); // the token endpoint never sees a token
}

void TestApiJobs::signIn_wrongPassword_unauthorizedWrongCredentialsMessage() {
    m_network->enqueue(FakeResponse::json(401, R"({"code":"invalid_grant","message":"wrong user name or password",)"
                                               R"("reason":"Unauthorized","status":"401","error":"invalid_grant"})"));
    api::SignInJob job(m_access.get(), QStringLiteral("admin"), QStringLiteral("wrong"));
    QSignalSpy finished(&job, &api::ApiJob::finished);
    job.start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(job.error().code, QStringLiteral("invalid_grant"));
    QCOMPARE(job.error().message, QStringLiteral("Wrong user name or password."));
    QVERIFY(job.accessToken().isEmpty());
}

void TestApiJobs::signIn_replyWithoutToken_malformed() {
    m_network->enqueue(FakeResponse::json(200, R"({"token_type":"Bearer"})"));
    api::SignInJob job(m_access.get(), QStringLiteral("admin"), QStringLiteral("x"));
    QSignalSpy finished(&job, &api::ApiJob::finished);
    job.start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job.error().kind, ApiError::Kind::Malformed);
    QVERIFY(job.error().message.contains(QStringLiteral("access_token")));
}

void TestApiJobs::logging_debugEnabled_neverLogsTokensOrPasswords() {
    const QByteArray token = "tok-SECRET-4711";
    const QString password = QStringLiteral("pw-SECRET-0815");
    const QByteArray issued = "issued-SECRET-9999";
    m_access->setBearerToken(token);
    m_network->setHandler([issued](const tests::RecordedRequest &request) {
        if (request.url.path().endsWith(QLatin1String("/token"))) {
            return FakeResponse::json(200, R"({"access_token":")" + issued + R"(","token_type":"Bearer"})");
        }
        return FakeResponse::json(200, "[]");
    });
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("corpcare.api.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);
    auto job = get(QStringLiteral("/tmf-api/party/v4/organization?limit=3"));
    api::SignInJob signIn(m_access.get(), QStringLiteral("admin"), password);
    QSignalSpy listed(job.get(), &api::ApiJob::finished);
    QSignalSpy signedIn(&signIn, &api::ApiJob::finished);
    job->start();
    signIn.start();
    const bool done = (listed.size() > 0 || listed.wait(5000)) && (signedIn.size() > 0 || signedIn.wait(5000));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(done);
    const QString all = g_log.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("GET")) && all.contains(QStringLiteral("/tmf-api/party/v4/organization")),
             qPrintable(all)); // the log is on: the checks below are not vacuous
    QVERIFY2(all.contains(QString::fromLatin1(job->requestId())), qPrintable(all));
    QVERIFY2(!all.contains(QString::fromLatin1(token)), qPrintable(all));
    QVERIFY2(!all.contains(password), qPrintable(all));
    QVERIFY2(!all.contains(QString::fromLatin1(issued)), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("SECRET")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_api_jobs.moc"
