// Effective thresholds: which target's values apply to a line, and where this month's charges stand.
#include "domain/effective_threshold.h"

#include <QTest>

using namespace corpcare::domain;

namespace {

Money rub(qint64 minor) {
    return Money(minor, QStringLiteral("RUB"));
}

ChargeThreshold threshold(const QString &id, ThresholdTargetKind kind, const QString &target, qint64 first,
                          qint64 second) {
    ChargeThreshold out;
    out.id = id;
    out.targetKind = kind;
    out.target = {target, QStringLiteral("target %1").arg(target)};
    out.first = rub(first);
    out.second = rub(second);
    return out;
}

// Company 1 > Sales 2 > Sales North 3 > Team 5; IT 4 under the company.
QHash<QString, QString> parents() {
    return {{QStringLiteral("2"), QStringLiteral("1")},
            {QStringLiteral("3"), QStringLiteral("2")},
            {QStringLiteral("5"), QStringLiteral("3")},
            {QStringLiteral("4"), QStringLiteral("1")}};
}

const ThresholdChain kLine{QStringLiteral("1042"), QStringLiteral("10"), QStringLiteral("5")};

} // namespace

class TestEffectiveThreshold : public QObject {
    Q_OBJECT

private slots:
    void resolve_everyLevel_nearestTargetWins_data();
    void resolve_everyLevel_nearestTargetWins();
    void resolve_nothingOnTheChain_none();
    void resolve_missingParts_skipsThem();
    void resolve_parentCycle_ends();
    void resolve_sameTargetTwice_laterReplaces();
    void state_chargesAgainstThresholds_data();
    void state_chargesAgainstThresholds();
    void state_unknownChargesOrCurrency_unknown();
    void isAtLeast_overSecondCountsAsOverFirst();
};

void TestEffectiveThreshold::resolve_everyLevel_nearestTargetWins_data() {
    QTest::addColumn<QStringList>(
        "present"); // which thresholds exist: t-line, t-acct, t-team, t-north, t-sales, t-company
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<int>("expectedKind");
    const QStringList all{"line", "account", "team", "north", "sales", "company"};
    QTest::newRow("line beats all") << all << "line" << int(ThresholdTargetKind::Product);
    QTest::newRow("account beats departments") << all.mid(1) << "account" << int(ThresholdTargetKind::BillingAccount);
    QTest::newRow("department beats parents") << all.mid(2) << "team" << int(ThresholdTargetKind::Organization);
    QTest::newRow("parent department") << all.mid(3) << "north" << int(ThresholdTargetKind::Organization);
    QTest::newRow("grandparent") << all.mid(4) << "sales" << int(ThresholdTargetKind::Organization);
    QTest::newRow("company") << all.mid(5) << "company" << int(ThresholdTargetKind::Organization);
    QTest::newRow("line and company only")
        << QStringList{"company", "line"} << "line" << int(ThresholdTargetKind::Product);
    QTest::newRow("account and company") << QStringList{"company", "account"} << "account"
                                         << int(ThresholdTargetKind::BillingAccount);
}

void TestEffectiveThreshold::resolve_everyLevel_nearestTargetWins() {
    QFETCH(QStringList, present);
    QFETCH(QString, expectedId);
    QFETCH(int, expectedKind);
    const QHash<QString, ChargeThreshold> candidates{
        {"line", threshold("line", ThresholdTargetKind::Product, "1042", 100, 200)},
        {"account", threshold("account", ThresholdTargetKind::BillingAccount, "10", 300, 400)},
        {"team", threshold("team", ThresholdTargetKind::Organization, "5", 500, 600)},
        {"north", threshold("north", ThresholdTargetKind::Organization, "3", 700, 800)},
        {"sales", threshold("sales", ThresholdTargetKind::Organization, "2", 900, 1000)},
        {"company", threshold("company", ThresholdTargetKind::Organization, "1", 1100, 1200)},
        // Decoys on other targets of the same ids' kinds: never picked for this line.
        {"other line", threshold("other line", ThresholdTargetKind::Product, "10", 1, 2)},
        {"other dept", threshold("other dept", ThresholdTargetKind::Organization, "4", 1, 2)}};
    QList<ChargeThreshold> thresholds{candidates.value("other line"), candidates.value("other dept")};
    for (const QString &key : present) {
        thresholds.append(candidates.value(key));
    }
    const ThresholdResolver resolver(thresholds, parents());
    const std::optional<EffectiveThreshold> effective = resolver.resolve(kLine);
    QVERIFY(effective);
    QCOMPARE(effective->thresholdId, expectedId);
    QCOMPARE(int(effective->sourceKind), expectedKind);
    QCOMPARE(effective->first, candidates.value(expectedId).first);
    QCOMPARE(effective->second, candidates.value(expectedId).second);
    QCOMPARE(effective->source, candidates.value(expectedId).target);
}

