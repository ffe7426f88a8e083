// Group operations end to end against the reference server over HTTPS: 1,000 demo lines suspended in
// one order followed to its end, every one checked on the server; the same submission sent twice
// applied once; an SMS to a group followed until every receiver is final.
#include "api/json_request_job.h"
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "api/sign_in_job.h"
#include "api/submission_tracker.h"
#include "domain/communication_message.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "domain/product_order.h"
#include "support/dropping_proxy.h"
#include "support/server_process.h"
#include "support/signed_in_session.h"

#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
namespace json = domain::json;

namespace {

constexpr int kLines = 1000;

// One order suspending every one of the lines, sent under `externalId`.
domain::ProductOrder suspensionOf(const QList<domain::ServiceUser> &lines, const QString &externalId) {
    domain::ProductOrder order;
    order.externalId = externalId;
    order.description = QStringLiteral("Suspend %1 lines").arg(lines.size());
    for (const domain::ServiceUser &line : lines) {
        domain::ProductOrderItem item;
        item.id = QString::number(order.items.size() + 1);
        item.product = {line.id, {}};
        item.newStatus = domain::ProductStatus::Suspended;
        order.items.append(item);
    }
    return order;
}

bool isFinalOrder(const QJsonObject &order) {
    return order.contains(QStringLiteral("completionDate"));
}

bool isFinalMessage(const QJsonObject &message) {
    return message.value(QStringLiteral("state")).toString() == QStringLiteral("completed");
}

} // namespace

class TestGroupOrders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void suspend1000Lines_oneOrderFollowedToTheEnd_everyLineSuspendedOnTheServer();
    void sameSubmissionTwice_appliedOnce();
    void smsToAGroup_followedUntilEveryReceiverIsFinal();
    void permissionMissingAtSend_refusedOnceNothingChanged();
    void answerLostOnTheWire_resentOnceAppliedOnce();

private:
    QList<domain::ServiceUser> allLines();
    QList<domain::ServiceUser> activeLines(int count);
    bool signIn(const QString &login, const QUrl &through = {});
    tests::ServerProcess m_server;
    std::unique_ptr<api::Session> m_session;
};

void TestGroupOrders::initTestCase() {
    tests::ServerProcess::Options options;
    options.users = 2000;
    options.extraArguments = {QStringLiteral("--order-item-delay-ms"), QStringLiteral("0"),
                              QStringLiteral("--smsc-speed"), QStringLiteral("20")};
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QVERIFY(signIn(QStringLiteral("admin")));
}

bool TestGroupOrders::signIn(const QString &login, const QUrl &through) {
    m_session = tests::signedInSession(m_server, login, through);
    return m_session != nullptr;
}

QList<domain::ServiceUser> TestGroupOrders::activeLines(int count) {
    QList<domain::ServiceUser> active;
    for (const domain::ServiceUser &line : allLines()) {
        if (line.status == domain::ProductStatus::Active && active.size() < count) {
            active.append(line);
        }
    }
    return active;
}

QList<domain::ServiceUser> TestGroupOrders::allLines() {
    api::PagedListLoader *loader = api::loadServiceUsers(m_session.get(), this);
    QList<domain::ServiceUser> lines;
    connect(loader, &api::PagedListLoader::pageReady, this,
            [&lines](qint64, const QVariant &page) { lines += page.value<QList<domain::ServiceUser>>(); });
    QSignalSpy finished(loader, &api::PagedListLoader::finished);
    loader->start();
    if (!finished.wait(60000)) {
        return {};
    }
    return lines;
}

void TestGroupOrders::suspend1000Lines_oneOrderFollowedToTheEnd_everyLineSuspendedOnTheServer() {
    const QList<domain::ServiceUser> lines = activeLines(kLines);
    QCOMPARE(lines.size(), kLines);
    const domain::ProductOrder order = suspensionOf(lines, QStringLiteral("test-suspend-1000"));
    api::SubmissionTracker tracker(m_session.get(), json::collectionPath(json::Resource::ProductOrder), isFinalOrder);
    QSignalSpy submitted(&tracker, &api::SubmissionTracker::submitted);
    QSignalSpy updated(&tracker, &api::SubmissionTracker::updated);
    QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
    tracker.submit(json::newProductOrderJson(order));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::None);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(1).toBool(), false); // new
    const domain::Result<domain::ProductOrder> done = json::productOrderFromJson(tracker.last());
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done.value().state, domain::OrderState::Completed);
    QCOMPARE(done.value().items.size(), kLines);
    for (const domain::ProductOrderItem &item : done.value().items) {
        QVERIFY2(item.state == domain::OrderItemState::Completed,
                 qPrintable(item.product.id + QStringLiteral(": ") + item.stateReason));
    }

    // On the server, each of the thousand is suspended now.
    QSet<QString> ordered;
    for (const domain::ServiceUser &line : lines) {
        ordered.insert(line.id);
    }
    int suspended = 0;
    for (const domain::ServiceUser &line : allLines()) {
        if (ordered.contains(line.id)) {
            QVERIFY2(line.status == domain::ProductStatus::Suspended, qPrintable(line.id));
            ++suspended;
        }
    }
    QCOMPARE(suspended, kLines);

    // The session lives as long as the program: none of the tracker's requests (one POST and a GET
    // every interval) may stay behind in it (the soak found them piling up).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(m_session->findChildren<api::JsonRequestJob *>().size(), 0);
}

