// Financial control as finance staff use it, against the demo company over HTTPS: the bills of all
// accounts or one over a period, the charges since the last bill grouped three ways and drilled into,
// the payments and the bills they paid; every total equal to the rows it sums.
#include "charts/chart_output.h"
#include "charts/series_line_chart.h"
#include "charts/share_pie.h"
#include "domain/bill_report.h"
#include "export/csv_export.h"
#include "models/bill_items_model.h"
#include "models/bills_model.h"
#include "models/charges_model.h"
#include "models/company_tree_model.h"
#include "models/money_format.h"
#include "models/payments_model.h"
#include "models/roles.h"
#include "models/usage_model.h"
#include "support/server_process.h"
#include "views/common/table_view.h"
#include "views/detail/service_user_detail_view.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_charts.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/finance/period_picker.h"
#include "views/finance/usage_window.h"
#include "views/gui_client.h"
#include "views/main/company_browser.h"
#include "views/signin/sign_in_dialog.h"

#include <QAction>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::saveScreenshot;

namespace {

qint64 columnSum(QAbstractItemModel *model, int column) {
    qint64 sum = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        sum += model->index(row, column).data(models::RawValueRole).toLongLong();
    }
    return sum;
}

// Opens the company as `login`, then the finance window, and waits for its first load.
views::FinanceWindow *openFinance(Client &client, const QString &login) {
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(login);
    if (!loaded.wait(kLoadTimeout)) {
        qWarning("%s", qPrintable(bannerText(client.window)));
        return nullptr;
    }
    // The unread news opens by itself a moment after the load: close it so that it takes no keys.
    const bool newsShown =
        QTest::qWaitFor([&client] { return !client.window.findChildren<views::NewsDialog *>().isEmpty(); }, 10000);
    Q_UNUSED(newsShown); // finance may have read them all; then nothing opens
    closeNews(&client.window);
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    if (!window) {
        return nullptr;
    }
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy done(finance, &views::FinanceController::loaded);
    if (finance->isLoading() && !done.wait(kLoadTimeout)) {
        return nullptr;
    }
    return window;
}

QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Money as pdftotext gives it back: the no-break space comes out as a plain one.
QString spacedMoney(const domain::Money &money) {
    return models::formatMoney(money).replace(QChar(0x00A0), QLatin1Char(' '));
}

bool reloadAndWait(views::FinanceWindow *window, const std::function<void()> &change) {
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy done(finance, &views::FinanceController::loaded);
    change();
    return done.wait(kLoadTimeout);
}

} // namespace

class TestFinanceFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void bills_allAccountsThenOne_periodAndTotalsAgree();
    void charges_groupedThreeWays_subtotalsAddUpAndDrillKeepsTotals();
    void payments_allocationOpensTheBill();
    void departmentHead_allAccounts_onlyHisDepartmentsBills();
    void charts_shownOnDemand_drawTheReportsAndSaveAsPng();
    void usage_ofAUserLastMonth_filteredByTypeWithTotals();
    void cancel_whileLoading_tablesKeepWhatTheyHadAndSaySo();
    void itemization_ofThePeriod_addsUpToTheBillsAndExports();
    void periodPicker_lastDayBeforeFirst_otherEndMovesAlong();
    void serverGone_financeAndUsageSayWhyAndKeepWhatTheyHad();

private:
    QString settingsPath(const QString &name) const { return m_home.filePath(name + QStringLiteral(".ini")); }
    QTemporaryDir m_home;
};

