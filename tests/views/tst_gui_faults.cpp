// Issue 9: the program's main flows as a person uses them, against the real server injecting faults
// (corpcare-server --faults) on 10 % and 30 % of requests: sign in through the dialog and load 20,000
// service users, open a bill with its itemization from financial control, and run a group operation on
// 1,000 users in the order window. After every clear error the person does what the window offers
// (Enter again, Retry, Refresh, Try again); each flow must end as it does without faults: the same data,
// every order item applied exactly once, nothing hung.
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "domain/audit_record.h"
#include "domain/bill_report.h"
#include "models/bills_model.h"
#include "models/company_data.h"
#include "support/dropping_proxy.h"
#include "support/retrying_api.h"
#include "support/server_process.h"
#include "views/common/table_view.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/gui_client.h"
#include "views/operations/group_operation_dialog.h"
#include "views/operations/operations_controller.h"
#include "views/operations/order_window.h"

#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::requestFor;
using views::testing::saveScreenshot;

namespace {

constexpr int kUsers = 20000;
constexpr int kOrderLines = 1000;
constexpr auto kClientTimeout = std::chrono::milliseconds(3000); // a stalled answer ends soon
constexpr int kFlowTimeout = 180000;                             // a hang, not a slow network

tests::ServerProcess::Options optionsWith(const QStringList &extra) {
    tests::ServerProcess::Options options;
    options.users = kUsers;
    options.extraArguments = extra;
    return options;
}

QPushButton *buttonNamed(QWidget *parent, const QString &text) {
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == text) {
            return button;
        }
    }
    return nullptr;
}

QLabel *statusOf(views::SignInDialog *dialog) {
    for (auto *label : dialog->findChildren<QLabel *>()) {
        if (label->wordWrap()) {
            return label;
        }
    }
    return nullptr;
}

template <typename T>
QList<T> sortedById(QList<T> rows) {
    std::sort(rows.begin(), rows.end(), [](const T &a, const T &b) { return a.id.toLongLong() < b.id.toLongLong(); });
    return rows;
}

QList<domain::ServiceUser> usersOf(const models::CompanyData &data) {
    return sortedById(QList<domain::ServiceUser>(data.serviceUsers().begin(), data.serviceUsers().end()));
}

// How many times each line was changed by an order item, by the audit trail (read again after failures).
std::optional<QHash<QString, int>> changesPerLine(api::Session *session, QObject *parent, QStringList *failures) {
    const auto audit = tests::loadAllRetrying<domain::AuditRecord>(
        [&] {
            return api::loadAuditRecords(session, {{QStringLiteral("action"), domain::audit_action::productOrderItem}},
                                         parent);
        },
        failures);
    if (!audit) {
        return std::nullopt;
    }
    QHash<QString, int> changes;
    for (const domain::AuditRecord &record : *audit) {
        ++changes[record.target.id];
    }
    return changes;
}

// The group operation dialog answered with a suspension of the lines; the order window it opened.
QPointer<views::OrderWindow> suspendInOrderWindow(views::OperationsController *operations, const QStringList &lines) {
    QObject context;
    QObject::connect(operations, &views::OperationsController::dialogShown, &context, [](QObject *object) {
        auto *dialog = qobject_cast<views::GroupOperationDialog *>(object);
        dialog->chooseStatus(domain::ProductStatus::Suspended);
        dialog->accept();
    });
    QPointer<views::OrderWindow> orderWindow;
    QObject::connect(operations, &views::OperationsController::orderWindowOpened, &context,
                     [&orderWindow](views::OrderWindow *window) { orderWindow = window; });
    operations->startGroupOperation(lines);
    return orderWindow;
}

} // namespace

class TestGuiFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void flows_underFaults_endAsWithoutFaults_data();
    void flows_underFaults_endAsWithoutFaults();
    void orderWindow_answerLostEveryTime_tryAgainAppliesOnce();
    void billWindow_itemizationLost_retryLoadsIt();

private:
    bool signInAndLoad(Client &client, const tests::ServerProcess &server, QStringList *unclear);
    views::BillWindow *openBillThroughFinance(Client &client, QStringList *unclear);
    std::optional<domain::ProductOrder> suspendThroughOrderWindow(Client &client, const QStringList &lines,
                                                                  QStringList *unclear);

    QTemporaryDir m_home;
    tests::ServerProcess m_reference;
    std::unique_ptr<api::Session> m_referenceSession;
    QList<domain::ServiceUser> m_users;
    QMap<QString, int> m_pressed; // what the person had to press again, for the log
};

