// The text/csv list of appliedCustomerBillingRate (profile §1 "CSV lists"): the same lines as the JSON
// list for the same filters, to the cent; the same scope; keyset paging by Link; its own limit bound;
// JSON whenever the client does not ask for CSV first.
#include "domain/money.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/server_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace corpcare;
using tests::HttpReply;
using namespace corpcare::tests::paths;

namespace {

const QByteArray kCsv = QByteArrayLiteral("text/csv");
const QByteArray kHeader = QByteArrayLiteral(
    "id,bill.id,billingAccount.id,product.id,chargeKind,productOffering.id,periodCoverage.startDateTime,"
    "periodCoverage.endDateTime,date,taxExcludedAmount.value,taxIncludedAmount.value,taxIncludedAmount.unit");

// The lines of a CSV body after its header, each split at commas (the reference server's fields hold no
// comma or quote); the header is checked on the way.
QList<QStringList> csvLines(const QByteArray &body) {
    QList<QStringList> lines;
    const QList<QByteArray> records = body.split('\n');
    if (records.isEmpty() || records.first() != kHeader + '\r') {
        qWarning() << "unexpected header" << records.value(0);
        return {{QStringLiteral("bad header")}};
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records[i].isEmpty() && i == records.size() - 1) {
            break; // after the last CRLF
        }
        if (!records[i].endsWith('\r')) {
            return {{QStringLiteral("line without CRLF")}};
        }
        lines.append(QString::fromUtf8(records[i].chopped(1)).split(QLatin1Char(',')));
    }
    return lines;
}

QString refId(const QJsonObject &item, const QString &field) {
    return item.value(field).toObject().value(QStringLiteral("id")).toString();
}

// What the CSV line of a JSON item must say, field by field; productOffering.id only where the JSON
// names it (service lines).
QStringList expectedLine(const QJsonObject &item) {
    const auto amount = [&item](const QString &field) {
        const auto minor =
            domain::Money::minorFromJsonNumber(item.value(field).toObject().value(QStringLiteral("value")).toDouble());
        return minor ? domain::Money(*minor, {}).toDecimalString() : QStringLiteral("not money");
    };
    const QJsonObject period = item.value(QStringLiteral("periodCoverage")).toObject();
    return {item.value(QStringLiteral("id")).toString(),
            refId(item, QStringLiteral("bill")),
            refId(item, QStringLiteral("billingAccount")),
            refId(item, QStringLiteral("product")),
            item.value(QStringLiteral("chargeKind")).toString(),
            refId(item, QStringLiteral("productOffering")),
            period.value(QStringLiteral("startDateTime")).toString().left(10),
            period.value(QStringLiteral("endDateTime")).toString().left(10),
            item.value(QStringLiteral("date")).toString().left(10),
            amount(QStringLiteral("taxExcludedAmount")),
            amount(QStringLiteral("taxIncludedAmount")),
            item.value(QStringLiteral("taxIncludedAmount")).toObject().value(QStringLiteral("unit")).toString()};
}

QSet<QString> idsOf(const QList<QStringList> &lines) {
    QSet<QString> out;
    for (const QStringList &line : lines) {
        out.insert(line.value(0));
    }
    return out;
}

} // namespace

class TestServerCsv : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void csv_sameFilters_sameLinesAsJson_data();
    void csv_sameFilters_sameLinesAsJson();
    void csv_contentTypeAndEmptyList_headerOnly();
    void csv_keysetWalk_followsLinkToEveryLineOnce();
    void csv_headOfSales_onlyHisLines();
    void csv_limitBounds_100000AllowedMore400();
    void accept_notCsvFirst_json_data();
    void accept_notCsvFirst_json();
    void csv_withFields_400();

private:
    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_finance;
    QByteArray m_head;
};

void TestServerCsv::initTestCase() {
    QString error;
    tests::ServerProcess::Options options;
    options.users = 300;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_finance = m_client->signIn(QStringLiteral("finance"));
    m_head = m_client->signIn(QStringLiteral("head.sales"));
    QVERIFY(!m_finance.isEmpty());
    QVERIFY(!m_head.isEmpty());
}

void TestServerCsv::cleanupTestCase() {
    m_server.stop();
}