void TestGroupOrders::sameSubmissionTwice_appliedOnce() {
    const QList<domain::ServiceUser> lines = activeLines(3);
    QCOMPARE(lines.size(), 3);
    const domain::ProductOrder order = suspensionOf(lines, QStringLiteral("test-twice"));
    QString firstId;
    for (int attempt = 0; attempt < 2; ++attempt) {
        api::SubmissionTracker tracker(m_session.get(), json::collectionPath(json::Resource::ProductOrder),
                                       isFinalOrder);
        QSignalSpy submitted(&tracker, &api::SubmissionTracker::submitted);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.submit(json::newProductOrderJson(order));
        QVERIFY(finished.wait(60000));
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().at(1).toBool(), attempt == 1); // the second time the server knew it
        const QString id = tracker.last().value(QStringLiteral("id")).toString();
        if (attempt == 0) {
            firstId = id;
        } else {
            QCOMPARE(id, firstId);
        }
        for (const QJsonValue &item : tracker.last().value(QStringLiteral("productOrderItem")).toArray()) {
            QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        }
    }
}

void TestGroupOrders::smsToAGroup_followedUntilEveryReceiverIsFinal() {
    const QList<domain::ServiceUser> lines = activeLines(40);
    domain::CommunicationMessage message;
    message.externalId = QStringLiteral("test-sms");
    message.content = QStringLiteral("Roaming ends on 1 December");
    for (const domain::ServiceUser &line : lines) {
        message.receivers.append({line.id, line.msisdn, domain::DeliveryState::Pending, {}});
    }
    api::SubmissionTracker tracker(m_session.get(), json::collectionPath(json::Resource::CommunicationMessage),
                                   isFinalMessage);
    QSignalSpy updated(&tracker, &api::SubmissionTracker::updated);
    QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
    tracker.submit(json::newCommunicationMessageJson(message));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::None);
    QVERIFY(updated.count() >= 2); // followed, not just answered
    const auto read = json::communicationMessageFromJson(tracker.last());
    QVERIFY(read.ok());
    QCOMPARE(read.value().receivers.size(), lines.size());
    for (const domain::MessageReceiver &receiver : read.value().receivers) {
        QVERIFY(receiver.state == domain::DeliveryState::Delivered || receiver.state == domain::DeliveryState::Failed);
    }
}

// What the client sees when the permission was withdrawn after its preview: the server refuses the
// whole order (403) once; nothing is resent and no line changes.
void TestGroupOrders::permissionMissingAtSend_refusedOnceNothingChanged() {
    const QList<domain::ServiceUser> lines = activeLines(2);
    QCOMPARE(lines.size(), 2);
    QVERIFY(signIn(QStringLiteral("finance"))); // finance may not change products
    const domain::ProductOrder order = suspensionOf(lines, QStringLiteral("test-no-permission"));
    api::SubmissionTracker tracker(m_session.get(), json::collectionPath(json::Resource::ProductOrder), isFinalOrder);
    QSignalSpy submitted(&tracker, &api::SubmissionTracker::submitted);
    QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
    tracker.submit(json::newProductOrderJson(order));
    QVERIFY(finished.wait(30000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::Forbidden);
    QCOMPARE(submitted.count(), 0);
    QVERIFY(signIn(QStringLiteral("admin")));
    QSet<QString> ordered{lines.at(0).id, lines.at(1).id};
    for (const domain::ServiceUser &line : allLines()) {
        if (ordered.contains(line.id)) {
            QCOMPARE(line.status, domain::ProductStatus::Active);
        }
    }
}

QTEST_GUILESS_MAIN(TestGroupOrders)
void TestGroupOrders::answerLostOnTheWire_resentOnceAppliedOnce() {
    // The connection drops after the order reached the server and before its answer came back: the
    // client cannot know whether it was taken, sends the same body again on a new connection, and the
    // server recognises the externalId. One order, every line changed exactly once.
    tests::DroppingProxy proxy;
    QVERIFY(proxy.listen(quint16(m_server.baseUrl().port())));
    QVERIFY(signIn(QStringLiteral("admin"), proxy.url()));
    const QList<domain::ServiceUser> lines = activeLines(100);
    QCOMPARE(lines.size(), 100);
    const domain::ProductOrder order = suspensionOf(lines, QStringLiteral("test-lost-answer"));
    proxy.dropAnswerAfter(8000); // only the order's body is that large (100 items, about 13 kB)
    api::SubmissionTracker tracker(m_session.get(), json::collectionPath(json::Resource::ProductOrder), isFinalOrder);
    QSignalSpy submitted(&tracker, &api::SubmissionTracker::submitted);
    QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
    tracker.submit(json::newProductOrderJson(order));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<api::ApiError>().kind, api::ApiError::Kind::None);
    QCOMPARE(proxy.dropped(), 1);
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().at(1).toBool(), true); // the resend found the order the server had

    // On the server: one order under that key, every item completed (a second application would have
    // failed them as "already suspended"), every line suspended.
    api::JsonRequestJob *list = m_session->get(json::collectionPath(json::Resource::ProductOrder) +
                                               QStringLiteral("?externalId=test-lost-answer"));
    QSignalSpy listed(list, &api::ApiJob::finished);
    list->start();
    QVERIFY(listed.wait(30000));
    QCOMPARE(list->json().array().size(), 1);
    const auto stored = json::productOrderFromJson(list->json().array().first().toObject());
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().items.size(), 100);
    for (const domain::ProductOrderItem &item : stored.value().items) {
        QCOMPARE(item.state, domain::OrderItemState::Completed);
    }
    QSet<QString> ids;
    for (const domain::ServiceUser &line : lines) {
        ids.insert(line.id);
    }
    for (const domain::ServiceUser &line : allLines()) {
        if (ids.contains(line.id)) {
            QCOMPARE(line.status, domain::ProductStatus::Suspended);
        }
    }
    QVERIFY(signIn(QStringLiteral("admin"))); // directly again, for whatever runs next
}

#include "tst_group_orders.moc"
