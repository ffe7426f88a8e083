// Session against a fake network: sign-in, and the re-authentication queue — a 401 while signed in
// parks the job and every new one until a new token arrives, then all of them are replayed.
#include "api/session.h"
#include "fake_network.h"
#include "signal_checks.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace corpcare;
using api::ApiError;
using api::ApiJob;
using tests::FakeResponse;

class TestApiSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signIn_rightPassword_signedInAndTokenOnNextRequests();
    void signIn_wrongPassword_unauthorizedNotSignedIn();
    void unauthorized_whileSignedIn_reauthenticationRequiredOnceAndJobsQueued();
    void resumeWithToken_afterQueueing_replaysAllWithNewToken();
    void abandonReauthentication_queuedJobsFailUnauthorizedAndSignedOut();
    void signIn_whileReauthenticating_replaysQueuedJobs();
    void unauthorized_twoJobsAtOnce_oneSignal();
    void unauthorized_notSignedIn_failsAtOnce();
    void abort_queuedJob_cancelledOnceAndNotReplayed();
    void unauthorized_tokenChangedMeanwhile_replayedWithoutAsking();
    void fetchMe_signedIn_currentUserSet();
    void signOut_signedIn_tokenAndUserForgotten();

private:
    FakeResponse answer(const tests::RecordedRequest &request);
    bool signIn(); // as "admin" / "right"
    ApiJob *startedGet(const QString &path) {
        ApiJob *job = m_session->get(path);
        job->start();
        return job;
    }
    // Makes the server refuse the current token (it "expired") and waits until a job is parked.
    bool expireTokenAndPark(ApiJob **firstJob, QSignalSpy &reauth);

    tests::FakeNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<api::Session> m_session;
    QByteArray m_validToken;   // what the fake server accepts
    QByteArray m_tokenToIssue; // what the fake token endpoint hands out
    int m_unauthorizedDelayMs = 0;
};

FakeResponse TestApiSession::answer(const tests::RecordedRequest &request) {
    const QString path = request.url.path();
    if (path == QLatin1String("/corporate/v1/oauth2/token")) {
        const QUrlQuery form(QString::fromLatin1(request.body));
        if (form.queryItemValue(QStringLiteral("password")) != QLatin1String("right")) {
            return FakeResponse::json(401, R"({"code":"invalid_grant","message":"wrong user name or password"})");
        }
        m_validToken = m_tokenToIssue;
        return FakeResponse::json(200, R"({"access_token":")" + m_tokenToIssue +
                                           R"(","token_type":"Bearer","expires_in":3600})");
    }
    if (request.header("Authorization") != "Bearer " + m_validToken || m_validToken.isEmpty()) {
        return FakeResponse::json(401, R"({"code":"unauthorized","message":"token expired"})", m_unauthorizedDelayMs);
    }
    if (path == QLatin1String("/corporate/v1/me")) {
        return FakeResponse::json(200, R"({"id":"1","login":"admin","name":"Anna Admin","role":"companyAdmin",)"
                                       R"("permissions":["viewAccounts","managePortalUsers"],)"
                                       R"("scope":[{"id":"1","@referredType":"Organization","name":"Co"}]})");
    }
    return FakeResponse::json(200, R"({"path":")" + path.toUtf8() + R"("})");
}

void TestApiSession::init() {
    m_network = new tests::FakeNetworkAccessManager;
    auto *access = new api::AccessManager(m_network);
    m_network->setParent(access);
    access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
    m_session = std::make_unique<api::Session>(access);
    m_validToken.clear();
    m_tokenToIssue = "token-1";
    m_unauthorizedDelayMs = 0;
    m_network->setHandler([this](const tests::RecordedRequest &request) { return answer(request); });
}

void TestApiSession::cleanup() {
    m_session.reset();
}

bool TestApiSession::signIn() {
    api::SignInJob *job = m_session->signIn(QStringLiteral("admin"), QStringLiteral("right"));
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    return finished.wait(5000) && !job->error().isError() && m_session->isSignedIn();
}

