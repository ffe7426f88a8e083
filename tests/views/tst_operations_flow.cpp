// Issue 5's "done when", as an administrator does it on the demo company: find the users on one tariff
// with roaming who are over their first threshold, move them to another tariff and remove roaming in
// one operation, watch it finish, then send them an SMS and watch its delivery.
#include "api/paged_list_loader.h"
#include "api/service_user_filters.h"
#include "domain/search.h"
#include "models/company_data.h"
#include "models/message_receivers_model.h"
#include "models/order_items_model.h"
#include "models/search_results_model.h"
#include "models/thresholds_data.h"
#include "support/https_client.h"
#include "support/sales_viewer.h"
#include "support/server_process.h"
#include "views/common/table_view.h"
#include "views/gui_client.h"
#include "views/operations/group_operation_dialog.h"
#include "views/operations/operations_controller.h"
#include "views/operations/order_window.h"
#include "views/operations/sms_window.h"
#include "views/operations/threshold_dialog.h"
#include "views/search/search_conditions.h"
#include "views/search/search_panel.h"
#include "views/signin/sign_in_dialog.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
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
using views::testing::requestFor;
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

// Every line of the server, read by the test through the client's own session.
QList<domain::ServiceUser> allLinesOf(api::Session *session) {
    api::PagedListLoader *loader = api::loadServiceUsers(session, api::Filters{}, nullptr);
    QList<domain::ServiceUser> lines;
    QObject::connect(loader, &api::PagedListLoader::pageReady, loader,
                     [&lines](qint64, const QVariant &page) { lines += page.value<QList<domain::ServiceUser>>(); });
    QSignalSpy finished(loader, &api::PagedListLoader::finished);
    loader->start();
    finished.wait(60000);
    if (!finished.isEmpty() && finished.first().first().value<api::ApiError>().isError()) {
        qWarning("reading every line failed: %s", qPrintable(finished.first().first().value<api::ApiError>().message));
    }
    delete loader;
    return lines;
}

QSet<QString> resultIds(const views::SearchPanel *panel) {
    QList<int> rows;
    for (int row = 0; row < panel->resultsModel()->rowCount(); ++row) {
        rows.append(row);
    }
    const QStringList ids = panel->resultsModel()->productIds(rows);
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

class TestOperationsFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void tariffAndRoamingOverThreshold_movedThenMessaged();
    void thresholdsOfTwoLines_setThenEffectiveFromTheLines();
    void searchWhileNotAllLoaded_theServerFindsTheRest();
    void orderRunningWhenTheProgramOpens_followedAgain();
    void viewer_findsNoEnabledControlThatChangesData();

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
    QSignalSpy refreshed(operations, &views::OperationsController::linesRefreshed);
    QSignalSpy reloaded(&client.controller, &views::ClientController::companyLoaded);
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

    // The changed lines are read again and replaced in place (not the whole company): each has the new
    // tariff and no roaming, and the search's rows show them so.
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kLoadTimeout));
    QCOMPARE(refreshed.first().first().toStringList().size(), chosen.size());
    QCOMPARE(reloaded.count(), 0);
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

