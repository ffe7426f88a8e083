// The search index against the reference matcher, the thresholds of every line, the result and
// over-threshold tables (under QAbstractItemModelTester) and saved searches.
#include "models/roles.h"
#include "models/search_index.h"
#include "models/search_results_model.h"
#include "models/search_saved.h"
#include "models/search_settings.h"
#include "models/service_users_model.h"
#include "models/thresholds_data.h"
#include "models/thresholds_over_model.h"
#include "tests/models/search_fixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare;
using domain::ThresholdState;
using domain::ThresholdTargetKind;
using tests::rub;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

domain::ChargeThreshold threshold(const QString &id, ThresholdTargetKind kind, const QString &target, qint64 first,
                                  qint64 second) {
    domain::ChargeThreshold out;
    out.id = id;
    out.targetKind = kind;
    out.target = {target, QString()};
    out.first = rub(first);
    out.second = rub(second);
    return out;
}

// Company default 1000.00 / 3000.00; Sales North (3) 500.00 / 2000.00; account 12 (IT) 1500.00 / 2500.00;
// line 8 its own 10.00 / 20.00.
QList<domain::ChargeThreshold> fixtureThresholds() {
    return {threshold(QStringLiteral("t1"), ThresholdTargetKind::Organization, QStringLiteral("1"), 100000, 300000),
            threshold(QStringLiteral("t3"), ThresholdTargetKind::Organization, QStringLiteral("3"), 50000, 200000),
            threshold(QStringLiteral("t12"), ThresholdTargetKind::BillingAccount, QStringLiteral("12"), 150000, 250000),
            threshold(QStringLiteral("t8"), ThresholdTargetKind::Product, QStringLiteral("8"), 1000, 2000)};
}

template <typename T>
QStringList pickFrom(QRandomGenerator &random, const QList<T> &from) {
    QStringList out;
    for (const T &value : from) {
        if (random.bounded(3) == 0) {
            out.append(value);
        }
    }
    return out;
}

