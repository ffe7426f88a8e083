#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace corpcare::models {
class CompanyData;
}

namespace corpcare::views {

class CompanyBrowser;
class ErrorBanner;

// The window: a shell that composes the company browser, the menus and the status bar (server,
// signed-in user, the data's age, load progress with cancel). It holds no business logic; the
// controller drives it through the setters and listens to its requests.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Menu entries that need a permission (the controller enables them for the signed-in user).
    QAction *recentOrdersAction() const { return m_recentOrders; }
    QAction *financialControlAction() const { return m_financialControl; }
    QAction *portalUsersAction() const { return m_portalUsers; }
    QAction *auditAction() const { return m_audit; }
    QAction *downloadOfflineAction() const { return m_downloadOffline; }

    explicit MainWindow(models::CompanyData *data, QWidget *parent = nullptr);

    CompanyBrowser *browser() const { return m_browser; }

    void setConnection(const QString &server, const QString &user);
    void setDemoLogins(const QStringList &logins); // empty: no demo menu
    void setProgress(qint64 done, qint64 total, const QString &what);
    void setIdle();
    void setDataTime(const QDateTime &loadedAt);
    void setThresholdCounts(const QString &text); // "12 over the first threshold, 3 over the second"
    // A problem the user must know of; retryable shows a Retry button (retryRequested).
    void showProblem(const QString &message, const QString &details, bool retryable);
    void clearProblem();
    // Working offline (issue 7): a banner that says so and as of when; empty text hides it.
    void setOfflineNotice(const QString &text);
    QLabel *offlineNotice() const { return m_offlineNotice; }

    void saveState() const;
    void restoreState();

signals:
    void signInRequested();
    void signOutRequested();
    void refreshRequested();
    void retryRequested();
    void cancelLoadRequested();
    void newsRequested();
    void financeRequested(); // bills, charges and payments of the accounts shown
    void searchRequested();  // search service users and change them together
    void recentOrdersRequested();
    void portalUsersRequested(); // Administration (issue 6)
    void auditRequested();
    void demoLoginRequested(const QString &login);
    void downloadOfflineRequested(); // File → Download for offline (issue 7)
    void workOfflineRequested();
    void archiveSearchRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateDataAge();

    models::CompanyData *m_data;
    CompanyBrowser *m_browser;
    ErrorBanner *m_banner;
    QLabel *m_server;
    QLabel *m_user;
    QLabel *m_dataAge;
    QLabel *m_thresholds;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_demoMenu = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_recentOrders = nullptr;
    QAction *m_financialControl = nullptr;
    QAction *m_portalUsers = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_downloadOffline = nullptr;
    QLabel *m_offlineNotice = nullptr;
    QDateTime m_dataTime;
    QTimer m_ageTimer;
};

} // namespace corpcare::views
