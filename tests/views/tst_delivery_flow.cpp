// Report delivery from the client (issue 7): the bill window's "Send by e-mail…" asks the real server
// (HTTPS on loopback, started with --smtp to a sink in this process) to send the itemization; the
// delivery window follows it to "sent" and the sink has the XLSX. Also the controls a user without
// viewFinance sees, and a schedule made in the Scheduled deliveries window.
#include "api/session.h"
#include "models/bills_model.h"
#include "support/server_process.h"
#include "support/smtp_sink.h"
#include "views/common/table_view.h"
#include "views/delivery/delivery_schedules_window.h"
#include "views/delivery/delivery_window.h"
#include "views/delivery/report_delivery_actions.h"
#include "views/delivery/send_report_dialog.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/gui_client.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace corpcare;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::requestFor;
using views::testing::saveScreenshot;

class TestDeliveryFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void billWindow_sendItemizationByEmail_deliveryWindowSaysSent();
    void financeWindow_scheduleMadeAndListed();

private:
    views::FinanceWindow *openFinance(Client &client, const QString &login);

    QTemporaryDir m_home;
    tests::SmtpSink m_sink;
    tests::ServerProcess m_server;
};

void TestDeliveryFlow::initTestCase() {
    QVERIFY(m_home.isValid());
    QVERIFY(m_sink.start());
    QString error;
    QVERIFY2(
        m_server.start({300, 1, QStringLiteral("2026-11-25"), {QStringLiteral("--smtp"), m_sink.relayArgument()}, {}},
                       &error),
        qPrintable(error));
}

views::FinanceWindow *TestDeliveryFlow::openFinance(Client &client, const QString &login) {
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(requestFor(m_server, login, login));
    if (!loaded.wait(kLoadTimeout)) {
        return nullptr;
    }
    QTest::qWait(300);
    closeNews(&client.window);
    client.controller.openFinance();
    views::FinanceWindow *window = client.controller.financeWindow();
    auto *finance = window ? window->findChild<views::FinanceController *>() : nullptr;
    QSignalSpy done(finance, &views::FinanceController::loaded);
    if (finance == nullptr || (finance->isLoading() && !done.wait(kLoadTimeout))) {
        return nullptr;
    }
    return window;
}

void TestDeliveryFlow::billWindow_sendItemizationByEmail_deliveryWindowSaysSent() {
    Client client(m_home.filePath(QStringLiteral("send.ini")));
    views::FinanceWindow *finance = openFinance(client, QStringLiteral("finance"));
    QVERIFY(finance);
    QVERIFY(finance->bills()->rowCount() > 0);
    QSignalSpy ready(&client.controller, &views::ClientController::billWindowReady);
    finance->billsTable()->setCurrentIndex(finance->billsTable()->model()->index(0, 0));
    QTest::keyClick(finance->billsTable(), Qt::Key_Return);
    QVERIFY(ready.wait(30000));
    auto *billWindow = ready.first().first().value<views::BillWindow *>();
    // ClientController::openBill gives every bill window its delivery actions.
    auto *actions = billWindow->findChild<views::ReportDeliveryActions *>();
    QVERIFY(actions);
    billWindow->tabs()->setCurrentIndex(1); // Lines: the itemization
    QVERIFY(actions->emailAction()->isEnabled());
    auto *button = billWindow->findChild<QPushButton *>(QStringLiteral("sendByEmailButton"));
    QVERIFY(button != nullptr && button->isEnabled());

    // The dialogs come through the seams' signals (pointers, so caught here rather than by QSignalSpy).
    QPointer<views::SendReportDialog> dialog;
    QPointer<views::DeliveryWindow> delivery;
    connect(actions, &views::ReportDeliveryActions::dialogOpened, this,
            [&dialog](views::SendReportDialog *opened) { dialog = opened; });
    connect(actions, &views::ReportDeliveryActions::deliveryStarted, this,
            [&delivery](views::DeliveryWindow *started) { delivery = started; });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog);
    dialog->setReceivers(QStringLiteral("cfo@example.com; not-an-address"));
    QVERIFY(!dialog->isAcceptable()); // Send stays disabled and says which one is wrong
    m_sink.refuseRecipient(QStringLiteral("gone@example.com"));
    dialog->setReceivers(QStringLiteral("cfo@example.com; ap@example.com\ngone@example.com"));
    QVERIFY(dialog->isAcceptable());
    dialog->setFormat(domain::ReportFormat::Xlsx);
    dialog->accept();
    QVERIFY(delivery);
    QSignalSpy finished(delivery, &views::DeliveryWindow::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(delivery->receiversTable()->rowCount(), 3);
    QCOMPARE(delivery->receiverState(0), QStringLiteral("sent"));
    QCOMPARE(delivery->receiverState(1), QStringLiteral("sent"));
    QCOMPARE(delivery->receiversTable()->item(0, 1)->text(), QStringLiteral("Sent"));
    QCOMPARE(delivery->receiverState(2), QStringLiteral("failed"));
    QCOMPARE(delivery->receiversTable()->item(2, 1)->text(), QStringLiteral("Failed"));
    QVERIFY(delivery->receiversTable()->item(2, 2)->text().contains(QStringLiteral("550")));
    QVERIFY2(delivery->statusText().contains(QStringLiteral("2 of 3 sent, 1 failed")),
             qPrintable(delivery->statusText()));
    saveScreenshot(delivery, QStringLiteral("delivery-window"));

    QVERIFY(m_sink.waitForMails(1));
    const tests::SmtpSink::Mail &mail = m_sink.mails().last();
    QCOMPARE(mail.recipients, QStringList({QStringLiteral("cfo@example.com"), QStringLiteral("ap@example.com")}));
    QCOMPARE(mail.attachment()->fileName, QStringLiteral("itemization-%1.xlsx").arg(billWindow->bill().billNo));
    QVERIFY(mail.attachment()->content.startsWith("PK")); // a zip: the XLSX container
}

