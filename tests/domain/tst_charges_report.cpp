// Periods of the picker and charges grouped by account, service user and service: subtotals that add
// up to the total to the cent at every level of drilling, in an order that does not change.
#include "domain/bill_report.h"
#include "domain/charges_report.h"
#include "domain/money_text.h"
#include "domain/period.h"
#include "fixtures.h"

#include <QTest>

using namespace corpcare::domain;
using corpcare::domain::testing::rub;

namespace {

BillItem line(const QString &account, const QString &product, ChargeKind kind, qint64 minor,
              const QString &offering = {}) {
    BillItem item;
    static int next = 0;
    item.id = QString::number(++next);
    item.isBilled = false;
    item.billingAccount = {account, QStringLiteral("Account ") + account};
    item.product = {product, QStringLiteral("+7 916 000-00-") + product};
    item.kind = kind;
    item.name = kind == ChargeKind::Calls ? QStringLiteral("Calls") : QStringLiteral("Monthly fee: Business 500");
    if (!offering.isEmpty()) {
        item.offering = {offering, QStringLiteral("Roaming ") + offering};
        item.name = item.offering.name;
    }
    item.taxExcluded = rub(minor);
    item.taxIncluded = rub(minor).taxAtBasisPoints(2000) + rub(minor);
    return item;
}

// Two accounts, three users, fees, calls and two services.
QList<BillItem> sample() {
    return {line(QStringLiteral("1"), QStringLiteral("11"), ChargeKind::Tariff, 50000),
            line(QStringLiteral("1"), QStringLiteral("11"), ChargeKind::Calls, 1234),
            line(QStringLiteral("1"), QStringLiteral("12"), ChargeKind::Tariff, 50000),
            line(QStringLiteral("1"), QStringLiteral("12"), ChargeKind::Service, 30000, QStringLiteral("7")),
            line(QStringLiteral("2"), QStringLiteral("21"), ChargeKind::Calls, 99),
            line(QStringLiteral("2"), QStringLiteral("21"), ChargeKind::Service, 30000, QStringLiteral("8"))};
}

qint64 subtotalSum(const ChargesReport &report) {
    qint64 sum = 0;
    for (const ChargeGroup &group : report.groups()) {
        sum += group.taxIncluded.minor();
    }
    return sum;
}

} // namespace

class TestChargesReport : public QObject {
    Q_OBJECT

private slots:
    void presetPeriod_inNovember_wholeMonthsBefore() {
        const QDate today(2026, 11, 26);
        QCOMPARE(presetPeriod(PeriodPreset::ThisMonth, today), (Period{QDate(2026, 11, 1), QDate(2026, 12, 1)}));
        QCOMPARE(presetPeriod(PeriodPreset::LastMonth, today), (Period{QDate(2026, 10, 1), QDate(2026, 11, 1)}));
        QCOMPARE(presetPeriod(PeriodPreset::Last3Months, today), (Period{QDate(2026, 8, 1), QDate(2026, 11, 1)}));
        QCOMPARE(presetPeriod(PeriodPreset::Last12Months, today), (Period{QDate(2025, 11, 1), QDate(2026, 11, 1)}));
    }

    void presetPeriod_inJanuary_crossesTheYear() {
        const QDate today(2027, 1, 3);
        QCOMPARE(presetPeriod(PeriodPreset::LastMonth, today), (Period{QDate(2026, 12, 1), QDate(2027, 1, 1)}));
        QCOMPARE(monthsOf(presetPeriod(PeriodPreset::Last3Months, today)),
                 (QList<QDate>{QDate(2026, 10, 1), QDate(2026, 11, 1), QDate(2026, 12, 1)}));
    }

    void period_containsAndLastDay_endExclusive() {
        const Period october{QDate(2026, 10, 1), QDate(2026, 11, 1)};
        QVERIFY(october.contains(QDate(2026, 10, 31)));
        QVERIFY(!october.contains(QDate(2026, 11, 1)));
        QCOMPARE(october.lastDay(), QDate(2026, 10, 31));
        QVERIFY(!(Period{QDate(2026, 10, 2), QDate(2026, 10, 2)}).isValid());
        QVERIFY(monthsOf(Period{}).isEmpty());
    }

