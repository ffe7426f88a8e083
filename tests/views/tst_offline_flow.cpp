// Issue 7's done-when, in the program: download the last quarter, stop the server, start the program
// again: it opens offline with those bills, charts and exports working, says so, and offers nothing
// that needs the server.
#include "api/session.h"
#include "charts/series_line_chart.h"
#include "domain/bill_report.h"
#include "models/archive_hits_model.h"
#include "models/bills_model.h"
#include "models/money_format.h"
#include "support/server_process.h"
#include "views/archive/archive_search_window.h"
#include "views/archive/download_dialog.h"
#include "views/archive/offline_access.h"
#include "views/common/permissions.h"
#include "views/common/table_view.h"
#include "views/finance/finance_charts.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/finance/period_picker.h"
#include "views/gui_client.h"
#include "views/signin/sign_in_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::requestFor;
using views::testing::saveScreenshot;

namespace {

const QString kConnection = QStringLiteral("Northwind");

bool waitForLoad(Client &client) {
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    if (!loaded.wait(kLoadTimeout)) {
        qWarning("no load: %s", qPrintable(bannerText(client.window)));
        return false;
    }
    QTest::qWait(300);
    closeNews(&client.window);
    return true;
}

views::FinanceWindow *openFinance(Client &client) {
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    auto *finance = window ? window->findChild<views::FinanceController *>() : nullptr;
    if (!finance) {
        return nullptr;
    }
    QSignalSpy done(finance, &views::FinanceController::loaded);
    if (finance->isLoading() && !done.wait(kLoadTimeout)) {
        return nullptr;
    }
    return window;
}

// The XLSX's money column read back with openpyxl, summed in minor units.
qint64 xlsxColumnSum(const QString &path, int column, int *rows) {
    QProcess reader;
    reader.start(
        QStringLiteral("/usr/bin/python3"),
        {QDir(qEnvironmentVariable("CORPCARE_SOURCE_DIR")).filePath(QStringLiteral("tests/export/read_xlsx.py")),
         path});
    reader.waitForFinished(60000);
    const QJsonArray cells = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(u"cells").toArray();
    *rows = int(cells.size()) - 1;
    qint64 sum = 0;
    for (qsizetype row = 1; row < cells.size(); ++row) {
        sum +=
            domain::Money::minorFromJsonNumber(cells.at(row).toArray().at(column).toObject().value(u"value").toDouble())
                .value_or(0);
    }
    return sum;
}

} // namespace

class TestOfflineFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void downloadQuarter_serverStopped_programRestarted_opensOffline();
    void workOffline_byChoice_wrongPasswordRefused();

private:
    QTemporaryDir m_home;
    tests::ServerProcess m_server;
};

