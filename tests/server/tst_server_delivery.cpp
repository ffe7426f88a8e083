// Report delivery (issue 7, profile §10) against the real server and a real SMTP sink on loopback: the
// failure paths first (relay down, a refused recipient, scope, permission, bad requests), then each
// format read back by its reader with the bill's total to the cent, and fax through the gateway pattern.
#include "support/delivery_client.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/sales_viewer.h"
#include "support/server_process.h"
#include "support/smtp_sink.h"

#include <QTest>

using namespace corpcare;
using namespace corpcare::tests::delivery;
using tests::SmtpSink;

namespace {

struct Bill {
    QString id;
    QString accountId;
    QString billNo;
    qint64 cents = 0;
};

} // namespace

class TestServerDelivery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void relayDown_everyReceiverFailedWithTheReason();
    void refusedRecipient_onlyThatReceiverFails();
    void otherDepartmentsBill_answers404();
    void withoutViewFinance_answers403();
    void badRequests_answer400();
    void itemizationAsXlsx_arrivesWithTheBillsTotal();
    void itemizationAsCsv_isTheServersItemizationCsv();
    void billAsPdf_readsBackWithTheTotal();
    void fax_goesToTheGatewayAddressAsPdf();
    void list_showsTheCallersDeliveriesWithTheirStates();

private:
    Bill billOf(const QByteArray &token, const QString &accountFilter = {});
    QJsonObject send(const QJsonObject &body, int expectedStatus = 201);

    SmtpSink m_sink;
    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
    QByteArray m_salesHead;
    Bill m_bill; // a bill of a Sales account
};

void TestServerDelivery::initTestCase() {
    QVERIFY(m_sink.start());
    QString error;
    QVERIFY2(
        m_server.start({300, 1, QStringLiteral("2026-11-25"), {QStringLiteral("--smtp"), m_sink.relayArgument()}, {}},
                       &error),
        qPrintable(error));
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_admin = m_client->signIn(QStringLiteral("admin"));
    m_salesHead = m_client->signIn(QStringLiteral("head.sales"));
    QVERIFY(!m_admin.isEmpty() && !m_salesHead.isEmpty());
    m_bill = billOf(m_salesHead);
    QVERIFY(!m_bill.id.isEmpty());
    QVERIFY(m_bill.cents > 0);
}

Bill TestServerDelivery::billOf(const QByteArray &token, const QString &accountFilter) {
    const QJsonObject bill =
        m_client->get(tests::paths::kBills + QStringLiteral("?limit=1&billDate.gte=2026-11-01") + accountFilter, token)
            .array()
            .first()
            .toObject();
    return {
        bill.value(QStringLiteral("id")).toString(),
        bill.value(QStringLiteral("billingAccount")).toObject().value(QStringLiteral("id")).toString(),
        bill.value(QStringLiteral("billNo")).toString(),
        qRound64(bill.value(QStringLiteral("taxIncludedAmount")).toObject().value(QStringLiteral("value")).toDouble() *
                 100)};
}

QJsonObject TestServerDelivery::send(const QJsonObject &body, int expectedStatus) {
    const tests::HttpReply reply = m_client->send("POST", kMessages, compact(body), "application/json", m_salesHead);
    if (reply.status != expectedStatus) {
        qWarning() << reply.status << reply.body;
        return {};
    }
    return reply.object();
}

void TestServerDelivery::relayDown_everyReceiverFailedWithTheReason() {
    tests::ServerProcess down;
    QString error;
    const QString relay = QStringLiteral("127.0.0.1:") + QString::number(SmtpSink::closedPort());
    QVERIFY2(down.start({300, 1, QStringLiteral("2026-11-25"), {QStringLiteral("--smtp"), relay}, {}}, &error),
             qPrintable(error));
    tests::HttpsClient client(down.baseUrl(), down.caFile());
    const QByteArray token = client.signIn(QStringLiteral("head.sales"));
    const tests::HttpReply reply =
        client.send("POST", kMessages,
                    compact(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id,
                                    QStringLiteral("xlsx"),
                                    emails({QStringLiteral("cfo@example.com"), QStringLiteral("ap@example.com")}))),
                    "application/json", token);
    QCOMPARE(reply.status, 201);
    const QJsonObject queued = reply.object();
    QCOMPARE(
        queued.value(QStringLiteral("receiver")).toArray().first().toObject().value(QStringLiteral("deliveryState")),
        QStringLiteral("queued"));
    const QJsonObject done = waitUntilCompleted(client, token, queued.value(QStringLiteral("id")).toString());
    QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    for (const QJsonValue &receiver : done.value(QStringLiteral("receiver")).toArray()) {
        QCOMPARE(receiver.toObject().value(QStringLiteral("deliveryState")).toString(), QStringLiteral("failed"));
        QVERIFY2(receiver.toObject()
                     .value(QStringLiteral("deliveryStateReason"))
                     .toString()
                     .startsWith(QStringLiteral("relay unreachable")),
                 compact(receiver.toObject()).constData());
    }
    // The outcome is in the audit trail, with the reason.
    const QByteArray admin = client.signIn(QStringLiteral("admin"));
    const QJsonArray audit =
        client.get(QStringLiteral("/corporate/v1/auditRecord?action=reportDelivery.result"), admin).array();
    QCOMPARE(audit.size(), 1);
    QVERIFY(compact(audit.first().toObject()).contains("relay unreachable"));
    down.stop();
}

