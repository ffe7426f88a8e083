// The windows the controller opens beside the main window: a bill, financial control, a user's calls,
// SMS and data, and Administration (portal users, the audit trail). Kept apart from the sign-in and
// load flow of client_controller.cpp.
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "domain/bill_report.h"
#include "models/company_data.h"
#include "views/admin/audit_window.h"
#include "views/admin/portal_users_window.h"
#include "views/common/permissions.h"
#include "views/delivery/report_delivery_actions.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/finance/usage_window.h"
#include "views/main/client_controller.h"
#include "views/main/company_browser.h"
#include "views/main/main_window.h"

namespace corpcare::views {

using api::ApiError;
using NodeKind = models::CompanyTreeModel::NodeKind;

void ClientController::openBill(const domain::Bill &bill) {
    auto *window = new BillWindow(bill, m_data->companyName(), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &BillWindow::serviceUserActivated, this, &ClientController::showServiceUser);
    connect(window, &BillWindow::retryRequested, this, [this, window, bill] { loadBillItems(window, bill); });
    attachReportDelivery(window, m_session);
    window->show();
    loadBillItems(window, bill);
}

void ClientController::loadBillItems(BillWindow *window, const domain::Bill &bill) {
    api::PagedListLoader *loader = api::loadBillItems(m_session, bill.id, window); // ends with the window
    connect(loader, &api::PagedListLoader::progress, window, &BillWindow::setProgress);
    api::collectAll<domain::BillItem>(
        loader, window, [this, window, bill](const QList<domain::BillItem> &items, const ApiError &error) {
            if (error.isError()) {
                window->showError(error.message);
                return;
            }
            window->setReport(domain::BillReport::compute(bill, items), items);
            emit billWindowReady(window);
        });
}

// A service user asked for from another window (a bill, financial control, a search): shown in the
// main window, which comes to the front.
void ClientController::showServiceUser(const QString &productId) {
    if (m_data->serviceUser(productId)) {
        m_window->browser()->showLocation({NodeKind::ServiceUser, productId});
        m_window->activateWindow();
    }
}

void ClientController::openPortalUsers() {
    if (!permissions::holds(m_session, domain::permission::managePortalUsers)) {
        m_window->showProblem(permissions::missingText(domain::permission::managePortalUsers), {}, false);
        return;
    }
    if (!m_portalUsers) {
        m_portalUsers = new PortalUsersWindow(m_session, m_data, m_window);
        m_portalUsers->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_portalUsers->show();
    m_portalUsers->raise();
    m_portalUsers->activateWindow();
}

void ClientController::openAudit() {
    if (!permissions::holds(m_session, domain::permission::managePortalUsers)) {
        m_window->showProblem(permissions::missingText(domain::permission::managePortalUsers), {}, false);
        return;
    }
    if (!m_audit) {
        m_audit = new AuditWindow(m_session, m_window);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
        m_audit->show(QString());
    } else {
        m_audit->QWidget::show();
    }
    m_audit->raise();
    m_audit->activateWindow();
}

PortalUsersWindow *ClientController::portalUsersWindow() const {
    return m_portalUsers.data();
}

AuditWindow *ClientController::auditWindow() const {
    return m_audit.data();
}

FinanceWindow *ClientController::financeWindow() const {
    return m_finance.data();
}

void ClientController::openFinance() {
    if (!m_session->currentUser().permissions.contains(domain::permission::viewFinance)) {
        m_window->showProblem(tr("Financial control needs the permission viewFinance."), {}, false);
        return;
    }
    const Location location = m_window->browser()->location();
    if (m_finance) {
        if (location.kind == NodeKind::Account) {
            m_finance->selectAccount(location.id);
        }
        m_finance->show();
        m_finance->raise();
        m_finance->activateWindow();
        return;
    }
    m_finance = new FinanceWindow(m_window);
    m_finance->setAttribute(Qt::WA_DeleteOnClose);
    auto *finance = new FinanceController(m_session, m_data, m_finance);
    connect(m_finance, &FinanceWindow::billActivated, this, &ClientController::openBill);
    connect(finance, &FinanceController::billReady, this, &ClientController::openBill);
    connect(m_finance, &FinanceWindow::serviceUserActivated, this, &ClientController::showServiceUser);
    {
        const QSignalBlocker quiet(m_finance); // one load for the starting choice, not one per setter
        m_finance->selectAccount(location.kind == NodeKind::Account ? location.id : QString());
    }
    m_finance->show();
    finance->reload();
}

void ClientController::openUsage(const QString &productId) {
    const domain::ServiceUser *user = m_data->serviceUser(productId);
    if (!user) {
        return;
    }
    if (!m_session->currentUser().permissions.contains(domain::permission::viewFinance)) {
        m_window->showProblem(tr("Calls, SMS and data need the permission viewFinance."), {}, false);
        return;
    }
    auto *window = new UsageWindow(productId, domain::formatMsisdn(user->msisdn), m_data->companyName(), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &UsageWindow::periodChanged, this, [this, window] { loadUsage(window); });
    window->show();
    loadUsage(window);
}

// One load a window at a time: a new period cancels the load of the previous one.
void ClientController::loadUsage(UsageWindow *window) {
    for (auto *old : window->findChildren<api::PagedListLoader *>()) {
        old->disconnect(window); // its end, cancelled, is not news to the window any more
        old->cancel();
        old->deleteLater();
    }
    window->clearRecords();
    window->setStatus(tr("Loading…"));
    api::PagedListLoader *loader = api::loadUsage(m_session, window->productId(), window->period(), window);
    connect(loader, &api::PagedListLoader::pageReady, window, [window](qint64, const QVariant &page) {
        window->appendRecords(page.value<QList<domain::UsageRecord>>());
    });
    connect(loader, &api::PagedListLoader::progress, window, [window](qint64 loaded, qint64 total) {
        window->setStatus(tr("Loading: %1 of %2 records").arg(loaded).arg(total));
    });
    connect(loader, &api::PagedListLoader::finished, window, [this, window, loader](const ApiError &error) {
        loader->deleteLater();
        window->setStatus(error.isError() ? tr("The records could not be loaded: %1").arg(error.message) : QString());
        window->finishLoading();
        if (!error.isError()) {
            emit usageShown(window);
        }
    });
    loader->start();
}

} // namespace corpcare::views
