// The share pie draws the bill's report: the same amounts, the small ones together as "Others".
#include "charts/share_pie.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

using namespace corpcare;

namespace {
domain::BillReport reportWith(int users) {
    QList<domain::BillItem> items;
    domain::Bill bill;
    bill.id = QStringLiteral("B");
    bill.taxExcluded = domain::Money(0, QStringLiteral("RUB"));
    bill.taxIncluded = domain::Money(0, QStringLiteral("RUB"));
    for (int n = 1; n <= users; ++n) {
        domain::BillItem item;
        item.bill = {QStringLiteral("B"), {}};
        item.product = {QString::number(n), QStringLiteral("+7 916 000-00-%1").arg(n, 2, 10, QLatin1Char('0'))};
        item.taxExcluded = domain::Money(n * 1000, QStringLiteral("RUB"));
        item.taxIncluded = domain::Money(n * 1200, QStringLiteral("RUB"));
        bill.taxExcluded += item.taxExcluded;
        bill.taxIncluded += item.taxIncluded;
        items.append(item);
    }
    return domain::BillReport::compute(bill, items);
}
} // namespace

class TestSharePie : public QObject {
    Q_OBJECT

private slots:
    void shareSlices_manyUsers_largestThenOthers();
    void shareSlices_fewUsers_noOthers();
    void chart_series_matchesReportAndClicksOpenUser();
};

void TestSharePie::shareSlices_manyUsers_largestThenOthers() {
    const domain::BillReport report = reportWith(20);
    const auto slices = charts::shareSlices(report, 9);
    QCOMPARE(slices.size(), size_t(9));
    QCOMPARE(slices.front().productId, QStringLiteral("20")); // the largest first
    QVERIFY(slices.back().productId.isEmpty());
    QVERIFY(slices.back().label.contains(QStringLiteral("12")));
    qint64 sum = 0;
    int points = 0;
    for (const auto &slice : slices) {
        sum += slice.amount.minor();
        points += slice.basisPoints;
    }
    QCOMPARE(sum, report.totalTaxIncluded().minor());
    QCOMPARE(points, 10000);
}

void TestSharePie::shareSlices_fewUsers_noOthers() {
    const auto slices = charts::shareSlices(reportWith(9), 9);
    QCOMPARE(slices.size(), size_t(9));
    for (const auto &slice : slices) {
        QVERIFY(!slice.productId.isEmpty());
    }
}

void TestSharePie::chart_series_matchesReportAndClicksOpenUser() {
    const domain::BillReport report = reportWith(30);
    charts::SharePieChart chart;
    chart.setReport(report);
    QCOMPARE(chart.series()->count(), charts::SharePieChart::kMaxSlices);
    QCOMPARE(qint64(chart.series()->sum()), report.totalTaxIncluded().minor());
    QSignalSpy activated(&chart, &charts::SharePieChart::serviceUserActivated);
    emit chart.series()->slices().first()->clicked();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("30"));
    emit chart.series()->slices().last()->clicked(); // "Others" opens nothing
    QCOMPARE(activated.count(), 1);
}

QTEST_MAIN(TestSharePie)
#include "tst_share_pie.moc"
