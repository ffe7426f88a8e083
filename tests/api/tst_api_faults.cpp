// Issue 9: the client's api layer against the real server injecting faults (corpcare-server --faults):
// at 10 % and 30 % of requests going wrong, each flow ends signed in / loaded / applied, or in an error
// that says what happened and can be retried; what is loaded at last equals a fault-free server's; no
// order item is applied twice or lost; nothing hangs.
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "api/sign_in_job.h"
#include "api/submission_tracker.h"
#include "domain/audit_record.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "support/retrying_api.h"
#include "support/server_process.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
namespace json = domain::json;

namespace {

constexpr int kUsers = 20000; // the load: 20 pages
constexpr int kOrderLines = 1000;

tests::ServerProcess::Options optionsWith(const QStringList &extra) {
    tests::ServerProcess::Options options;
    options.users = kUsers;
    options.extraArguments = extra;
    return options;
}

std::unique_ptr<api::Session> sessionFor(const tests::ServerProcess &server) {
    auto session = std::make_unique<api::Session>();
    session->accessManager()->setBaseUrl(server.baseUrl());
    session->accessManager()->setTimeout(std::chrono::milliseconds(2000)); // a stalled answer ends soon
    QString error;
    session->accessManager()->setExtraCaFile(server.caFile(), &error);
    return session;
}

QList<domain::ServiceUser> sortedById(QList<domain::ServiceUser> users) {
    std::sort(users.begin(), users.end(), [](const domain::ServiceUser &a, const domain::ServiceUser &b) {
        return a.id.toLongLong() < b.id.toLongLong();
    });
    return users;
}

} // namespace

class TestApiFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badFaultSpecification_serverRefusesToStartAndSaysWhy();
    void flows_underFaults_completeAsWithoutFaults_data();
    void flows_underFaults_completeAsWithoutFaults();

private:
    tests::ServerProcess m_reference;
    QList<domain::ServiceUser> m_users;
    domain::Bill m_bill;
    QList<domain::BillItem> m_billItems;
};