void TestOperationsFlow::searchWhileNotAllLoaded_theServerFindsTheRest() {
    tests::ServerProcess::Options options;
    options.users = 20000;
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    Client client(m_home.filePath(QStringLiteral("partial.ini")));
    QSignalSpy appended(&client.data, &models::CompanyData::serviceUsersAppended);
    client.controller.signIn(requestFor(server, QStringLiteral("partial")));
    QVERIFY(appended.wait(kLoadTimeout));
    emit client.window.cancelLoadRequested(); // the list stays partly loaded
    const qsizetype kept = qsizetype(client.data.serviceUsers().size());
    QVERIFY(kept > 0 && kept < 20000);
    QVERIFY(!client.data.serviceUsersComplete());
    const QList<domain::ServiceUser> all = allLinesOf(client.controller.session());
    QVERIFY2(all.size() == 20000, qPrintable(server.log()));

    views::OperationsController *operations = client.controller.operations();
    operations->openSearch();
    views::SearchPanel *panel = operations->searchPanel();
    QSignalSpy searched(panel, &views::SearchPanel::searched);
    QSignalSpy serverDone(panel, &views::SearchPanel::serverSearchFinished);

    // A number not loaded here, typed as it is written: found on the server, and now loaded.
    const auto notLoaded = std::find_if(all.begin(), all.end(), [&client](const domain::ServiceUser &line) {
        return !client.data.serviceUser(line.id);
    });
    QVERIFY(notLoaded != all.end());
    domain::UserSearch byNumber;
    byNumber.text = domain::formatMsisdn(notLoaded->msisdn);
    panel->conditions()->setSearch(byNumber);
    panel->runSearch();
    QVERIFY(panel->isSearchingServer());
    QVERIFY(searched.wait(30000));
    QCOMPARE(resultIds(panel), QSet<QString>{notLoaded->id});
    QVERIFY(client.data.serviceUser(notLoaded->id));
    QVERIFY2(panel->countText().contains(QStringLiteral("server")), qPrintable(panel->countText()));

    // A tariff with roaming: exactly the lines the client's own matcher finds among all 20,000.
    const QString roaming = offeringNamed(client.data, QStringLiteral("International Roaming"));
    domain::UserSearch byTariff;
    byTariff.tariffIds = {all.front().tariff.id};
    byTariff.servicesAll = {roaming};
    const domain::SearchMatcher matcher(byTariff, {});
    QSet<QString> expected;
    for (const domain::ServiceUser &line : all) {
        if (matcher.matches(line, domain::ThresholdState::Unknown)) {
            expected.insert(line.id);
        }
    }
    QVERIFY(expected.size() > 50);
    panel->conditions()->setSearch(byTariff);
    panel->runSearch();
    QVERIFY(searched.wait(30000));
    QCOMPARE(resultIds(panel), expected);
    QTest::qWait(100);
    saveScreenshot(panel->window(), QStringLiteral("search-partly-loaded"));

    // Stopped by the user: said so, and nothing is shown as a result of it.
    domain::UserSearch active;
    active.statuses = {domain::ProductStatus::Active};
    panel->conditions()->setSearch(active);
    serverDone.clear();
    panel->runSearch();
    QTest::keyClick(panel, Qt::Key_Escape);
    QCOMPARE(serverDone.count(), 1);
    QCOMPARE(serverDone.first().first().toString(), QStringLiteral("stopped"));
    QVERIFY(!panel->isSearchingServer());
    QVERIFY2(panel->countText().contains(QStringLiteral("stopped")), qPrintable(panel->countText()));

    // The server gone: the loaded lines are still searched, and the line says what is missing.
    server.stop();
    serverDone.clear();
    searched.clear();
    panel->conditions()->setSearch(byTariff);
    panel->runSearch();
    QVERIFY(searched.wait(60000));
    QCOMPARE(serverDone.count(), 1);
    QVERIFY(!serverDone.first().first().toString().isEmpty());
    QVERIFY2(panel->countText().contains(QStringLiteral("only the loaded users")), qPrintable(panel->countText()));
    QCOMPARE(resultIds(panel), expected.intersect(resultIds(panel))); // nothing wrong among what is shown

    // The lines of a finished order cannot be read again: the whole company is asked for instead (and
    // its load, failing too, says why in the window).
    QSignalSpy wanted(operations, &views::OperationsController::refreshWanted);
    QSignalSpy refreshed(operations, &views::OperationsController::linesRefreshed);
    operations->refreshLines({notLoaded->id});
    QVERIFY(wanted.wait(60000));
    QCOMPARE(refreshed.count(), 0);
}

void TestOperationsFlow::orderRunningWhenTheProgramOpens_followedAgain() {
    tests::ServerProcess::Options options;
    options.users = 300;
    options.extraArguments = {QStringLiteral("--order-item-delay-ms"), QStringLiteral("25")};
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));

    QString href;
    QStringList chosen;
    {
        Client first(m_home.filePath(QStringLiteral("first.ini")));
        QSignalSpy loaded(&first.controller, &views::ClientController::companyLoaded);
        first.controller.signIn(requestFor(server, QStringLiteral("first")));
        QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(first.window)));
        closeNews(&first.window);
        for (const domain::ServiceUser &line : first.data.serviceUsers()) {
            if (line.status == domain::ProductStatus::Active && chosen.size() < 150) {
                chosen.append(line.id);
            }
        }
        views::OperationsController *operations = first.controller.operations();
        connect(operations, &views::OperationsController::dialogShown, this, [](QObject *object) {
            auto *dialog = qobject_cast<views::GroupOperationDialog *>(object);
            dialog->chooseStatus(domain::ProductStatus::Suspended);
            dialog->accept();
        });
        QPointer<views::OrderWindow> window;
        connect(operations, &views::OperationsController::orderWindowOpened, this,
                [&window](views::OrderWindow *opened) { window = opened; });
        operations->startGroupOperation(chosen);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(!window->href().isEmpty(), 30000);
        href = window->href();
        QVERIFY(!window->isFinal());
    } // the program closes with its order running on the server

    Client second(m_home.filePath(QStringLiteral("second.ini")));
    views::OperationsController *operations = second.controller.operations();
    QPointer<views::OrderWindow> resumed;
    connect(operations, &views::OperationsController::orderWindowOpened, this,
            [&resumed](views::OrderWindow *opened) { resumed = opened; });
    QSignalSpy refreshed(operations, &views::OperationsController::linesRefreshed);
    QSignalSpy loaded(&second.controller, &views::ClientController::companyLoaded);
    second.controller.signIn(requestFor(server, QStringLiteral("second")));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(second.window) + QStringLiteral("\n") + server.log()));
    QTRY_VERIFY_WITH_TIMEOUT(resumed, 10000); // opened by itself, followed from the server
    QCOMPARE(resumed->href(), href);
    QSignalSpy finished(resumed.data(), &views::OrderWindow::orderFinished);
    QVERIFY(resumed->isFinal() || finished.wait(60000));
    QVERIFY2(resumed->sawRunning(), "the order ended before the program opened: make the items slower");
    QCOMPARE(views::OrderWindow::countsOf(resumed->order()).done, chosen.size());
    QVERIFY(refreshed.count() > 0 || refreshed.wait(30000));
    for (const QString &id : std::as_const(chosen)) {
        QCOMPARE(second.data.serviceUser(id)->status, domain::ProductStatus::Suspended);
    }
}

