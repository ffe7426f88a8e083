// The share pie draws the bill's report: the same amounts, the small ones together as "Others".
#include "charge_data.h"
#include "charts/share_pie.h"
#include "models/bill_shares_model.h"
#include "models/money_format.h"

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
    void chargeShares_period_slicesEqualReportAndOthersSumsRest();
    void chargeShares_hover_showsMoneyAndPercent();
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

void TestSharePie::chargeShares_period_slicesEqualReportAndOthersSumsRest() {
    const QDate first(2025, 7, 1);
    const auto report =
        domain::ChargeShares::compute(testdata::yearOfCharges(50, 12, first), first.addMonths(3), first.addMonths(9));
    charts::SharePieChart chart;
    chart.setReport(report);
    const auto &slices = chart.slices();
    const auto &shares = report.shares();
    QCOMPARE(slices.size(), size_t(charts::SharePieChart::kMaxSlices));
    QCOMPARE(chart.series()->count(), charts::SharePieChart::kMaxSlices);
    const size_t named = slices.size() - 1;
    for (size_t i = 0; i < named; ++i) {
        QCOMPARE(slices[i].productId, shares[i].product.id);
        QCOMPARE(slices[i].label, shares[i].product.name);
        QCOMPARE(slices[i].amount, shares[i].taxIncluded);
        QCOMPARE(slices[i].basisPoints, shares[i].basisPoints);
        QCOMPARE(qint64(chart.series()->slices().at(qsizetype(i))->value()), shares[i].taxIncluded.minor());
    }
    qint64 rest = 0;
    int restPoints = 0;
    for (size_t i = named; i < shares.size(); ++i) {
        rest += shares[i].taxIncluded.minor();
        restPoints += shares[i].basisPoints;
    }
    QVERIFY(slices.back().productId.isEmpty());
    QCOMPARE(slices.back().amount.minor(), rest);
    QCOMPARE(slices.back().basisPoints, restPoints);
    QVERIFY(slices.back().label.contains(QString::number(shares.size() - named)));
    QCOMPARE(qint64(chart.series()->sum()), report.totalTaxIncluded().minor());
    QVERIFY(chart.chart()->title().contains(models::formatMoney(report.totalTaxIncluded(), QLocale())));

    QSignalSpy activated(&chart, &charts::SharePieChart::serviceUserActivated);
    emit chart.series()->slices().at(2)->clicked();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), shares[2].product.id);
}

void TestSharePie::chargeShares_hover_showsMoneyAndPercent() {
    const QList<domain::BillItem> items{testdata::item(QStringLiteral("1"), 1, QDate(2026, 1, 1), 100000),
                                        testdata::item(QStringLiteral("2"), 2, QDate(2026, 1, 1), 200000)};
    const auto report = domain::ChargeShares::compute(items, QDate(2026, 1, 1), QDate(2026, 2, 1));
    charts::SharePieChart chart;
    chart.setReport(report);
    QPieSlice *largest = chart.series()->slices().first();
    const QString legendText = largest->label();
    emit largest->hovered(true);
    const QLocale locale;
    QVERIFY(chart.hoverText().contains(report.shares()[0].product.name));
    QVERIFY(chart.hoverText().contains(models::formatMoney(report.shares()[0].taxIncluded, locale)));
    QVERIFY(chart.hoverText().contains(models::BillSharesModel::percentText(6667, locale)));
    QVERIFY(largest->isExploded());
    QCOMPARE(largest->label(), legendText); // the legend does not change under the mouse
    emit largest->hovered(false);
    QVERIFY(chart.hoverText().isEmpty());
    QVERIFY(!largest->isExploded());
    // The legend's text: the number and its share.
    QVERIFY(legendText.startsWith(report.shares()[0].product.name));
    QVERIFY(legendText.endsWith(models::BillSharesModel::percentText(6667, locale)));
}

QTEST_MAIN(TestSharePie)
#include "tst_share_pie.moc"
