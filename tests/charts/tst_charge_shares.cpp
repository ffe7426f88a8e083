// Users' shares in the charges of a period: exact sums, 100.00 % in all, one order every time.
#include "charge_data.h"
#include "domain/charge_shares.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

using namespace corpcare;

class TestChargeShares : public QObject {
    Q_OBJECT

private slots:
    void compute_period_keepsLinesStartingInsideOnly();
    void compute_yearOfFiftyUsers_sumsPerUserAndSharesAddUp();
    void compute_equalAmounts_orderedByIdNumerically();
    void compute_duplicateAndForeignLines_reportedNotSummed();
    void compute_noLines_zeroTotals();
};

void TestChargeShares::compute_period_keepsLinesStartingInsideOnly() {
    const QDate start(2026, 3, 1);
    const QDate end(2026, 4, 1);
    const QList<domain::BillItem> items{
        testdata::item(QStringLiteral("1"), 1, QDate(2026, 2, 28), 100), // before
        testdata::item(QStringLiteral("2"), 1, start, 200),              // first day: in
        testdata::item(QStringLiteral("3"), 2, QDate(2026, 3, 31), 300), // last day: in
        testdata::item(QStringLiteral("4"), 2, end, 400),                // the end is outside
    };
    const auto report = domain::ChargeShares::compute(items, start, end);
    QCOMPARE(report.lineCount(), 2);
    QCOMPARE(report.totalTaxExcluded(), domain::Money(500, testdata::rub()));
    QCOMPARE(report.totalTaxIncluded(), domain::Money(600, testdata::rub()));
    QCOMPARE(report.shares().size(), size_t(2));
    QCOMPARE(report.shares()[0].product.id, QStringLiteral("2"));
    QCOMPARE(report.shares()[0].basisPoints, 6000);
    QCOMPARE(report.shares()[1].basisPoints, 4000);
    // An open side takes everything on that side.
    QCOMPARE(domain::ChargeShares::compute(items, QDate(), end).lineCount(), 3);
    QCOMPARE(domain::ChargeShares::compute(items, start, QDate()).lineCount(), 3);
    QVERIFY(report.problem().isEmpty());
}

void TestChargeShares::compute_yearOfFiftyUsers_sumsPerUserAndSharesAddUp() {
    const QDate first(2025, 7, 1);
    const QList<domain::BillItem> items = testdata::yearOfCharges(50, 12, first);
    // The period: the last six months only.
    const QDate start = first.addMonths(6);
    const QDate end = first.addMonths(12);
    QElapsedTimer timer;
    timer.start();
    const auto report = domain::ChargeShares::compute(items, start, end);
    qInfo("ChargeShares::compute over %lld lines: %lld ms", qlonglong(items.size()), qlonglong(timer.elapsed()));

    QMap<QString, std::pair<qint64, qint64>> expected; // user -> (excluded, included), summed here apart
    QMap<QString, int> lines;
    qint64 excluded = 0;
    qint64 included = 0;
    for (const auto &line : items) {
        if (line.periodStart >= start && line.periodStart < end) {
            expected[line.product.id].first += line.taxExcluded.minor();
            expected[line.product.id].second += line.taxIncluded.minor();
            ++lines[line.product.id];
            excluded += line.taxExcluded.minor();
            included += line.taxIncluded.minor();
        }
    }
    QCOMPARE(report.shares().size(), size_t(50));
    QCOMPARE(report.totalTaxExcluded().minor(), excluded);
    QCOMPARE(report.totalTaxIncluded().minor(), included);
    int points = 0;
    qint64 sharesIncluded = 0;
    for (size_t i = 0; i < report.shares().size(); ++i) {
        const auto &share = report.shares()[i];
        QCOMPARE(share.taxExcluded.minor(), expected.value(share.product.id).first);
        QCOMPARE(share.taxIncluded.minor(), expected.value(share.product.id).second);
        QCOMPARE(share.lines, lines.value(share.product.id));
        QVERIFY(!share.product.name.isEmpty());
        // Each share within one basis point of its exact proportion.
        const qint64 exact = share.taxIncluded.minor() * 10000;
        QVERIFY(qAbs(exact - qint64(share.basisPoints) * included) < included);
        if (i > 0) {
            QVERIFY(report.shares()[i - 1].taxIncluded.minor() >= share.taxIncluded.minor());
        }
        points += share.basisPoints;
        sharesIncluded += share.taxIncluded.minor();
    }
    QCOMPARE(points, 10000);
    QCOMPARE(sharesIncluded, included);
}

void TestChargeShares::compute_equalAmounts_orderedByIdNumerically() {
    const QDate day(2026, 1, 1);
    QList<domain::BillItem> items{testdata::item(QStringLiteral("a"), 10, day, 100),
                                  testdata::item(QStringLiteral("b"), 9, day, 100),
                                  testdata::item(QStringLiteral("c"), 2, day, 100)};
    const auto forward = domain::ChargeShares::compute(items, {}, {});
    std::reverse(items.begin(), items.end());
    const auto backward = domain::ChargeShares::compute(items, {}, {});
    const QStringList expected{QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10")};
    for (const auto *report : {&forward, &backward}) {
        QStringList order;
        int points = 0;
        for (const auto &share : report->shares()) {
            order.append(share.product.id);
            points += share.basisPoints;
        }
        QCOMPARE(order, expected);
        QCOMPARE(points, 10000);
    }
}

void TestChargeShares::compute_duplicateAndForeignLines_reportedNotSummed() {
    const QDate day(2026, 1, 1);
    domain::BillItem dollars = testdata::item(QStringLiteral("3"), 2, day, 999);
    dollars.taxExcluded = domain::Money(999, QStringLiteral("USD"));
    dollars.taxIncluded = domain::Money(1199, QStringLiteral("USD"));
    const QList<domain::BillItem> items{testdata::item(QStringLiteral("1"), 1, day, 100),
                                        testdata::item(QStringLiteral("1"), 1, day, 100), dollars};
    const auto report = domain::ChargeShares::compute(items, {}, {});
    QCOMPARE(report.lineCount(), 1);
    QCOMPARE(report.duplicateLines(), 1);
    QCOMPARE(report.foreignCurrencyLines(), 1);
    QCOMPARE(report.totalTaxIncluded(), domain::Money(120, testdata::rub()));
    QVERIFY(report.problem().contains(QStringLiteral("twice")));
    QVERIFY(report.problem().contains(QStringLiteral("RUB")));
}

void TestChargeShares::compute_noLines_zeroTotals() {
    const auto report = domain::ChargeShares::compute({}, QDate(2026, 1, 1), QDate(2026, 2, 1));
    QVERIFY(report.shares().empty());
    QCOMPARE(report.totalTaxIncluded().minor(), 0);
    QCOMPARE(report.lineCount(), 0);
}

QTEST_GUILESS_MAIN(TestChargeShares)
#include "tst_charge_shares.moc"
