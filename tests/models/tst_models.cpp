// The models over a company in memory, each run under QAbstractItemModelTester while it changes.
#include "models/accounts_filter_model.h"
#include "models/accounts_model.h"
#include "models/company_tree_model.h"
#include "models/money_format.h"
#include "models/paced_appender.h"
#include "models/roles.h"
#include "models/service_users_filter_model.h"
#include "models/service_users_model.h"
#include "tests/models/company_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
using models::CompanyTreeModel;
using models::ServiceUsersModel;

namespace {
const QDate kToday(2026, 11, 25);
using Tester = QAbstractItemModelTester;
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void serviceUsers_appendedInBatches_rowsAndTesterHappy();
    void serviceUsers_sortByName_nondecreasingAndStable();
    void serviceUsers_sortByCharges_rawMinorUnitsDescending();
    void serviceUsers_sortKeepsSelectionOnSameUser();
    void serviceUsers_cleared_empty();
    void filter_quickFilter_allWordsMustMatch();
    void filter_scope_departmentSubtreeOrAccount();
    void filter_sortForwardsToSource();
    void filter_newRowsWhileFiltered_onlyMatchesAppear();
    void accounts_figures_rawValuesAndAttention();
    void accounts_filterByOrganizations_sortsOnRawValues();
    void tree_company_departmentsAccountsAndLazyUsers();
    void tree_accountOpenedBeforeItsUsers_showsThemWhenTheyArrive();
    void tree_withoutCompany_departmentIsRoot();
    void tree_find_fetchesUsersAsNeeded();
    void formatMoney_locales_exactFromMinorUnits();
    void pacedAppender_page_appendedInSlicesBetweenEvents();
    void pacedAppender_clear_dropsWhatIsPending();
};

void TestModels::serviceUsers_appendedInBatches_rowsAndTesterHappy() {
    models::CompanyData data;
    ServiceUsersModel model(&data);
    Tester tester(&model, kFatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    data.appendServiceUsers(tests::fixtureUsers(1, 500));
    data.appendServiceUsers(tests::fixtureUsers(501, 700));
    QCOMPARE(model.rowCount(), 1200);
    QCOMPARE(inserted.count(), 2); // one insert per batch, never one per row
    QCOMPARE(model.columnCount(), int(ServiceUsersModel::ColumnCount));
    const QModelIndex number = model.index(0, ServiceUsersModel::Number);
    QCOMPARE(number.data().toString(), QStringLiteral("+7 916 000-00-01"));
    QCOMPARE(number.data(models::RawValueRole).toString(), QStringLiteral("79160000001"));
    QCOMPARE(model.index(6, ServiceUsersModel::Status).data(models::AttentionRole).toBool(), true); // user 7
    QCOMPARE(model.index(0, ServiceUsersModel::CurrentCharges).data(models::RawValueRole).toLongLong(), 101);
    QCOMPARE(model.index(3, ServiceUsersModel::Services).data().toString(), QStringLiteral("Roaming"));
}

void TestModels::serviceUsers_sortByName_nondecreasingAndStable() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 1000));
    ServiceUsersModel model(&data);
    Tester tester(&model, kFatal);
    model.sort(ServiceUsersModel::Name, Qt::AscendingOrder);
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString previous = model.index(row - 1, ServiceUsersModel::Name).data().toString().toLower();
        const QString current = model.index(row, ServiceUsersModel::Name).data().toString().toLower();
        QVERIFY(previous <= current);
        if (previous == current) { // ties keep load order
            QVERIFY(model.userAt(row - 1).id.toInt() < model.userAt(row).id.toInt());
        }
    }
    QCOMPARE(model.index(0, ServiceUsersModel::Name).data().toString(), QStringLiteral("Anna Ivanova"));
}

void TestModels::serviceUsers_sortByCharges_rawMinorUnitsDescending() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 300));
    ServiceUsersModel model(&data);
    model.sort(ServiceUsersModel::CurrentCharges, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ServiceUsersModel::CurrentCharges).data(models::RawValueRole).toLongLong(), 300 * 101);
    QCOMPARE(model.index(299, ServiceUsersModel::CurrentCharges).data(models::RawValueRole).toLongLong(), 101);
}

void TestModels::serviceUsers_sortKeepsSelectionOnSameUser() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 200));
    ServiceUsersModel model(&data);
    const QPersistentModelIndex held = model.index(41, ServiceUsersModel::Name); // user 42
    QCOMPARE(model.userAt(held.row()).id, QStringLiteral("42"));
    model.sort(ServiceUsersModel::CurrentCharges, Qt::DescendingOrder);
    QVERIFY(held.isValid());
    QCOMPARE(model.userAt(held.row()).id, QStringLiteral("42"));
    QCOMPARE(held.column(), int(ServiceUsersModel::Name));
    QCOMPARE(model.rowOfUser(QStringLiteral("42")), held.row());
}