void TestOperationsFlow::viewer_findsNoEnabledControlThatChangesData() {
    // Issue 6: the administrator gives someone view-only rights over Sales (through the server's API);
    // signed in as him, the program offers no control that changes data, and each says what it needs.
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    tests::HttpsClient http(server.baseUrl(), server.caFile());
    const QByteArray admin = http.signIn(QStringLiteral("admin"));
    const QJsonObject viewer = tests::salesViewer();
    QCOMPARE(http.send("POST", QStringLiteral("/corporate/v1/portalUser"),
                       QJsonDocument(viewer).toJson(QJsonDocument::Compact), "application/json", admin)
                 .status,
             201);

    Client client(m_home.filePath(QStringLiteral("viewer.ini")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(requestFor(server, QStringLiteral("viewer"), QStringLiteral("viewer.sales")));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTest::qWait(300);
    closeNews(&client.window);
    QCOMPARE(client.data.companyName(), QStringLiteral("Sales")); // his department is the top of his tree

    const auto disabledSaying = [](auto *control, const QString &permission) {
        return control != nullptr && !control->isEnabled() && control->toolTip().contains(permission);
    };
    QVERIFY(disabledSaying(client.window.financialControlAction(), QStringLiteral("viewFinance")));
    QVERIFY(disabledSaying(client.window.recentOrdersAction(), QStringLiteral("changeProducts")));

    views::OperationsController *operations = client.controller.operations();
    operations->openSearch();
    views::SearchPanel *panel = operations->searchPanel();
    panel->conditions()->setSearch({});
    panel->runSearch();
    QVERIFY(panel->resultsModel()->rowCount() > 0);
    panel->resultsTable()->selectAll();
    QVERIFY(!panel->selectedProductIds().isEmpty());
    QWidget *window = panel->window();
    const auto button = [window](const QString &text) {
        for (auto *candidate : window->findChildren<QPushButton *>()) {
            if (candidate->text().remove(QLatin1Char('&')).startsWith(text)) {
                return candidate;
            }
        }
        return static_cast<QPushButton *>(nullptr);
    };
    const QList<std::pair<QString, QString>> changes{
        {QStringLiteral("Group operation"), QStringLiteral("changeProducts")},
        {QStringLiteral("Send SMS"), QStringLiteral("sendSms")},
        {QStringLiteral("Thresholds of the selected"), QStringLiteral("manageThresholds")},
        {QStringLiteral("Default thresholds"), QStringLiteral("manageThresholds")}};
    for (const auto &[text, permission] : changes) {
        QPushButton *control = button(text);
        QVERIFY2(disabledSaying(control, permission),
                 qPrintable(text + QStringLiteral(": ") + (control ? control->toolTip() : QStringLiteral("missing"))));
    }
    auto *charges = window->findChild<QLineEdit *>(QStringLiteral("chargesMin"));
    QVERIFY(disabledSaying(charges, QStringLiteral("viewFinance"))); // a condition on financial data
    QTest::qWait(100);
    saveScreenshot(window, QStringLiteral("viewer-search"));

    // The administrator in another window: the same controls are there for him.
    Client adminClient(m_home.filePath(QStringLiteral("admin.ini")));
    QSignalSpy adminLoaded(&adminClient.controller, &views::ClientController::companyLoaded);
    adminClient.controller.signIn(requestFor(server, QStringLiteral("admin")));
    QVERIFY2(adminLoaded.wait(kLoadTimeout), qPrintable(bannerText(adminClient.window)));
    QVERIFY(adminClient.window.financialControlAction()->isEnabled());
    QVERIFY(adminClient.window.recentOrdersAction()->isEnabled());
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestOperationsFlow>(argc, argv);
}

#include "tst_operations_flow.moc"