bool TestApiSession::expireTokenAndPark(ApiJob **firstJob, QSignalSpy &reauth) {
    m_validToken = "token-2"; // the server no longer takes token-1
    *firstJob = startedGet(QStringLiteral("/one"));
    return reauth.wait(5000) && (*firstJob)->state() == ApiJob::State::WaitingForSignIn;
}

void TestApiSession::signIn_rightPassword_signedInAndTokenOnNextRequests() {
    QSignalSpy signedIn(m_session.get(), &api::Session::signedIn);
    QVERIFY(signIn());
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(m_session->login(), QStringLiteral("admin"));
    QVERIFY(m_session->tokenExpiresAt().isValid());
    ApiJob *job = startedGet(QStringLiteral("/data"));
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(m_network->requests().last().header("Authorization"), QByteArray("Bearer token-1"));
}

void TestApiSession::signIn_wrongPassword_unauthorizedNotSignedIn() {
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    api::SignInJob *job = m_session->signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(job->error().message, QStringLiteral("Wrong user name or password."));
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(reauth.size(), 0);
}

void TestApiSession::unauthorized_whileSignedIn_reauthenticationRequiredOnceAndJobsQueued() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    ApiJob *first = nullptr;
    QVERIFY(expireTokenAndPark(&first, reauth));
    QSignalSpy firstFinished(first, &ApiJob::finished);
    const int sent = m_network->requestCount();
    ApiJob *second = startedGet(QStringLiteral("/two"));
    ApiJob *third = startedGet(QStringLiteral("/three"));
    QTest::qWait(150);
    QCOMPARE(m_network->requestCount(), sent); // parked, not sent
    QCOMPARE(second->state(), ApiJob::State::WaitingForSignIn);
    QCOMPARE(third->state(), ApiJob::State::WaitingForSignIn);
    QCOMPARE(firstFinished.size(), 0); // nothing failed
    QCOMPARE(reauth.size(), 1);
    QVERIFY(m_session->isReauthenticating());
}

void TestApiSession::resumeWithToken_afterQueueing_replaysAllWithNewToken() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    ApiJob *first = nullptr;
    QVERIFY(expireTokenAndPark(&first, reauth));
    ApiJob *second = startedGet(QStringLiteral("/two"));
    ApiJob *third = startedGet(QStringLiteral("/three"));
    QSignalSpy s1(first, &ApiJob::finished);
    QSignalSpy s2(second, &ApiJob::finished);
    QSignalSpy s3(third, &ApiJob::finished);
    const int sent = m_network->requestCount();
    m_session->resumeWithToken("token-2");
    QVERIFY(tests::emittedExactlyOnce(s1));
    QVERIFY(tests::emittedExactlyOnce(s2));
    QVERIFY(tests::emittedExactlyOnce(s3));
    for (ApiJob *job : {first, second, third}) {
        QCOMPARE(job->error().kind, ApiError::Kind::None);
    }
    QCOMPARE(m_network->requestCount(), sent + 3);
    for (int i = sent; i < sent + 3; ++i) {
        QCOMPARE(m_network->requests().at(i).header("Authorization"), QByteArray("Bearer token-2"));
    }
    QCOMPARE(reauth.size(), 1);
    QVERIFY(!m_session->isReauthenticating());
}

void TestApiSession::abandonReauthentication_queuedJobsFailUnauthorizedAndSignedOut() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    QSignalSpy signedOut(m_session.get(), &api::Session::signedOut);
    ApiJob *first = nullptr;
    QVERIFY(expireTokenAndPark(&first, reauth));
    ApiJob *second = startedGet(QStringLiteral("/two"));
    QSignalSpy s1(first, &ApiJob::finished);
    QSignalSpy s2(second, &ApiJob::finished);
    const int sent = m_network->requestCount();
    m_session->abandonReauthentication();
    QVERIFY(tests::emittedExactlyOnce(s1));
    QVERIFY(tests::emittedExactlyOnce(s2));
    QCOMPARE(first->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(second->error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(!first->error().message.isEmpty());
    QCOMPARE(m_network->requestCount(), sent);
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(signedOut.size(), 1);
}

void TestApiSession::signIn_whileReauthenticating_replaysQueuedJobs() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    ApiJob *first = nullptr;
    QVERIFY(expireTokenAndPark(&first, reauth));
    ApiJob *second = startedGet(QStringLiteral("/two"));
    QSignalSpy s1(first, &ApiJob::finished);
    QSignalSpy s2(second, &ApiJob::finished);
    m_tokenToIssue = "token-3";
    QVERIFY(signIn());
    QVERIFY(tests::emittedExactlyOnce(s1));
    QVERIFY(tests::emittedExactlyOnce(s2));
    QCOMPARE(first->error().kind, ApiError::Kind::None);
    QCOMPARE(second->error().kind, ApiError::Kind::None);
    QCOMPARE(m_network->requests().last().header("Authorization"), QByteArray("Bearer token-3"));
}

