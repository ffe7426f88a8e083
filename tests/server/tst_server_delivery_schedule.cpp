// Scheduled report delivery (issue 7, profile §10): a schedule sends each new bill of its account once,
// never the bill that was there when it was made, never a bill twice (not even after a restart), and
// nothing once cancelled. The server checks every second here (--schedule-check-seconds 1); a new bill
// is written into the server's database as the billing run would.
#include "server/store/sqlite.h"
#include "support/delivery_client.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/server_process.h"
#include "support/smtp_sink.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare;
using namespace corpcare::tests::delivery;
using tests::SmtpSink;

namespace {

constexpr int kSettleMs = 2500; // more than two schedule checks

} // namespace

class TestServerDeliverySchedule : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server->stop(); }
    void create_outsideScopeOrWithoutFields_refused();
    void create_theExistingBillIsNotSent();
    void patch_changesReceiversAndFormat();
    void newBill_makesExactlyOneRun();
    void restart_doesNotSendAgain();
    void cancel_stopsRuns();
    void patchStateCancelled_isDeleteForClientsWithoutIt();

private:
    bool startServer();
    // Writes the account's next bill (a copy of its newest, a month later, with its lines); its bill number.
    QString closeMonth();
    QJsonArray runs();

    SmtpSink m_sink;
    std::unique_ptr<tests::ServerProcess> m_server;
    QTemporaryDir m_dataDir; // outlives each server process: the restart opens the same database
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_head;
    QString m_account;
    QString m_schedule;
    QString m_lastBillNo;
    int m_months = 0;
};

bool TestServerDeliverySchedule::startServer() {
    m_server = std::make_unique<tests::ServerProcess>();
    QString error;
    const bool started = m_server->start({300,
                                          1,
                                          QStringLiteral("2026-11-25"),
                                          {QStringLiteral("--smtp"), m_sink.relayArgument(),
                                           QStringLiteral("--schedule-check-seconds"), QStringLiteral("1")},
                                          m_dataDir.path()},
                                         &error);
    if (!started) {
        qWarning() << error;
        return false;
    }
    m_client = std::make_unique<tests::HttpsClient>(m_server->baseUrl(), m_server->caFile());
    m_head = m_client->signIn(QStringLiteral("head.sales"));
    return !m_head.isEmpty();
}

void TestServerDeliverySchedule::initTestCase() {
    QVERIFY(m_sink.start());
    QVERIFY(m_dataDir.isValid());
    QVERIFY(startServer());
    m_account = m_client->get(tests::paths::kAccounts + QStringLiteral("?limit=1"), m_head)
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString();
    QVERIFY(!m_account.isEmpty());
}

QString TestServerDeliverySchedule::closeMonth() {
    const auto db = server::store::Database::open(QDir(m_dataDir.path()).filePath(QStringLiteral("corpcare.db")),
                                                  server::store::Database::Mode::ReadWrite);
    server::store::Transaction transaction(*db);
    const qint64 newest =
        db->scalar(QStringLiteral("SELECT MAX(id) FROM bill WHERE billing_account_id = ?"), {m_account.toLongLong()})
            .toLongLong();
    const qint64 id = db->scalar(QStringLiteral("SELECT MAX(id) + 1 FROM bill")).toLongLong();
    const QString billNo = QStringLiteral("B-TEST-%1").arg(++m_months);
    db->prepare(
          QStringLiteral("INSERT INTO bill(id, bill_no, billing_account_id, bill_date, period_start, period_end, "
                         "payment_due_date, state, tax_excluded, tax_included, remaining, tax_rate_bp) SELECT ?, "
                         "?, billing_account_id, bill_date + 30, period_end, period_end + 30, payment_due_date + "
                         "30, 'sent', tax_excluded, tax_included, tax_included, tax_rate_bp FROM bill WHERE id = ?"))
        .bind(1, id)
        .bind(2, billNo)
        .bind(3, newest)
        .run();
    db->prepare(QStringLiteral("INSERT INTO bill_item(bill_id, billing_account_id, product_id, kind, offering_id, "
                               "period_start, period_end, charge_date, tax_excluded, tax_included) SELECT ?, "
                               "billing_account_id, product_id, kind, offering_id, period_start + 30, period_end + 30, "
                               "charge_date + 30, tax_excluded, tax_included FROM bill_item WHERE bill_id = ?"))
        .bind(1, id)
        .bind(2, newest)
        .run();
    transaction.commit();
    return billNo;
}