void TestFinanceFlow::bills_allAccountsThenOne_periodAndTotalsAgree() {
    Client client(settingsPath(QStringLiteral("bills")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    QCOMPARE(window->periodPicker()->preset(), domain::PeriodPreset::Last3Months); // the first time's choice
    const domain::Period period = window->period();
    QCOMPARE(period.start, domain::firstOfMonth(QDate::currentDate()).addMonths(-3));

    models::BillsModel *bills = window->bills();
    QCOMPARE(bills->rowCount(), 16 * 3); // every account bills each whole month
    QSet<QString> accounts;
    for (const domain::Bill &bill : bills->bills()) {
        QVERIFY2(period.contains(bill.periodStart), qPrintable(bill.billNo));
        accounts.insert(bill.billingAccount.id);
    }
    QCOMPARE(accounts.size(), 16);
    const domain::BillTotals totals = domain::totalsOf(bills->bills());
    QCOMPARE(columnSum(bills, models::BillsModel::TaxIncluded), totals.taxIncluded.minor());
    QVERIFY(window->billsTotals()->text().contains(models::formatMoney(totals.taxIncluded)));
    window->tabs()->setCurrentIndex(0);
    QTest::qWait(200);
    saveScreenshot(window, QStringLiteral("finance-bills"));

    // One account, the last 12 months: its twelve bills and nothing else.
    QVERIFY(reloadAndWait(window, [window] { window->selectAccount(QStringLiteral("5")); }));
    QVERIFY(reloadAndWait(window, [window] { window->periodPicker()->setPreset(domain::PeriodPreset::Last12Months); }));
    QCOMPARE(bills->rowCount(), 12);
    for (const domain::Bill &bill : bills->bills()) {
        QCOMPARE(bill.billingAccount.id, QStringLiteral("5"));
    }

    // Several accounts: their bills and nobody else's.
    const QStringList two{client.data.accounts().at(1).id, client.data.accounts().at(3).id};
    QVERIFY(reloadAndWait(window, [window, two] { window->selectAccounts(two); }));
    QCOMPARE(window->selectedAccountIds(), two);
    QCOMPARE(bills->rowCount(), 24);
    for (const domain::Bill &bill : bills->bills()) {
        QVERIFY(two.contains(bill.billingAccount.id));
    }
    QVERIFY(reloadAndWait(window, [window] { window->selectAccount(QStringLiteral("5")); }));

    // A custom period of one month gives one bill; Enter on it opens the bill window.
    const QDate month = domain::firstOfMonth(QDate::currentDate()).addMonths(-2);
    QVERIFY(reloadAndWait(window, [window, month] {
        window->periodPicker()->setCustomPeriod({month, month.addMonths(1)});
    }));
    QCOMPARE(bills->rowCount(), 1);
    QCOMPARE(bills->billAt(0).periodStart, month);
    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    window->billsTable()->setCurrentIndex(window->billsTable()->model()->index(0, 0));
    QTest::keyClick(window->billsTable(), Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    auto *billWindow = ready.first().first().value<views::BillWindow *>();
    QCOMPARE(billWindow->report().bill().id, bills->billAt(0).id);
    QVERIFY(billWindow->report().reconciles());
}

void TestFinanceFlow::charges_groupedThreeWays_subtotalsAddUpAndDrillKeepsTotals() {
    Client client(settingsPath(QStringLiteral("charges")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    window->tabs()->setCurrentIndex(1);
    window->setGrouping(domain::ChargeGrouping::Account);
    models::ChargesModel *charges = window->charges();
    const domain::ChargesReport all = window->chargesReport();
    QVERIFY(all.items().size() > 2000); // every user has a monthly fee at least
    for (const domain::BillItem &item : all.items()) {
        QVERIFY(!item.isBilled);
    }
    const qint64 total = all.totalTaxIncluded().minor();
    QVERIFY(total > 0);
    QCOMPARE(charges->rowCount(), 16);
    QCOMPARE(columnSum(charges, models::ChargesModel::TaxIncluded), total);
    QCOMPARE(columnSum(charges, models::ChargesModel::Share), qint64(10000));
    QVERIFY(window->chargesTotals()->text().contains(models::formatMoney(all.totalTaxIncluded())));
    QVERIFY(charges->index(0, 0).data().toString().size() > 3); // accounts by name, not by id

    window->setGrouping(domain::ChargeGrouping::ServiceUser);
    QCOMPARE(charges->rowCount(), 2000);
    QCOMPARE(columnSum(charges, models::ChargesModel::TaxIncluded), total);
    window->setGrouping(domain::ChargeGrouping::Service);
    QVERIFY(charges->rowCount() >= 5); // tariffs' fees, services, calls, SMS, data
    QCOMPARE(columnSum(charges, models::ChargesModel::TaxIncluded), total);
    QTest::qWait(200);
    saveScreenshot(window, QStringLiteral("finance-charges"));

    // Drill: an account → its users → one user's services; Back (Alt+Left) returns level by level.
    window->setGrouping(domain::ChargeGrouping::Account);
    const qint64 firstAccount =
        charges->index(0, models::ChargesModel::TaxIncluded).data(models::RawValueRole).toLongLong();
    const QString accountName = charges->index(0, 0).data().toString();
    window->chargesTable()->sortByColumn(-1, Qt::AscendingOrder);
    window->chargesTable()->setCurrentIndex(window->chargesTable()->model()->index(0, 0));
    const int sourceRow = 0;
    window->drillInto(sourceRow);
    QCOMPARE(window->drillDepth(), 2);
    QCOMPARE(window->chargesReport().grouping(), domain::ChargeGrouping::ServiceUser);
    QCOMPARE(window->chargesReport().totalTaxIncluded().minor(), firstAccount);
    QCOMPARE(columnSum(charges, models::ChargesModel::TaxIncluded), firstAccount);
    QVERIFY(window->chargesPath()->text().contains(accountName));
    window->drillInto(0);
    QCOMPARE(window->drillDepth(), 3);
    QCOMPARE(window->chargesReport().grouping(), domain::ChargeGrouping::Service);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->chargesTable()->setFocus();
    QTest::keyClick(window->chargesTable(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window->drillDepth(), 2);
    window->drillBack();
    QCOMPARE(window->drillDepth(), 1);
    QCOMPARE(columnSum(charges, models::ChargesModel::TaxIncluded), total);

    // Printed as a PDF: the company, the grouping and the report's total as the screen spells it.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("charges.pdf"));
    QSignalSpy exported(window->chargesTable(), &views::TableView::exported);
    window->chargesTable()->exportTo(pdf);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(client.data.companyName()));
    QVERIFY(text.contains(models::ChargesModel::groupingTitle(domain::ChargeGrouping::Account)));
    QVERIFY2(text.contains(spacedMoney(all.totalTaxIncluded())), qPrintable(text.right(800)));
}

void TestFinanceFlow::payments_allocationOpensTheBill() {
    Client client(settingsPath(QStringLiteral("payments")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    QVERIFY(reloadAndWait(window, [window] { window->periodPicker()->setPreset(domain::PeriodPreset::Last12Months); }));
    window->tabs()->setCurrentIndex(2);
    models::PaymentsModel *payments = window->payments();
    QVERIFY(payments->rowCount() > 16);
    const domain::Period period = window->period();
    int allocated = -1;
    for (int row = 0; row < payments->rowCount(); ++row) {
        const domain::Payment &payment = payments->paymentAt(row);
        QVERIFY(period.contains(payment.date.date()));
        const qint64 applied = models::PaymentsModel::appliedAmount(payment).minor();
        QVERIFY(applied <= payment.amount.minor()); // a payment never pays more than it is
        if (allocated < 0 && !payment.allocations.isEmpty()) {
            allocated = row;
        }
    }
    QVERIFY(allocated >= 0);
    const domain::Payment payment = payments->paymentAt(allocated);
    QVERIFY(!payment.allocations.first().bill.name.isEmpty()); // the bill's number comes with it

    QAbstractItemModel *shown = window->paymentsTable()->model(); // sorted as the user left it
    int shownRow = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(models::IdRole).toString() == payment.id) {
            shownRow = row;
        }
    }
    window->paymentsTable()->setCurrentIndex(shown->index(shownRow, 0));
    QAbstractItemModel *allocations = window->allocationsTable()->model();
    QCOMPARE(allocations->rowCount(), int(payment.allocations.size()));
    QCOMPARE(allocations->index(0, 0).data().toString(), payment.allocations.first().bill.name);
    QTest::qWait(200);
    saveScreenshot(window, QStringLiteral("finance-payments"));

    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    window->allocationsTable()->setCurrentIndex(allocations->index(0, 0));
    QTest::keyClick(window->allocationsTable(), Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    auto *billWindow = ready.first().first().value<views::BillWindow *>();
    QCOMPARE(billWindow->report().bill().id, payment.allocations.first().bill.id);
    QCOMPARE(billWindow->report().bill().billNo, payment.allocations.first().bill.name);
}

void TestFinanceFlow::departmentHead_allAccounts_onlyHisDepartmentsBills() {
    Client client(settingsPath(QStringLiteral("head")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("head.sales"));
    QVERIFY(window);
    QVERIFY(reloadAndWait(window, [window] { window->periodPicker()->setPreset(domain::PeriodPreset::Last12Months); }));
    QSet<QString> visible;
    for (const domain::BillingAccount &account : client.data.accounts()) {
        visible.insert(account.id);
    }
    QCOMPARE(visible.size(), 5);
    QCOMPARE(window->bills()->rowCount(), 5 * 12);
    for (const domain::Bill &bill : window->bills()->bills()) {
        QVERIFY2(visible.contains(bill.billingAccount.id), qPrintable(bill.billNo));
    }
    for (const domain::BillItem &item : window->chargesReport().items()) {
        QVERIFY(visible.contains(item.billingAccount.id));
    }
}

void TestFinanceFlow::charts_shownOnDemand_drawTheReportsAndSaveAsPng() {
    Client client(settingsPath(QStringLiteral("charts")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    QVERIFY(window->periodChargesStale()); // nothing loaded for charts nobody looks at
    QVERIFY(reloadAndWait(window, [window] { window->tabs()->setCurrentWidget(window->charts()); }));
    QVERIFY(!window->periodChargesStale());
    views::FinanceCharts *charts = window->charts();

    // Bills: one line per account, one point per bill, the points' sum the bills' total.
    const auto &billLines = charts->billsChart()->chargeSeries();
    QCOMPARE(int(billLines.size()), 16);
    qint64 billsSum = 0;
    for (const domain::ChargeSeries &line : billLines) {
        billsSum += line.total().minor();
    }
    QCOMPARE(billsSum, domain::totalsOf(window->bills()->bills()).taxIncluded.minor());

    // Shares of the period: the pie's slices add up to the period's charges, which are the bills'
    // itemization: for each account the lines of a month equal its bill to the cent.
    const domain::ChargeShares &shares = charts->shares();
    QVERIFY(shares.shares().size() > 1000);
    QCOMPARE(shares.totalTaxIncluded().minor(), billsSum);
    qint64 slicesSum = 0;
    for (const charts::PieSlice &slice : charts->sharesPie()->slices()) {
        slicesSum += slice.amount.minor();
    }
    QCOMPARE(slicesSum, shares.totalTaxIncluded().minor());

    // The users' line graph draws the five largest, each line the user's share of the period.
    QCOMPARE(charts->chosenUsers().size(), views::FinanceCharts::kInitiallyChosen);
    const auto &userLines = charts->usersChart()->chargeSeries();
    QCOMPARE(int(userLines.size()), views::FinanceCharts::kInitiallyChosen);
    QCOMPARE(userLines.front().id, shares.shares().front().product.id);
    QCOMPARE(userLines.front().total(), shares.shares().front().taxIncluded);
    charts->chooseUsers({shares.shares().at(2).product.id});
    QCOMPARE(int(charts->usersChart()->chargeSeries().size()), 1);
    charts->chooseUsers(QStringList{shares.shares().at(0).product.id, shares.shares().at(1).product.id,
                                    shares.shares().at(2).product.id});
    QTest::qWait(300);
    saveScreenshot(window, QStringLiteral("finance-charts"));
    views::testing::saveChartScreenshot(charts->billsChart(), QStringLiteral("chart-monthly-bills"));

    // One account over a year: the charts follow the choice, and its pie has slices worth seeing.
    QVERIFY(reloadAndWait(window, [window] { window->selectAccount(QStringLiteral("5")); }));
    QVERIFY(reloadAndWait(window, [window] { window->periodPicker()->setPreset(domain::PeriodPreset::Last12Months); }));
    QVERIFY(!window->periodChargesStale());
    for (const domain::BillShare &share : charts->shares().shares()) {
        QCOMPARE(client.data.serviceUser(share.product.id)->billingAccount.id, QStringLiteral("5"));
    }
    QCOMPARE(charts->shares().totalTaxIncluded(), domain::totalsOf(window->bills()->bills()).taxIncluded);
    QTest::qWait(300);
    views::testing::saveChartScreenshot(charts->sharesPie(), QStringLiteral("chart-period-shares"));
    views::testing::saveChartScreenshot(charts->usersChart(), QStringLiteral("chart-user-charges"));

    // Saved as PNG from the chart's own action.
    QTemporaryDir out;
    auto *actions = charts->billsChart()->findChild<charts::ChartOutputActions *>();
    QVERIFY(actions);
    actions->setShowErrors(false);
    const QString png = out.filePath(QStringLiteral("bills.png"));
    actions->setPathChooser([png](const QString &, const QString &, const QString &) { return png; });
    QSignalSpy saved(actions, &charts::ChartOutputActions::saved);
    actions->savePngAction()->trigger();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!QImage(png).isNull());
}

void TestFinanceFlow::usage_ofAUserLastMonth_filteredByTypeWithTotals() {
    Client client(settingsPath(QStringLiteral("usage")));
    QVERIFY(openFinance(client, QStringLiteral("finance")));
    const QString userId = client.data.serviceUsers().at(7).id;
    client.window.browser()->showLocation({models::CompanyTreeModel::NodeKind::ServiceUser, userId});
    QSignalSpy shown(&client.controller, &views::ClientController::usageShown);
    auto *button = client.window.browser()->userDetail()->findChild<QPushButton *>();
    QVERIFY(button);
    button->click();
    QVERIFY(shown.wait(30000));
    auto *window = shown.first().first().value<views::UsageWindow *>();
    QCOMPARE(window->productId(), userId);

    // Last month: a whole month of calls, SMS and data, each inside the period.
    shown.clear();
    window->periodPicker()->setPreset(domain::PeriodPreset::LastMonth);
    QVERIFY(shown.wait(30000));
    const QList<domain::UsageRecord> &records = window->records()->records();
    QVERIFY(records.size() > 10);
    QSet<domain::UsageType> types;
    for (const domain::UsageRecord &record : records) {
        QVERIFY(window->period().contains(record.date.date()));
        types.insert(record.type);
    }
    QCOMPARE(types.size(), 3);

    // Only SMS: every row shown is an SMS, and the total is theirs.
    window->setType(domain::UsageType::Sms);
    QAbstractItemModel *rows = window->table()->model();
    qint64 smsSum = 0;
    int smsCount = 0;
    for (const domain::UsageRecord &record : records) {
        if (record.type == domain::UsageType::Sms) {
            smsSum += record.taxExcluded.minor();
            ++smsCount;
        }
    }
    QCOMPARE(rows->rowCount(), smsCount);
    for (int row = 0; row < rows->rowCount(); ++row) {
        QCOMPARE(rows->index(row, models::UsageModel::Type).data().toString(),
                 models::UsageModel::typeText(domain::UsageType::Sms));
    }
    QVERIFY(window->totals()->text().contains(models::formatMoney(domain::Money(smsSum, QStringLiteral("RUB")))));
    window->setType(std::nullopt);
    QCOMPARE(rows->rowCount(), int(records.size()));
    QTest::qWait(200);
    saveScreenshot(window, QStringLiteral("usage"));
}

void TestFinanceFlow::cancel_whileLoading_tablesKeepWhatTheyHadAndSaySo() {
    Client client(settingsPath(QStringLiteral("cancel")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    const int billsBefore = window->bills()->rowCount();
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy loaded(finance, &views::FinanceController::loaded);
    window->periodPicker()->setPreset(domain::PeriodPreset::Last12Months);
    QVERIFY(finance->isLoading());
    QPushButton *cancel = nullptr;
    for (auto *button : window->findChildren<QPushButton *>()) {
        cancel = button->text() == QStringLiteral("Cancel") ? button : cancel;
    }
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QVERIFY(!finance->isLoading());
    QVERIFY(!cancel->isVisible());
    QTest::qWait(2000); // answers that were on their way land nowhere
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(window->bills()->rowCount(), billsBefore);
    QVERIFY(window->findChild<QLabel *>() != nullptr);
    bool said = false;
    for (auto *label : window->findChildren<QLabel *>()) {
        said = said || label->text().contains(QStringLiteral("cancelled"));
    }
    QVERIFY(said);
}

void TestFinanceFlow::itemization_ofThePeriod_addsUpToTheBillsAndExports() {
    Client client(settingsPath(QStringLiteral("itemization")));
    views::FinanceWindow *window = openFinance(client, QStringLiteral("finance"));
    QVERIFY(window);
    QVERIFY(window->itemizationStale()); // nothing loaded for a tab nobody looks at
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy loaded(finance, &views::FinanceController::itemizationLoaded);
    window->tabs()->setCurrentWidget(window->itemizationTable()->parentWidget());
    QVERIFY(loaded.wait(kLoadTimeout));
    models::BillItemsModel *items = window->itemization();
    QTRY_COMPARE(items->pending(), qsizetype(0)); // the rows appear a slice per pass
    QVERIFY(items->rowCount() > 2000 * 3 * 3);

    // The lines of the period are the bills' lines: they add up to the bills of the period.
    const qint64 linesSum = columnSum(items, models::BillItemsModel::TaxIncluded);
    const domain::BillTotals bills = domain::totalsOf(window->bills()->bills());
    QCOMPARE(linesSum, bills.taxIncluded.minor());
    QVERIFY(window->itemizationTotals()->text().contains(models::formatMoney(bills.taxIncluded)));
    // Named as people know them: the number, the charge, the bill.
    const QModelIndex first = items->index(0, models::BillItemsModel::ServiceUser);
    QVERIFY2(first.data().toString().startsWith(QStringLiteral("+7 ")), qPrintable(first.data().toString()));
    QVERIFY(items->index(0, models::BillItemsModel::BillNumber).data().toString().startsWith(QStringLiteral("B-")));

    // Exported to CSV: one line a row, and the money column adds up to the same total.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("itemization.csv"));
    QSignalSpy exported(window->itemizationTable(), &views::TableView::exported);
    window->itemizationTable()->exportTo(csv);
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), items->rowCount() + 1);
    const exports::CsvOptions options = exports::csvOptionsFor(QLocale());
    qint64 fileSum = 0;
    for (qsizetype line = 1; line < lines.size(); ++line) {
        QString withTax = lines.at(line).split(options.separator).at(models::BillItemsModel::TaxIncluded);
        withTax.replace(options.decimalMark, QLatin1Char('.'));
        fileSum += *domain::Money::parseMinor(withTax);
    }
    QCOMPARE(fileSum, bills.taxIncluded.minor());
    saveScreenshot(window, QStringLiteral("finance-itemization"));
}

void TestFinanceFlow::periodPicker_lastDayBeforeFirst_otherEndMovesAlong() {
    views::PeriodPicker picker;
    picker.setToday(QDate(2026, 11, 26));
    QCOMPARE(picker.period(), (domain::Period{QDate(2026, 8, 1), QDate(2026, 11, 1)})); // last 3 months
    picker.setPreset(domain::PeriodPreset::Custom);
    auto edits = picker.findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    QSignalSpy changed(&picker, &views::PeriodPicker::periodChanged);
    edits.at(0)->setDate(QDate(2026, 12, 5)); // the first day after the last: the last follows it
    QCOMPARE(picker.period(), (domain::Period{QDate(2026, 12, 5), QDate(2026, 12, 6)}));
    edits.at(1)->setDate(QDate(2026, 12, 1)); // the last day before the first: the first follows it
    QCOMPARE(picker.period(), (domain::Period{QDate(2026, 12, 1), QDate(2026, 12, 2)}));
    QVERIFY(picker.period().isValid());
    QCOMPARE(changed.count(), 2);                                     // once an edit, never with a backward period
    picker.setCustomPeriod({QDate(2026, 12, 9), QDate(2026, 12, 9)}); // empty: refused, nothing changes
    QCOMPARE(picker.period(), (domain::Period{QDate(2026, 12, 1), QDate(2026, 12, 2)}));
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestFinanceFlow>(argc, argv);
}

void TestFinanceFlow::serverGone_financeAndUsageSayWhyAndKeepWhatTheyHad() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    Client client(settingsPath(QStringLiteral("gone")));
    QSignalSpy companyLoaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(views::testing::requestFor(server, QStringLiteral("gone"), QStringLiteral("finance")));
    QVERIFY2(companyLoaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTest::qWait(300);
    closeNews(&client.window);
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    QVERIFY(window);
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy loaded(finance, &views::FinanceController::loaded);
    QVERIFY(!finance->isLoading() || loaded.wait(kLoadTimeout));
    const int billsBefore = window->bills()->rowCount();
    QVERIFY(billsBefore > 0);

    // The server goes away; another period is asked for. The window says what failed and why, and the
    // tables keep what they showed.
    server.stop();
    loaded.clear();
    const bool yearAlready = window->periodPicker()->preset() == domain::PeriodPreset::Last12Months;
    window->periodPicker()->setPreset(yearAlready ? domain::PeriodPreset::LastMonth
                                                  : domain::PeriodPreset::Last12Months);
    QVERIFY(loaded.wait(kLoadTimeout));
    const auto statusSays = [](QWidget *where, const QString &text) {
        for (auto *label : where->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(text)) {
                return label->text();
            }
        }
        return QString();
    };
    const QString said = statusSays(window, QStringLiteral("could not be loaded"));
    QVERIFY2(said.contains(QStringLiteral("bills")) && said.contains(QStringLiteral("cannot be reached")),
             qPrintable(said));
    QCOMPARE(window->bills()->rowCount(), billsBefore);

    // Calls, SMS and data of a user: the window opens and says the records could not be loaded.
    client.window.browser()->showLocation(
        {models::CompanyTreeModel::NodeKind::ServiceUser, client.data.serviceUsers().front().id});
    client.controller.openUsage(client.data.serviceUsers().front().id);
    QPointer<views::UsageWindow> usage;
    QTRY_VERIFY((usage = client.window.findChild<views::UsageWindow *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!statusSays(usage, QStringLiteral("could not be loaded")).isEmpty(), 30000);
    QVERIFY(usage->records()->records().isEmpty());
}

#include "tst_finance_flow.moc"
