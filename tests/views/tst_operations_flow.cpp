// Issue 5's "done when", as an administrator does it on the demo company: find the users on one tariff
// with roaming who are over their first threshold, move them to another tariff and remove roaming in
// one operation, watch it finish, then send them an SMS and watch its delivery.
#include "domain/search.h"
#include "models/company_data.h"
#include "models/message_receivers_model.h"
#include "models/order_items_model.h"
#include "models/search_results_model.h"
#include "models/thresholds_data.h"
#include "views/common/table_view.h"
#include "views/gui_client.h"
#include "views/operations/group_operation_dialog.h"
#include "views/operations/operations_controller.h"
#include "views/operations/order_window.h"
#include "views/operations/sms_window.h"
#include "views/operations/threshold_dialog.h"
#include "views/search/search_conditions.h"
#include "views/search/search_panel.h"

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::saveScreenshot;

namespace {

QString offeringNamed(const models::CompanyData &data, const QString &name) {
    for (const domain::ProductOffering &offering : data.offerings()) {
        if (offering.name == name) {
            return offering.id;
        }
    }
    return {};
}

} // namespace

class TestOperationsFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void tariffAndRoamingOverThreshold_movedThenMessaged();
    void thresholdsOfTwoLines_setThenEffectiveFromTheLines();

private:
    QTemporaryDir m_home;
};

void TestOperationsFlow::tariffAndRoamingOverThreshold_movedThenMessaged() {
    Client client(m_home.filePath(QStringLiteral("operations.ini")));
    views::OperationsController *operations = client.controller.operations();
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QSignalSpy thresholdsLoaded(operations, &views::OperationsController::thresholdsLoaded);
    client.controller.start(QStringLiteral("admin"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QVERIFY(thresholdsLoaded.count() > 0 || thresholdsLoaded.wait(30000));
    const bool newsShown =
        QTest::qWaitFor([&client] { return !client.window.findChildren<views::NewsDialog *>().isEmpty(); }, 10000);
    Q_UNUSED(newsShown);
    closeNews(&client.window);

    const QString roaming = offeringNamed(client.data, QStringLiteral("International Roaming"));
    const QString target = offeringNamed(client.data, QStringLiteral("Business Unlimited"));
    QVERIFY(!roaming.isEmpty() && !target.isEmpty());

    // The search: a tariff, with roaming, over the first threshold. The tariff is the one with the
    // most such users, so that the operation has something to do.
    operations->openSearch();
    views::SearchPanel *panel = operations->searchPanel();
    QVERIFY(panel);
    domain::UserSearch search;
    search.servicesAll = {roaming};
    search.thresholdStates = {domain::ThresholdState::OverFirst};
    QString tariff;
    int most = 0;
    for (const domain::ProductOffering &offering : client.data.offerings()) {
        if (offering.kind != domain::OfferingKind::Tariff || offering.id == target) {
            continue;
        }
        search.tariffIds = {offering.id};
        panel->conditions()->setSearch(search);
        panel->runSearch();
        if (panel->resultsModel()->rowCount() > most) {
            most = panel->resultsModel()->rowCount();
            tariff = offering.id;
        }
    }
    QVERIFY2(most > 0, "no line on any tariff with roaming over its first threshold");
    search.tariffIds = {tariff};
    panel->conditions()->setSearch(search);
    panel->runSearch();
    panel->resultsTable()->selectAll();
    const QStringList chosen = panel->selectedProductIds();
    QCOMPARE(chosen.size(), most);
    for (const QString &id : chosen) {
        const domain::ServiceUser *line = client.data.serviceUser(id);
        QCOMPARE(line->tariff.id, tariff);
    }
    QTest::qWait(200);
    saveScreenshot(panel->window(), QStringLiteral("search"));

    // One operation: the other tariff and no roaming; the preview sends every one of them.
    connect(operations, &views::OperationsController::dialogShown, this, [&](QObject *object) {
        auto *dialog = qobject_cast<views::GroupOperationDialog *>(object);
        dialog->chooseTariff(target);
        dialog->chooseServices({}, {roaming});
        QCOMPARE(dialog->preview().items.size(), chosen.size());
        QVERIFY(dialog->preview().leftOut.empty());
        dialog->show();
        QTest::qWait(100);
        saveScreenshot(dialog, QStringLiteral("group-operation"));
        dialog->accept();
    });
    QPointer<views::OrderWindow> orderWindow;
    connect(operations, &views::OperationsController::orderWindowOpened, this,
            [&orderWindow](views::OrderWindow *window) { orderWindow = window; });
    QSignalSpy refreshed(&client.controller, &views::ClientController::companyLoaded);
    operations->startGroupOperation(chosen);
    QVERIFY(orderWindow);
    QSignalSpy orderFinished(orderWindow, &views::OrderWindow::orderFinished);
    QVERIFY2(orderFinished.wait(60000), qPrintable(orderWindow->counts()->text()));
    const views::OrderWindow::Counts counts = views::OrderWindow::countsOf(orderWindow->order());
    QCOMPARE(counts.done, chosen.size());
    QCOMPARE(counts.failed, 0);
    QCOMPARE(orderWindow->progress()->value(), chosen.size());
    QTest::qWait(200);
    saveScreenshot(orderWindow, QStringLiteral("order"));

    // Listed by the server among the recent orders, completed; opened from there, it is read again with
    // the same results.
    disconnect(operations, &views::OperationsController::dialogShown, this, nullptr);
    QString listed;
    connect(operations, &views::OperationsController::dialogShown, this, [&listed](QObject *object) {
        auto *list = object->findChild<QListWidget *>();
        listed = list && list->count() > 0 ? list->item(0)->text() : QString();
        qobject_cast<QDialog *>(object)->show();
        saveScreenshot(qobject_cast<QWidget *>(object), QStringLiteral("recent-orders"));
        qobject_cast<QDialog *>(object)->accept();
    });
    QPointer<views::OrderWindow> reopened;
    connect(operations, &views::OperationsController::orderWindowOpened, this,
            [&reopened](views::OrderWindow *window) { reopened = window; });
    const QPointer<views::OrderWindow> first = orderWindow;
    operations->showRecentOrders();
    QTRY_VERIFY(reopened && reopened != first); // the list comes from the server first
    QVERIFY2(listed.contains(models::OrderItemsModel::orderStateText(domain::OrderState::Completed)),
             qPrintable(listed));
    QCOMPARE(reopened->href(), first->href());
    QSignalSpy reopenedFinished(reopened.data(), &views::OrderWindow::orderFinished);
    QVERIFY(reopened->isFinal() || reopenedFinished.wait(30000)); // it may have ended while the list came
    QCOMPARE(views::OrderWindow::countsOf(reopened->order()).done, chosen.size());
    disconnect(operations, &views::OperationsController::dialogShown, this, nullptr);

    // The company is read again: each line has the new tariff and no roaming.
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kLoadTimeout));
    for (const QString &id : chosen) {
        const domain::ServiceUser *line = client.data.serviceUser(id);
        QVERIFY(line);
        QCOMPARE(line->tariff.id, target);
        for (const domain::ServiceProduct &service : line->services) {
            QVERIFY(service.offering.id != roaming);
        }
    }

    // An SMS to them, followed until every receiver is final.
    QPointer<views::SmsWindow> sms;
    connect(operations, &views::OperationsController::smsWindowOpened, this,
            [&sms](views::SmsWindow *window) { sms = window; });
    operations->startSms(chosen);
    QVERIFY(sms);
    sms->setText(QStringLiteral("Your tariff is now Business Unlimited; roaming is off."));
    QVERIFY(sms->sendButton()->isEnabled());
    QSignalSpy smsFinished(sms, &views::SmsWindow::messageFinished);
    sms->send();
    QVERIFY(smsFinished.wait(60000));
    const auto states = sms->receivers()->counts();
    QCOMPARE(states.value(domain::DeliveryState::Delivered) + states.value(domain::DeliveryState::Failed),
             chosen.size());
    QTest::qWait(200);
    saveScreenshot(sms, QStringLiteral("sms"));
}

