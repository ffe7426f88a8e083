#include "views/main/main_window.h"

#include "views/common/table_view.h"
#include "views/main/company_browser.h"
#include "views/main/error_banner.h"
#include "views/settings/language.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace corpcare::views {

MainWindow::MainWindow(models::CompanyData *companyData, QWidget *parent)
    : QMainWindow(parent), m_data(companyData), m_browser(new CompanyBrowser(companyData, this)),
      m_banner(new ErrorBanner(this)), m_server(new QLabel(this)), m_user(new QLabel(this)),
      m_dataAge(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)) {
    setWindowTitle(tr("CorpCare"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_offlineNotice = new QLabel(this);
    m_offlineNotice->setObjectName(QStringLiteral("offlineNotice"));
    m_offlineNotice->setWordWrap(true);
    m_offlineNotice->setAccessibleName(tr("Offline"));
    // The palette's tooltip colours: readable in light, dark and high-contrast themes alike.
    m_offlineNotice->setAutoFillBackground(true);
    m_offlineNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_offlineNotice->setForegroundRole(QPalette::ToolTipText);
    m_offlineNotice->setMargin(6);
    m_offlineNotice->hide();
    layout->addWidget(m_offlineNotice);
    layout->addWidget(m_banner);
    layout->addWidget(m_browser, 1);
    setCentralWidget(central);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retryRequested);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoadRequested);
    m_server->setAccessibleName(tr("Server"));
    m_user->setAccessibleName(tr("Signed-in user"));
    m_dataAge->setAccessibleName(tr("Data age"));
    statusBar()->addWidget(m_server);
    statusBar()->addWidget(m_user);
    statusBar()->addWidget(m_dataAge);
    m_thresholds = new QLabel(this);
    statusBar()->addWidget(m_thresholds);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_ageTimer.setInterval(30000);
    connect(&m_ageTimer, &QTimer::timeout, this, &MainWindow::updateDataAge);

    createMenus();
    // Every table can export what it shows (Ctrl+E); the window says where it went, or why not.
    for (TableView *table : m_browser->findChildren<TableView *>()) {
        connect(table, &TableView::exported, this, [this](const QString &path, const QString &error) {
            if (error.isEmpty()) {
                statusBar()->showMessage(tr("Exported to %1").arg(path), 10000);
            } else {
                showProblem(tr("The export failed: %1").arg(error), {}, false);
            }
        });
    }
    connect(m_browser, &CompanyBrowser::navigationChanged, this, [this] {
        m_back->setEnabled(m_browser->canGoBack());
        m_forward->setEnabled(m_browser->canGoForward());
    });
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Sign in…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                    &MainWindow::signInRequested);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    file->addSeparator();
    m_downloadOffline = file->addAction(tr("&Download for offline…"), this, &MainWindow::downloadOfflineRequested);
    file->addAction(tr("Work o&ffline…"), this, &MainWindow::workOfflineRequested);
    file->addAction(tr("Search the &archive…"), this, &MainWindow::archiveSearchRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_back = view->addAction(tr("&Back"), QKeySequence::Back, m_browser, &CompanyBrowser::back);
    m_forward = view->addAction(tr("&Forward"), QKeySequence::Forward, m_browser, &CompanyBrowser::forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshRequested);
    view->addAction(tr("Quick &filter"), QKeySequence::Find, m_browser, &CompanyBrowser::focusQuickFilter);
    view->addAction(tr("Company &tree"), QKeySequence(Qt::CTRL | Qt::Key_T), m_browser,
                    [this] { m_browser->tree()->setFocus(); });
    view->addSeparator();
    view->addMenu(createLanguageMenu(this)); // System / English / Русский, from the next start

    QMenu *users = menuBar()->addMenu(tr("&Users"));
    users->addAction(tr("&Search and change…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), this,
                     &MainWindow::searchRequested);
    m_recentOrders = users->addAction(tr("Recent &orders…"), this, &MainWindow::recentOrdersRequested);

    QMenu *finance = menuBar()->addMenu(tr("F&inance"));
    m_financialControl = finance->addAction(tr("&Financial control…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                                            this, &MainWindow::financeRequested);
    finance->setToolTipsVisible(true); // a disabled entry says which permission it needs
    users->setToolTipsVisible(true);

    QMenu *administration = menuBar()->addMenu(tr("&Administration"));
    administration->setToolTipsVisible(true);
    m_portalUsers = administration->addAction(tr("&Portal users…"), this, &MainWindow::portalUsersRequested);
    m_audit = administration->addAction(tr("&Audit trail…"), this, &MainWindow::auditRequested);

    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    m_demoMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&News"), QKeySequence(Qt::CTRL | Qt::Key_N), this, &MainWindow::newsRequested);
    help->addAction(tr("&About CorpCare"), this, [this] {
        QMessageBox::about(this, tr("About CorpCare"),
                           tr("<b>CorpCare %1</b><p>Corporate telecom accounts and service users, "
                              "over the operator's TM Forum Open API.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setOfflineNotice(const QString &text) {
    m_offlineNotice->setText(text);
    m_offlineNotice->setVisible(!text.isEmpty());
}

void MainWindow::setConnection(const QString &server, const QString &user) {
    m_server->setText(tr("Server: %1").arg(server));
    m_user->setText(user.isEmpty() ? tr("Not signed in") : tr("Signed in as %1").arg(user));
    setWindowTitle(user.isEmpty() ? tr("CorpCare") : tr("CorpCare — %1 — %2").arg(user, server));
}

void MainWindow::setDemoLogins(const QStringList &logins) {
    m_demoMenu->clear();
    for (const QString &login : logins) {
        m_demoMenu->addAction(tr("Sign in as %1").arg(login), this, [this, login] { emit demoLoginRequested(login); });
    }
    m_demoMenu->menuAction()->setVisible(!logins.isEmpty());
}

void MainWindow::setProgress(qint64 done, qint64 total, const QString &what) {
    m_progress->setMaximum(total > 0 ? int(qMin<qint64>(total, std::numeric_limits<int>::max())) : 0);
    m_progress->setValue(int(qMin<qint64>(done, m_progress->maximum())));
    m_progress->setFormat(total > 0 ? tr("%1: %L2 of %L3").arg(what).arg(done).arg(total) : what);
    m_progress->setToolTip(m_progress->format());
    m_progress->show();
    m_cancel->show();
}

void MainWindow::setIdle() {
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::setThresholdCounts(const QString &text) {
    m_thresholds->setText(text);
}

void MainWindow::setDataTime(const QDateTime &loadedAt) {
    m_dataTime = loadedAt;
    updateDataAge();
    m_ageTimer.start();
}

void MainWindow::updateDataAge() {
    if (!m_dataTime.isValid()) {
        m_dataAge->clear();
        return;
    }
    const qint64 minutes = m_dataTime.secsTo(QDateTime::currentDateTime()) / 60;
    const QString time = QLocale().toString(m_dataTime.time(), QLocale::ShortFormat);
    m_dataAge->setText(minutes < 1 ? tr("Data as of %1 (just now)").arg(time)
                                   : tr("Data as of %1 (%n min ago)", nullptr, int(minutes)).arg(time));
}

void MainWindow::showProblem(const QString &message, const QString &details, bool retryable) {
    m_banner->showProblem(message, details, retryable);
}

void MainWindow::clearProblem() {
    m_banner->hide();
}

void MainWindow::saveState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_browser->saveState();
}

void MainWindow::restoreState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1280, 800);
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_browser->restoreState();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveState();
    event->accept();
}

} // namespace corpcare::views
