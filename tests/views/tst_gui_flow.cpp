// The client as a person uses it, on the offscreen platform against the real server over HTTPS:
// sign in (demo company and a named server), browse to a service user, comment, a department head's
// narrower world, and the bad days: wrong password, untrusted certificate, a server that stops in the
// middle of a load, an expired session.
#include "api/secrets/memory_secret_store.h"
#include "api/session.h"
#include "charts/share_pie.h"
#include "domain/bill_report.h"
#include "export/csv_export.h"
#include "models/bill_items_model.h"
#include "models/company_data.h"
#include "models/company_tree_model.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "support/server_process.h"
#include "views/common/table_view.h"
#include "views/detail/comments_panel.h"
#include "views/finance/bill_window.h"
#include "views/gui_client.h"
#include "views/main/client_controller.h"
#include "views/main/company_browser.h"
#include "views/main/error_banner.h"
#include "views/main/main_window.h"
#include "views/news/news_dialog.h"
#include "views/signin/sign_in_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace corpcare;
using views::Location;
using NodeKind = models::CompanyTreeModel::NodeKind;

using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::saveScreenshot;

class TestGuiFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void demoAdmin_browseToUserAndComment_commentStaysAfterReload();
    void demoDepartmentHead_treeAndTables_onlyHisDepartment();
    void signInDialog_wrongPasswordThenRight_errorThenLoaded();
    void signInDialog_untrustedCertificate_errorWithDetails();
    void load_serverStopsMidway_problemShownAndRetryWorks();
    void session_expires_signInAgainAndNothingLost();
    void signOut_afterBrowsing_nothingOfTheUserLeft();
    void rememberMe_keychain_passwordStoredAndOfferedNextTime();
    void rememberMe_noKeychain_saysSoAndStoresNothing();
    void load_cancelled_partialDataAndMessage();
    void keyboardOnly_treeFilterTableUserAndBack();
    void finance_accountBillsToBillShares_totalsEqualTheBill();

private:
    QString settingsPath(const QString &name) const { return m_home.filePath(name + QStringLiteral(".ini")); }
    QTemporaryDir m_home;
};

void TestGuiFlow::initTestCase() {
    QVERIFY(m_home.isValid());
}

