// Series over time: continuous months, sums exact to the cent, bills by account.
#include "charge_data.h"
#include "domain/charge_series.h"
#include "domain/charge_shares.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QTest>

using namespace corpcare;

class TestChargeSeries : public QObject {
    Q_OBJECT

private slots:
    void userSeries_sparseCharges_zeroFilledMonths();
    void userSeries_yearOfFiftyUsers_pointsAndTotalsExact();
    void userSeries_companyYear_everyUserAgreesWithShares();
    void userSeries_byDay_oneBucketADay();
    void userSeries_userWithoutLines_flatZero();
    void billSeries_fourAccounts_onePointABillMonth();
    void billSeries_twoBillsOneMonth_summedAndOpensTheLater();
};

void TestChargeSeries::userSeries_sparseCharges_zeroFilledMonths() {
    const QList<domain::BillItem> items{
        testdata::item(QStringLiteral("1"), 7, QDate(2026, 3, 1), 1000),
        testdata::item(QStringLiteral("2"), 7, QDate(2026, 3, 1), 5),
        testdata::item(QStringLiteral("3"), 7, QDate(2026, 6, 1), 2500),
        testdata::item(QStringLiteral("4"), 8, QDate(2026, 6, 1), 99999), // not chosen
    };
    const auto series =
        domain::serviceUserChargeSeries(items, {QStringLiteral("7")}, QDate(2026, 1, 1), QDate(2027, 1, 1));
    QCOMPARE(series.size(), size_t(1));
    QCOMPARE(series[0].id, QStringLiteral("7"));
    QCOMPARE(series[0].label, testdata::userRef(7).name);
    QCOMPARE(series[0].points.size(), size_t(12));
    for (int month = 0; month < 12; ++month) {
        const auto &point = series[0].points[size_t(month)];
        QCOMPARE(point.bucket, QDate(2026, month + 1, 1));
        const qint64 expected = month == 2 ? 1200 + 6 : month == 5 ? 3000 : 0;
        QCOMPARE(point.amount, domain::Money(expected, testdata::rub()));
    }
    QCOMPARE(series[0].total().minor(), 4206);
}

void TestChargeSeries::userSeries_yearOfFiftyUsers_pointsAndTotalsExact() {
    const QDate first(2025, 7, 1);
    const QList<domain::BillItem> items = testdata::yearOfCharges(50, 12, first);
    QStringList chosen;
    for (int user = 1; user <= 50; ++user) {
        chosen.append(QString::number(user));
    }
    QElapsedTimer timer;
    timer.start();
    const auto series = domain::serviceUserChargeSeries(items, chosen, first, first.addMonths(12));
    qInfo("serviceUserChargeSeries, 50 users x 12 months over %lld lines: %lld ms", qlonglong(items.size()),
          qlonglong(timer.elapsed()));
    const auto shares = domain::ChargeShares::compute(items, first, first.addMonths(12));

    QMap<std::pair<QString, QDate>, qint64> expected; // summed here apart
    for (const auto &line : items) {
        expected[{line.product.id, line.periodStart}] += line.taxIncluded.minor();
    }
    QCOMPARE(series.size(), size_t(50));
    qint64 all = 0;
    for (size_t i = 0; i < series.size(); ++i) {
        QCOMPARE(series[i].id, chosen[qsizetype(i)]); // in the order asked for
        QCOMPARE(series[i].points.size(), size_t(12));
        for (const auto &point : series[i].points) {
            QCOMPARE(point.amount.minor(), expected.value({series[i].id, point.bucket}));
            QVERIFY(point.sourceId.isEmpty());
        }
        const auto share = std::find_if(shares.shares().begin(), shares.shares().end(),
                                        [&](const auto &s) { return s.product.id == series[i].id; });
        QVERIFY(share != shares.shares().end());
        QCOMPARE(series[i].total(), share->taxIncluded); // the line chart and the pie agree
        all += series[i].total().minor();
    }
    QCOMPARE(all, shares.totalTaxIncluded().minor());
}

