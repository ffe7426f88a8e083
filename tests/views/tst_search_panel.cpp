// The search panel on the offscreen platform: conditions set with the keyboard and mouse, results
// checked against the reference matcher, selection and group-operation signals, saved searches,
// the over-threshold tab and remembered state. CORPCARE_SCREENSHOTS names a folder for a PNG.
#include "models/roles.h"
#include "models/search_index.h"
#include "models/search_results_model.h"
#include "models/search_saved.h"
#include "models/thresholds_data.h"
#include "models/thresholds_over_model.h"
#include "tests/models/company_fixture.h"
#include "views/common/table_view.h"
#include "views/search/over_threshold_view.h"
#include "views/search/search_conditions.h"
#include "views/search/search_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare;

namespace {

QListWidgetItem *itemNamed(QWidget *panel, const char *list, const QString &text) {
    auto *widget = panel->findChild<QListWidget *>(QLatin1String(list));
    for (int row = 0; widget && row < widget->count(); ++row) {
        if (widget->item(row)->text().trimmed() == text) {
            return widget->item(row);
        }
    }
    return nullptr;
}

// Checks an entry as a user does: focus the list, make the entry current, press Space.
void checkWithKeyboard(QWidget *panel, const char *list, const QString &text) {
    auto *widget = panel->findChild<QListWidget *>(QLatin1String(list));
    QListWidgetItem *item = itemNamed(panel, list, text);
    QVERIFY2(item, qPrintable(QStringLiteral("%1 has no %2").arg(QLatin1String(list), text)));
    widget->setFocus();
    widget->setCurrentItem(item);
    QTest::keyClick(widget, Qt::Key_Space);
    QCOMPARE(item->checkState(), Qt::Checked);
}

std::vector<int> expected(const models::CompanyData &data, const models::ThresholdsData &thresholds,
                          const domain::UserSearch &search) {
    const domain::SearchMatcher matcher(search, [&] {
        QStringList out;
        for (const QString &id : search.departmentIds) {
            out += data.organizationSubtree(id);
        }
        return out;
    }());
    std::vector<int> out;
    for (int i = 0; i < int(data.serviceUsers().size()); ++i) {
        if (matcher.matches(data.serviceUsers()[size_t(i)], thresholds.stateOf(i))) {
            out.push_back(i);
        }
    }
    return out;
}

void saveScreenshot(QWidget *widget, const QString &name) {
    const QString directory = qEnvironmentVariable("CORPCARE_SCREENSHOTS");
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        QVERIFY(widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png"))));
    }
}

} // namespace

class TestSearchPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void search_tariffServiceAndThreshold_resultsAsTheMatcher();
    void selection_groupOperation_productIdsOfSelectedRows();
    void saved_saveRunDelete_withTheKeyboard();
    void overThreshold_tab_countsAndRows();
    void state_reopened_lastSearchRestored();
    void charges_badAmount_saidAndNotRun();

private:
    void fill();
    models::CompanyData m_data;
    models::ThresholdsData *m_thresholds = nullptr;
    QTemporaryDir m_dir;
};

void TestSearchPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
    fill();
}

void TestSearchPanel::fill() {
    m_data.setOrganizations(tests::fixtureOrganizations());
    m_data.setAccounts(tests::fixtureAccounts(QDate(2026, 11, 25)));
    m_thresholds = new models::ThresholdsData(&m_data, this);
    domain::ChargeThreshold company;
    company.id = QStringLiteral("c");
    company.target = {QStringLiteral("1"), QStringLiteral("Northwind")};
    company.targetKind = domain::ThresholdTargetKind::Organization;
    company.first = tests::rub(20000); // 200.00: lines from 199 up are over it (n * 1.01)
    company.second = tests::rub(40000);
    m_thresholds->setThresholds({company});
    m_data.appendServiceUsers(tests::fixtureUsers(1, 500));
}