void TestServerCsv::csv_sameFilters_sameLinesAsJson_data() {
    QTest::addColumn<QString>("filters");
    QTest::newRow("a month") << QStringLiteral(
        "isBilled=true&periodCoverage.startDateTime.gte=2026-10-01&periodCoverage.startDateTime.lt=2026-11-01");
    QTest::newRow("one bill") << QStringLiteral("bill.id=7");
    QTest::newRow("unbilled") << QStringLiteral("isBilled=false");
    QTest::newRow("two accounts, services") << QStringLiteral("billingAccount.id=2,5&chargeKind=service");
}

void TestServerCsv::csv_sameFilters_sameLinesAsJson() {
    QFETCH(QString, filters);
    const QJsonArray json = m_client->getAll(kItems + QLatin1Char('?') + filters, m_finance);
    QVERIFY(!json.isEmpty());
    const HttpReply reply =
        m_client->get(kItems + QLatin1Char('?') + filters + QStringLiteral("&limit=100000"), m_finance, kCsv);
    QCOMPARE(reply.status, 200);
    const QList<QStringList> lines = csvLines(reply.body);
    QCOMPARE(lines.size(), json.size());
    QCOMPARE(reply.header("X-Result-Count").toLongLong(), json.size());
    QCOMPARE(reply.totalCount(), json.size());
    qint64 sumExcluded = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList &line = lines[i];
        QCOMPARE(line.size(), 12);
        QStringList expected = expectedLine(json[i].toObject());
        if (expected[4] != QLatin1String("service")) {
            QVERIFY2(!line[5].isEmpty(), "every line names the offering that rated it");
            expected[5] = line[5]; // JSON names the offering of service lines only
        }
        QCOMPARE(line, expected);
        sumExcluded += domain::Money::parseMinor(line[9]).value_or(0);
    }
    qint64 jsonSum = 0;
    for (const QJsonValue &item : json) {
        jsonSum += *domain::Money::minorFromJsonNumber(item.toObject()
                                                           .value(QStringLiteral("taxExcludedAmount"))
                                                           .toObject()
                                                           .value(QStringLiteral("value"))
                                                           .toDouble());
    }
    QCOMPARE(sumExcluded, jsonSum);
}

void TestServerCsv::csv_contentTypeAndEmptyList_headerOnly() {
    const HttpReply some = m_client->get(kItems + QStringLiteral("?bill.id=7&limit=5"), m_finance, kCsv);
    QCOMPARE(some.status, 200);
    QCOMPARE(some.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(some.header("Vary"), QByteArray("Accept"));
    QCOMPARE(csvLines(some.body).size(), 5);
    const HttpReply none = m_client->get(kItems + QStringLiteral("?bill.id=999999"), m_finance, kCsv);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.body, kHeader + "\r\n");
    QCOMPARE(none.totalCount(), 0);
    const HttpReply past = m_client->get(kItems + QStringLiteral("?bill.id=7&offset=100000"), m_finance, kCsv);
    QCOMPARE(past.status, 200);
    QCOMPARE(past.body, kHeader + "\r\n");
}

void TestServerCsv::csv_keysetWalk_followsLinkToEveryLineOnce() {
    const QString filters = QStringLiteral("isBilled=true&periodCoverage.startDateTime.gte=2026-06-01");
    const HttpReply whole = m_client->get(kItems + QStringLiteral("?limit=100000&") + filters, m_finance, kCsv);
    const QList<QStringList> all = csvLines(whole.body);
    QVERIFY(all.size() > 3000);
    QString next = kItems + QStringLiteral("?limit=1000&") + filters;
    QList<QStringList> walked;
    int pages = 0;
    while (!next.isEmpty() && pages < 100) {
        const HttpReply page = m_client->get(next, m_finance, kCsv);
        QCOMPARE(page.status, 200);
        walked += csvLines(page.body);
        ++pages;
        const auto link = QRegularExpression(QStringLiteral("^<([^>]+)>; rel=\"next\"$"))
                              .match(QString::fromLatin1(page.header("Link")));
        next = link.hasMatch() ? link.captured(1) + QStringLiteral("&totalCount=false") : QString();
    }
    QCOMPARE(pages, int(all.size() / 1000) + 1);
    QCOMPARE(walked, all);
}