void TestChargeSeries::userSeries_companyYear_everyUserAgreesWithShares() {
    // A company's year: 3,000 lines of service over 12 months, about 100,000 charges.
    const QDate first(2025, 7, 1);
    const QList<domain::BillItem> items = testdata::yearOfCharges(3000, 12, first);
    QStringList all;
    for (int user = 1; user <= 3000; ++user) {
        all.append(QString::number(user));
    }
    QElapsedTimer timer;
    timer.start();
    const auto shares = domain::ChargeShares::compute(items, first, first.addMonths(12));
    const qint64 sharesMs = timer.restart();
    const auto series = domain::serviceUserChargeSeries(items, all, first, first.addMonths(12));
    qInfo("%lld lines: ChargeShares %lld ms, 3000 user series %lld ms", qlonglong(items.size()), qlonglong(sharesMs),
          qlonglong(timer.elapsed()));
    QHash<QString, qint64> byUser;
    for (const auto &share : shares.shares()) {
        byUser.insert(share.product.id, share.taxIncluded.minor());
    }
    qint64 all12 = 0;
    for (const auto &line : series) {
        QCOMPARE(line.total().minor(), byUser.value(line.id, -1));
        all12 += line.total().minor();
    }
    QCOMPARE(all12, shares.totalTaxIncluded().minor());
}

void TestChargeSeries::userSeries_byDay_oneBucketADay() {
    const QList<domain::BillItem> items{testdata::item(QStringLiteral("1"), 1, QDate(2026, 2, 27), 100),
                                        testdata::item(QStringLiteral("2"), 1, QDate(2026, 3, 2), 200)};
    const auto series = domain::serviceUserChargeSeries(items, {QStringLiteral("1")}, QDate(2026, 2, 26),
                                                        QDate(2026, 3, 4), domain::SeriesBucket::Day);
    QCOMPARE(series[0].points.size(), size_t(6)); // 26, 27, 28 Feb, 1, 2, 3 Mar
    QCOMPARE(series[0].points[1].amount.minor(), 120);
    QCOMPARE(series[0].points[4].bucket, QDate(2026, 3, 2));
    QCOMPARE(series[0].points[4].amount.minor(), 240);
    QCOMPARE(series[0].total().minor(), 360);
}

void TestChargeSeries::userSeries_userWithoutLines_flatZero() {
    const QList<domain::BillItem> items{testdata::item(QStringLiteral("1"), 1, QDate(2026, 1, 1), 100)};
    const auto series =
        domain::serviceUserChargeSeries(items, {QStringLiteral("42")}, QDate(2026, 1, 1), QDate(2026, 4, 1));
    QCOMPARE(series[0].label, QStringLiteral("42"));
    QCOMPARE(series[0].points.size(), size_t(3));
    QVERIFY(series[0].total().isZero());
}

void TestChargeSeries::billSeries_fourAccounts_onePointABillMonth() {
    const QDate first(2025, 7, 1);
    QList<domain::Bill> bills = testdata::monthlyBills(4, 12, first);
    std::reverse(bills.begin(), bills.end()); // the order they come in does not matter
    const auto series = domain::monthlyBillSeries(bills);
    QCOMPARE(series.size(), size_t(4));
    for (size_t account = 0; account < 4; ++account) {
        const auto &line = series[account];
        QCOMPARE(line.id, QStringLiteral("A%1").arg(account + 1));
        QCOMPARE(line.label, QStringLiteral("Account %1").arg(account + 1));
        QCOMPARE(line.points.size(), size_t(12));
        qint64 sum = 0;
        for (const auto &bill : bills) {
            if (bill.billingAccount.id == line.id) {
                sum += bill.taxIncluded.minor();
            }
        }
        QCOMPARE(line.total().minor(), sum);
        for (size_t month = 0; month < 12; ++month) {
            const auto &point = line.points[month];
            QCOMPARE(point.bucket, first.addMonths(int(month)));
            const auto bill =
                std::find_if(bills.begin(), bills.end(), [&](const domain::Bill &b) { return b.id == point.sourceId; });
            QVERIFY(bill != bills.end());
            QCOMPARE(bill->billingAccount.id, line.id);
            QCOMPARE(bill->periodStart, point.bucket);
            QCOMPARE(point.amount, bill->taxIncluded);
        }
    }
}

void TestChargeSeries::billSeries_twoBillsOneMonth_summedAndOpensTheLater() {
    QList<domain::Bill> bills = testdata::monthlyBills(1, 2, QDate(2026, 1, 1));
    domain::Bill correction = bills[1];
    correction.id = QStringLiteral("C");
    correction.billDate = bills[1].billDate.addDays(5);
    correction.taxIncluded = domain::Money(-1234, testdata::rub());
    bills.prepend(correction);
    const auto series = domain::monthlyBillSeries(bills);
    QCOMPARE(series[0].points.size(), size_t(2));
    QCOMPARE(series[0].points[1].sourceId, QStringLiteral("C"));
    QCOMPARE(series[0].points[1].amount.minor(), bills[2].taxIncluded.minor() - 1234);
}

QTEST_GUILESS_MAIN(TestChargeSeries)
#include "tst_charge_series.moc"
