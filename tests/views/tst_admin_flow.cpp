// Issue 6's "done when", as an administrator does it in the program against the reference server:
// he creates a view-only department head for one department in Administration → Portal users; signed
// in as that head in a second window, the program shows only that department and no control that
// changes data; the audit trail shows the creation and the head's sign-in.
#include "models/admin_models.h"
#include "models/search_results_model.h"
#include "views/admin/audit_window.h"
#include "views/admin/portal_users_window.h"
#include "views/common/table_view.h"
#include "views/detail/service_user_detail_view.h"
#include "views/gui_client.h"
#include "views/main/company_browser.h"
#include "views/operations/operations_controller.h"
#include "views/search/search_conditions.h"
#include "views/search/search_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::requestFor;
using views::testing::saveScreenshot;

class TestAdminFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void viewOnlyHeadCreated_seesHisDepartmentOnly_auditShowsBoth();

private:
    QTemporaryDir m_home;
};

void TestAdminFlow::viewOnlyHeadCreated_seesHisDepartmentOnly_auditShowsBoth() {
    tests::ServerProcess server;
    QString error;
    QVERIFY2(server.start({}, &error), qPrintable(error));
    Client admin(m_home.filePath(QStringLiteral("admin.ini")));
    QSignalSpy loaded(&admin.controller, &views::ClientController::companyLoaded);
    admin.controller.signIn(requestFor(server, QStringLiteral("admin")));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(admin.window)));
    QTest::qWait(300);
    closeNews(&admin.window);
    QVERIFY(admin.window.portalUsersAction()->isEnabled());

    // Administration → Portal users: a new user, department head of Marketing with view-only rights.
    admin.controller.openPortalUsers();
    views::PortalUsersWindow *users = admin.controller.portalUsersWindow();
    QVERIFY(users);
    QTRY_COMPARE_WITH_TIMEOUT(users->users()->rowCount(), 4, 10000);
    users->startNew();
    QTest::keyClicks(users->loginEdit(), QStringLiteral("head.marketing"));
    QTest::keyClicks(users->nameEdit(), QStringLiteral("Head of Marketing"));
    users->roleBox()->setCurrentText(QStringLiteral("departmentHead"));
    QVERIFY(users->permissionBox(QStringLiteral("changeProducts"))->isChecked()); // the role's bundle
    for (const QString &permission : {QStringLiteral("viewFinance"), QStringLiteral("changeProducts"),
                                      QStringLiteral("manageThresholds"), QStringLiteral("sendSms")}) {
        users->permissionBox(permission)->setChecked(false); // view only
    }
    const QList<QTreeWidgetItem *> marketing =
        users->scopeTree()->findItems(QStringLiteral("Marketing"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(marketing.size(), 1);
    marketing.front()->setCheckState(0, Qt::Checked);
    QVERIFY2(users->willSee()->text().contains(QStringLiteral("service user")), qPrintable(users->willSee()->text()));
    // And one line of Sales by its number, written as people write numbers.
    const auto sales = std::find_if(admin.data.serviceUsers().begin(), admin.data.serviceUsers().end(),
                                    [](const domain::ServiceUser &line) { return line.department.name == "Sales"; });
    QVERIFY(sales != admin.data.serviceUsers().end());
    const QString extraLine = sales->id;
    QVERIFY(users->addLine(domain::formatMsisdn(sales->msisdn)));
    QVERIFY(!users->addLine(QStringLiteral("+7 000 000-00-00"))); // no such line: said, nothing added
    QTest::keyClicks(users->passwordEdit(), QStringLiteral("corpcare-demo"));
    QSignalSpy saved(users, &views::PortalUsersWindow::saved);
    users->save();
    QVERIFY2(saved.wait(10000), qPrintable(users->status()->text()));
    QCOMPARE(users->users()->rowCount(), 5);
    QTest::qWait(100);
    saveScreenshot(users, QStringLiteral("portal-users"));

    // The same login again: the server refuses, the window says why, and nothing typed is lost.
    users->startNew();
    QTest::keyClicks(users->loginEdit(), QStringLiteral("head.marketing"));
    QTest::keyClicks(users->nameEdit(), QStringLiteral("Another"));
    marketing.front()->setCheckState(0, Qt::Checked);
    QTest::keyClicks(users->passwordEdit(), QStringLiteral("corpcare-demo"));
    QSignalSpy failed(users, &views::PortalUsersWindow::failed);
    users->save();
    QVERIFY(failed.wait(10000));
    QVERIFY2(users->status()->text().contains(QStringLiteral("taken")), qPrintable(users->status()->text()));
    QCOMPARE(users->nameEdit()->text(), QStringLiteral("Another"));

    // A second window signed in as the new head: Marketing only, nothing that changes data.
    Client head(m_home.filePath(QStringLiteral("head.ini")));
    QSignalSpy headLoaded(&head.controller, &views::ClientController::companyLoaded);
    head.controller.signIn(requestFor(server, QStringLiteral("head"), QStringLiteral("head.marketing")));
    QVERIFY2(headLoaded.wait(kLoadTimeout), qPrintable(bannerText(head.window)));
    QTest::qWait(300);
    closeNews(&head.window);
    QCOMPARE(head.data.companyName(), QStringLiteral("Marketing"));
    for (const domain::ServiceUser &line : head.data.serviceUsers()) {
        QVERIFY(line.department.name == QStringLiteral("Marketing") || line.id == extraLine);
    }
    QVERIFY(head.data.serviceUser(extraLine)); // the single line granted besides his department
    QVERIFY(!head.data.serviceUsers().empty());
    QVERIFY(!head.window.financialControlAction()->isEnabled());
    QVERIFY(!head.window.portalUsersAction()->isEnabled());
    QVERIFY(!head.window.browser()->userDetail()->usageButton()->isEnabled()); // usage is financial data
    head.controller.operations()->openSearch();
    views::SearchPanel *panel = head.controller.operations()->searchPanel();
    panel->conditions()->setSearch({});
    panel->runSearch();
    panel->resultsTable()->selectAll();
    for (auto *button : panel->window()->findChildren<QPushButton *>()) {
        const QString text = button->text().remove(QLatin1Char('&'));
        if (text.startsWith(QStringLiteral("Group operation")) || text.startsWith(QStringLiteral("Send SMS")) ||
            text.contains(QStringLiteral("hresholds"))) {
            QVERIFY2(!button->isEnabled() && button->toolTip().contains(QStringLiteral("permission")),
                     qPrintable(text));
        }
    }
    QTest::qWait(100);
    saveScreenshot(&head.window, QStringLiteral("view-only-head"));

    // The audit trail in the administrator's window: the creation and the head's sign-in.
    admin.controller.openAudit();
    views::AuditWindow *audit = admin.controller.auditWindow();
    QVERIFY(audit);
    QSignalSpy auditLoaded(audit, &views::AuditWindow::loaded);
    audit->show(QString());
    QVERIFY(auditLoaded.wait(10000));
    bool created = false;
    bool signedIn = false;
    for (const domain::AuditRecord &record : audit->records()->records()) {
        created = created || (record.action == QStringLiteral("portalUser.create") &&
                              record.target.name == QStringLiteral("head.marketing") && record.actor == "admin");
        signedIn = signedIn || (record.action == QStringLiteral("signIn") && record.actor == "head.marketing");
    }
    QVERIFY(created);
    QVERIFY(signedIn);
    QTest::qWait(100);
    saveScreenshot(audit, QStringLiteral("audit"));
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestAdminFlow>(argc, argv);
}

#include "tst_admin_flow.moc"