domain::UserSearch randomSearch(QRandomGenerator &random) {
    domain::UserSearch search;
    search.tariffIds = pickFrom(random, tests::kSearchTariffs);
    if (random.bounded(3) == 0) {
        search.statuses.append(domain::ProductStatus::Active);
    }
    if (random.bounded(3) == 0) {
        search.statuses.append(domain::ProductStatus::Suspended);
    }
    for (const QString &service : tests::kSearchServices) {
        const int pick = random.bounded(6);
        if (pick == 0) {
            search.servicesAll.append(service);
        } else if (pick == 1) {
            search.servicesNone.append(service);
        }
    }
    search.departmentIds = pickFrom(
        random, QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    search.accountIds = pickFrom(random, QStringList{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")});
    if (random.bounded(3) == 0) {
        search.thresholdStates.append(random.bounded(2) ? ThresholdState::OverFirst : ThresholdState::OverSecond);
    }
    if (random.bounded(3) == 0) {
        search.chargesMin = rub(random.bounded(300000));
    }
    if (random.bounded(3) == 0) {
        search.chargesMax = rub(random.bounded(500000));
    }
    static const QStringList texts{QStringLiteral("ivan"),        QStringLiteral("ИВАН"), QStringLiteral("ova"),
                                   QStringLiteral("+7 9"),        QStringLiteral("12"),   QStringLiteral("-4"),
                                   QStringLiteral("oleg petrov"), QStringLiteral("a\n7"), QStringLiteral("zzz")};
    if (random.bounded(3) == 0) {
        search.text = texts.at(random.bounded(int(texts.size())));
    }
    return search;
}

std::vector<int> bruteForce(const models::CompanyData &data, const models::ThresholdsData &thresholds,
                            const models::SearchIndex &index, const domain::UserSearch &search) {
    const domain::SearchMatcher matcher(search, index.departmentsWithSubtrees(search.departmentIds));
    std::vector<int> out;
    for (int i = 0; i < int(data.serviceUsers().size()); ++i) {
        if (matcher.matches(data.serviceUsers()[size_t(i)], thresholds.stateOf(i))) {
            out.push_back(i);
        }
    }
    return out;
}

} // namespace

class TestSearchModels : public QObject {
    Q_OBJECT

private slots:
    void thresholds_precedenceOverTheCompany_statesAndSources();
    void thresholds_setAgain_recomputedAndAppendedUsersFollow();
    void index_randomSearches_sameAsBruteForce();
    void index_usersAppendedLater_found();
    void index_cleared_empty();
    void merge_replacedAndNewLines_indexThresholdsAndResultsFollow();
    void index_numberFormattedOrNot_sameLines();
    void results_testerHappy_sortKeepsSelectionAndProductIds();
    void results_sortByCharges_rawMinorUnits();
    void overThreshold_rowsCountsExcessAndSource();
    void overThreshold_growsWithPagesAndFollowsThresholds();
    void saved_saveListReplaceRemove_persisted();
    void saved_corruptEntry_droppedAndSaid();
};

void TestSearchModels::thresholds_precedenceOverTheCompany_statesAndSources() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::ThresholdsData thresholds(&data);
    data.appendServiceUsers(tests::fixtureUsers(1, 12)); // charges n * 1.01
    thresholds.setThresholds(fixtureThresholds());
    const auto sourceOf = [&](int n) {
        return thresholds.effectiveOf(data.serviceUserIndex(QString::number(n)))->thresholdId;
    };
    QCOMPARE(sourceOf(8), QStringLiteral("t8"));  // its own, though its account 12 has one too
    QCOMPARE(sourceOf(2), QStringLiteral("t12")); // account 12 beats the IT department's company default
    QCOMPARE(sourceOf(4), QStringLiteral("t3"));  // Sales North (department 3)
    QCOMPARE(sourceOf(3), QStringLiteral("t1"));  // Sales: its parent, the company
    // Line 8: charges 8.08 over 20.00? No: below its own first (10.00). Line 12 (Sales): 12.12 vs 1000.00.
    QCOMPARE(thresholds.stateOf(data.serviceUserIndex(QStringLiteral("8"))), ThresholdState::Below);
    domain::ServiceUser big = tests::fixtureUsers(100, 1).front();
    big.currentCharges = rub(200001); // Sales North (100 % 3 = 1): over its 2000.00
    domain::ServiceUser middle = tests::fixtureUsers(103, 1).front();
    middle.currentCharges = rub(200000); // exactly 2000.00 in Sales North: over the first only
    domain::ServiceUser unknown = tests::fixtureUsers(106, 1).front();
    unknown.currentCharges.reset();
    data.appendServiceUsers({big, middle, unknown});
    QCOMPARE(thresholds.stateOf(data.serviceUserIndex(QStringLiteral("100"))), ThresholdState::OverSecond);
    QCOMPARE(thresholds.stateOf(data.serviceUserIndex(QStringLiteral("103"))), ThresholdState::OverFirst);
    QCOMPARE(thresholds.stateOf(data.serviceUserIndex(QStringLiteral("106"))), ThresholdState::Unknown);
    QCOMPARE(thresholds.countIn(ThresholdState::OverSecond), 1);
    QCOMPARE(thresholds.countIn(ThresholdState::OverFirst), 1);
}

void TestSearchModels::thresholds_setAgain_recomputedAndAppendedUsersFollow() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    data.appendServiceUsers(tests::fixtureUsers(1, 30));
    models::ThresholdsData thresholds(&data);
    QCOMPARE(thresholds.countIn(ThresholdState::Below), 30); // no thresholds: nothing exceeded
    QSignalSpy recomputed(&thresholds, &models::ThresholdsData::recomputed);
    thresholds.setThresholds(
        {threshold(QStringLiteral("c"), ThresholdTargetKind::Organization, QStringLiteral("1"), 1000, 2000)});
    QCOMPARE(recomputed.count(), 1);
    // Charges n * 1.01: lines 10..19 exceed 10.00 but not 20.00 (19.19), 20..30 exceed 20.00.
    QCOMPARE(thresholds.countIn(ThresholdState::OverFirst), 10);
    QCOMPARE(thresholds.countIn(ThresholdState::OverSecond), 11);
    QSignalSpy added(&thresholds, &models::ThresholdsData::usersAdded);
    data.appendServiceUsers(tests::fixtureUsers(31, 5));
    QCOMPARE(added.count(), 1);
    QCOMPARE(thresholds.countIn(ThresholdState::OverSecond), 16);
}