void TestGuiFaults::initTestCase() {
    QVERIFY(m_home.isValid());
    QString error;
    QVERIFY2(m_reference.start(optionsWith({}), &error), qPrintable(error));
    m_referenceSession = std::make_unique<api::Session>();
    m_referenceSession->accessManager()->setBaseUrl(m_reference.baseUrl());
    QVERIFY(m_referenceSession->accessManager()->setExtraCaFile(m_reference.caFile(), &error));
    QStringList failures;
    QVERIFY(tests::signInRetrying(m_referenceSession.get(), QStringLiteral("admin"), &failures));
    const auto users = tests::loadAllRetrying<domain::ServiceUser>(
        [this] { return api::loadServiceUsers(m_referenceSession.get(), this); }, &failures);
    QVERIFY(users && users->size() == kUsers);
    m_users = sortedById(*users);
}

// Through the sign-in dialog: after an error in the dialog, Enter again in the password field; after a
// load that failed, Retry in the window's banner. True once the whole company is loaded.
bool TestGuiFaults::signInAndLoad(Client &client, const tests::ServerProcess &server, QStringList *unclear) {
    client.controller.session()->accessManager()->setTimeout(kClientTimeout);
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    if (!QTest::qWaitFor([dialog] { return dialog && dialog->isVisible(); }, 5000)) {
        unclear->append(QStringLiteral("no sign-in dialog"));
        return false;
    }
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>(); // name, server, user, password, CA
    fields.at(1)->setText(server.baseUrl().toString());
    fields.at(2)->setText(QStringLiteral("admin"));
    fields.at(3)->setText(QStringLiteral("corpcare-demo"));
    fields.at(4)->setText(server.caFile());
    QLineEdit *const password = fields.at(3);
    QLabel *const status = statusOf(dialog);
    if (!password || !status) {
        unclear->append(QStringLiteral("the sign-in dialog has no password field or status"));
        return false;
    }
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QSignalSpy failed(&client.controller, &views::ClientController::loadFailed);
    QTest::keyClick(password, Qt::Key_Return);
    for (int attempt = 0; attempt < tests::kFaultAttempts; ++attempt) {
        const QPointer<views::SignInDialog> open = client.controller.signInDialog();
        const bool ended = QTest::qWaitFor(
            [&] {
                const views::SignInDialog *shown = open.data();
                const bool dialogSaysWhy = shown && shown->isVisible() && password->isEnabled();
                return !loaded.isEmpty() || !failed.isEmpty() || dialogSaysWhy;
            },
            kFlowTimeout);
        if (!ended) {
            unclear->append(QStringLiteral("sign-in or load hung"));
            return false;
        }
        if (!loaded.isEmpty()) {
            return true;
        }
        if (!failed.isEmpty()) { // signed in, the load failed: the banner says why and offers Retry
            const QString problem = bannerText(client.window);
            QPushButton *retry = buttonNamed(&client.window, QStringLiteral("Retry"));
            if (problem.trimmed().isEmpty() || !retry || !retry->isVisible()) {
                unclear->append(QStringLiteral("a failed load without words or Retry: '%1'").arg(problem));
                return false;
            }
            failed.clear();
            ++m_pressed[QStringLiteral("Retry (load)")];
            QTest::mouseClick(retry, Qt::LeftButton);
            continue;
        }
        // Not signed in: the dialog says why and keeps what was typed.
        if (status->text().trimmed().isEmpty() || fields.at(2)->text() != QLatin1String("admin") ||
            password->text() != QLatin1String("corpcare-demo")) {
            unclear->append(QStringLiteral("a failed sign-in: '%1'").arg(status->text()));
            return false;
        }
        ++m_pressed[QStringLiteral("Enter (sign-in)")];
        QTest::keyClick(password, Qt::Key_Return);
    }
    unclear->append(QStringLiteral("never loaded in %1 attempts").arg(tests::kFaultAttempts));
    return false;
}