QJsonArray TestServerDeliverySchedule::runs() {
    return m_client
        ->get(kMessages + QStringLiteral("?@type=ReportDelivery&limit=100&schedule.id=") + m_schedule, m_head)
        .array();
}

void TestServerDeliverySchedule::create_outsideScopeOrWithoutFields_refused() {
    const QByteArray logistics = m_client->signIn(QStringLiteral("head.logistics"));
    const QJsonObject body{
        {QStringLiteral("messageType"), QStringLiteral("email")},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("itemization")},
                     {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), m_account}}}}},
        {QStringLiteral("format"), QStringLiteral("xlsx")},
        {QStringLiteral("receiver"), emails({QStringLiteral("cfo@example.com")})}};
    QCOMPARE(m_client->send("POST", kSchedules, compact(body), "application/json", logistics).status, 404);
    QJsonObject payments = body;
    payments.insert(QStringLiteral("report"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("payments")},
                                {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), m_account}}}});
    QCOMPARE(m_client->send("POST", kSchedules, compact(payments), "application/json", m_head).status, 400);
    QJsonObject noReceiver = body;
    noReceiver.insert(QStringLiteral("receiver"), QJsonArray());
    QCOMPARE(m_client->send("POST", kSchedules, compact(noReceiver), "application/json", m_head).status, 400);
    QCOMPARE(m_client->get(kSchedules, m_head).totalCount(), 0);
}

void TestServerDeliverySchedule::create_theExistingBillIsNotSent() {
    const QJsonObject body{
        {QStringLiteral("messageType"), QStringLiteral("email")},
        {QStringLiteral("report"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("itemization")},
                     {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), m_account}}}}},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("receiver"), emails({QStringLiteral("cfo@example.com")})}};
    const tests::HttpReply created = m_client->send("POST", kSchedules, compact(body), "application/json", m_head);
    QCOMPARE(created.status, 201);
    m_schedule = created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(created.object().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QVERIFY(!created.object()
                 .value(QStringLiteral("lastBill"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString()
                 .isEmpty());
    QTest::qWait(kSettleMs);
    QCOMPARE(runs().size(), 0);
    QCOMPARE(m_sink.mails().size(), 0);
    // Another user does not see it.
    const QByteArray logistics = m_client->signIn(QStringLiteral("head.logistics"));
    QCOMPARE(m_client->get(kSchedules + QLatin1Char('/') + m_schedule, logistics).status, 404);
    QCOMPARE(m_client->send("DELETE", kSchedules + QLatin1Char('/') + m_schedule, {}, {}, logistics).status, 404);
}

void TestServerDeliverySchedule::patch_changesReceiversAndFormat() {
    const QJsonObject change{
        {QStringLiteral("format"), QStringLiteral("xlsx")},
        {QStringLiteral("receiver"), emails({QStringLiteral("cfo@example.com"), QStringLiteral("ap@example.com")})}};
    const tests::HttpReply patched = m_client->send("PATCH", kSchedules + QLatin1Char('/') + m_schedule,
                                                    compact(change), "application/json", m_head);
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(patched.object().value(QStringLiteral("receiver")).toArray().size(), 2);
    QCOMPARE(m_client
                 ->send("PATCH", kSchedules + QLatin1Char('/') + m_schedule,
                        compact({{QStringLiteral("format"), QStringLiteral("docx")}}), "application/json", m_head)
                 .status,
             400);
}

void TestServerDeliverySchedule::newBill_makesExactlyOneRun() {
    m_lastBillNo = closeMonth();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, 15000);
    const QString id = runs().first().toObject().value(QStringLiteral("id")).toString();
    const QJsonObject run = waitUntilCompleted(*m_client, m_head, id);
    QCOMPARE(run.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("id")).toString(), m_schedule);
    QCOMPARE(run.value(QStringLiteral("report"))
                 .toObject()
                 .value(QStringLiteral("bill"))
                 .toObject()
                 .value(QStringLiteral("name")),
             m_lastBillNo);
    for (const QJsonValue &receiver : run.value(QStringLiteral("receiver")).toArray()) {
        QCOMPARE(receiver.toObject().value(QStringLiteral("deliveryState")).toString(), QStringLiteral("sent"));
    }
    QVERIFY(m_sink.waitForMails(1));
    QCOMPARE(m_sink.mails().first().attachment()->fileName, QStringLiteral("itemization-%1.xlsx").arg(m_lastBillNo));
    QCOMPARE(m_sink.mails().first().recipients.size(), 2);
    QTest::qWait(kSettleMs);
    QCOMPARE(runs().size(), 1);
    QCOMPARE(m_sink.mails().size(), 1);
    const QJsonObject schedule = m_client->get(kSchedules + QLatin1Char('/') + m_schedule, m_head).object();
    QCOMPARE(schedule.value(QStringLiteral("lastBill")).toObject().value(QStringLiteral("name")).toString(),
             m_lastBillNo);
}