void TestOperationsFlow::thresholdsOfTwoLines_setThenEffectiveFromTheLines() {
    Client client(m_home.filePath(QStringLiteral("thresholds.ini")));
    views::OperationsController *operations = client.controller.operations();
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QSignalSpy thresholdsLoaded(operations, &views::OperationsController::thresholdsLoaded);
    client.controller.start(QStringLiteral("admin"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QVERIFY(thresholdsLoaded.count() > 0 || thresholdsLoaded.wait(30000));
    const QStringList two{client.data.serviceUsers().at(10).id, client.data.serviceUsers().at(11).id};

    // The dialog refuses a critical threshold below the warning, then takes 100 and 250.
    bool refusedFirst = false;
    connect(operations, &views::OperationsController::dialogShown, this, [&refusedFirst](QObject *object) {
        auto *dialog = qobject_cast<views::ThresholdDialog *>(object);
        dialog->setAmounts(QStringLiteral("300"), QStringLiteral("200"));
        refusedFirst = !dialog->problem().isEmpty();
        dialog->show();
        saveScreenshot(dialog, QStringLiteral("threshold-refused"));
        dialog->setAmounts(QStringLiteral("100"), QStringLiteral("250.50"));
        QVERIFY(dialog->problem().isEmpty());
        dialog->accept();
    });
    QSignalSpy saved(operations, &views::OperationsController::thresholdsSaved);
    thresholdsLoaded.clear();
    operations->editThresholds(two);
    QVERIFY(refusedFirst);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(0).toInt(), 2);
    QCOMPARE(saved.first().at(1).toStringList(), QStringList());
    QVERIFY(thresholdsLoaded.wait(30000)); // read again: every line's state follows
    for (int index : {10, 11}) {
        const auto effective = operations->thresholds()->effectiveOf(index);
        QVERIFY(effective);
        QCOMPARE(effective->source.id, client.data.serviceUsers().at(size_t(index)).id);
        QCOMPARE(effective->first, domain::Money(10000, QStringLiteral("RUB")));
        QCOMPARE(effective->second, domain::Money(25050, QStringLiteral("RUB")));
    }
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestOperationsFlow>(argc, argv);
}

#include "tst_operations_flow.moc"