void TestModels::serviceUsers_cleared_empty() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 50));
    ServiceUsersModel model(&data);
    Tester tester(&model, kFatal);
    data.clear();
    QCOMPARE(model.rowCount(), 0);
    data.appendServiceUsers(tests::fixtureUsers(1, 5));
    QCOMPARE(model.rowCount(), 5);
}

void TestModels::filter_quickFilter_allWordsMustMatch() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 1000));
    ServiceUsersModel model(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&model);
    Tester tester(&filter, kFatal);
    filter.setQuickFilter(QStringLiteral("ANNA roaming"));
    QVERIFY(filter.rowCount() > 0);
    for (int row = 0; row < filter.rowCount(); ++row) {
        QCOMPARE(filter.index(row, ServiceUsersModel::Name).data().toString(), QStringLiteral("Anna Ivanova"));
        QCOMPARE(filter.index(row, ServiceUsersModel::Services).data().toString(), QStringLiteral("Roaming"));
    }
    // Users n with n % 5 == 0 (Anna) and n % 4 == 0 (Roaming): every 20th.
    QCOMPARE(filter.rowCount(), 1000 / 20);
    filter.setQuickFilter(QStringLiteral("+7 916 000-00-07"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setQuickFilter(QStringLiteral("79160000007"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setQuickFilter(QStringLiteral("nobody-here"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setQuickFilter(QString());
    QCOMPARE(filter.rowCount(), 1000);
}

void TestModels::filter_scope_departmentSubtreeOrAccount() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    data.appendServiceUsers(tests::fixtureUsers(1, 300));
    ServiceUsersModel model(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&model);
    const QStringList sales = data.organizationSubtree(QStringLiteral("2"));
    QCOMPARE(QSet<QString>(sales.begin(), sales.end()), (QSet<QString>{QStringLiteral("2"), QStringLiteral("3")}));
    filter.setScope(QSet<QString>(sales.begin(), sales.end()), {});
    QCOMPARE(filter.rowCount(), 200); // departments 2 and 3 of the three
    filter.setScope({}, {QStringLiteral("12")});
    QCOMPARE(filter.rowCount(), 100);
    for (int row = 0; row < filter.rowCount(); ++row) {
        QCOMPARE(model.userAt(filter.mapToSource(filter.index(row, 0)).row()).billingAccount.id, QStringLiteral("12"));
    }
    filter.clearScope();
    QCOMPARE(filter.rowCount(), 300);
}

void TestModels::filter_sortForwardsToSource() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 100));
    ServiceUsersModel model(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&model);
    filter.setQuickFilter(QStringLiteral("oleg"));
    filter.sort(ServiceUsersModel::CurrentCharges, Qt::DescendingOrder);
    QCOMPARE(model.userAt(0).id, QStringLiteral("100")); // the source itself is sorted
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < filter.rowCount(); ++row) {
        const qint64 charges =
            filter.index(row, ServiceUsersModel::CurrentCharges).data(models::RawValueRole).toLongLong();
        QVERIFY(charges <= previous);
        previous = charges;
        QCOMPARE(filter.index(row, ServiceUsersModel::Name).data().toString(), QStringLiteral("Oleg Petrov"));
    }
}

void TestModels::filter_newRowsWhileFiltered_onlyMatchesAppear() {
    models::CompanyData data;
    ServiceUsersModel model(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&model);
    Tester tester(&filter, kFatal);
    filter.setQuickFilter(QStringLiteral("maria"));
    data.appendServiceUsers(tests::fixtureUsers(1, 50));
    data.appendServiceUsers(tests::fixtureUsers(51, 50));
    QCOMPARE(filter.rowCount(), 20);
}

void TestModels::accounts_figures_rawValuesAndAttention() {
    models::CompanyData data;
    models::AccountsModel model(&data);
    model.setToday(kToday);
    Tester tester(&model, kFatal);
    data.setAccounts(tests::fixtureAccounts(kToday));
    QCOMPARE(model.rowCount(), 3);
    using A = models::AccountsModel;
    QCOMPARE(model.index(0, A::DaysLeft).data(models::RawValueRole).toLongLong(), 4);
    QCOMPARE(model.index(0, A::DaysLeft).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(0, A::Balance).data(models::RawValueRole).toLongLong(), 1200000);
    QVERIFY(model.index(0, A::Name).data(models::AttentionRole).toBool());  // 4 days left
    QVERIFY(model.index(1, A::Name).data(models::AttentionRole).toBool());  // partially suspended
    QVERIFY(!model.index(2, A::Name).data(models::AttentionRole).toBool()); // 60 days, active
    QVERIFY(model.index(0, A::Name).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(2, A::Name).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, A::State).data().toString(), QStringLiteral("Partially suspended"));
    QVERIFY(!model.index(0, A::CreditLimit).data(models::RawValueRole).isValid()); // prepaid: none
    QCOMPARE(model.index(0, A::DisconnectionForecast).data(models::RawValueRole).toDate(), kToday.addDays(4));
}