void TestServerDelivery::refusedRecipient_onlyThatReceiverFails() {
    m_sink.clear();
    m_sink.refuseRecipient(QStringLiteral("gone@example.com"));
    const QJsonObject posted = send(request(
        QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id, QStringLiteral("csv"),
        emails({QStringLiteral("cfo@example.com"), QStringLiteral("gone@example.com"),
                QStringLiteral("ap@example.com")})));
    QVERIFY(!posted.isEmpty());
    const QJsonObject done = waitUntilCompleted(*m_client, m_salesHead, posted.value(QStringLiteral("id")).toString());
    const QJsonArray receivers = done.value(QStringLiteral("receiver")).toArray();
    QCOMPARE(receivers.size(), 3);
    QCOMPARE(receivers.at(0).toObject().value(QStringLiteral("deliveryState")).toString(), QStringLiteral("sent"));
    QCOMPARE(receivers.at(1).toObject().value(QStringLiteral("deliveryState")).toString(), QStringLiteral("failed"));
    QVERIFY(receivers.at(1)
                .toObject()
                .value(QStringLiteral("deliveryStateReason"))
                .toString()
                .contains(QStringLiteral("550")));
    QCOMPARE(receivers.at(2).toObject().value(QStringLiteral("deliveryState")).toString(), QStringLiteral("sent"));
    QVERIFY(m_sink.waitForMails(1));
    QCOMPARE(m_sink.mails().size(), 1);
    QCOMPARE(m_sink.mails().first().recipients,
             QStringList({QStringLiteral("cfo@example.com"), QStringLiteral("ap@example.com")}));
}

void TestServerDelivery::otherDepartmentsBill_answers404() {
    // A bill of an account the head of Sales does not see.
    QStringList his;
    for (const QJsonValue &account :
         m_client->getAll(tests::paths::kAccounts + QStringLiteral("?fields=id"), m_salesHead)) {
        his.append(account.toObject().value(QStringLiteral("id")).toString());
    }
    QVERIFY(!his.isEmpty());
    const Bill outside = billOf(m_admin, QStringLiteral("&billingAccount.id.ne=") + his.join(QLatin1Char(',')));
    QVERIFY(!outside.id.isEmpty());
    QCOMPARE(m_client->get(tests::paths::kBills + QLatin1Char('/') + outside.id, m_salesHead).status, 404);
    const auto post = [this](const QString &account, const QString &bill) {
        return m_client
            ->send("POST", kMessages,
                   compact(request(QStringLiteral("email"), QStringLiteral("itemization"), account, bill,
                                   QStringLiteral("xlsx"), emails({QStringLiteral("cfo@example.com")}))),
                   "application/json", m_salesHead)
            .status;
    };
    QCOMPARE(post(outside.accountId, outside.id), 404);
    QCOMPARE(post(m_bill.accountId, outside.id), 404); // his account, another's bill
    QCOMPARE(post(QStringLiteral("999999"), outside.id), 404);
}

void TestServerDelivery::withoutViewFinance_answers403() {
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/corporate/v1/portalUser"), compact(tests::salesViewer()),
                        "application/json", m_admin)
                 .status,
             201);
    const QByteArray viewer = m_client->signIn(QStringLiteral("viewer.sales"));
    QVERIFY(!viewer.isEmpty());
    const tests::HttpReply reply =
        m_client->send("POST", kMessages,
                       compact(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId,
                                       m_bill.id, QStringLiteral("xlsx"), emails({QStringLiteral("cfo@example.com")}))),
                       "application/json", viewer);
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.body.contains("viewFinance"));
    QCOMPARE(m_client->get(kMessages + QStringLiteral("?@type=ReportDelivery"), viewer).status, 403);
    QCOMPARE(m_client->get(kSchedules, viewer).status, 403);
}