void TestEffectiveThreshold::resolve_nothingOnTheChain_none() {
    const ThresholdResolver resolver({threshold("it", ThresholdTargetKind::Organization, "4", 1, 2)}, parents());
    QVERIFY(!resolver.resolve(kLine));
    QVERIFY(!ThresholdResolver({}, parents()).resolve(kLine));
}

void TestEffectiveThreshold::resolve_missingParts_skipsThem() {
    const ThresholdResolver resolver({threshold("company", ThresholdTargetKind::Organization, "1", 10, 20),
                                      threshold("account", ThresholdTargetKind::BillingAccount, "10", 30, 40)},
                                     parents());
    // No account and no department known: nothing to walk.
    QVERIFY(!resolver.resolve({QStringLiteral("1042"), QString(), QString()}));
    // No account: the department's chain still reaches the company.
    QCOMPARE(resolver.resolve({QStringLiteral("1042"), QString(), QStringLiteral("5")})->thresholdId, "company");
    // A department the structure does not know is its own chain's end.
    QVERIFY(!resolver.resolve({QStringLiteral("1042"), QString(), QStringLiteral("99")}));
    // No department: the account alone.
    QCOMPARE(resolver.resolve({QString(), QStringLiteral("10"), QString()})->thresholdId, "account");
}

void TestEffectiveThreshold::resolve_parentCycle_ends() {
    const QHash<QString, QString> cycle{{QStringLiteral("a"), QStringLiteral("b")},
                                        {QStringLiteral("b"), QStringLiteral("a")}};
    const ThresholdResolver resolver({threshold("c", ThresholdTargetKind::Organization, "c", 1, 2)}, cycle);
    QVERIFY(!resolver.resolveOrganization(QStringLiteral("a")));
}

void TestEffectiveThreshold::resolve_sameTargetTwice_laterReplaces() {
    const ThresholdResolver resolver({threshold("old", ThresholdTargetKind::BillingAccount, "10", 1, 2),
                                      threshold("new", ThresholdTargetKind::BillingAccount, "10", 3, 4)},
                                     parents());
    QCOMPARE(resolver.resolve(kLine)->thresholdId, "new");
}

void TestEffectiveThreshold::state_chargesAgainstThresholds_data() {
    QTest::addColumn<qint64>("charges");
    QTest::addColumn<int>("expected");
    // first 1500.00, second 3000.00: exceeding is strictly greater, to the kopeck.
    QTest::newRow("zero") << qint64(0) << int(ThresholdState::Below);
    QTest::newRow("at first") << qint64(150000) << int(ThresholdState::Below);
    QTest::newRow("a kopeck over first") << qint64(150001) << int(ThresholdState::OverFirst);
    QTest::newRow("at second") << qint64(300000) << int(ThresholdState::OverFirst);
    QTest::newRow("a kopeck over second") << qint64(300001) << int(ThresholdState::OverSecond);
    QTest::newRow("negative (refund)") << qint64(-500) << int(ThresholdState::Below);
}

void TestEffectiveThreshold::state_chargesAgainstThresholds() {
    QFETCH(qint64, charges);
    QFETCH(int, expected);
    const EffectiveThreshold limits{rub(150000), rub(300000), "1", {"1", {}}, ThresholdTargetKind::Organization};
    QCOMPARE(int(thresholdState(rub(charges), limits)), expected);
}

void TestEffectiveThreshold::state_unknownChargesOrCurrency_unknown() {
    const EffectiveThreshold limits{rub(100), rub(200), "1", {"1", {}}, ThresholdTargetKind::Organization};
    QCOMPARE(thresholdState(std::nullopt, limits), ThresholdState::Unknown);
    QCOMPARE(thresholdState(std::nullopt, std::nullopt), ThresholdState::Unknown);
    QCOMPARE(thresholdState(Money(100000, QStringLiteral("EUR")), limits), ThresholdState::Unknown);
    QCOMPARE(thresholdState(rub(100000), std::nullopt), ThresholdState::Below); // no threshold: nothing exceeded
}

void TestEffectiveThreshold::isAtLeast_overSecondCountsAsOverFirst() {
    QVERIFY(isAtLeast(ThresholdState::OverSecond, ThresholdState::OverFirst));
    QVERIFY(isAtLeast(ThresholdState::OverFirst, ThresholdState::OverFirst));
    QVERIFY(!isAtLeast(ThresholdState::OverFirst, ThresholdState::OverSecond));
    QVERIFY(!isAtLeast(ThresholdState::Below, ThresholdState::OverFirst));
    QVERIFY(!isAtLeast(ThresholdState::Unknown, ThresholdState::OverFirst));
}

QTEST_GUILESS_MAIN(TestEffectiveThreshold)
#include "tst_effective_threshold.moc"
