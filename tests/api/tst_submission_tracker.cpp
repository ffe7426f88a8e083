// SubmissionTracker on a fake network: a lost answer to the POST is resent with the same body (the
// externalId makes the server recognise it), a refusal is not, reading on survives a dropped reply,
// and every path ends with exactly one finished().
#include "api/access_manager.h"
#include "api/session.h"
#include "api/submission_tracker.h"
#include "fake_network.h"

#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
using tests::FakeResponse;

namespace {
const QByteArray kAccepted =
    R"({"id":"7","href":"/tmf-api/productOrderingManagement/v4/productOrder/7","state":"acknowledged"})";
const QByteArray kRunning =
    R"({"id":"7","href":"/tmf-api/productOrderingManagement/v4/productOrder/7","state":"inProgress"})";
const QByteArray kDone =
    R"({"id":"7","href":"/tmf-api/productOrderingManagement/v4/productOrder/7","state":"completed",)"
    R"("completionDate":"2026-11-26T10:00:00Z"})";

bool isFinal(const QJsonObject &order) {
    return order.contains(QStringLiteral("completionDate"));
}
} // namespace

class TestSubmissionTracker : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_network = new tests::FakeNetworkAccessManager;
        auto *access = new api::AccessManager(m_network);
        m_network->setParent(access);
        access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
        m_session = std::make_unique<api::Session>(access);
    }
    void cleanup() { m_session.reset(); }

    void submit_answerLostOnce_sameBodySentAgainAndFollowedToTheEnd() {
        int posts = 0;
        int reads = 0;
        m_network->setHandler([&](const tests::RecordedRequest &request) {
            if (request.method == "POST") {
                return ++posts == 1 ? FakeResponse::networkError(QNetworkReply::RemoteHostClosedError,
                                                                 QStringLiteral("connection closed"))
                                    : FakeResponse::json(201, kAccepted);
            }
            return FakeResponse::json(200, ++reads < 2 ? kRunning : kDone);
        });
        api::SubmissionTracker tracker(m_session.get(), QStringLiteral("/tmf-api/x/productOrder"), isFinal);
        tracker.setInterval(10);
        QSignalSpy submitted(&tracker, &api::SubmissionTracker::submitted);
        QSignalSpy updated(&tracker, &api::SubmissionTracker::updated);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.submit(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("corpcare-1")}});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::None);
        QCOMPARE(posts, 2);
        const QList<tests::RecordedRequest> &requests = m_network->requests();
        QCOMPARE(requests.at(0).body, requests.at(1).body); // the same externalId both times
        QVERIFY(requests.at(0).body.contains("corpcare-1"));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(updated.count(), 3); // the answer, then two readings
        QVERIFY(isFinal(tracker.last()));
    }

    void submit_refused_noResendOneFinished() {
        m_network->setHandler([](const tests::RecordedRequest &) {
            return FakeResponse::json(400, R"({"code":"400","reason":"bad","message":"an item changes nothing"})");
        });
        api::SubmissionTracker tracker(m_session.get(), QStringLiteral("/tmf-api/x/productOrder"), isFinal);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.submit(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("corpcare-2")}});
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::BadRequest);
        QCOMPARE(m_network->requestCount(), 1);
    }

    void submit_answerAlwaysLost_givesUpAfterTheResends() {
        m_network->setHandler([](const tests::RecordedRequest &) {
            return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        });
        api::SubmissionTracker tracker(m_session.get(), QStringLiteral("/tmf-api/x/productOrder"), isFinal);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.submit(QJsonObject{{QStringLiteral("externalId"), QStringLiteral("corpcare-3")}});
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::Network);
        QCOMPARE(m_network->requestCount(), 1 + api::SubmissionTracker::kMaxResends);
    }

    void follow_readingDroppedOnce_readsOnUntilFinal() {
        int reads = 0;
        m_network->setHandler([&](const tests::RecordedRequest &) {
            ++reads;
            if (reads == 2) {
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"));
            }
            return FakeResponse::json(200, reads < 4 ? kRunning : kDone);
        });
        api::SubmissionTracker tracker(m_session.get(), QStringLiteral("/tmf-api/x/productOrder"), isFinal);
        tracker.setInterval(10);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.follow(QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/7"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::None);
        QVERIFY(reads >= 4);
    }

    void stop_whileFollowing_cancelledOnceAndNoMoreReads() {
        m_network->setHandler([](const tests::RecordedRequest &) { return FakeResponse::json(200, kRunning); });
        api::SubmissionTracker tracker(m_session.get(), QStringLiteral("/tmf-api/x/productOrder"), isFinal);
        tracker.setInterval(10);
        QSignalSpy updated(&tracker, &api::SubmissionTracker::updated);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.follow(QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder/7"));
        QVERIFY(updated.wait(5000));
        tracker.stop();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::Cancelled);
        const int requests = m_network->requestCount();
        QTest::qWait(100);
        QCOMPARE(m_network->requestCount(), requests);
        QCOMPARE(finished.count(), 1);
    }

private:
    tests::FakeNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<api::Session> m_session;
};

QTEST_GUILESS_MAIN(TestSubmissionTracker)
#include "tst_submission_tracker.moc"