void TestOfflineFlow::downloadQuarter_serverStopped_programRestarted_opensOffline() {
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    const QString settings = m_home.filePath(QStringLiteral("offline.ini"));
    std::size_t users = 0;
    int bills = 0;
    qint64 billsTotal = 0;
    {
        Client online(settings);
        online.controller.signIn(requestFor(m_server, kConnection));
        QVERIFY(waitForLoad(online));
        users = online.data.serviceUsers().size();
        views::FinanceWindow *finance = openFinance(online);
        QVERIFY(finance);
        bills = finance->bills()->rowCount();
        QVERIFY(bills > 0);
        billsTotal = domain::totalsOf(finance->bills()->bills()).taxIncluded.minor();
        const domain::Period quarter = finance->period();
        finance->close();

        QVERIFY(online.window.downloadOfflineAction()->isEnabled());
        online.window.downloadOfflineAction()->trigger();
        views::DownloadDialog *dialog = online.controller.downloadDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->period()->period(), quarter); // the last quarter, as the finance window shows
        QSignalSpy done(dialog, &views::DownloadDialog::downloadFinished);
        QTest::mouseClick(dialog->downloadButton(), Qt::LeftButton);
        QVERIFY(dialog->cancelButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->progressBar()->maximum() > 10; }, 30000));
        QTest::qWait(200);
        saveScreenshot(dialog, QStringLiteral("offline-download"));
        QVERIFY(done.wait(240000));
        QVERIFY2(!done.first().first().value<api::ApiError>().isError(), qPrintable(dialog->statusLabel()->text()));
        QVERIFY2(dialog->statusLabel()->text().startsWith(QLatin1String("Done")),
                 qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
    }
    m_server.stop();

    // The program again, the server gone: it signs in to the archive and says why and as of when.
    Client restarted(settings);
    restarted.controller.signIn(requestFor(m_server, kConnection));
    QVERIFY(waitForLoad(restarted));
    QLabel *notice = restarted.window.offlineNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("No connection")) &&
                 notice->text().contains(QLatin1String("Offline")),
             qPrintable(notice->text()));
    QVERIFY2(
        notice->text().contains(QLocale().toString(
            domain::presetPeriod(domain::PeriodPreset::Last3Months, QDate::currentDate()).start, QLocale::ShortFormat)),
        qPrintable(notice->text())); // the period the archive holds
    QCOMPARE(restarted.data.serviceUsers().size(), users);
    QVERIFY(restarted.controller.offline()->isOffline());

    // Nothing that needs the server is offered, and each says why.
    for (QAction *action : {restarted.window.recentOrdersAction(), restarted.window.portalUsersAction(),
                            restarted.window.downloadOfflineAction()}) {
        QVERIFY2(!action->isEnabled() && action->toolTip() == views::permissions::offlineText(),
                 qPrintable(action->text() + QStringLiteral(": ") + action->toolTip()));
    }
    saveScreenshot(&restarted.window, QStringLiteral("offline-main"));

    // The bills, their totals, the charts and an export, from the archive.
    views::FinanceWindow *finance = openFinance(restarted);
    QVERIFY(finance);
    QCOMPARE(finance->bills()->rowCount(), bills);
    QCOMPARE(domain::totalsOf(finance->bills()->bills()).taxIncluded.minor(), billsTotal);
    auto *controller = finance->findChild<views::FinanceController *>();
    QSignalSpy chartsLoaded(controller, &views::FinanceController::loaded);
    finance->tabs()->setCurrentWidget(finance->charts());
    QVERIFY(chartsLoaded.wait(kLoadTimeout));
    QVERIFY(!finance->charts()->billsChart()->chargeSeries().empty());
    QVERIFY(!finance->charts()->usersChart()->chargeSeries().empty());
    saveScreenshot(finance, QStringLiteral("offline-finance-charts"));
    finance->tabs()->setCurrentIndex(0);

    QTemporaryDir out;
    const QString xlsx = out.filePath(QStringLiteral("bills.xlsx"));
    QSignalSpy exported(finance->billsTable(), &views::TableView::exported);
    finance->billsTable()->exportTo(xlsx);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    int rows = 0;
    QCOMPARE(xlsxColumnSum(xlsx, models::BillsModel::TaxIncluded, &rows), billsTotal);
    QCOMPARE(rows, bills);

    // File → Search the archive: one line's charges and calls of the quarter, by its number as written.
    const domain::ServiceUser &line = restarted.data.serviceUsers().at(3);
    restarted.controller.openArchiveSearch();
    views::ArchiveSearchWindow *search = restarted.controller.archiveSearchWindow();
    QVERIFY(search);
    QSignalSpy searched(search, &views::ArchiveSearchWindow::searched);
    search->periodPicker()->setPreset(domain::PeriodPreset::Last3Months);
    QVERIFY(searched.wait(10000));
    searched.clear();
    QTest::keyClicks(search->textEdit(), domain::formatMsisdn(line.msisdn));
    QTest::keyClick(search->textEdit(), Qt::Key_Return);
    QVERIFY(searched.wait(10000));
    QVERIFY2(search->statusLabel()->text().startsWith(QLatin1String("1 line")),
             qPrintable(search->statusLabel()->text()));
    QVERIFY(search->hits()->rowCount() > 3);
    for (const store::ArchiveHit &hit : search->hits()->hits()) {
        QCOMPARE(hit.productId, line.id);
    }
    saveScreenshot(search, QStringLiteral("offline-archive-search"));
}

void TestOfflineFlow::workOffline_byChoice_wrongPasswordRefused() {
    // As `corpcare --connection Northwind --offline` starts: the saved connection, "Work offline" ticked.
    Client client(m_home.filePath(QStringLiteral("offline.ini")));
    QVERIFY(!client.controller.startWith(QStringLiteral("no such connection"), {}, true));
    QVERIFY(client.controller.startWith(kConnection, {}, true));
    views::SignInDialog *dialog = client.controller.signInDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->offlineBox()->isChecked());
    QCOMPARE(dialog->request().connection.baseUrl, m_server.baseUrl());
    QPushButton *signIn = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Sign in")) {
            signIn = button;
        }
    }
    QVERIFY(signIn);

    dialog->setPassword(QStringLiteral("not-his-password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    const auto dialogSays = [dialog](const QString &text) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(text)) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(dialogSays(QStringLiteral("password does not open")));
    QVERIFY(!client.controller.offline()->isOffline());
    QVERIFY(!client.controller.session()->isSignedIn());

    dialog->setPassword(QStringLiteral("corpcare-demo"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(waitForLoad(client));
    QVERIFY(client.controller.offline()->isOffline());
    QVERIFY(!client.window.offlineNotice()->text().contains(QLatin1String("No connection"))); // by choice
    QVERIFY(client.window.offlineNotice()->isVisible());
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestOfflineFlow>(argc, argv);
}

#include "tst_offline_flow.moc"