void TestServerDelivery::badRequests_answer400() {
    const auto status = [this](const QJsonObject &body) {
        return m_client->send("POST", kMessages, compact(body), "application/json", m_salesHead).status;
    };
    const QJsonArray one = emails({QStringLiteral("cfo@example.com")});
    QCOMPARE(status(request(QStringLiteral("fax"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id,
                            QStringLiteral("xlsx"),
                            QJsonArray{QJsonObject{{QStringLiteral("faxNumber"), QStringLiteral("74951234567")}}})),
             400);
    QCOMPARE(status(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id,
                            QStringLiteral("xlsx"), emails({QStringLiteral("not an address")}))),
             400);
    QCOMPARE(status(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, {},
                            QStringLiteral("xlsx"), one)),
             400);
    QCOMPARE(status(request(QStringLiteral("email"), QStringLiteral("novel"), m_bill.accountId, m_bill.id,
                            QStringLiteral("xlsx"), one)),
             400);
    QCOMPARE(status(request(QStringLiteral("email"), QStringLiteral("payments"), m_bill.accountId, {},
                            QStringLiteral("csv"), one)),
             400); // payments need a period
}

void TestServerDelivery::itemizationAsXlsx_arrivesWithTheBillsTotal() {
    m_sink.clear();
    const QJsonObject posted =
        send(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id,
                     QStringLiteral("xlsx"), emails({QStringLiteral("cfo@example.com")})));
    const QJsonObject done = waitUntilCompleted(*m_client, m_salesHead, posted.value(QStringLiteral("id")).toString());
    QCOMPARE(done.value(QStringLiteral("receiver")).toArray().first().toObject().value(QStringLiteral("deliveryState")),
             QStringLiteral("sent"));
    QVERIFY(m_sink.waitForMails(1));
    const SmtpSink::Part *file = m_sink.mails().first().attachment();
    QVERIFY(file != nullptr);
    QCOMPARE(file->fileName, QStringLiteral("itemization-%1.xlsx").arg(m_bill.billNo));
    QVERIFY(file->contentType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    QVERIFY(m_sink.mails().first().subject.contains(m_bill.billNo));
    QString error;
    const QJsonArray rows = xlsxCells(file->content, &error);
    QVERIFY2(!rows.isEmpty(), qPrintable(error));
    // Find the "Incl. tax" column, sum its lines to the cent, and compare with the total line and the bill.
    int header = -1;
    int column = -1;
    for (int r = 0; r < rows.size() && header < 0; ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).toObject().value(QStringLiteral("value")).toString() == QLatin1String("Incl. tax")) {
                header = r;
                column = c;
            }
        }
    }
    QVERIFY(header >= 0);
    qint64 sum = 0;
    qint64 total = -1;
    int lines = 0;
    for (int r = header + 1; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        const QJsonObject amount = cells.at(column).toObject();
        QCOMPARE(amount.value(QStringLiteral("type")).toString(), QStringLiteral("number"));
        const qint64 cents = qRound64(amount.value(QStringLiteral("value")).toDouble() * 100);
        if (cells.at(0).toObject().value(QStringLiteral("value")).toString() == QLatin1String("Total")) {
            total = cents;
            break;
        }
        sum += cents;
        ++lines;
    }
    QVERIFY(lines > 0);
    QCOMPARE(sum, m_bill.cents);
    QCOMPARE(total, m_bill.cents);
    const qint64 items =
        m_client->get(tests::paths::kItems + QStringLiteral("?limit=1&bill.id=") + m_bill.id, m_admin).totalCount();
    QCOMPARE(qint64(lines), items);
}

