#pragma once

#include "api/api_error.h"
#include "api/secrets/connection_store.h"
#include "domain/bill.h"
#include "views/main/company_browser.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QSettings;

namespace corpcare::api {
class DemoServerLauncher;
class PagedListLoader;
class Session;
class SignInJob;
namespace secrets {
class SecretStore;
}
} // namespace corpcare::api

namespace corpcare::models {
class CompanyData;
class PacedAppender;
} // namespace corpcare::models

namespace corpcare::views {

class ArchiveSearchWindow;
class AuditWindow;
class DownloadDialog;
class OfflineAccess;
class BillWindow;
class FinanceWindow;
class PortalUsersWindow;
class OperationsController;
class UsageWindow;
class MainWindow;
class SignInDialog;
struct SignInRequest;

// The client's flow: sign in (a saved connection, a new one, or the demo company), load the company
// into CompanyData with progress and cancel, sign in again when the session expires without losing
// anything, and feed the detail panes (comments, recent charges) and the news. The window only shows;
// this decides.
class ClientController : public QObject {
    Q_OBJECT
public:
    ClientController(MainWindow *window, models::CompanyData *data, api::secrets::SecretStore *secrets,
                     QSettings *settings, QObject *parent = nullptr);
    ~ClientController() override;

    // Shows the sign-in dialog, or opens the demo company at once as `demoLogin` when given.
    void start(const QString &demoLogin = {});
    // The command line's choices (issue 8): the sign-in dialog on the saved connection of that name
    // (empty: the last used), with "Work offline" ticked when `offline`; the demo's archive at once for
    // a demo login and `offline`. False, and nothing shown, when no saved connection has that name.
    bool startWith(const QString &connectionName, const QString &demoLogin, bool offline);
    // Signs in without the dialog (what the dialog's Sign in does): for the command line and benchmarks.
    void signIn(const SignInRequest &request);
    api::Session *session() const { return m_session; }
    SignInDialog *signInDialog() const; // the open sign-in dialog, or null
    bool isLoading() const { return m_loading; }
    static QStringList demoLogins();
    // Opens (or raises) the financial-control window on the account shown, or on all accounts.
    void openFinance();
    void openUsage(const QString &productId);
    FinanceWindow *financeWindow() const;
    // Administration (issue 6): opened, or brought to the front.
    void openPortalUsers();
    void openAudit();
    PortalUsersWindow *portalUsersWindow() const;
    AuditWindow *auditWindow() const;
    OperationsController *operations() const { return m_operations; }
    // Offline (issue 7, client_offline.cpp): File → Download for offline, and working on the archive.
    void openDownload();
    DownloadDialog *downloadDialog() const;
    void openArchiveSearch();
    ArchiveSearchWindow *archiveSearchWindow() const;
    OfflineAccess *offline() const { return m_offline; }

signals:
    void companyLoaded();                        // every list is in CompanyData
    void loadFailed(const QString &message);     // shown in the window too
    void commentsShown(const QString &targetId); // the panel shows the server's comments of the target
    void commentAdded(const QString &targetId);
    void accountBillsShown(const QString &accountId);
    void billWindowReady(corpcare::views::BillWindow *window); // its report is computed
    void usageShown(corpcare::views::UsageWindow *window);     // every record of the period is in

private:
    void showSignInDialog();
    void openSignInDialog(const QString &connectionName);
    void openDemo(const QString &login);
    void onSignedIn(const SignInRequest &request);
    void reauthenticate();
    void loadCompany();
    void loadServiceUsers();
    void finishLoad(const api::ApiError &error);
    void showThresholdCounts();
    void cancelLoad();
    void signOut();
    void onLocationChanged(const Location &location);
    void loadComments(const Location &location);
    void addComment(const Location &location, const QString &text);
    void loadRecentCharges(const QString &serviceUserId);
    void loadAccountBills(const QString &accountId);
    void openBill(const domain::Bill &bill);
    void loadBillItems(BillWindow *window, const domain::Bill &bill);
    void showServiceUser(const QString &productId);
    void loadNews(bool showWhenUnread);
    void loadUsage(UsageWindow *window);
    void rememberSecret(const api::secrets::SavedConnection &connection, const QString &password);
    QString readNewsKey() const;
    void showProblem(const api::ApiError &error, bool retryable);
    void signInFailed(const QString &message, const QString &details);
    void startSignIn(const SignInRequest &request);
    // Signs in to the archive instead of the server; `why` says why when the user did not choose it.
    void signInOffline(const SignInRequest &request, const QString &why);
    bool offerArchiveInstead(const SignInRequest &request, const api::ApiError &error);
    void showOfflineState();
    void workOffline();
    void closeArchiveWindows(); // before the archive they read closes
    void abandonSignIn();

    MainWindow *m_window;
    models::CompanyData *m_data;
    api::secrets::SecretStore *m_secrets;
    QSettings *m_settings;
    api::secrets::ConnectionStore m_connections;
    api::Session *m_session;
    api::DemoServerLauncher *m_demo;
    QPointer<SignInDialog> m_dialog;
    QPointer<api::PagedListLoader> m_usersLoader;
    models::PacedAppender *m_appender;
    QPointer<api::SignInJob> m_signInJob; // the one sign-in whose answer counts
    bool m_demoStarting = false;
    QList<QPointer<QObject>> m_pending; // jobs and loaders of the current load, to cancel together
    api::secrets::SavedConnection m_connection;
    bool m_loading = false;
    bool m_demoConnection = false;
    int m_generation = 0;        // answers of an older load are dropped
    int m_sessionGeneration = 0; // answers from before a sign-out or another sign-in are dropped
    Location m_commentsLocation;
    QString m_billsAccount; // the account whose bills are (being) shown
    QPointer<FinanceWindow> m_finance;
    QPointer<PortalUsersWindow> m_portalUsers;
    QPointer<AuditWindow> m_audit;
    OperationsController *m_operations;
    OfflineAccess *m_offline;
    QString m_offlineReason; // why the program went offline by itself, shown in the notice
    QPointer<DownloadDialog> m_download;
    QPointer<ArchiveSearchWindow> m_archiveSearch;
};

} // namespace corpcare::views