// Financial control, account 5, the default period; Refresh after a load that said it failed; Enter on
// the account's newest bill; Retry in the bill window after an itemization that failed.
views::BillWindow *TestGuiFaults::openBillThroughFinance(Client &client, QStringList *unclear) {
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    auto *finance = window ? window->findChild<views::FinanceController *>() : nullptr;
    if (!finance) {
        unclear->append(QStringLiteral("no financial control"));
        return nullptr;
    }
    QSignalSpy done(finance, &views::FinanceController::loaded);
    if (finance->isLoading() && !done.wait(kFlowTimeout)) {
        unclear->append(QStringLiteral("financial control hung"));
        return nullptr;
    }
    done.clear();
    window->selectAccount(QStringLiteral("5"));
    QPushButton *refresh = buttonNamed(window, QStringLiteral("Refresh"));
    for (int attempt = 0;; ++attempt) {
        if (!done.wait(kFlowTimeout)) {
            unclear->append(QStringLiteral("financial control hung"));
            return nullptr;
        }
        const QString problem = window->statusLabel()->text();
        if (problem.isEmpty()) {
            break;
        }
        if (!problem.contains(QStringLiteral("could not be loaded")) || attempt == tests::kFaultAttempts) {
            unclear->append(QStringLiteral("financial control: '%1'").arg(problem));
            return nullptr;
        }
        done.clear();
        ++m_pressed[QStringLiteral("Refresh (finance)")];
        QTest::mouseClick(refresh, Qt::LeftButton);
    }
    models::BillsModel *bills = window->bills();
    if (bills->rowCount() == 0) {
        unclear->append(QStringLiteral("no bill of account 5"));
        return nullptr;
    }
    int newest = 0;
    for (int row = 1; row < bills->rowCount(); ++row) {
        newest = bills->billAt(row).periodStart > bills->billAt(newest).periodStart ? row : newest;
    }
    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    window->billsTable()->setFocus();
    window->billsTable()->setCurrentIndex(window->billsTable()->model()->index(newest, 0));
    QTest::keyClick(window->billsTable(), Qt::Key_Return);
    views::BillWindow *billWindow = nullptr;
    if (!QTest::qWaitFor([&] { return (billWindow = client.window.findChild<views::BillWindow *>()); }, 10000)) {
        unclear->append(QStringLiteral("Enter opened no bill window"));
        return nullptr;
    }
    for (int attempt = 0; attempt < tests::kFaultAttempts; ++attempt) {
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || billWindow->retryButton()->isVisible(); },
                             kFlowTimeout)) {
            unclear->append(QStringLiteral("the itemization hung"));
            return nullptr;
        }
        if (!ready.isEmpty()) {
            return billWindow;
        }
        ++m_pressed[QStringLiteral("Retry (bill)")];
        QTest::mouseClick(billWindow->retryButton(), Qt::LeftButton);
    }
    unclear->append(QStringLiteral("the itemization never loaded"));
    return nullptr;
}

// The group operation dialog suspends the lines; the order window follows; after a failure to send or
// follow, Try again. The order as it ended, or nothing.
std::optional<domain::ProductOrder> TestGuiFaults::suspendThroughOrderWindow(Client &client, const QStringList &lines,
                                                                             QStringList *unclear) {
    views::OperationsController *operations = client.controller.operations();
    const QPointer<views::OrderWindow> orderWindow = suspendInOrderWindow(operations, lines);
    if (!orderWindow) {
        unclear->append(QStringLiteral("no order window"));
        return std::nullopt;
    }
    QSignalSpy finished(orderWindow.data(), &views::OrderWindow::orderFinished);
    QSignalSpy problem(orderWindow.data(), &views::OrderWindow::problem);
    for (int attempt = 0; attempt < tests::kFaultAttempts; ++attempt) {
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !problem.isEmpty(); }, kFlowTimeout)) {
            unclear->append(QStringLiteral("the order hung: %1").arg(orderWindow->counts()->text()));
            return std::nullopt;
        }
        if (!finished.isEmpty()) {
            return orderWindow->order();
        }
        const QString said = problem.takeFirst().first().toString();
        if (!orderWindow->tryAgainButton()->isVisible() || !said.contains(QStringLiteral("could not be sent"))) {
            unclear->append(QStringLiteral("the order stopped with no way on: '%1'").arg(said));
            return std::nullopt;
        }
        ++m_pressed[QStringLiteral("Try again (order)")];
        QTest::mouseClick(orderWindow->tryAgainButton(), Qt::LeftButton);
    }
    unclear->append(QStringLiteral("the order never ended"));
    return std::nullopt;
}

void TestGuiFaults::flows_underFaults_endAsWithoutFaults_data() {
    QTest::addColumn<QString>("rate");
    QTest::newRow("10 %") << QStringLiteral("0.1");
    QTest::newRow("30 %") << QStringLiteral("0.3");
}