void TestServerDelivery::itemizationAsCsv_isTheServersItemizationCsv() {
    m_sink.clear();
    const QJsonObject posted =
        send(request(QStringLiteral("email"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id,
                     QStringLiteral("csv"), emails({QStringLiteral("cfo@example.com")})));
    waitUntilCompleted(*m_client, m_salesHead, posted.value(QStringLiteral("id")).toString());
    QVERIFY(m_sink.waitForMails(1));
    const SmtpSink::Part *file = m_sink.mails().first().attachment();
    QVERIFY(file != nullptr);
    QVERIFY(file->contentType.startsWith("text/csv"));
    const tests::HttpReply listed = m_client->get(
        tests::paths::kItems + QStringLiteral("?limit=100000&bill.id=") + m_bill.id, m_salesHead, "text/csv");
    QCOMPARE(listed.status, 200);
    QCOMPARE(file->content, listed.body); // the same writer, the same lines
    const QList<QByteArray> lines = file->content.split('\n');
    const int amount = int(lines.first().trimmed().split(',').indexOf("taxIncludedAmount.value"));
    QVERIFY(amount > 0);
    qint64 sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty()) {
            sum += centsOf(QString::fromLatin1(lines.at(i).trimmed().split(',').at(amount)));
        }
    }
    QCOMPARE(sum, m_bill.cents);
}

void TestServerDelivery::billAsPdf_readsBackWithTheTotal() {
    m_sink.clear();
    const QJsonObject posted =
        send(request(QStringLiteral("email"), QStringLiteral("bill"), m_bill.accountId, m_bill.id,
                     QStringLiteral("pdf"), emails({QStringLiteral("cfo@example.com")})));
    waitUntilCompleted(*m_client, m_salesHead, posted.value(QStringLiteral("id")).toString());
    QVERIFY(m_sink.waitForMails(1));
    const SmtpSink::Part *file = m_sink.mails().first().attachment();
    QVERIFY(file != nullptr);
    QVERIFY(file->contentType.startsWith("application/pdf"));
    QString error;
    const QString text = pdfText(file->content, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    QVERIFY2(text.contains(QStringLiteral("Bill ") + m_bill.billNo), qPrintable(text.left(400)));
    const QString total =
        QStringLiteral("Total: %1.%2 RUB").arg(m_bill.cents / 100).arg(m_bill.cents % 100, 2, 10, QLatin1Char('0'));
    QVERIFY2(text.contains(total), qPrintable(total));
}

void TestServerDelivery::fax_goesToTheGatewayAddressAsPdf() {
    m_sink.clear();
    const QJsonObject posted = send(request(
        QStringLiteral("fax"), QStringLiteral("itemization"), m_bill.accountId, m_bill.id, QStringLiteral("pdf"),
        QJsonArray{QJsonObject{{QStringLiteral("faxNumber"), QStringLiteral("+7 495 123-45-67")}}}));
    const QJsonObject done = waitUntilCompleted(*m_client, m_salesHead, posted.value(QStringLiteral("id")).toString());
    const QJsonObject receiver = done.value(QStringLiteral("receiver")).toArray().first().toObject();
    QCOMPARE(receiver.value(QStringLiteral("faxNumber")).toString(), QStringLiteral("74951234567"));
    QCOMPARE(receiver.value(QStringLiteral("email")).toString(), QStringLiteral("74951234567@fax.corpcare.test"));
    QCOMPARE(receiver.value(QStringLiteral("deliveryState")).toString(), QStringLiteral("sent"));
    QVERIFY(m_sink.waitForMails(1));
    QCOMPARE(m_sink.mails().first().recipients, QStringList{QStringLiteral("74951234567@fax.corpcare.test")});
    QString error;
    QVERIFY2(pdfText(m_sink.mails().first().attachment()->content, &error).contains(m_bill.billNo), qPrintable(error));
}

void TestServerDelivery::list_showsTheCallersDeliveriesWithTheirStates() {
    const tests::HttpReply mine =
        m_client->get(kMessages + QStringLiteral("?@type=ReportDelivery&limit=100"), m_salesHead);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.totalCount(), 5); // refused recipient, xlsx, csv, pdf, fax (the relay-down one was another server)
    for (const QJsonValue &item : mine.array()) {
        QCOMPARE(item.toObject().value(QStringLiteral("@type")).toString(), QStringLiteral("ReportDelivery"));
        QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    }
    QCOMPARE(m_client->get(kMessages + QStringLiteral("?@type=ReportDelivery"), m_admin).totalCount(), 0);
    // Another user's delivery is unknown to him, as any id outside his own.
    const QString id = mine.array().first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->get(kMessages + QLatin1Char('/') + id, m_admin).status, 404);
    // SMS listing is unchanged by deliveries.
    QCOMPARE(m_client->get(kMessages, m_salesHead).totalCount(), 0);
}

QTEST_GUILESS_MAIN(TestServerDelivery)
#include "tst_server_delivery.moc"