void TestSearchModels::index_randomSearches_sameAsBruteForce() {
    QRandomGenerator random(20261126);
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::ThresholdsData thresholds(&data);
    thresholds.setThresholds(fixtureThresholds());
    models::SearchIndex index(&data, &thresholds);
    // Pages of odd sizes, so bit words are filled across page boundaries.
    for (int first = 1; first <= 3000; first += 333) {
        data.appendServiceUsers(tests::randomUsers(random, first, 333));
    }
    QCOMPARE(index.userCount(), int(data.serviceUsers().size()));
    int nonEmpty = 0;
    int partial = 0;
    for (int round = 0; round < 600; ++round) {
        const domain::UserSearch search = randomSearch(random);
        const std::vector<int> expected = bruteForce(data, thresholds, index, search);
        const std::vector<int> got = index.run(search);
        if (got != expected) {
            QFAIL(qPrintable(QStringLiteral("search %1 (%2): index %3 lines, brute force %4")
                                 .arg(round)
                                 .arg(search.summary())
                                 .arg(got.size())
                                 .arg(expected.size())));
        }
        nonEmpty += expected.empty() ? 0 : 1;
        partial += !expected.empty() && expected.size() < data.serviceUsers().size() ? 1 : 0;
    }
    // The random searches must not all be trivially empty or everything.
    QVERIFY2(partial > 200, qPrintable(QString::number(partial)));
    QVERIFY(nonEmpty > 250);
}

void TestSearchModels::index_usersAppendedLater_found() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::SearchIndex index(&data, nullptr);
    QSignalSpy changed(&index, &models::SearchIndex::changed);
    domain::UserSearch roaming;
    roaming.servicesAll = {QStringLiteral("101")}; // every 4th fixture line
    QVERIFY(index.run(roaming).empty());
    data.appendServiceUsers(tests::fixtureUsers(1, 40));
    QCOMPARE(index.run(roaming).size(), size_t(10));
    data.appendServiceUsers(tests::fixtureUsers(41, 40));
    QCOMPARE(changed.count(), 2);
    const std::vector<int> found = index.run(roaming);
    QCOMPARE(found.size(), size_t(20));
    QVERIFY(std::is_sorted(found.begin(), found.end())); // CompanyData's order
    QCOMPARE(data.serviceUsers()[size_t(found.back())].id, QStringLiteral("80"));
    // A threshold condition without thresholds: every state is Unknown, so nothing matches.
    roaming.thresholdStates = {ThresholdState::OverFirst};
    QVERIFY(index.run(roaming).empty());
}

void TestSearchModels::index_cleared_empty() {
    models::CompanyData data;
    models::SearchIndex index(&data, nullptr);
    data.appendServiceUsers(tests::fixtureUsers(1, 100));
    data.clear();
    QCOMPARE(index.userCount(), 0);
    QVERIFY(index.run({}).empty());
    data.appendServiceUsers(tests::fixtureUsers(1, 3));
    QCOMPARE(index.run({}).size(), size_t(3));
}