void TestServerCsv::csv_headOfSales_onlyHisLines() {
    const QString filters = QStringLiteral("?isBilled=true&periodCoverage.startDateTime.gte=2026-10-01");
    const QJsonArray json = m_client->getAll(kItems + filters, m_head);
    const HttpReply reply = m_client->get(kItems + filters + QStringLiteral("&limit=100000"), m_head, kCsv);
    QCOMPARE(reply.status, 200);
    const QList<QStringList> lines = csvLines(reply.body);
    QSet<QString> jsonIds;
    QSet<QString> accounts;
    for (const QJsonValue &item : json) {
        jsonIds.insert(item.toObject().value(QStringLiteral("id")).toString());
        accounts.insert(refId(item.toObject(), QStringLiteral("billingAccount")));
    }
    QVERIFY(!jsonIds.isEmpty());
    QCOMPARE(idsOf(lines), jsonIds);
    // Fewer lines than the whole company has, and an account outside his departments gives none.
    const HttpReply everything = m_client->get(kItems + filters + QStringLiteral("&limit=1"), m_finance, kCsv);
    QVERIFY(everything.totalCount() > lines.size());
    QString foreign;
    for (int account = 1; account < 40 && foreign.isEmpty(); ++account) {
        if (!accounts.contains(QString::number(account))) {
            foreign = QString::number(account);
        }
    }
    const HttpReply outside =
        m_client->get(kItems + filters + QStringLiteral("&billingAccount.id=") + foreign, m_head, kCsv);
    QCOMPARE(outside.status, 200);
    QCOMPARE(outside.body, kHeader + "\r\n");
    QCOMPARE(outside.totalCount(), 0);
}

void TestServerCsv::csv_limitBounds_100000AllowedMore400() {
    QCOMPARE(m_client->get(kItems + QStringLiteral("?bill.id=7&limit=100000"), m_finance, kCsv).status, 200);
    const HttpReply over = m_client->get(kItems + QStringLiteral("?bill.id=7&limit=100001"), m_finance, kCsv);
    QCOMPARE(over.status, 400);
    QCOMPARE(over.object().value(QStringLiteral("@type")).toString(), QStringLiteral("Error"));
    QCOMPARE(over.object().value(QStringLiteral("status")).toString(), QStringLiteral("400"));
    QVERIFY(over.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("100000")));
    QCOMPARE(m_client->get(kItems + QStringLiteral("?bill.id=7&limit=0"), m_finance, kCsv).status, 400);
    // JSON keeps its bound of 1000, and other collections ignore text/csv.
    QCOMPARE(m_client->get(kItems + QStringLiteral("?bill.id=7&limit=1001"), m_finance).status, 400);
    const HttpReply bills = m_client->get(kBills + QStringLiteral("?limit=2"), m_finance, kCsv);
    QCOMPARE(bills.status, 200);
    QCOMPARE(bills.array().size(), 2);
    QCOMPARE(m_client->get(kBills + QStringLiteral("?limit=1001"), m_finance, kCsv).status, 400);
}

void TestServerCsv::accept_notCsvFirst_json_data() {
    QTest::addColumn<QByteArray>("accept");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("json") << QByteArray("application/json");
    QTest::newRow("unknown") << QByteArray("application/xml");
    QTest::newRow("anything") << QByteArray("*/*");
    QTest::newRow("json before csv") << QByteArray("application/json, text/csv");
}

void TestServerCsv::accept_notCsvFirst_json() {
    QFETCH(QByteArray, accept);
    const HttpReply reply = m_client->get(kItems + QStringLiteral("?bill.id=7&limit=3"), m_finance, accept);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.array().size(), 3);
}

void TestServerCsv::csv_withFields_400() {
    const HttpReply reply = m_client->get(kItems + QStringLiteral("?bill.id=7&fields=name"), m_finance,
                                          QByteArrayLiteral("text/csv; charset=utf-8, application/json;q=0.5"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("@type")).toString(), QStringLiteral("Error"));
}

QTEST_GUILESS_MAIN(TestServerCsv)
#include "tst_server_csv.moc"