void TestApiFaults::initTestCase() {
    QString error;
    QVERIFY2(m_reference.start(optionsWith({}), &error), qPrintable(error));
    auto session = sessionFor(m_reference);
    QStringList failures;
    QVERIFY(tests::signInRetrying(session.get(), QStringLiteral("admin"), &failures));
    const auto users = tests::loadAllRetrying<domain::ServiceUser>(
        [&] { return api::loadServiceUsers(session.get(), this); }, &failures);
    QVERIFY(users && users->size() == kUsers);
    m_users = sortedById(*users);
    const auto bills = tests::loadAllRetrying<domain::Bill>(
        [&] { return api::loadBillsOfAccount(session.get(), QStringLiteral("5"), this); }, &failures);
    QVERIFY(bills && !bills->isEmpty());
    m_bill = bills->first();
    const auto items = tests::loadAllRetrying<domain::BillItem>(
        [&] { return api::loadBillItems(session.get(), m_bill.id, this); }, &failures);
    QVERIFY(items && items->size() > 100);
    m_billItems = *items;
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestApiFaults::badFaultSpecification_serverRefusesToStartAndSaysWhy() {
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("1.5"), QStringLiteral("needs a rate from 0 to 1")},
        {QStringLiteral("0.1,drop,nosuch"), QStringLiteral("unknown kind 'nosuch'")}};
    for (const auto &[spec, reason] : cases) {
        tests::ServerProcess server;
        tests::ServerProcess::Options options;
        options.users = 50;
        options.extraArguments = {QStringLiteral("--faults"), spec};
        QString error;
        QVERIFY(!server.start(options, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void TestApiFaults::flows_underFaults_completeAsWithoutFaults_data() {
    QTest::addColumn<QString>("rate");
    QTest::newRow("10 %") << QStringLiteral("0.1");
    QTest::newRow("30 %") << QStringLiteral("0.3");
}

void TestApiFaults::flows_underFaults_completeAsWithoutFaults() {
    QFETCH(QString, rate);
    const QString seed = tests::faultSeed();
    tests::ServerProcess faulty;
    QString error;
    QVERIFY2(
        faulty.start(optionsWith({QStringLiteral("--faults"), rate, QStringLiteral("--fault-seed"), seed}), &error),
        qPrintable(error));
    auto session = sessionFor(faulty);
    QStringList failures;

    // Sign-in.
    QVERIFY2(tests::signInRetrying(session.get(), QStringLiteral("admin"), &failures),
             qPrintable(failures.join(QLatin1Char('\n'))));

    // The service users, the same as without faults.
    int failedLoads = 0;
    const auto users = tests::loadAllRetrying<domain::ServiceUser>(
        [&] { return api::loadServiceUsers(session.get(), this); }, &failures, &failedLoads);
    QVERIFY2(users, qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(sortedById(*users), m_users);

    // A bill with its itemization, the same.
    const auto bill =
        tests::loadAllRetrying<domain::Bill>([&] { return api::loadBill(session.get(), m_bill.id, this); }, &failures);
    QVERIFY(bill && bill->size() == 1);
    QCOMPARE(bill->first(), m_bill);
    const auto items = tests::loadAllRetrying<domain::BillItem>(
        [&] { return api::loadBillItems(session.get(), m_bill.id, this); }, &failures);
    QVERIFY(items);
    QCOMPARE(*items, m_billItems);

    // A group operation of 1,000 lines: submitted again with the same externalId after any failure,
    // as the order window's Retry does, until the order is final.
    domain::ProductOrder order;
    order.externalId = QStringLiteral("faults-%1").arg(rate);
    order.description = QStringLiteral("Suspend %1 lines").arg(kOrderLines);
    QSet<QString> ordered;
    for (const domain::ServiceUser &line : m_users) {
        if (line.status == domain::ProductStatus::Active && ordered.size() < kOrderLines) {
            domain::ProductOrderItem item;
            item.id = QString::number(order.items.size() + 1);
            item.product = {line.id, {}};
            item.newStatus = domain::ProductStatus::Suspended;
            order.items.append(item);
            ordered.insert(line.id);
        }
    }
    QCOMPARE(ordered.size(), kOrderLines);
    QJsonObject final;
    int submissions = 0;
    for (; submissions < tests::kFaultAttempts && final.isEmpty(); ++submissions) {
        api::SubmissionTracker tracker(
            session.get(), json::collectionPath(json::Resource::ProductOrder),
            [](const QJsonObject &o) { return o.contains(QStringLiteral("completionDate")); });
        tracker.setInterval(200);
        QSignalSpy finished(&tracker, &api::SubmissionTracker::finished);
        tracker.submit(json::newProductOrderJson(order));
        QVERIFY2(finished.wait(180000), "the order did not end");
        const auto outcome = finished.first().first().value<api::ApiError>();
        if (!outcome.isError()) {
            final = tracker.last();
        } else if (!tests::clearFaultError(outcome)) {
            failures.append(QStringLiteral("order: %1 %2").arg(api::kindName(outcome.kind), outcome.message));
        }
    }
    QVERIFY2(!final.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    const QJsonArray finalItems = final.value(QStringLiteral("productOrderItem")).toArray();
    QCOMPARE(finalItems.size(), kOrderLines);
    for (const QJsonValue &item : finalItems) {
        QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    }
    // Each line suspended, and each change recorded exactly once: nothing applied twice, nothing lost.
    const auto after = tests::loadAllRetrying<domain::ServiceUser>(
        [&] { return api::loadServiceUsers(session.get(), this); }, &failures);
    QVERIFY(after);
    int suspended = 0;
    for (const domain::ServiceUser &line : *after) {
        if (ordered.contains(line.id)) {
            QVERIFY2(line.status == domain::ProductStatus::Suspended, qPrintable(line.id));
            ++suspended;
        }
    }
    QCOMPARE(suspended, kOrderLines);
    const auto audit = tests::loadAllRetrying<domain::AuditRecord>(
        [&] {
            return api::loadAuditRecords(session.get(),
                                         {{QStringLiteral("action"), domain::audit_action::productOrderItem}}, this);
        },
        &failures);
    QVERIFY(audit);
    QHash<QString, int> changes;
    for (const domain::AuditRecord &record : *audit) {
        ++changes[record.target.id];
    }
    QCOMPARE(changes.size(), kOrderLines);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        QVERIFY2(it.value() == 1 && ordered.contains(it.key()), qPrintable(it.key()));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    const qsizetype injected = faulty.log().count(QStringLiteral("fault "));
    if (rate == QLatin1String("0.3")) {
        QVERIFY2(injected >= 5, qPrintable(QString::number(injected))); // it did misbehave
    }
    qInfo("%lld faults injected", qint64(injected));
    qInfo("%s faults: %d failed loads of the users, %d order submissions", qPrintable(rate), failedLoads, submissions);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