void TestSearchModels::merge_replacedAndNewLines_indexThresholdsAndResultsFollow() {
    QRandomGenerator random(77);
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::ThresholdsData thresholds(&data);
    thresholds.setThresholds(fixtureThresholds());
    models::SearchIndex index(&data, &thresholds);
    models::ServiceUsersModel users(&data);
    QAbstractItemModelTester tester(&users, kFatal);
    models::SearchResultsModel results(&data, &thresholds);
    data.appendServiceUsers(tests::randomUsers(random, 1, 1500));
    results.setResults(index.run({}));
    QSignalSpy changed(&data, &models::CompanyData::serviceUsersChanged);
    QSignalSpy resultsRepaint(&results, &QAbstractItemModel::dataChanged);

    // Lines 200..299 come back with everything new (numbers and names too), and 20 lines not loaded yet.
    QList<domain::ServiceUser> fresh = tests::randomUsers(random, 200, 100) + tests::randomUsers(random, 5000, 20);
    data.mergeServiceUsers(fresh);
    QCOMPARE(int(data.serviceUsers().size()), 1520);
    QCOMPARE(data.serviceUserIndex(QStringLiteral("200")), 199); // replaced where it stood
    QCOMPARE(data.serviceUserIndex(QStringLiteral("5000")), 1500);
    QCOMPARE(data.serviceUser(QStringLiteral("250"))->msisdn, fresh.at(50).msisdn);
    QCOMPARE(changed.size(), 1);
    const auto indexes = changed.front().front().value<QList<int>>();
    QCOMPARE(indexes.size(), 100);
    QCOMPARE(indexes.front(), 199);
    QCOMPARE(indexes.back(), 298);
    QVERIFY(!resultsRepaint.isEmpty());
    QCOMPARE(index.userCount(), 1520);
    QCOMPARE(users.rowCount(), 1520);
    const int row = users.rowOfUser(QStringLiteral("250"));
    QVERIFY(users.searchTextAt(row).contains(fresh.at(50).user.name.toLower()));

    // Only the tariff and status of lines 600..649 change: the text stays laid out as it was.
    QList<domain::ServiceUser> moved;
    for (int n = 600; n < 650; ++n) {
        domain::ServiceUser user = *data.serviceUser(QString::number(n));
        user.tariff = {QStringLiteral("4"), QStringLiteral("Tariff 4")};
        user.status = domain::ProductStatus::Suspended;
        user.services.clear();
        moved.append(user);
    }
    data.mergeServiceUsers(moved);

    // Every search over the index gives what the reference matcher gives over the merged lines.
    for (int round = 0; round < 300; ++round) {
        const domain::UserSearch search = randomSearch(random);
        if (index.run(search) != bruteForce(data, thresholds, index, search)) {
            QFAIL(
                qPrintable(QStringLiteral("search %1 (%2) differs after the merge").arg(round).arg(search.summary())));
        }
    }
    // The thresholds' states are what a fresh computation over the same lines gives.
    models::ThresholdsData again(&data);
    again.setThresholds(fixtureThresholds());
    for (int i = 0; i < int(data.serviceUsers().size()); ++i) {
        QCOMPARE(thresholds.stateOf(i), again.stateOf(i));
    }

    // The load's later pages bring lines a merge brought first: they are not appended twice, and the
    // fresher copy stays.
    data.appendServiceUsers(tests::randomUsers(random, 1495, 10) + tests::randomUsers(random, 5010, 5));
    QCOMPARE(int(data.serviceUsers().size()), 1524); // 1501..1504 are new
    QCOMPARE(index.userCount(), 1524);
    QCOMPARE(users.rowCount(), 1524);
    QCOMPARE(data.serviceUser(QStringLiteral("5012"))->msisdn, fresh.at(112).msisdn);
}

void TestSearchModels::index_numberFormattedOrNot_sameLines() {
    models::CompanyData data;
    models::SearchIndex index(&data, nullptr);
    data.appendServiceUsers(tests::fixtureUsers(1, 200)); // msisdn 7916 + n on 7 digits
    domain::UserSearch search;
    for (const QString &text : {QStringLiteral("79160000123"), QStringLiteral("+7 916 000-01-23"),
                                QStringLiteral("000-01-23"), QStringLiteral("(916) 000 01 23")}) {
        search.text = text;
        const std::vector<int> found = index.run(search);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(data.serviceUsers()[size_t(found.front())].id, QStringLiteral("123"));
    }
    search.text = QStringLiteral("ANNA");
    QCOMPARE(index.run(search).size(), size_t(40)); // every 5th line is Anna Ivanova
}