void TestGuiFaults::flows_underFaults_endAsWithoutFaults() {
    QFETCH(QString, rate);
    m_pressed.clear();
    tests::ServerProcess faulty;
    QString error;
    QVERIFY2(faulty.start(
                 optionsWith({QStringLiteral("--faults"), rate, QStringLiteral("--fault-seed"), tests::faultSeed()}),
                 &error),
             qPrintable(error));
    Client client(m_home.filePath(QStringLiteral("faults-%1.ini").arg(rate)));
    QStringList unclear;

    // Sign in and load: the same 20,000 lines as without faults.
    QVERIFY2(signInAndLoad(client, faulty, &unclear), qPrintable(unclear.join(QLatin1Char('\n'))));
    closeNews(&client.window);
    QCOMPARE(usersOf(client.data), m_users);

    // A bill and its itemization: the same bill, lines and shares as the fault-free server gives.
    views::BillWindow *billWindow = openBillThroughFinance(client, &unclear);
    QVERIFY2(billWindow, qPrintable(unclear.join(QLatin1Char('\n'))));
    const domain::Bill bill = billWindow->report().bill();
    QStringList referenceFailures;
    const auto referenceItems = tests::loadAllRetrying<domain::BillItem>(
        [&] { return api::loadBillItems(m_referenceSession.get(), bill.id, this); }, &referenceFailures);
    QVERIFY(referenceItems && !referenceItems->isEmpty());
    const domain::BillReport expected = domain::BillReport::compute(bill, *referenceItems);
    QVERIFY(billWindow->report().reconciles());
    QCOMPARE(billWindow->report().lineCount(), expected.lineCount());
    QCOMPARE(billWindow->report().totalTaxIncluded(), expected.totalTaxIncluded());
    QCOMPARE(billWindow->report().shares(), expected.shares());
    billWindow->close();

    // 1,000 active lines suspended in one group operation: each exactly once.
    QStringList chosen;
    for (const domain::ServiceUser &line : m_users) {
        if (line.status == domain::ProductStatus::Active && chosen.size() < kOrderLines) {
            chosen.append(line.id);
        }
    }
    QCOMPARE(chosen.size(), kOrderLines);
    const auto order = suspendThroughOrderWindow(client, chosen, &unclear);
    QVERIFY2(order, qPrintable(unclear.join(QLatin1Char('\n'))));
    QCOMPARE(views::OrderWindow::countsOf(*order).done, kOrderLines);
    QStringList failures;
    api::Session *session = client.controller.session();
    const auto after =
        tests::loadAllRetrying<domain::ServiceUser>([&] { return api::loadServiceUsers(session, this); }, &failures);
    QVERIFY2(after, qPrintable(failures.join(QLatin1Char('\n'))));
    const QSet<QString> ordered(chosen.begin(), chosen.end());
    int suspended = 0;
    for (const domain::ServiceUser &line : *after) {
        if (ordered.contains(line.id)) {
            QVERIFY2(line.status == domain::ProductStatus::Suspended, qPrintable(line.id));
            ++suspended;
        }
    }
    QCOMPARE(suspended, kOrderLines);
    const auto changes = changesPerLine(session, this, &failures);
    QVERIFY2(changes, qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(changes->size(), kOrderLines);
    for (auto it = changes->cbegin(); it != changes->cend(); ++it) {
        QVERIFY2(it.value() == 1 && ordered.contains(it.key()), qPrintable(it.key()));
    }
    QVERIFY2(unclear.isEmpty() && failures.isEmpty(), qPrintable((unclear + failures).join(QLatin1Char('\n'))));
    const qsizetype injected = faulty.log().count(QStringLiteral("fault "));
    QVERIFY2(injected >= 5, qPrintable(QString::number(injected))); // it did misbehave
    QStringList pressed;
    for (auto it = m_pressed.cbegin(); it != m_pressed.cend(); ++it) {
        pressed.append(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value()));
    }
    qInfo("%s faults: %lld injected; pressed again: %s", qPrintable(rate), qint64(injected),
          qPrintable(pressed.isEmpty() ? QStringLiteral("nothing") : pressed.join(QStringLiteral(", "))));
}