void TestApiSession::unauthorized_twoJobsAtOnce_oneSignal() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    m_validToken = "token-2";
    ApiJob *first = startedGet(QStringLiteral("/one"));
    ApiJob *second = startedGet(QStringLiteral("/two"));
    QVERIFY(reauth.wait(5000));
    QTRY_COMPARE(second->state(), ApiJob::State::WaitingForSignIn);
    QCOMPARE(first->state(), ApiJob::State::WaitingForSignIn);
    QTest::qWait(100);
    QCOMPARE(reauth.size(), 1);
}

void TestApiSession::unauthorized_notSignedIn_failsAtOnce() {
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    ApiJob *job = startedGet(QStringLiteral("/data"));
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(reauth.size(), 0);
}

void TestApiSession::abort_queuedJob_cancelledOnceAndNotReplayed() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    ApiJob *first = nullptr;
    QVERIFY(expireTokenAndPark(&first, reauth));
    ApiJob *second = startedGet(QStringLiteral("/two"));
    QSignalSpy s2(second, &ApiJob::finished);
    second->abort();
    QCOMPARE(second->error().kind, ApiError::Kind::Cancelled);
    QSignalSpy s1(first, &ApiJob::finished);
    const int sent = m_network->requestCount();
    m_session->resumeWithToken("token-2");
    QVERIFY(tests::emittedExactlyOnce(s1));
    QVERIFY(tests::emittedExactlyOnce(s2));
    QCOMPARE(m_network->requestCount(), sent + 1); // only the first was replayed
}

void TestApiSession::unauthorized_tokenChangedMeanwhile_replayedWithoutAsking() {
    QVERIFY(signIn());
    QSignalSpy reauth(m_session.get(), &api::Session::reauthenticationRequired);
    m_validToken = "token-2";
    m_unauthorizedDelayMs = 100;
    ApiJob *job = startedGet(QStringLiteral("/data")); // travels with token-1
    QSignalSpy finished(job, &ApiJob::finished);
    m_session->resumeWithToken("token-2"); // a new sign-in while it travels
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(m_network->requests().last().header("Authorization"), QByteArray("Bearer token-2"));
    QCOMPARE(reauth.size(), 0);
}

void TestApiSession::fetchMe_signedIn_currentUserSet() {
    QVERIFY(signIn());
    QSignalSpy changed(m_session.get(), &api::Session::currentUserChanged);
    api::MeJob *job = m_session->fetchMe();
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(job->error().kind, ApiError::Kind::None);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_session->hasCurrentUser());
    QCOMPARE(m_session->currentUser().login, QStringLiteral("admin"));
    QVERIFY(m_session->currentUser().permissions.contains(QStringLiteral("managePortalUsers")));
}

void TestApiSession::signOut_signedIn_tokenAndUserForgotten() {
    QVERIFY(signIn());
    api::MeJob *me = m_session->fetchMe();
    QSignalSpy meFinished(me, &ApiJob::finished);
    me->start();
    QVERIFY(meFinished.wait(5000));
    QSignalSpy signedOut(m_session.get(), &api::Session::signedOut);
    m_session->signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_session->hasCurrentUser());
    ApiJob *job = startedGet(QStringLiteral("/data"));
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(tests::emittedExactlyOnce(finished));
    QVERIFY(m_network->requests().last().header("Authorization").isEmpty());
    QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_api_session.moc"