void TestSearchModels::results_testerHappy_sortKeepsSelectionAndProductIds() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::ThresholdsData thresholds(&data);
    models::SearchIndex index(&data, &thresholds);
    models::SearchResultsModel model(&data, &thresholds);
    QAbstractItemModelTester tester(&model, kFatal);
    data.appendServiceUsers(tests::fixtureUsers(1, 300));
    thresholds.setThresholds(fixtureThresholds());
    domain::UserSearch search;
    search.statuses = {domain::ProductStatus::Active};
    search.departmentIds = {QStringLiteral("2")}; // Sales and Sales North
    model.setResults(index.run(search));
    QCOMPARE(model.rowCount(), int(index.run(search).size()));
    QVERIFY(model.rowCount() > 100);
    QCOMPARE(model.columnCount(), int(models::SearchResultsModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString department = model.data(model.index(row, models::SearchResultsModel::Department)).toString();
        QVERIFY(department == QLatin1String("Sales") || department == QLatin1String("Sales North"));
    }
    QItemSelectionModel selection(&model);
    selection.select(model.index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString selectedId = model.productIds({5}).front();
    QCOMPARE(model.data(model.index(5, 0), models::IdRole).toString(), selectedId);
    model.sort(models::SearchResultsModel::Name, Qt::DescendingOrder);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.productIds({selection.selectedRows().front().row()}), QStringList{selectedId});
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(QString::compare(model.data(model.index(row - 1, models::SearchResultsModel::Name)).toString(),
                                 model.data(model.index(row, models::SearchResultsModel::Name)).toString(),
                                 Qt::CaseInsensitive) >= 0);
    }
    QCOMPARE(model.headerData(models::SearchResultsModel::CurrentCharges, Qt::Horizontal, models::CellKindRole),
             QVariant(QStringLiteral("money")));
    data.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchModels::results_sortByCharges_rawMinorUnits() {
    models::CompanyData data;
    models::SearchIndex index(&data, nullptr);
    models::SearchResultsModel model(&data, nullptr);
    QAbstractItemModelTester tester(&model, kFatal);
    data.appendServiceUsers(tests::fixtureUsers(1, 50));
    model.setResults(index.run({}));
    model.sort(models::SearchResultsModel::CurrentCharges, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, models::SearchResultsModel::CurrentCharges), models::RawValueRole).toLongLong(),
             qint64(50 * 101));
    QCOMPARE(model.data(model.index(49, models::SearchResultsModel::CurrentCharges), models::RawValueRole).toLongLong(),
             qint64(101));
    QCOMPARE(model.data(model.index(0, models::SearchResultsModel::Threshold)).toString(), QString());
}

void TestSearchModels::overThreshold_rowsCountsExcessAndSource() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    data.setAccounts(tests::fixtureAccounts(QDate(2026, 11, 25)));
    models::ThresholdsData thresholds(&data);
    models::OverThresholdModel model(&data, &thresholds);
    QAbstractItemModelTester tester(&model, kFatal);
    QSignalSpy counts(&model, &models::OverThresholdModel::countsChanged);
    QList<domain::ServiceUser> users = tests::fixtureUsers(1, 6);
    users[0].currentCharges = rub(123456); // line 1, account 11, Sales North: 1234.56 > 500.00 (t3 first)
    users[1].currentCharges = rub(250001); // line 2, account 12: over t12's second 2500.00 by 0.01
    users[2].currentCharges = rub(99999);  // line 3, Sales: below the company's 1000.00
    data.appendServiceUsers(users);
    thresholds.setThresholds(fixtureThresholds());
    QVERIFY(counts.count() >= 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.overFirstCount(), 1);
    QCOMPARE(model.overSecondCount(), 1);
    using M = models::OverThresholdModel;
    QCOMPARE(model.data(model.index(0, M::Number), models::RawValueRole).toString(), users[0].msisdn);
    QCOMPARE(model.data(model.index(0, M::Threshold), models::RawValueRole).toLongLong(), qint64(50000));
    QCOMPARE(model.data(model.index(0, M::Excess), models::RawValueRole).toLongLong(), qint64(123456 - 50000));
    QCOMPARE(model.data(model.index(0, M::Source)).toString(), QStringLiteral("Sales North"));
    QCOMPARE(model.data(model.index(1, M::Threshold), models::RawValueRole).toLongLong(), qint64(250000));
    QCOMPARE(model.data(model.index(1, M::Excess), models::RawValueRole).toLongLong(), qint64(1));
    QCOMPARE(model.data(model.index(1, M::Source)).toString(), QStringLiteral("account IT — mobile"));
    QCOMPARE(model.data(model.index(1, M::Level), models::AttentionRole).toBool(), true);
    QCOMPARE(model.productIds({0, 1}), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QVERIFY(model.countsText().contains(QStringLiteral("1 over the second")));
}