void TestSearchPanel::search_tariffServiceAndThreshold_resultsAsTheMatcher() {
    models::SavedSearches saved(new QSettings(m_dir.filePath(QStringLiteral("saved.ini")), QSettings::IniFormat, this));
    views::SearchPanel panel(&m_data, m_thresholds, &saved);
    panel.resize(1300, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkWithKeyboard(&panel, "tariffs", QStringLiteral("Business 500"));
    checkWithKeyboard(&panel, "servicesAll", QStringLiteral("Roaming"));
    checkWithKeyboard(&panel, "departments", QStringLiteral("Sales"));
    panel.findChild<QCheckBox *>(QStringLiteral("overFirst"))->setChecked(true);
    QSignalSpy searched(&panel, &views::SearchPanel::searched);
    auto *text = panel.findChild<QLineEdit *>(QStringLiteral("searchText"));
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return); // Enter runs the search
    QCOMPARE(searched.count(), 1);

    const domain::UserSearch search = panel.conditions()->search();
    QCOMPARE(search.tariffIds, QStringList{QStringLiteral("2")});
    QCOMPARE(search.servicesAll, QStringList{QStringLiteral("101")});
    QCOMPARE(search.departmentIds, QStringList{QStringLiteral("2")});
    QCOMPARE(search.thresholdStates, QList<domain::ThresholdState>{domain::ThresholdState::OverFirst});
    const std::vector<int> wanted = expected(m_data, *m_thresholds, search);
    // Odd lines are on Business 500 and every 4th line has roaming: no line has both.
    QVERIFY(wanted.empty());
    QCOMPARE(panel.resultsModel()->userRows(), wanted);
    QCOMPARE(searched.front().front().toInt(), int(wanted.size()));

    // Start (even lines) with roaming in Sales or Sales North, over the first threshold: a real list.
    itemNamed(&panel, "tariffs", QStringLiteral("Business 500"))->setCheckState(Qt::Unchecked);
    itemNamed(&panel, "tariffs", QStringLiteral("Start"))->setCheckState(Qt::Checked);
    panel.runSearch();
    const std::vector<int> second = expected(m_data, *m_thresholds, panel.conditions()->search());
    QVERIFY(second.size() > 20);
    QCOMPARE(panel.resultsModel()->userRows(), second);
    QVERIFY2(panel.countText().startsWith(QStringLiteral("%1 of 500 users").arg(second.size())),
             qPrintable(panel.countText()));
    QVERIFY(panel.countText().contains(QStringLiteral("has Roaming")));
    for (int row = 0; row < panel.resultsModel()->rowCount(); ++row) {
        const QModelIndex index = panel.resultsModel()->index(row, models::SearchResultsModel::Threshold);
        QVERIFY(index.data().toString().startsWith(QStringLiteral("Over")));
    }
    saveScreenshot(&panel, QStringLiteral("search-panel"));
}

void TestSearchPanel::selection_groupOperation_productIdsOfSelectedRows() {
    views::SearchPanel panel(&m_data, m_thresholds, nullptr);
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel)); // Ctrl+G is a window shortcut
    panel.conditions()->clear();
    itemNamed(&panel, "accounts", QStringLiteral("IT — mobile"))->setCheckState(Qt::Checked);
    panel.findChild<QCheckBox *>(QStringLiteral("statusSuspended"))->setChecked(true);
    panel.runSearch();
    // Account 12 (n % 3 == 2), suspended (n % 7 == 0): 14, 35, 56, ...
    QVERIFY(panel.resultsModel()->rowCount() > 5);
    QCOMPARE(panel.resultsModel()->data(panel.resultsModel()->index(0, 0), models::IdRole).toString(),
             QStringLiteral("14"));
    QSignalSpy selection(&panel, &views::SearchPanel::selectionChanged);
    QSignalSpy group(&panel, &views::SearchPanel::groupOperationRequested);
    auto *groupButton = panel.findChild<QPushButton *>(QStringLiteral("groupOperationButton"));
    QVERIFY(!groupButton->isEnabled());
    views::TableView *table = panel.resultsTable();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier); // rows 0 and 1
    QVERIFY(selection.count() >= 1);
    const QStringList ids = selection.last().front().toStringList();
    QCOMPARE(ids, (QStringList{QStringLiteral("14"), QStringLiteral("35")}));
    QVERIFY(groupButton->isEnabled());
    QTest::keyClick(table, Qt::Key_G, Qt::ControlModifier);
    QTRY_COMPARE(group.count(), 1); // a button's shortcut clicks it after a short animation
    QCOMPARE(group.front().front().toStringList(), ids);
}