void TestServerDeliverySchedule::restart_doesNotSendAgain() {
    m_server->stop();
    QVERIFY(startServer());
    QTest::qWait(kSettleMs);
    QCOMPARE(runs().size(), 1);
    QCOMPARE(m_sink.mails().size(), 1);
}

void TestServerDeliverySchedule::cancel_stopsRuns() {
    QCOMPARE(m_client->send("DELETE", kSchedules + QLatin1Char('/') + m_schedule, {}, {}, m_head).status, 204);
    QCOMPARE(m_client->get(kSchedules + QLatin1Char('/') + m_schedule, m_head).object().value(QStringLiteral("state")),
             QStringLiteral("cancelled"));
    closeMonth();
    QTest::qWait(kSettleMs);
    QCOMPARE(runs().size(), 1);
    QCOMPARE(m_sink.mails().size(), 1);
    QCOMPARE(m_client->get(kSchedules + QStringLiteral("?state=active"), m_head).totalCount(), 0);
    // A cancelled schedule stays cancelled.
    QCOMPARE(m_client
                 ->send("PATCH", kSchedules + QLatin1Char('/') + m_schedule,
                        compact({{QStringLiteral("format"), QStringLiteral("pdf")}}), "application/json", m_head)
                 .status,
             409);
}

void TestServerDeliverySchedule::patchStateCancelled_isDeleteForClientsWithoutIt() {
    const QJsonObject body{{QStringLiteral("messageType"), QStringLiteral("fax")},
                           {QStringLiteral("report"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("bill")},
                                                                  {QStringLiteral("billingAccount"),
                                                                   QJsonObject{{QStringLiteral("id"), m_account}}}}},
                           {QStringLiteral("format"), QStringLiteral("pdf")},
                           {QStringLiteral("receiver"),
                            QJsonArray{QJsonObject{{QStringLiteral("faxNumber"), QStringLiteral("74951234567")}}}}};
    const tests::HttpReply created = m_client->send("POST", kSchedules, compact(body), "application/json", m_head);
    QCOMPARE(created.status, 201);
    const QString path = kSchedules + QLatin1Char('/') + created.object().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client
                 ->send("PATCH", path, compact({{QStringLiteral("state"), QStringLiteral("paused")}}),
                        "application/json", m_head)
                 .status,
             400);
    const tests::HttpReply cancelled = m_client->send(
        "PATCH", path, compact({{QStringLiteral("state"), QStringLiteral("cancelled")}}), "application/json", m_head);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.object().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    // Each change is in the audit trail, with the schedule's account as the target.
    const QByteArray admin = m_client->signIn(QStringLiteral("admin"));
    const QJsonArray audit = m_client
                                 ->get(QStringLiteral("/corporate/v1/auditRecord?actor=head.sales&target.id=") +
                                           m_account + QStringLiteral("&limit=100"),
                                       admin)
                                 .array();
    QStringList actions;
    for (const QJsonValue &record : audit) {
        actions.append(record.toObject().value(QStringLiteral("action")).toString());
    }
    QCOMPARE(actions.count(QStringLiteral("deliverySchedule.create")), 2);
    QCOMPARE(actions.count(QStringLiteral("deliverySchedule.change")), 1);
    QCOMPARE(actions.count(QStringLiteral("deliverySchedule.cancel")), 2);
    QCOMPARE(actions.count(QStringLiteral("deliverySchedule.run")), 1);
    QCOMPARE(actions.count(QStringLiteral("reportDelivery.result")), 1);
}

QTEST_GUILESS_MAIN(TestServerDeliverySchedule)
#include "tst_server_delivery_schedule.moc"