void TestModels::accounts_filterByOrganizations_sortsOnRawValues() {
    models::CompanyData data;
    data.setAccounts(tests::fixtureAccounts(kToday));
    models::AccountsModel model(&data);
    models::AccountsFilterModel filter;
    filter.setSourceModel(&model);
    Tester tester(&filter, kFatal);
    filter.sort(models::AccountsModel::Balance, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data(models::IdRole).toString(), QStringLiteral("11")); // -93,000.00 first
    QCOMPARE(filter.index(2, 0).data(models::IdRole).toString(), QStringLiteral("10"));
    filter.setOrganizations({QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(filter.rowCount(), 2);
}

void TestModels::tree_company_departmentsAccountsAndLazyUsers() {
    models::CompanyData data;
    CompanyTreeModel tree(&data);
    Tester tester(&tree, kFatal);
    data.setOrganizations(tests::fixtureOrganizations());
    data.setAccounts(tests::fixtureAccounts(kToday));
    data.appendServiceUsers(tests::fixtureUsers(1, 4500));
    QCOMPARE(tree.rowCount(), 1);
    const QModelIndex company = tree.index(0, 0);
    QCOMPARE(company.data().toString(), QStringLiteral("Northwind"));
    QCOMPARE(tree.kindOf(company), CompanyTreeModel::NodeKind::Company);
    QCOMPARE(tree.rowCount(company), 2); // Sales, IT
    const QModelIndex sales = tree.index(0, 0, company);
    QCOMPARE(sales.data().toString(), QStringLiteral("Sales"));
    QCOMPARE(tree.rowCount(sales), 2); // Sales North and account 10
    const QModelIndex account = tree.find(CompanyTreeModel::NodeKind::Account, QStringLiteral("10"));
    QVERIFY(account.isValid());
    QCOMPARE(account.parent(), sales);
    QVERIFY(tree.hasChildren(account));
    while (tree.canFetchMore(account)) {
        tree.fetchMore(account);
    }
    QCOMPARE(tree.rowCount(account), 1500); // 4,500 users over three accounts

    // Without a tester (which fetches on its own): users become rows a batch at a time.
    data.appendServiceUsers(tests::fixtureUsers(4504, 2500));
    const int total = int(data.usersOfAccount(QStringLiteral("10")).size());
    QVERIFY(total > CompanyTreeModel::kFetchBatch);
    CompanyTreeModel quiet(&data);
    const QModelIndex same = quiet.find(CompanyTreeModel::NodeKind::Account, QStringLiteral("10"));
    QCOMPARE(quiet.rowCount(same), 0);
    quiet.fetchMore(same);
    QCOMPARE(quiet.rowCount(same), CompanyTreeModel::kFetchBatch);
    quiet.fetchMore(same);
    QCOMPARE(quiet.rowCount(same), total);
    QVERIFY(!quiet.canFetchMore(same));
    QVERIFY(!tree.canFetchMore(account));
    QCOMPARE(tree.index(0, 0, account).data().toString(), QStringLiteral("+7 916 000-00-03 — Ivan Orlov"));
    // An expanded account shows users that arrive later at once.
    const int shown = tree.rowCount(account);
    data.appendServiceUsers(tests::fixtureUsers(9001, 3)); // one of them (9003) on account 10
    QCOMPARE(tree.rowCount(account), shown + 1);
}

void TestModels::tree_accountOpenedBeforeItsUsers_showsThemWhenTheyArrive() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    data.setAccounts(tests::fixtureAccounts(kToday));
    CompanyTreeModel tree(&data);
    const QModelIndex account = tree.find(CompanyTreeModel::NodeKind::Account, QStringLiteral("12"));
    tree.setAccountOpen(account, true);
    QCOMPARE(tree.rowCount(account), 0);
    data.appendServiceUsers(tests::fixtureUsers(1, 30));
    QCOMPARE(tree.rowCount(account), 10); // n % 3 == 2 of 1..30
    const QModelIndex closed = tree.find(CompanyTreeModel::NodeKind::Account, QStringLiteral("11"));
    QCOMPARE(tree.rowCount(closed), 0); // a closed account waits until it is opened
}

void TestModels::tree_withoutCompany_departmentIsRoot() {
    models::CompanyData data;
    CompanyTreeModel tree(&data);
    Tester tester(&tree, kFatal);
    QList<domain::Organization> sales = tests::fixtureOrganizations(false);
    sales.removeLast(); // a department head of Sales sees Sales and Sales North only
    data.setOrganizations(sales);
    QList<domain::BillingAccount> accounts = tests::fixtureAccounts(kToday);
    accounts.removeLast();
    data.setAccounts(accounts);
    QCOMPARE(tree.rowCount(), 1);
    QCOMPARE(tree.index(0, 0).data().toString(), QStringLiteral("Sales"));
    QCOMPARE(tree.kindOf(tree.index(0, 0)), CompanyTreeModel::NodeKind::Department);
}

void TestModels::tree_find_fetchesUsersAsNeeded() {
    models::CompanyData data;
    data.setOrganizations(tests::fixtureOrganizations());
    data.setAccounts(tests::fixtureAccounts(kToday));
    data.appendServiceUsers(tests::fixtureUsers(1, 9000));
    CompanyTreeModel tree(&data);
    Tester tester(&tree, kFatal);
    const QModelIndex user = tree.find(CompanyTreeModel::NodeKind::ServiceUser, QStringLiteral("8998"));
    QVERIFY(user.isValid());
    QCOMPARE(tree.idOf(user), QStringLiteral("8998"));
    QCOMPARE(tree.idOf(user.parent()), QStringLiteral("11")); // 10 + 8998 % 3
    QVERIFY(!tree.find(CompanyTreeModel::NodeKind::ServiceUser, QStringLiteral("99999")).isValid());
}

void TestModels::formatMoney_locales_exactFromMinorUnits() {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QCOMPARE(models::formatMoney(tests::rub(123456789), english), QStringLiteral("₽1,234,567.89"));
    QCOMPARE(models::formatMoney(tests::rub(-5), english), QStringLiteral("-₽0.05"));
    const QChar space(0x00A0); // Russian groups digits and parts the symbol with no-break spaces
    QCOMPARE(models::formatMoney(tests::rub(123456789), russian), QStringLiteral("1") + space + QStringLiteral("234") +
                                                                      space + QStringLiteral("567,89") + space +
                                                                      QStringLiteral("₽"));
    QCOMPARE(models::formatMoney(tests::rub(-100), russian), QStringLiteral("-1,00") + space + QStringLiteral("₽"));
    // 10^13 - 0.01: far past what a float keeps exactly.
    QCOMPARE(models::formatMoney(tests::rub(999999999999999), english), QStringLiteral("₽9,999,999,999,999.99"));
    QCOMPARE(models::formatMoney(domain::Money(std::numeric_limits<qint64>::min() + 1, QStringLiteral("RUB")), english)
                 .left(2),
             QStringLiteral("-₽"));
}

void TestModels::pacedAppender_page_appendedInSlicesBetweenEvents() {
    models::CompanyData data;
    models::PacedAppender appender(&data, 200);
    QSignalSpy appended(&data, &models::CompanyData::serviceUsersAppended);
    QSignalSpy drained(&appender, &models::PacedAppender::drained);
    appender.push(tests::fixtureUsers(1, 700));
    appender.push(tests::fixtureUsers(701, 300));
    QCOMPARE(data.serviceUsers().size(), size_t(0)); // nothing until the event loop runs
    QVERIFY(drained.wait(5000));
    QCOMPARE(drained.count(), 1);
    QCOMPARE(appended.count(), 5); // 1,000 users in slices of 200, one slice per event
    for (const QList<QVariant> &slice : appended) {
        QCOMPARE(slice.at(1).toInt(), 200);
    }
    QCOMPARE(data.serviceUsers().size(), size_t(1000));
    QCOMPARE(data.serviceUsers().back().id, QStringLiteral("1000")); // in order
    QVERIFY(appender.isIdle());
}

void TestModels::pacedAppender_clear_dropsWhatIsPending() {
    models::CompanyData data;
    models::PacedAppender appender(&data, 100);
    appender.push(tests::fixtureUsers(1, 1000));
    QCoreApplication::processEvents(); // one slice at most
    QVERIFY(data.serviceUsers().size() <= 100);
    appender.clear();
    const size_t kept = data.serviceUsers().size();
    QTest::qWait(50);
    QCOMPARE(data.serviceUsers().size(), kept);
    QVERIFY(appender.isIdle());
    QCOMPARE(appender.pending(), 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