void TestDeliveryFlow::financeWindow_scheduleMadeAndListed() {
    Client client(m_home.filePath(QStringLiteral("schedule.ini")));
    views::FinanceWindow *finance = openFinance(client, QStringLiteral("finance"));
    QVERIFY(finance);
    // Charts are not sent: the actions say so instead of failing after a click.
    auto *email = finance->findChild<QAction *>(QStringLiteral("sendByEmail"));
    QVERIFY(email != nullptr);
    finance->tabs()->setCurrentIndex(4);
    QVERIFY(!email->isEnabled());
    QVERIFY(email->toolTip().contains(QStringLiteral("Charts")));
    finance->tabs()->setCurrentIndex(0);
    finance->billsTable()->setCurrentIndex(finance->billsTable()->model()->index(0, 0));
    QVERIFY(email->isEnabled());

    auto *open = finance->findChild<QPushButton *>(QStringLiteral("scheduledDeliveries"));
    QVERIFY(open != nullptr && open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    auto *list = finance->findChild<views::DeliverySchedulesWindow *>();
    QVERIFY(list != nullptr);
    QSignalSpy reloaded(list, &views::DeliverySchedulesWindow::reloaded);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(list->schedules().size(), 0);
    QPointer<views::ScheduleDialog> dialog;
    connect(list, &views::DeliverySchedulesWindow::dialogOpened, this,
            [&dialog](views::ScheduleDialog *opened) { dialog = opened; });
    auto *add = list->findChild<QPushButton *>(QStringLiteral("newSchedule"));
    QVERIFY(add != nullptr);
    QVERIFY2(add->isEnabled(), qPrintable(add->toolTip())); // the chosen bill's account is suggested
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(dialog);
    dialog->receiversEdit()->setPlainText(QStringLiteral("cfo@example.com"));
    dialog->accept();
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(list->schedules().size(), 1);
    QCOMPARE(list->schedules().first().receivers, QStringList{QStringLiteral("cfo@example.com")});
    QCOMPARE(list->schedulesTable()->item(0, 5)->text(), QStringLiteral("active"));
    saveScreenshot(list, QStringLiteral("delivery-schedules"));
}

QTEST_MAIN(TestDeliveryFlow)
#include "tst_delivery_flow.moc"