void TestGuiFlow::demoAdmin_browseToUserAndComment_commentStaysAfterReload() {
    Client client(settingsPath(QStringLiteral("admin")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("admin"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTRY_VERIFY(!client.window.findChildren<views::NewsDialog *>().isEmpty()); // unread news shows at start
    saveScreenshot(client.window.findChildren<views::NewsDialog *>().first(), QStringLiteral("news"));
    closeNews(&client.window);

    QCOMPARE(client.data.serviceUsers().size(), size_t(2000));
    QTreeView *tree = client.window.browser()->tree();
    QCOMPARE(tree->model()->rowCount(), 1); // the company
    QCOMPARE(tree->model()->index(0, 0).data(models::NodeKindRole).value<NodeKind>(), NodeKind::Company);
    QCOMPARE(client.window.browser()->accountsTable()->model()->rowCount(), 16);
    saveScreenshot(&client.window, QStringLiteral("accounts"));

    // Drill down from the users table of the company to one user with Enter.
    views::TableView *users = client.window.browser()->usersTable();
    QCOMPARE(users->model()->rowCount(), 2000);
    users->setFocus();
    users->setCurrentIndex(users->model()->index(41, 0));
    const QString userId = users->currentIndex().data(models::IdRole).toString();
    QTest::keyClick(users, Qt::Key_Return);
    QCOMPARE(client.window.browser()->location(), (Location{NodeKind::ServiceUser, userId}));
    QCOMPARE(client.data.serviceUser(userId)->id, userId);
    QCOMPARE(tree->currentIndex().data(models::IdRole).toString(), userId); // the tree follows

    views::CommentsPanel *panel = client.window.browser()->userComments();
    QSignalSpy shown(&client.controller, &views::ClientController::commentsShown);
    QVERIFY(shown.count() > 0 || shown.wait(10000));
    const QString text = QStringLiteral("Asked to return the SIM on %1").arg(QDateTime::currentMSecsSinceEpoch());
    auto *editor = panel->findChild<QPlainTextEdit *>();
    editor->setPlainText(text);
    QSignalSpy added(&client.controller, &views::ClientController::commentAdded);
    QPushButton *add = panel->findChild<QPushButton *>();
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY2(added.wait(10000), qPrintable(panel->findChildren<QLabel *>().last()->text()));
    QVERIFY(editor->toPlainText().isEmpty());
    auto *list = panel->findChild<QListWidget *>();
    QVERIFY(list->item(list->count() - 1)->text().contains(text));
    saveScreenshot(&client.window, QStringLiteral("service-user"));

    // Elsewhere and back: the comment comes from the server again.
    client.window.browser()->back();
    QCOMPARE(client.window.browser()->location().kind, NodeKind::Company);
    shown.clear();
    client.window.browser()->forward();
    QVERIFY(shown.wait(10000));
    bool found = false;
    for (int row = 0; row < list->count(); ++row) {
        found = found || list->item(row)->text().contains(text);
    }
    QVERIFY(found);
}

void TestGuiFlow::demoDepartmentHead_treeAndTables_onlyHisDepartment() {
    Client client(settingsPath(QStringLiteral("head")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("head.sales"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    closeNews(&client.window);

    QTreeView *tree = client.window.browser()->tree();
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex root = tree->model()->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("Sales"));
    QCOMPARE(root.data(models::NodeKindRole).value<NodeKind>(), NodeKind::Department);
    const QStringList sales = client.data.organizationSubtree(QStringLiteral("3"));
    QCOMPARE(sales.size(), 3);
    QCOMPARE(client.data.organizations().size(), size_t(3));
    for (const domain::BillingAccount &account : client.data.accounts()) {
        QVERIFY(sales.contains(account.owner.id));
    }
    QVERIFY(!client.data.serviceUsers().empty());
    QVERIFY(client.data.serviceUsers().size() < 2000);
    for (const domain::ServiceUser &user : client.data.serviceUsers()) {
        QVERIFY2(sales.contains(user.department.id), qPrintable(user.id));
    }
    QCOMPARE(client.window.browser()->accountsTable()->model()->rowCount(), int(client.data.accounts().size()));
    saveScreenshot(&client.window, QStringLiteral("department-head"));
}

void TestGuiFlow::signInDialog_wrongPasswordThenRight_errorThenLoaded() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    Client client(settingsPath(QStringLiteral("named")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto field = [dialog](int index) { return dialog->findChildren<QLineEdit *>().at(index); };
    field(1)->setText(server.baseUrl().toString()); // name(0), server(1), user(2), password(3), CA(4)
    field(2)->setText(QStringLiteral("finance"));
    field(3)->setText(QStringLiteral("not-the-password"));
    field(4)->setText(server.caFile());
    auto *signIn = dialog->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
    for (auto *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Sign in")) {
            signIn = button;
        }
    }
    QTest::mouseClick(signIn, Qt::LeftButton);
    QLabel *status = nullptr;
    for (auto *label : dialog->findChildren<QLabel *>()) {
        if (label->wordWrap()) {
            status = label;
        }
    }
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Wrong user name or password")), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(field(2)->text(), QStringLiteral("finance")); // nothing typed is lost
    saveScreenshot(dialog, QStringLiteral("sign-in-error"));
    QVERIFY(signIn->isEnabled());

    field(3)->setText(QStringLiteral("corpcare-demo"));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QCOMPARE(client.data.serviceUsers().size(), size_t(300));
    QVERIFY(!client.controller.signInDialog());
    // The connection is remembered for next time, without a secret (remember me was off).
    QSettings saved(settingsPath(QStringLiteral("named")), QSettings::IniFormat);
    QVERIFY(saved.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("connections")));
    QCOMPARE(client.secrets.count(), 0);
}

void TestGuiFlow::signInDialog_untrustedCertificate_errorWithDetails() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    Client client(settingsPath(QStringLiteral("untrusted")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    fields.at(1)->setText(server.baseUrl().toString());
    fields.at(2)->setText(QStringLiteral("admin"));
    fields.at(3)->setText(QStringLiteral("corpcare-demo")); // no CA file: the local CA is not trusted
    QSignalSpy requested(dialog, &views::SignInDialog::signInRequested);
    fields.at(3)->setFocus();
    QTest::keyClick(fields.at(3), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QLabel *status = nullptr;
    for (auto *label : dialog->findChildren<QLabel *>()) {
        if (label->wordWrap()) {
            status = label;
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("certificate"), Qt::CaseInsensitive), 15000);
    QVERIFY(
        status->text().contains(QStringLiteral("details"), Qt::CaseInsensitive)); // the certificate is one click away
    QVERIFY(!client.controller.session()->isSignedIn());
}

void TestGuiFlow::load_serverStopsMidway_problemShownAndRetryWorks() {
    tests::ServerProcess::Options options;
    options.users = 20000;
    auto server = std::make_unique<tests::ServerProcess>();
    QString error;
    QVERIFY2(server->start(options, &error), qPrintable(error));
    const QUrl url = server->baseUrl();
    Client client(settingsPath(QStringLiteral("stops")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    fields.at(1)->setText(url.toString());
    fields.at(2)->setText(QStringLiteral("admin"));
    fields.at(3)->setText(QStringLiteral("corpcare-demo"));
    fields.at(4)->setText(server->caFile());
    QSignalSpy failed(&client.controller, &views::ClientController::loadFailed);
    QSignalSpy appended(&client.data, &models::CompanyData::serviceUsersAppended);
    QTest::keyClick(fields.at(3), Qt::Key_Return);
    QVERIFY(appended.wait(kLoadTimeout)); // the first page is in
    server->stop();
    QVERIFY(failed.wait(kLoadTimeout));
    QVERIFY(client.data.serviceUsers().size() < 20000);
    const QString problem = bannerText(client.window);
    QVERIFY2(!problem.isEmpty(), "the window says what happened");
    QVERIFY(!client.controller.isLoading());
    QVERIFY(client.window.browser()->tree()->isEnabled()); // usable

    // The server comes back on the same address: Retry loads everything.
    tests::ServerProcess::Options again = options;
    again.dataDir = server->dataDir();
    again.extraArguments = {QStringLiteral("--port"), QString::number(url.port())};
    tests::ServerProcess back;
    // The first server's temporary directory must outlive it: keep `server` alive (stopped) until here.
    QVERIFY2(back.start(again, &error), qPrintable(error));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    auto *banner = client.window.findChild<views::ErrorBanner *>();
    QPushButton *retry = nullptr;
    for (auto *button : banner->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QLatin1String("Retry")) {
            retry = button;
        }
    }
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QCOMPARE(client.data.serviceUsers().size(), size_t(20000));
}

void TestGuiFlow::session_expires_signInAgainAndNothingLost() {
    tests::ServerProcess::Options options;
    options.extraArguments = {QStringLiteral("--token-ttl"), QStringLiteral("2")};
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    Client client(settingsPath(QStringLiteral("expiry")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    fields.at(1)->setText(server.baseUrl().toString());
    fields.at(2)->setText(QStringLiteral("admin"));
    fields.at(3)->setText(QStringLiteral("corpcare-demo"));
    fields.at(4)->setText(server.caFile());
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QTest::keyClick(fields.at(3), Qt::Key_Return);
    QVERIFY(loaded.wait(kLoadTimeout));
    closeNews(&client.window);

    // A comment typed after the token expired: the session asks for the password and then sends it.
    QTest::qWait(2500);
    client.window.browser()->showLocation({NodeKind::Account, QStringLiteral("5")});
    QTRY_VERIFY_WITH_TIMEOUT(client.controller.signInDialog() && client.controller.signInDialog()->isVisible(), 15000);
    views::SignInDialog *again = client.controller.signInDialog();
    fields = again->findChildren<QLineEdit *>();
    QCOMPARE(fields.at(2)->text(), QStringLiteral("admin"));
    QVERIFY(!fields.at(2)->isEnabled());
    QSignalSpy shown(&client.controller, &views::ClientController::commentsShown);
    fields.at(3)->setText(QStringLiteral("corpcare-demo"));
    QTest::keyClick(fields.at(3), Qt::Key_Return);
    QVERIFY2(shown.wait(15000), qPrintable(bannerText(client.window))); // the request that met the expiry went on
    QCOMPARE(shown.first().first().toString(), QStringLiteral("5"));
    QVERIFY(client.controller.session()->isSignedIn());
}

void TestGuiFlow::signOut_afterBrowsing_nothingOfTheUserLeft() {
    Client client(settingsPath(QStringLiteral("signout")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("finance"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    closeNews(&client.window);
    client.window.browser()->showLocation({NodeKind::Account, QStringLiteral("3")});
    QVERIFY(client.window.browser()->canGoBack());

    emit client.window.signOutRequested();
    QVERIFY(!client.controller.session()->isSignedIn());
    QVERIFY(client.data.serviceUsers().empty());
    QVERIFY(client.data.accounts().empty());
    QVERIFY(!client.window.browser()->location().isValid());
    QVERIFY(!client.window.browser()->canGoBack());
    QCOMPARE(client.window.browser()->tree()->model()->rowCount(), 0);
    QTRY_VERIFY(client.controller.signInDialog() && client.controller.signInDialog()->isVisible());
}

void TestGuiFlow::rememberMe_keychain_passwordStoredAndOfferedNextTime() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    const QString settings = settingsPath(QStringLiteral("remember"));
    api::secrets::MemorySecretStore *kept = nullptr;
    {
        Client client(settings);
        client.controller.start();
        views::SignInDialog *dialog = client.controller.signInDialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        fields.at(0)->setText(QStringLiteral("Test operator"));
        fields.at(1)->setText(server.baseUrl().toString());
        fields.at(2)->setText(QStringLiteral("admin"));
        fields.at(3)->setText(QStringLiteral("corpcare-demo"));
        fields.at(4)->setText(server.caFile());
        auto *remember = dialog->findChild<QCheckBox *>();
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
        QTest::keyClick(fields.at(3), Qt::Key_Return);
        QVERIFY(loaded.wait(kLoadTimeout));
        QTRY_COMPARE(client.secrets.count(), 1); // the password went to the keychain...
        QSettings saved(settings, QSettings::IniFormat);
        for (const QString &key : saved.allKeys()) { // ...and nowhere else
            QVERIFY2(!saved.value(key).toString().contains(QStringLiteral("corpcare-demo")), qPrintable(key));
        }
        // Next time: the same keychain (in a real program, the OS keychain outlives the window).
        kept = new api::secrets::MemorySecretStore;
        QSignalSpy written(kept, &api::secrets::SecretStore::writeFinished);
        kept->writeSecret(api::secrets::secretKeyFor(*api::secrets::ConnectionStore(&client.settings).lastUsed()),
                          QByteArrayLiteral("corpcare-demo"));
        QVERIFY(written.wait(2000));
    }
    std::unique_ptr<api::secrets::MemorySecretStore> keychain(kept);
    QSettings settingsAgain(settings, QSettings::IniFormat);
    models::CompanyData data;
    views::MainWindow window(&data);
    views::ClientController controller(&window, &data, keychain.get(), &settingsAgain);
    window.show();
    controller.start();
    views::SignInDialog *dialog = controller.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    QCOMPARE(fields.at(0)->text(), QStringLiteral("Test operator")); // the last connection comes first
    QCOMPARE(fields.at(2)->text(), QStringLiteral("admin"));
    QTRY_COMPARE(fields.at(3)->text(), QStringLiteral("corpcare-demo")); // filled from the keychain
}

void TestGuiFlow::rememberMe_noKeychain_saysSoAndStoresNothing() {
    Client client(settingsPath(QStringLiteral("nokeychain")));
    client.secrets.setUnavailable(true);
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *remember = dialog->findChild<QCheckBox *>();
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY2(remember->text().contains(QStringLiteral("not available")), qPrintable(remember->text()));
    QVERIFY(!dialog->request().connection.rememberSecret);
}

void TestGuiFlow::load_cancelled_partialDataAndMessage() {
    tests::ServerProcess::Options options;
    options.users = 20000;
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    Client client(settingsPath(QStringLiteral("cancel")));
    const views::SignInRequest request = views::testing::requestFor(server, QStringLiteral("cancel"));
    QSignalSpy appended(&client.data, &models::CompanyData::serviceUsersAppended);
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(request);
    QVERIFY(appended.wait(kLoadTimeout));
    emit client.window.cancelLoadRequested();
    QVERIFY(!client.controller.isLoading());
    const size_t kept = client.data.serviceUsers().size();
    QVERIFY(kept > 0 && kept < 20000);
    QVERIFY(bannerText(client.window).contains(QStringLiteral("cancelled")));
    QTest::qWait(1500); // pages still on the wire are dropped, not appended
    QCOMPARE(client.data.serviceUsers().size(), kept);
    QCOMPARE(loaded.count(), 0);
}

void TestGuiFlow::keyboardOnly_treeFilterTableUserAndBack() {
    Client client(settingsPath(QStringLiteral("keyboard")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("admin"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTRY_VERIFY(!client.window.findChildren<views::NewsDialog *>().isEmpty()); // the unread news comes first
    QTest::keyClick(client.window.findChildren<views::NewsDialog *>().first(), Qt::Key_Escape);
    const auto newsShown = [&client] {
        const auto dialogs = client.window.findChildren<views::NewsDialog *>();
        return std::any_of(dialogs.begin(), dialogs.end(), [](const QWidget *dialog) { return dialog->isVisible(); });
    };
    QTRY_VERIFY(!newsShown());
    client.window.activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == &client.window);
    views::CompanyBrowser *browser = client.window.browser();

    // Ctrl+T: the tree. Down moves to the first department; the page follows the selection.
    QTest::keyClick(&client.window, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(browser->tree()->hasFocus());
    QTest::keyClick(browser->tree(), Qt::Key_Down);
    QCOMPARE(browser->location().kind, NodeKind::Department);

    // Back to the company, then Ctrl+F: the quick filter of its users, typed into.
    QTest::keyClick(browser->tree(), Qt::Key_Home);
    QCOMPARE(browser->location().kind, NodeKind::Company);
    QTest::keyClick(&client.window, Qt::Key_F, Qt::ControlModifier);
    QWidget *filter = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(filter));
    QTest::keyClicks(filter, QStringLiteral("ivan"));
    QTRY_VERIFY(browser->usersTable()->model()->rowCount() < 2000);
    QVERIFY(browser->usersTable()->model()->rowCount() > 0);

    // Tab into the table, Down to the first row, Enter opens that user.
    QTest::keyClick(filter, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(browser->usersTable()));
    QTest::keyClick(browser->usersTable(), Qt::Key_Down);
    QTest::keyClick(browser->usersTable(), Qt::Key_Return);
    QCOMPARE(browser->location().kind, NodeKind::ServiceUser);
    QVERIFY(client.data.serviceUser(browser->location().id)
                ->user.name.contains(QStringLiteral("Ivan"), Qt::CaseInsensitive));

    // Alt+Left: back where we came from.
    QTest::keyClick(&client.window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(browser->location().kind, NodeKind::Company);
}

void TestGuiFlow::finance_accountBillsToBillShares_totalsEqualTheBill() {
    Client client(settingsPath(QStringLiteral("bills")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("finance"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    closeNews(&client.window);

    QSignalSpy billsShown(&client.controller, &views::ClientController::accountBillsShown);
    client.window.browser()->showLocation({NodeKind::Account, QStringLiteral("5")});
    QVERIFY(billsShown.wait(15000));
    views::TableView *bills = client.window.browser()->accountBillsTable();
    QCOMPARE(bills->model()->rowCount(), 12);

    // The latest bill (the list is newest first), opened with Enter.
    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    bills->setCurrentIndex(bills->model()->index(0, 0));
    QTest::keyClick(bills, Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    auto *window = ready.first().first().value<views::BillWindow *>();
    QVERIFY(window && window->isVisible());
    const domain::BillReport &report = window->report();
    QVERIFY2(report.reconciles(), qPrintable(report.reconciliationProblem()));
    QVERIFY(report.shares().size() > 1);
    QAbstractItemModel *shares = window->sharesTable()->model();
    QCOMPARE(shares->rowCount(), int(report.shares().size()));
    qint64 sum = 0;
    int points = 0;
    for (int row = 0; row < shares->rowCount(); ++row) {
        sum += shares->index(row, 3).data(models::RawValueRole).toLongLong();
        points += shares->index(row, 4).data(models::RawValueRole).toInt();
    }
    QCOMPARE(sum, report.bill().taxIncluded.minor()); // what the table shows adds up to the bill
    QCOMPARE(points, 10000);
    QTest::qWait(300); // the chart lays out its title and legend on the next passes of the event loop
    saveScreenshot(window, QStringLiteral("bill-shares"));
    views::testing::saveChartScreenshot(window->pie(), QStringLiteral("chart-bill-shares"));

    // Exported as the table shows it, and read back: the file's amounts add up to the bill too.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("shares.csv"));
    QSignalSpy exported(window->sharesTable(), &views::TableView::exported);
    window->sharesTable()->exportTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shares->rowCount() + 1); // a header and one line a user
    const QChar separator = exports::csvOptionsFor(QLocale()).separator;
    const QChar mark = exports::csvOptionsFor(QLocale()).decimalMark;
    qint64 fileSum = 0;
    for (const QString &line : lines.mid(1)) {
        QString withTax = line.split(separator).at(3);
        withTax.replace(mark, QLatin1Char('.'));
        fileSum += *domain::Money::parseMinor(withTax);
    }
    QCOMPARE(fileSum, report.bill().taxIncluded.minor());

    // From the largest share to that user's lines: they add up to the share.
    QTest::keyClick(window->sharesTable(), Qt::Key_Home, Qt::ControlModifier);
    window->sharesTable()->setCurrentIndex(shares->index(0, 0));
    const QString userId = window->sharesTable()->currentIndex().data(models::IdRole).toString();
    QTest::keyClick(window->sharesTable(), Qt::Key_Return);
    QCOMPARE(window->linesUser(), userId);
    QCOMPARE(window->tabs()->currentIndex(), 1);
    const domain::BillShare *share = nullptr;
    for (const domain::BillShare &one : report.shares()) {
        share = one.product.id == userId ? &one : share;
    }
    QVERIFY(share);
    QAbstractItemModel *lineRows = window->linesTable()->model();
    QTRY_COMPARE(lineRows->rowCount(), share->lines); // the model shows its rows over a few passes
    qint64 userSum = 0;
    for (int row = 0; row < lineRows->rowCount(); ++row) {
        userSum += lineRows->index(row, models::BillItemsModel::TaxIncluded).data(models::RawValueRole).toLongLong();
    }
    QCOMPARE(userSum, share->taxIncluded.minor());

    // All lines to XLSX, read back cell by cell: the money column adds up to the bill.
    window->showLinesOf({});
    QTRY_COMPARE(lineRows->rowCount(), int(report.lineCount()));
    const QString xlsx = out.filePath(QStringLiteral("lines.xlsx"));
    QSignalSpy linesExported(window->linesTable(), &views::TableView::exported);
    window->linesTable()->exportTo(xlsx);
    QVERIFY(linesExported.wait(20000));
    QCOMPARE(linesExported.first().at(1).toString(), QString());
    QProcess reader;
    reader.start(
        QStringLiteral("/usr/bin/python3"),
        {QDir(qEnvironmentVariable("CORPCARE_SOURCE_DIR")).filePath(QStringLiteral("tests/export/read_xlsx.py")),
         xlsx});
    QVERIFY(reader.waitForFinished(60000));
    const QJsonArray cells = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(u"cells").toArray();
    QCOMPARE(cells.size(), int(report.lineCount()) + 1);
    qint64 xlsxSum = 0;
    for (qsizetype row = 1; row < cells.size(); ++row) {
        const QJsonObject cell = cells.at(row).toArray().at(models::BillItemsModel::TaxIncluded).toObject();
        QCOMPARE(cell.value(u"type").toString(), QStringLiteral("number"));
        xlsxSum += *domain::Money::minorFromJsonNumber(cell.value(u"value").toDouble());
    }
    QCOMPARE(xlsxSum, report.bill().taxIncluded.minor());

    // And as a PDF: the printed total is the bill's, as the screen spells it.
    const QString pdf = out.filePath(QStringLiteral("shares.pdf"));
    QSignalSpy pdfExported(window->sharesTable(), &views::TableView::exported);
    window->sharesTable()->exportTo(pdf);
    QVERIFY(pdfExported.wait(20000));
    QCOMPARE(pdfExported.first().at(1).toString(), QString());
    QProcess pdfText;
    pdfText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdfText.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdfText.readAllStandardOutput());
    QString total = models::formatMoney(report.bill().taxIncluded);
    total.replace(QChar(0x00A0), QLatin1Char(' ')); // pdftotext gives the no-break space as a space
    QVERIFY2(text.contains(total), qPrintable(text.right(1500)));
    QVERIFY(text.contains(report.bill().billNo));
    QVERIFY(text.contains(report.bill().billingAccount.name));
    QVERIFY(text.contains(client.data.companyName()));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestGuiFlow>(argc, argv);
}

#include "tst_gui_flow.moc"