void TestSearchPanel::saved_saveRunDelete_withTheKeyboard() {
    QSettings store(m_dir.filePath(QStringLiteral("saved-keyboard.ini")), QSettings::IniFormat);
    models::SavedSearches saved(&store);
    views::SearchPanel panel(&m_data, m_thresholds, &saved);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.conditions()->clear();
    itemNamed(&panel, "servicesNone", QStringLiteral("Roaming"))->setCheckState(Qt::Checked);
    panel.findChild<QLineEdit *>(QStringLiteral("chargesMin"))->setText(QStringLiteral("3,00"));
    panel.findChild<QLineEdit *>(QStringLiteral("chargesMax"))->setText(QStringLiteral("4.04"));
    QString suggested;
    panel.setNameAsker([&suggested](const QString &summary) {
        suggested = summary;
        return QStringLiteral("No roaming, small");
    });
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("saveSearchButton")), Qt::LeftButton);
    QVERIFY2(suggested.contains(QStringLiteral("has no Roaming")), qPrintable(suggested));
    QCOMPARE(saved.names(), QStringList{QStringLiteral("No roaming, small")});
    QCOMPARE(saved.find(QStringLiteral("No roaming, small"))->chargesMin->minor(), qint64(300));

    panel.conditions()->clear();
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("savedSearches"));
    QCOMPARE(list->count(), 1);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    // Charges 3.00..4.04 are lines 3 and 4 (3.03, 4.04); line 4 has roaming.
    QCOMPARE(panel.resultsModel()->rowCount(), 1);
    QCOMPARE(panel.resultsModel()->productIds({0}), QStringList{QStringLiteral("3")});
    QCOMPARE(panel.conditions()->search().servicesNone, QStringList{QStringLiteral("101")});
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 0);
    QVERIFY(saved.names().isEmpty());
}

void TestSearchPanel::overThreshold_tab_countsAndRows() {
    views::SearchPanel panel(&m_data, m_thresholds, nullptr);
    panel.resize(1300, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *tabs = panel.findChild<QTabWidget *>();
    tabs->setCurrentWidget(panel.overThresholdView());
    const models::OverThresholdModel *model = panel.overThresholdView()->model();
    // Charges n * 1.01 against 200.00 / 400.00: lines 199..396 over the first only, 397..500 the second.
    QCOMPARE(model->overFirstCount(), 396 - 199 + 1);
    QCOMPARE(model->overSecondCount(), 500 - 397 + 1);
    QCOMPARE(model->rowCount(), 500 - 199 + 1);
    QCOMPARE(panel.overThresholdView()->findChild<QLabel *>(QStringLiteral("overThresholdCounts"))->text(),
             model->countsText());
    QSignalSpy itemization(panel.overThresholdView(), &views::OverThresholdView::itemizationRequested);
    views::TableView *table = panel.overThresholdView()->table();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(itemization.count(), 1);
    QCOMPARE(itemization.front().front().toString(), QStringLiteral("199"));
    saveScreenshot(&panel, QStringLiteral("search-over-threshold"));
}

void TestSearchPanel::state_reopened_lastSearchRestored() {
    {
        views::SearchPanel panel(&m_data, m_thresholds, nullptr);
        panel.conditions()->clear();
        itemNamed(&panel, "departments", QStringLiteral("IT"))->setCheckState(Qt::Checked);
        panel.findChild<QLineEdit *>(QStringLiteral("searchText"))->setText(QStringLiteral("anna"));
        panel.runSearch();
    } // closing saves
    views::SearchPanel reopened(&m_data, m_thresholds, nullptr);
    const domain::UserSearch restored = reopened.conditions()->search();
    QCOMPARE(restored.departmentIds, QStringList{QStringLiteral("4")});
    QCOMPARE(restored.text, QStringLiteral("anna"));
}

void TestSearchPanel::charges_badAmount_saidAndNotRun() {
    views::SearchPanel panel(&m_data, m_thresholds, nullptr);
    panel.conditions()->clear();
    panel.findChild<QLineEdit *>(QStringLiteral("chargesMin"))->setText(QStringLiteral("12.345"));
    QSignalSpy searched(&panel, &views::SearchPanel::searched);
    panel.runSearch();
    QCOMPARE(searched.count(), 0);
    QVERIFY(panel.countText().contains(QStringLiteral("amounts")));
}

QTEST_MAIN(TestSearchPanel)
#include "tst_search_panel.moc"