void TestSearchModels::overThreshold_growsWithPagesAndFollowsThresholds() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    models::ThresholdsData thresholds(&data);
    thresholds.setThresholds(
        {threshold(QStringLiteral("c"), ThresholdTargetKind::Organization, QStringLiteral("1"), 1000, 2000)});
    models::OverThresholdModel model(&data, &thresholds);
    QAbstractItemModelTester tester(&model, kFatal);
    data.appendServiceUsers(tests::fixtureUsers(1, 15)); // 10..15 over 10.00
    QCOMPARE(model.rowCount(), 6);
    model.sort(models::OverThresholdModel::Excess, Qt::DescendingOrder);
    data.appendServiceUsers(tests::fixtureUsers(16, 10)); // 16..19 over first, 20..25 over second
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(model.overSecondCount(), 6);
    // Still sorted by excess after the new page: line 19 (19.19 − 10.00, over the first) first.
    QCOMPARE(model.data(model.index(0, models::OverThresholdModel::Excess), models::RawValueRole).toLongLong(),
             qint64(919));
    thresholds.setThresholds({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.overFirstCount(), 0);
}

void TestSearchModels::saved_saveListReplaceRemove_persisted() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    domain::UserSearch roaming;
    roaming.servicesAll = {QStringLiteral("101")};
    roaming.chargesMin = rub(150001);
    domain::UserSearch suspended;
    suspended.statuses = {domain::ProductStatus::Suspended};
    {
        QSettings settings(path, QSettings::IniFormat);
        models::SavedSearches saved(&settings);
        QSignalSpy changed(&saved, &models::SavedSearches::changed);
        QVERIFY(saved.entries().isEmpty());
        QVERIFY(!saved.save(QStringLiteral("  "), roaming));
        QVERIFY(saved.save(QStringLiteral("Roaming spenders"), roaming));
        QVERIFY(saved.save(QStringLiteral("Suspended"), roaming));
        QVERIFY(saved.save(QStringLiteral("Suspended"), suspended)); // replaces in place
        QCOMPARE(changed.count(), 3);
        QCOMPARE(saved.names(), (QStringList{QStringLiteral("Roaming spenders"), QStringLiteral("Suspended")}));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        models::SavedSearches saved(&settings);
        QCOMPARE(saved.names(), (QStringList{QStringLiteral("Roaming spenders"), QStringLiteral("Suspended")}));
        QCOMPARE(*saved.find(QStringLiteral("Roaming spenders")), roaming);
        QCOMPARE(*saved.find(QStringLiteral("Suspended")), suspended);
        QVERIFY(saved.remove(QStringLiteral("Roaming spenders")));
        QVERIFY(!saved.remove(QStringLiteral("Roaming spenders")));
        QVERIFY(saved.loadProblem().isEmpty());
    }
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(models::SavedSearches(&settings).names(), QStringList{QStringLiteral("Suspended")});
}

void TestSearchModels::saved_corruptEntry_droppedAndSaid() {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(models::search_settings::savedSearches(),
                      QByteArray(R"([{"name": "Good", "search": {"tariffs": ["4"]}},)"
                                 R"( {"name": "Bad", "search": {"statuses": ["asleep"]}}])"));
    models::SavedSearches saved(&settings);
    QCOMPARE(saved.names(), QStringList{QStringLiteral("Good")});
    QVERIFY(saved.loadProblem().contains(QStringLiteral("Bad")));
    settings.setValue(models::search_settings::savedSearches(), QByteArray("not json"));
    models::SavedSearches broken(&settings);
    QVERIFY(broken.entries().isEmpty());
    QVERIFY(!broken.loadProblem().isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchModels)
#include "tst_search_models.moc"
