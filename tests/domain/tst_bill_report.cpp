// The bill report object: per-user shares that always add up to 100 %, totals to the cent, and every
// bill of the demo company reconciled from its itemization fetched over HTTPS.
#include "domain/bill_report.h"
#include "domain/json/mapping.h"
#include "support/https_client.h"
#include "support/server_process.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace corpcare;
using namespace corpcare::domain;

namespace {
Money rub(qint64 minor) {
    return Money(minor, QStringLiteral("RUB"));
}

BillItem item(const QString &bill, const QString &product, qint64 excluded) {
    BillItem out;
    out.id = product + QLatin1Char('-') + QString::number(excluded);
    out.bill = {bill, {}};
    out.product = {product, QStringLiteral("+7 916 000-00-") + product};
    out.taxExcluded = rub(excluded);
    out.taxIncluded = rub(excluded + rub(excluded).taxAtBasisPoints(2000).minor());
    return out;
}

Bill billOf(const QList<BillItem> &items) {
    Bill bill;
    bill.id = QStringLiteral("B1");
    bill.taxExcluded = rub(0);
    bill.taxIncluded = rub(0);
    for (const BillItem &line : items) {
        bill.taxExcluded += line.taxExcluded;
        bill.taxIncluded += line.taxIncluded;
    }
    return bill;
}
} // namespace

class TestBillReport : public QObject {
    Q_OBJECT

private slots:
    void proportionalBasisPoints_cleanRatios_exact();
    void proportionalBasisPoints_thirds_largestRemainderSumsTo10000();
    void proportionalBasisPoints_random_alwaysSumsTo10000();
    void proportionalBasisPoints_zeroTotal_allZero();
    void compute_threeUsers_sharesTotalsAndOrder();
    void compute_lineOfAnotherBill_doesNotReconcile();
    void compute_billAmountDiffers_saysByHowMuch();
    void compute_everyDemoBill_reconcilesFromItsItemization();
};

void TestBillReport::proportionalBasisPoints_cleanRatios_exact() {
    QCOMPARE(proportionalBasisPoints({100, 100, 200}), (std::vector<int>{2500, 2500, 5000}));
    QCOMPARE(proportionalBasisPoints({7}), (std::vector<int>{10000}));
}

void TestBillReport::proportionalBasisPoints_thirds_largestRemainderSumsTo10000() {
    const std::vector<int> thirds = proportionalBasisPoints({1, 1, 1});
    QCOMPARE(std::accumulate(thirds.begin(), thirds.end(), 0), 10000);
    QCOMPARE(thirds, (std::vector<int>{3334, 3333, 3333}));
}

void TestBillReport::proportionalBasisPoints_random_alwaysSumsTo10000() {
    QRandomGenerator random(42);
    for (int round = 0; round < 500; ++round) {
        std::vector<qint64> amounts(size_t(random.bounded(1, 300)));
        for (qint64 &amount : amounts) {
            amount = random.bounded(0, 5'000'000);
        }
        const std::vector<int> points = proportionalBasisPoints(amounts);
        const qint64 total = std::accumulate(amounts.begin(), amounts.end(), qint64(0));
        QCOMPARE(std::accumulate(points.begin(), points.end(), 0), total > 0 ? 10000 : 0);
        for (size_t i = 0; i < amounts.size() && total > 0; ++i) { // never more than one point off
            const double exact = double(amounts[i]) * 10000.0 / double(total);
            QVERIFY(qAbs(double(points[i]) - exact) < 1.0);
        }
    }
}

void TestBillReport::proportionalBasisPoints_zeroTotal_allZero() {
    QCOMPARE(proportionalBasisPoints({0, 0}), (std::vector<int>{0, 0}));
    QCOMPARE(proportionalBasisPoints({}), std::vector<int>{});
}

void TestBillReport::compute_threeUsers_sharesTotalsAndOrder() {
    const QList<BillItem> items{item(QStringLiteral("B1"), QStringLiteral("10"), 65000),
                                item(QStringLiteral("B1"), QStringLiteral("10"), 1234),
                                item(QStringLiteral("B1"), QStringLiteral("11"), 35000),
                                item(QStringLiteral("B1"), QStringLiteral("12"), 99999)};
    const BillReport report = BillReport::compute(billOf(items), items);
    QVERIFY2(report.reconciles(), qPrintable(report.reconciliationProblem()));
    QCOMPARE(report.lineCount(), 4);
    QCOMPARE(report.shares().size(), size_t(3));
    QCOMPARE(report.shares().at(0).product.id, QStringLiteral("12")); // largest first
    QCOMPARE(report.shares().at(1).product.id, QStringLiteral("10"));
    QCOMPARE(report.shares().at(1).lines, 2);
    QCOMPARE(report.shares().at(1).taxExcluded.minor(), 66234);
    qint64 sum = 0;
    int points = 0;
    for (const BillShare &share : report.shares()) {
        sum += share.taxIncluded.minor();
        points += share.basisPoints;
    }
    QCOMPARE(sum, report.bill().taxIncluded.minor());
    QCOMPARE(points, 10000);
}

void TestBillReport::compute_lineOfAnotherBill_doesNotReconcile() {
    QList<BillItem> items{item(QStringLiteral("B1"), QStringLiteral("10"), 500)};
    const Bill bill = billOf(items);
    items.append(item(QStringLiteral("B2"), QStringLiteral("10"), 700));
    const BillReport report = BillReport::compute(bill, items);
    QVERIFY(!report.reconciles());
    QVERIFY(report.reconciliationProblem().contains(QStringLiteral("other bills")));
    QCOMPARE(report.lineCount(), 1);
}

void TestBillReport::compute_billAmountDiffers_saysByHowMuch() {
    const QList<BillItem> items{item(QStringLiteral("B1"), QStringLiteral("10"), 500)};
    Bill bill = billOf(items);
    bill.taxIncluded = rub(bill.taxIncluded.minor() + 1);
    const BillReport report = BillReport::compute(bill, items);
    QVERIFY(!report.reconciles());
    QVERIFY2(report.reconciliationProblem().contains(QStringLiteral("6.00")),
             qPrintable(report.reconciliationProblem()));
}

void TestBillReport::compute_everyDemoBill_reconcilesFromItsItemization() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    tests::HttpsClient client(server.baseUrl(), server.caFile());
    const QByteArray token = client.signIn(QStringLiteral("finance"));
    QVERIFY(!token.isEmpty());
    const auto bills = json::listFromJson(
        client.getAll(QStringLiteral("/tmf-api/customerBillManagement/v4/customerBill"), token), &json::billFromJson);
    const auto items = json::listFromJson(
        client.getAll(QStringLiteral("/tmf-api/customerBillManagement/v4/appliedCustomerBillingRate?isBilled=true"),
                      token),
        &json::billItemFromJson);
    QVERIFY(bills.ok());
    QVERIFY(items.ok());
    QHash<QString, QList<BillItem>> itemsOf;
    for (const BillItem &line : items.value()) {
        itemsOf[line.bill.id].append(line);
    }
    QCOMPARE(bills.value().size(), 16 * 12);
    for (const Bill &bill : bills.value()) {
        const BillReport report = BillReport::compute(bill, itemsOf.value(bill.id));
        QVERIFY2(report.reconciles(), qPrintable(bill.billNo + QStringLiteral(": ") + report.reconciliationProblem()));
        int points = 0;
        for (const BillShare &share : report.shares()) {
            points += share.basisPoints;
        }
        QCOMPARE(points, 10000);
    }
}

QTEST_GUILESS_MAIN(TestBillReport)
#include "tst_bill_report.moc"