    void compute_byAccount_subtotalsAddUpToTotal() {
        const ChargesReport report = ChargesReport::compute(sample(), ChargeGrouping::Account);
        QCOMPARE(report.groups().size(), size_t(2));
        QCOMPARE(report.groups().front().key, QStringLiteral("1")); // the larger first
        QCOMPARE(report.groups().front().label, QStringLiteral("Account 1"));
        QCOMPARE(report.groups().front().lines, qsizetype(4));
        QCOMPARE(report.totalTaxExcluded(), rub(50000 + 1234 + 50000 + 30000 + 99 + 30000));
        QCOMPARE(subtotalSum(report), report.totalTaxIncluded().minor());
    }

    void compute_byService_servicesByOfferingFeesByTariffUsageByKind() {
        const ChargesReport report = ChargesReport::compute(sample(), ChargeGrouping::Service);
        QStringList labels;
        for (const ChargeGroup &group : report.groups()) {
            labels.append(group.label);
        }
        // Fees 100000, roaming 7 and 8 are 30000 each (told apart by offering), calls 1333.
        QCOMPARE(labels, (QStringList{QStringLiteral("Monthly fee: Business 500"), QStringLiteral("Roaming 7"),
                                      QStringLiteral("Roaming 8"), QStringLiteral("Calls")}));
        QCOMPARE(report.groups().back().lines, qsizetype(2));
        QCOMPARE(subtotalSum(report), report.totalTaxIncluded().minor());
    }

    void compute_equalSubtotals_orderedByLabelThenKey() {
        const QList<BillItem> items{line(QStringLiteral("1"), QStringLiteral("13"), ChargeKind::Calls, 500),
                                    line(QStringLiteral("1"), QStringLiteral("12"), ChargeKind::Calls, 500),
                                    line(QStringLiteral("1"), QStringLiteral("11"), ChargeKind::Calls, 500)};
        const ChargesReport report = ChargesReport::compute(items, ChargeGrouping::ServiceUser);
        QCOMPARE(report.groups().at(0).key, QStringLiteral("11"));
        QCOMPARE(report.groups().at(2).key, QStringLiteral("13"));
    }

    void drill_accountToUsersToServices_totalsKept() {
        const ChargesReport accounts = ChargesReport::compute(sample(), ChargeGrouping::Account);
        const ChargesReport users = accounts.drill(0, ChargesReport::drillTarget(accounts.grouping()));
        QCOMPARE(users.grouping(), ChargeGrouping::ServiceUser);
        QCOMPARE(users.totalTaxIncluded(), accounts.groups().front().taxIncluded);
        QCOMPARE(users.groups().size(), size_t(2));
        const ChargesReport services = users.drill(0, ChargesReport::drillTarget(users.grouping()));
        QCOMPARE(services.grouping(), ChargeGrouping::Service);
        QCOMPARE(services.totalTaxIncluded(), users.groups().front().taxIncluded);
        QVERIFY(accounts.linesOf(5).isEmpty()); // no such group: nothing, not a crash
    }

    void compute_noLines_zeroTotalsNoGroups() {
        const ChargesReport report = ChargesReport::compute({}, ChargeGrouping::Service);
        QVERIFY(report.groups().empty());
        QCOMPARE(report.totalTaxIncluded().minor(), qint64(0));
    }

    void totalsOf_bills_sumsEveryAmount() {
        Bill a;
        a.taxExcluded = rub(100);
        a.taxIncluded = rub(120);
        a.remaining = rub(20);
        Bill b = a;
        b.remaining = rub(0);
        const BillTotals totals = totalsOf({a, b});
        QCOMPARE(totals.count, qsizetype(2));
        QCOMPARE(totals.taxIncluded, rub(240));
        QCOMPARE(totals.remaining, rub(20));
    }

    void formatPercent_basisPoints_exactWithTwoDecimals() {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatPercent(1234, english), QStringLiteral("12.34 %"));
        QCOMPARE(formatPercent(5, english), QStringLiteral("0.05 %"));
        QCOMPARE(formatPercent(10000, english), QStringLiteral("100.00 %"));
        QCOMPARE(formatPercent(-250, english), QStringLiteral("-2.50 %"));
        QCOMPARE(formatPercent(1234, QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("12,34 %"));
    }
};

QTEST_GUILESS_MAIN(TestChargesReport)
#include "tst_charges_report.moc"