// Every answer to the order is lost on the wire (the send and the tracker's three resends):
// the window says so and offers Try again; pressed once the network is back, it sends the same order,
// which the server recognises by its externalId: every line changed exactly once.
void TestGuiFaults::orderWindow_answerLostEveryTime_tryAgainAppliesOnce() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    tests::DroppingProxy proxy;
    QVERIFY(proxy.listen(quint16(server.baseUrl().port())));
    Client client(m_home.filePath(QStringLiteral("lost-answers.ini")));
    views::SignInRequest request = requestFor(server, QStringLiteral("lost answers"));
    request.connection.baseUrl = proxy.url();
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(request);
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    closeNews(&client.window);
    QStringList chosen;
    for (const domain::ServiceUser &line : client.data.serviceUsers()) {
        if (line.status == domain::ProductStatus::Active && chosen.size() < 100) {
            chosen.append(line.id);
        }
    }
    QCOMPARE(chosen.size(), 100);

    // Only the order's body is that large (100 items, about 13 kB). Every answer to it is lost: Qt sends a
    // request again by itself once when a kept-alive connection drops, so the count is not exact.
    proxy.dropAnswerAfter(8000, 1000);
    views::OperationsController *operations = client.controller.operations();
    const QPointer<views::OrderWindow> orderWindow = suspendInOrderWindow(operations, chosen);
    QVERIFY(orderWindow);
    QSignalSpy problem(orderWindow.data(), &views::OrderWindow::problem);
    QVERIFY2(problem.wait(60000),
             qPrintable(QStringLiteral("%1 dropped; %2").arg(proxy.dropped()).arg(orderWindow->counts()->text())));
    QVERIFY2(proxy.dropped() >= 4, qPrintable(QString::number(proxy.dropped()))); // the send and three resends
    proxy.dropAnswerAfter(-1, 0);                                                 // the network is back
    QVERIFY2(problem.first().first().toString().contains(QStringLiteral("could not be sent")),
             qPrintable(problem.first().first().toString()));
    QPushButton *tryAgain = orderWindow->tryAgainButton();
    QVERIFY(tryAgain && tryAgain->isVisible() && tryAgain->isEnabled());
    QVERIFY(!orderWindow->retryButton()->isEnabled()); // nothing the server refused
    saveScreenshot(orderWindow, QStringLiteral("order-try-again"));

    QSignalSpy finished(orderWindow.data(), &views::OrderWindow::orderFinished);
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QVERIFY(!tryAgain->isVisible());
    QVERIFY2(finished.wait(60000), qPrintable(orderWindow->counts()->text()));
    QCOMPARE(views::OrderWindow::countsOf(orderWindow->order()).done, 100);
    QStringList failures;
    const auto changes = changesPerLine(client.controller.session(), this, &failures);
    QVERIFY2(changes, qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(changes->size(), 100);
    for (const QString &id : chosen) {
        QCOMPARE(changes->value(id), 1);
    }
}

// Every answer is lost while the bill window loads its itemization (the request's own retries and the
// page's included): the window says so and offers Retry, which loads it once the network is back.
void TestGuiFaults::billWindow_itemizationLost_retryLoadsIt() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    tests::DroppingProxy proxy;
    QVERIFY(proxy.listen(quint16(server.baseUrl().port())));
    Client client(m_home.filePath(QStringLiteral("lost-itemization.ini")));
    views::SignInRequest request = requestFor(server, QStringLiteral("lost itemization"), QStringLiteral("finance"));
    request.connection.baseUrl = proxy.url();
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(request);
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    closeNews(&client.window);
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    QVERIFY(window);
    auto *finance = window->findChild<views::FinanceController *>();
    QSignalSpy done(finance, &views::FinanceController::loaded);
    QVERIFY(!finance->isLoading() || done.wait(kLoadTimeout));
    QVERIFY(window->bills()->rowCount() > 0);

    proxy.dropAnswerAfter(0, 1000); // every answer from now on
    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    window->billsTable()->setFocus();
    window->billsTable()->setCurrentIndex(window->billsTable()->model()->index(0, 0));
    QTest::keyClick(window->billsTable(), Qt::Key_Return);
    views::BillWindow *billWindow = nullptr;
    QTRY_VERIFY((billWindow = client.window.findChild<views::BillWindow *>()));
    QPushButton *retry = billWindow->retryButton();
    QVERIFY(retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 60000);
    QVERIFY(proxy.dropped() > 0);
    QVERIFY(ready.isEmpty());
    bool saysWhy = false;
    for (const QLabel *label : billWindow->findChildren<QLabel *>()) {
        saysWhy = saysWhy || label->text().startsWith(QStringLiteral("The itemization could not be loaded: "));
    }
    QVERIFY(saysWhy);
    QCOMPARE(billWindow->report().lineCount(), 0);
    billWindow->resize(900, 500);
    saveScreenshot(billWindow, QStringLiteral("bill-retry"));

    proxy.dropAnswerAfter(-1, 0); // the network is back
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!retry->isVisible());
    QVERIFY(ready.wait(60000));
    QVERIFY(billWindow->report().reconciles());
    QVERIFY(billWindow->report().lineCount() > 0);
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestGuiFaults>(argc, argv);
}

#include "tst_gui_faults.moc"
