#include "views/main/client_controller.h"

#include "api/demo_server_launcher.h"
#include "api/domain_metatypes.h"
#include "api/json_request_job.h"
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/secrets/secret_store.h"
#include "api/session.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "models/bills_model.h"
#include "models/company_data.h"
#include "models/paced_appender.h"
#include "models/thresholds_data.h"
#include "views/archive/offline_access.h"
#include "views/common/permissions.h"
#include "views/common/window_keys.h"
#include "views/detail/comments_panel.h"
#include "views/detail/service_user_detail_view.h"
#include "views/main/main_window.h"
#include "views/news/news_dialog.h"
#include "views/operations/operations_controller.h"
#include "views/signin/sign_in_dialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

namespace corpcare::views {

using api::ApiError;
using api::JsonRequestJob;
using api::secrets::SavedConnection;
using NodeKind = models::CompanyTreeModel::NodeKind;

namespace {
const QString kDemoPassword = QStringLiteral("corpcare-demo");
const QString kDemoConnectionName = QStringLiteral("Demo company");

// Starts a one-shot job and hands it to `handler` when it ends, unless the session changed meanwhile
// (signed out, or signed in as someone else): then the answer belongs to nobody on screen.
template <typename Handler>
void whenDone(JsonRequestJob *job, QObject *context, const int *sessionGeneration, Handler handler) {
    job->setAutoDelete(true);
    const int generation = *sessionGeneration;
    QObject::connect(job, &api::ApiJob::finished, context, [job, handler, generation, sessionGeneration] {
        if (generation == *sessionGeneration) {
            handler(job);
        }
    });
    job->start();
}
} // namespace

ClientController::ClientController(MainWindow *window, models::CompanyData *data, api::secrets::SecretStore *secrets,
                                   QSettings *settings, QObject *parent)
    : QObject(parent), m_window(window), m_data(data), m_secrets(secrets), m_settings(settings),
      m_connections(settings), m_session(new api::Session(this)), m_demo(new api::DemoServerLauncher(this)),
      m_appender(new models::PacedAppender(data, models::PacedAppender::kDefaultSlice, this)),
      m_operations(new OperationsController(m_session, data, window)),
      m_offline(new OfflineAccess(store::Archive::defaultDirectory(), this)) {
    new WindowKeys(m_window, this); // Ctrl+W closes every window but this one
    connect(m_window, &MainWindow::signInRequested, this, &ClientController::showSignInDialog);
    connect(m_window, &MainWindow::signOutRequested, this, &ClientController::signOut);
    connect(m_window, &MainWindow::refreshRequested, this, &ClientController::loadCompany);
    connect(m_window, &MainWindow::retryRequested, this, &ClientController::loadCompany);
    connect(m_window, &MainWindow::cancelLoadRequested, this, &ClientController::cancelLoad);
    connect(m_window, &MainWindow::newsRequested, this, [this] { loadNews(false); });
    connect(m_window, &MainWindow::financeRequested, this, &ClientController::openFinance);
    connect(m_window, &MainWindow::searchRequested, m_operations, &OperationsController::openSearch);
    connect(m_window, &MainWindow::recentOrdersRequested, m_operations, &OperationsController::showRecentOrders);
    connect(m_window, &MainWindow::portalUsersRequested, this, &ClientController::openPortalUsers);
    connect(m_window, &MainWindow::auditRequested, this, &ClientController::openAudit);
    connect(m_window, &MainWindow::downloadOfflineRequested, this, &ClientController::openDownload);
    connect(m_window, &MainWindow::workOfflineRequested, this, &ClientController::workOffline);
    connect(m_window, &MainWindow::archiveSearchRequested, this, &ClientController::openArchiveSearch);
    connect(m_operations, &OperationsController::refreshWanted, this, &ClientController::loadCompany);
    connect(m_operations, &OperationsController::userActivated, this, &ClientController::showServiceUser);
    // Counted when the thresholds change and when a load ends, not per appended slice: that would scan
    // the whole company hundreds of times.
    connect(m_operations->thresholds(), &models::ThresholdsData::recomputed, this,
            &ClientController::showThresholdCounts);
    connect(m_window->browser()->userDetail(), &ServiceUserDetailView::usageRequested, this,
            &ClientController::openUsage);
    connect(m_window, &MainWindow::demoLoginRequested, this, &ClientController::openDemo);
    connect(m_window->browser(), &CompanyBrowser::locationChanged, this, &ClientController::onLocationChanged);
    connect(m_window->browser(), &CompanyBrowser::billActivated, this, &ClientController::openBill);
    connect(m_window->browser()->accountComments(), &CommentsPanel::addRequested, this,
            [this](const QString &text) { addComment(m_window->browser()->location(), text); });
    connect(m_window->browser()->userComments(), &CommentsPanel::addRequested, this,
            [this](const QString &text) { addComment(m_window->browser()->location(), text); });
    connect(m_session, &api::Session::reauthenticationRequired, this, &ClientController::reauthenticate);
    // Menu entries the signed-in user may not use are disabled and say which permission they need.
    const auto offerMenus = [this] {
        permissions::allow(m_window->financialControlAction(), m_session, domain::permission::viewFinance);
        permissions::allow(m_window->recentOrdersAction(), m_session, domain::permission::changeProducts);
        permissions::allow(m_window->portalUsersAction(), m_session, domain::permission::managePortalUsers);
        permissions::allow(m_window->auditAction(), m_session, domain::permission::managePortalUsers);
        permissions::allow(m_window->browser()->userDetail()->usageButton(), m_session,
                           domain::permission::viewFinance);
        showOfflineState();
    };
    connect(m_session, &api::Session::currentUserChanged, this, offerMenus);
    connect(m_session, &api::Session::signedOut, this, offerMenus);
    offerMenus();
    connect(m_secrets, &api::secrets::SecretStore::readFinished, this,
            [this](const api::secrets::SecretKey &key, const QByteArray &secret,
                   api::secrets::SecretStore::Result result, const QString &) {
                if (m_dialog && result == api::secrets::SecretStore::Result::Ok &&
                    key == api::secrets::secretKeyFor(m_dialog->request().connection)) {
                    m_dialog->setPassword(QString::fromUtf8(secret));
                }
            });
    m_window->setConnection(tr("none"), {});
}

// The launcher ends the demo server itself when it is destroyed, with a short bounded wait.
ClientController::~ClientController() = default;

SignInDialog *ClientController::signInDialog() const {
    return m_dialog.data();
}

QStringList ClientController::demoLogins() {
    return {QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("head.sales"),
            QStringLiteral("head.logistics")};
}

void ClientController::start(const QString &demoLogin) {
    if (!demoLogin.isEmpty()) {
        openDemo(demoLogin);
        return;
    }
    showSignInDialog();
}

void ClientController::showSignInDialog() {
    const auto last = m_connections.lastUsed();
    openSignInDialog(last ? last->name : QString());
}

void ClientController::openSignInDialog(const QString &connectionName) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SignInDialog(m_connections.connections(), connectionName, demoLogins(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_secrets->isAvailable()) {
        m_dialog->setRememberAvailable(false, tr("no keychain on this computer"));
    }
    connect(m_dialog, &SignInDialog::signInRequested, this, &ClientController::signIn);
    connect(m_dialog, &SignInDialog::demoRequested, this, &ClientController::openDemo);
    connect(m_dialog, &QDialog::rejected, this, &ClientController::abandonSignIn);
    connect(m_dialog, &SignInDialog::savedConnectionChosen, this, [this](const SavedConnection &connection) {
        if (connection.rememberSecret) {
            m_secrets->readSecret(api::secrets::secretKeyFor(connection));
        }
    });
    for (const SavedConnection &saved : m_connections.connections()) {
        if (saved.name == connectionName && saved.rememberSecret) {
            m_secrets->readSecret(api::secrets::secretKeyFor(saved));
        }
    }
    m_dialog->open();
}

void ClientController::signIn(const SignInRequest &request) {
    if (m_signInJob) {
        m_signInJob->abort(); // only the latest attempt may sign in
    }
    ++m_sessionGeneration;
    closeArchiveWindows();
    if (request.offline) {
        signInOffline(request, {});
        return;
    }
    QString error;
    m_session->signOut();
    m_offline->reset(m_session);
    m_session->accessManager()->setBaseUrl(request.connection.baseUrl);
    if (request.connection.caFile.isEmpty()) {
        m_session->accessManager()->clearExtraCaFile();
    } else if (!m_session->accessManager()->setExtraCaFile(request.connection.caFile, &error)) {
        signInFailed(tr("The CA file cannot be used: %1").arg(error), {});
        return;
    }
    if (m_dialog) {
        m_dialog->setBusy(true, tr("Signing in to %1…").arg(request.connection.baseUrl.host()));
    }
    startSignIn(request);
}

// The sign-in request itself, to the server or (offline) to the archive.
void ClientController::startSignIn(const SignInRequest &request) {
    api::SignInJob *job = m_session->signIn(request.connection.login, request.password);
    job->setAutoDelete(true);
    m_signInJob = job;
    connect(job, &api::ApiJob::finished, this, [this, job, request] {
        if (job != m_signInJob) {
            return; // a newer attempt replaced this one
        }
        m_signInJob = nullptr;
        if (job->error().kind == ApiError::Kind::Cancelled) {
            m_window->setIdle();
            return;
        }
        if (job->error().isError()) {
            if (!offerArchiveInstead(request, job->error())) {
                signInFailed(job->error().message, job->error().details);
            }
            return;
        }
        onSignedIn(request);
    });
    job->start();
}

void ClientController::signInFailed(const QString &message, const QString &details) {
    m_window->setIdle();
    if (m_dialog) {
        m_dialog->showError(message, details);
    } else {
        m_window->showProblem(message, details, false);
    }
}

void ClientController::abandonSignIn() {
    if (m_signInJob) {
        m_signInJob->abort();
    }
    if (m_demoStarting) {
        m_demoStarting = false;
        m_demo->disconnect(this);
        m_demo->stop();
    }
    m_window->setIdle();
}

void ClientController::openDemo(const QString &login) {
    if (m_dialog && m_dialog->request().offline) {
        SignInRequest request; // the demo's archive, without starting its server
        request.connection.name = kDemoConnectionName;
        request.connection.baseUrl = QUrl(QStringLiteral("https://127.0.0.1"));
        request.connection.login = login;
        request.connection.isDemo = true;
        request.password = kDemoPassword;
        request.offline = true;
        signIn(request);
        return;
    }
    if (m_dialog) {
        m_dialog->setBusy(true, tr("Starting the demo company…"));
    }
    m_window->setProgress(0, 0, tr("Starting the demo server"));
    const auto signInAsDemo = [this, login] {
        SignInRequest request;
        request.connection.name = kDemoConnectionName;
        request.connection.baseUrl = m_demo->baseUrl();
        request.connection.login = login;
        request.connection.caFile = m_demo->caFile();
        request.connection.isDemo = true;
        request.password = kDemoPassword;
        m_demoConnection = true;
        signIn(request);
    };
    if (m_demo->isRunning() && m_demo->baseUrl().isValid()) {
        signInAsDemo();
        return;
    }
    if (m_demoStarting) {
        return; // already on its way; ready() signs in
    }
    m_demoStarting = true;
    m_demo->disconnect(this);
    connect(m_demo, &api::DemoServerLauncher::status, this,
            [this](const QString &text) { m_window->setProgress(0, 0, text); });
    connect(m_demo, &api::DemoServerLauncher::ready, this, [this, signInAsDemo] {
        m_demoStarting = false;
        signInAsDemo();
    });
    connect(m_demo, &api::DemoServerLauncher::failed, this, [this](const QString &reason) {
        m_demoStarting = false;
        signInFailed(tr("The demo company could not start: %1").arg(reason), m_demo->output().right(4000));
    });
    connect(m_demo, &api::DemoServerLauncher::stoppedUnexpectedly, this, [this](const QString &reason) {
        m_window->showProblem(tr("The demo server stopped: %1").arg(reason), m_demo->output().right(4000), false);
    });
    m_demo->start(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-server"));
}

void ClientController::onSignedIn(const SignInRequest &request) {
    m_connection = request.connection;
    m_demoConnection = request.connection.isDemo && !m_offline->isOffline();
    if (!m_offline->isOffline()) {
        m_offline->signedInOnline(request.connection, request.password);
        m_offlineReason.clear();
    }
    if (!request.connection.isDemo && !m_offline->isOffline()) {
        m_connections.save(request.connection);
        rememberSecret(request.connection, request.password);
    }
    if (m_dialog) {
        m_dialog->accept();
    }
    m_window->clearProblem();
    m_window->setDemoLogins(m_demoConnection ? demoLogins() : QStringList());
    m_window->setConnection(request.connection.baseUrl.authority(), request.connection.login);
    showOfflineState();
    loadCompany();
}

void ClientController::rememberSecret(const SavedConnection &connection, const QString &password) {
    const api::secrets::SecretKey key = api::secrets::secretKeyFor(connection);
    if (connection.rememberSecret) {
        m_secrets->writeSecret(key, password.toUtf8());
    } else {
        m_secrets->deleteSecret(key);
    }
}

void ClientController::reauthenticate() {
    // Everything in flight waits in the session's queue; the user signs in again and it all goes on.
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = new SignInDialog({}, {}, {}, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setReauthentication(m_connection.baseUrl, m_session->login());
    connect(m_dialog, &SignInDialog::signInRequested, this, [this](const SignInRequest &request) {
        m_dialog->setBusy(true, tr("Signing in…"));
        api::SignInJob *job = m_session->signIn(m_session->login(), request.password);
        job->setAutoDelete(true);
        connect(job, &api::ApiJob::finished, this, [this, job] {
            if (job->error().isError()) {
                if (m_dialog) {
                    m_dialog->showError(job->error().message, job->error().details);
                }
                return;
            }
            if (m_dialog) {
                m_dialog->accept(); // the session replays the waiting requests itself
            }
        });
        job->start();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (m_session->isReauthenticating()) {
            m_session->abandonReauthentication();
        }
    });
    m_dialog->open();
}

void ClientController::loadCompany() {
    if (!m_session->isSignedIn()) {
        showSignInDialog();
        return;
    }
    if (m_loading) {
        finishLoad(ApiError::cancelled()); // a refresh replaces the load in progress
    }
    const int generation = m_generation;
    m_loading = true;
    m_data->clear();
    m_window->clearProblem();
    m_window->setProgress(0, 0, tr("Loading the company"));

    // Who am I, then the small lists side by side, then the service users page by page.
    api::MeJob *me = m_session->fetchMe();
    me->setAutoDelete(true);
    m_pending.append(me);
    connect(me, &api::ApiJob::finished, this, [this, me, generation] {
        if (generation != m_generation) {
            return;
        }
        if (me->error().isError()) {
            finishLoad(me->error());
            return;
        }
        const domain::PortalUser &user = m_session->currentUser();
        m_window->setConnection(m_offline->isOffline() ? tr("offline archive of %1").arg(m_connection.name)
                                                       : m_connection.baseUrl.authority(),
                                user.name.isEmpty() ? user.login
                                                    : QStringLiteral("%1 (%2)").arg(user.name, user.login));
        auto remaining = std::make_shared<int>(3);
        const auto oneDone = [this, remaining, generation](const ApiError &error) {
            if (generation != m_generation) {
                return;
            }
            if (error.isError()) {
                finishLoad(error);
                return;
            }
            if (--*remaining == 0) {
                loadServiceUsers();
            }
        };
        // Each small list whole, then into CompanyData; the third to arrive starts the lines.
        const auto store = [this, oneDone]<typename Row>(api::PagedListLoader *loader,
                                                         void (models::CompanyData::*set)(QList<Row>)) {
            m_pending.append(loader);
            // Not `this` in here: GCC 12 takes a nested generic lambda's `this` from the enclosing
            // closure, long gone when the rows arrive (UBSan found it: a misaligned ClientController).
            api::collectAll<Row>(loader, this, [data = m_data, set, oneDone](QList<Row> rows, const ApiError &error) {
                if (!error.isError()) {
                    (data->*set)(std::move(rows));
                }
                oneDone(error);
            });
        };
        store(api::loadOrganizations(m_session, this), &models::CompanyData::setOrganizations);
        store(api::loadBillingAccounts(m_session, this), &models::CompanyData::setAccounts);
        store(api::loadProductOfferings(m_session, this), &models::CompanyData::setOfferings);
    });
    me->start();
}

void ClientController::loadServiceUsers() {
    // The thresholds come while the lines stream in: a search during the load (the server's part of
    // it included) then knows every loaded line's threshold state.
    m_operations->loadThresholds();
    // Show the place the user left (or the top of his tree) while the lines stream in.
    const Location saved = Location::fromSetting(m_settings->value(QStringLiteral("browser/location")).toString());
    const auto exists = [this](const Location &location) {
        switch (location.kind) {
        case NodeKind::Company:
        case NodeKind::Department:
            return m_data->organization(location.id) != nullptr;
        case NodeKind::Account:
            return m_data->account(location.id) != nullptr;
        case NodeKind::ServiceUser:
            return false; // users are not loaded yet: shown when the load ends
        }
        return false;
    };
    if (exists(saved)) {
        m_window->browser()->showLocation(saved);
    } else if (QTreeView *tree = m_window->browser()->tree(); tree->model()->rowCount() > 0) {
        tree->setCurrentIndex(tree->model()->index(0, 0));
    }

    const int generation = m_generation;
    m_usersLoader = api::loadServiceUsers(m_session, this);
    m_pending.append(m_usersLoader.data());
    connect(m_usersLoader, &api::PagedListLoader::pageReady, this, [this, generation](qint64, const QVariant &page) {
        if (generation == m_generation) {
            m_appender->push(page.value<QList<domain::ServiceUser>>());
        }
    });
    connect(m_usersLoader, &api::PagedListLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_data->reserveServiceUsers(total);
        m_window->setProgress(loaded, total, tr("Service users"));
    });
    connect(m_usersLoader, &api::PagedListLoader::finished, this, [this, saved, generation](const ApiError &error) {
        m_usersLoader->deleteLater();
        if (generation != m_generation) {
            return; // ended by finishLoad (cancel, another step's failure, sign-out)
        }
        // What arrived is shown (also when the load failed midway) before the load counts as over.
        const auto done = [this, saved, error, generation] {
            if (generation != m_generation) {
                return;
            }
            if (!error.isError() && saved.kind == NodeKind::ServiceUser && m_data->serviceUser(saved.id)) {
                m_window->browser()->showLocation(saved);
            }
            finishLoad(error);
        };
        if (m_appender->isIdle()) {
            done();
        } else {
            connect(m_appender, &models::PacedAppender::drained, this, done, Qt::SingleShotConnection);
        }
    });
    m_usersLoader->start();
}

void ClientController::showThresholdCounts() {
    const models::ThresholdsData *thresholds = m_operations->thresholds();
    const int second = thresholds->countIn(domain::ThresholdState::OverSecond);
    const int first = thresholds->countIn(domain::ThresholdState::OverFirst);
    m_window->setThresholdCounts(
        first + second == 0 ? QString() : tr("Over threshold: %1 first, %2 second").arg(first).arg(second));
}

void ClientController::finishLoad(const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled) {
        m_appender->clear(); // what has not reached the table yet is dropped with the rest
    }
    m_loading = false;
    ++m_generation; // whatever of this load still answers is stale now
    for (const QPointer<QObject> &object : std::exchange(m_pending, {})) {
        if (auto *loader = qobject_cast<api::PagedListLoader *>(object.data())) {
            loader->cancel();
        } else if (auto *job = qobject_cast<api::ApiJob *>(object.data())) {
            job->abort();
        }
    }
    m_window->setIdle();
    m_window->browser()->applySorting(); // rows that arrived while loading join the table's order
    showThresholdCounts();               // of what is loaded, also when the load ended early
    if (error.isError()) {
        if (error.kind != ApiError::Kind::Cancelled) {
            showProblem(error, true);
            emit loadFailed(error.message);
        }
        return;
    }
    m_data->setServiceUsersComplete(true);
    // Offline, the data is as old as the download, not the load.
    m_window->setDataTime(m_offline->isOffline() && m_offline->asOf().isValid() ? m_offline->asOf().toLocalTime()
                                                                                : QDateTime::currentDateTime());
    m_operations->resumeRunningOrders();
    emit companyLoaded();
    loadNews(true);
}

void ClientController::cancelLoad() {
    const bool wasLoading = m_loading;
    if (!wasLoading) {
        return;
    }
    finishLoad(ApiError::cancelled()); // stops every loader and job of the load, keeps what arrived
    m_window->showProblem(tr("Loading was cancelled; what had arrived is shown."), {}, true);
}

void ClientController::signOut() {
    if (m_loading) {
        finishLoad(ApiError::cancelled());
    }
    if (m_signInJob) {
        m_signInJob->abort();
    }
    ++m_sessionGeneration;
    m_window->clearProblem();
    m_session->signOut();
    closeArchiveWindows();
    m_offline->reset(m_session);
    m_offlineReason.clear();
    showOfflineState();
    m_data->clear();
    m_window->setConnection(tr("none"), {});
    m_window->setDemoLogins({});
    showSignInDialog();
}

void ClientController::showProblem(const ApiError &error, bool retryable) {
    m_window->showProblem(error.message, error.details, retryable);
}

void ClientController::onLocationChanged(const Location &location) {
    if (location.kind == NodeKind::Account || location.kind == NodeKind::ServiceUser) {
        loadComments(location);
    }
    if (location.kind == NodeKind::ServiceUser) {
        loadRecentCharges(location.id);
    }
    if (location.kind == NodeKind::Account) {
        loadAccountBills(location.id);
    }
}

void ClientController::loadAccountBills(const QString &accountId) {
    CompanyBrowser *browser = m_window->browser();
    m_billsAccount = accountId;
    browser->accountBills()->setBills({});
    if (!m_session->currentUser().permissions.contains(domain::permission::viewFinance)) {
        browser->setAccountBillsMessage(tr("Bills are shown to users with the permission viewFinance."));
        return;
    }
    browser->setAccountBillsMessage(tr("Loading the bills…"));
    const int generation = m_sessionGeneration;
    api::collectAll<domain::Bill>(api::loadBillsOfAccount(m_session, accountId, this), this,
                                  [this, accountId, generation](QList<domain::Bill> bills, const ApiError &error) {
                                      if (generation != m_sessionGeneration || m_billsAccount != accountId) {
                                          return; // signed out, or another account is shown now
                                      }
                                      CompanyBrowser *shown = m_window->browser();
                                      if (error.isError()) {
                                          shown->setAccountBillsMessage(error.message);
                                          return;
                                      }
                                      std::sort(bills.begin(), bills.end(),
                                                [](const auto &a, const auto &b) { return a.billDate > b.billDate; });
                                      shown->accountBills()->setBills(bills);
                                      shown->setAccountBillsMessage(bills.isEmpty() ? tr("No bills yet.") : QString());
                                      emit accountBillsShown(accountId);
                                  });
}

void ClientController::loadComments(const Location &location) {
    CommentsPanel *panel = location.kind == NodeKind::Account ? m_window->browser()->accountComments()
                                                              : m_window->browser()->userComments();
    m_commentsLocation = location;
    const bool offline = permissions::isOffline(m_session);
    panel->setCanComment(!offline && permissions::holds(m_session, domain::permission::viewAccounts),
                         offline ? permissions::offlineText()
                                 : permissions::missingText(domain::permission::viewAccounts));
    panel->setLoading(true);
    const QString type =
        location.kind == NodeKind::Account ? QStringLiteral("BillingAccount") : QStringLiteral("Product");
    JsonRequestJob *job = m_session->get(QStringLiteral("%1?target.id=%2&target.@referredType=%3&limit=1000")
                                             .arg(QString::fromLatin1(domain::json::kCommentPath), location.id, type));
    whenDone(job, panel, &m_sessionGeneration, [this, panel, location](JsonRequestJob *done) {
        if (!(m_commentsLocation == location)) {
            return; // the user moved on
        }
        panel->setLoading(false);
        if (done->error().isError()) {
            panel->showError(done->error().message);
            return;
        }
        const auto comments = domain::json::listFromJson(done->json().array(), &domain::json::commentFromJson);
        if (!comments) {
            panel->showError(
                tr("The server sent comments this program cannot read: %1").arg(comments.error().toString()));
            return;
        }
        panel->setComments(comments.value());
        emit commentsShown(location.id);
    });
}

void ClientController::addComment(const Location &location, const QString &text) {
    CommentsPanel *panel = location.kind == NodeKind::Account ? m_window->browser()->accountComments()
                                                              : m_window->browser()->userComments();
    domain::Comment draft; // the profile's POST body comes from the domain's one writer of it
    draft.targetId = location.id;
    draft.targetKind = location.kind == NodeKind::Account ? domain::CommentTargetKind::BillingAccount
                                                          : domain::CommentTargetKind::Product;
    draft.text = text;
    const QJsonObject body = domain::json::newCommentJson(draft);
    JsonRequestJob *job = m_session->postJson(QString::fromLatin1(domain::json::kCommentPath), QJsonDocument(body));
    whenDone(job, panel, &m_sessionGeneration, [this, panel, location](JsonRequestJob *done) {
        if (done->error().isError()) {
            panel->showError(tr("The comment was not saved: %1").arg(done->error().message));
            return;
        }
        const auto comment = domain::json::commentFromJson(done->json().object());
        if (!comment) {
            panel->showError(
                tr("The comment was saved, but the answer could not be read: %1").arg(comment.error().toString()));
            return;
        }
        if (!(m_commentsLocation == location)) {
            return; // the user moved to another account or line: this panel shows that one now
        }
        panel->appendComment(comment.value());
        emit commentAdded(location.id);
    });
}

void ClientController::loadRecentCharges(const QString &serviceUserId) {
    ServiceUserDetailView *detail = m_window->browser()->userDetail();
    if (!m_session->currentUser().permissions.contains(domain::permission::viewFinance)) {
        detail->setRecentChargesMessage(tr("Charges are shown to users with the permission viewFinance."));
        return;
    }
    detail->setRecentChargesMessage(tr("Loading…"));
    JsonRequestJob *job = m_session->get(
        QStringLiteral("%1?product.id=%2&isBilled=false&limit=1000")
            .arg(domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate), serviceUserId));
    whenDone(job, detail, &m_sessionGeneration, [detail, serviceUserId](JsonRequestJob *done) {
        if (detail->shownUserId() != serviceUserId) {
            return;
        }
        if (done->error().isError()) {
            detail->setRecentChargesMessage(done->error().message);
            return;
        }
        const auto items = domain::json::listFromJson(done->json().array(), &domain::json::billItemFromJson);
        if (!items) {
            detail->setRecentChargesMessage(
                tr("The server sent charges this program cannot read: %1").arg(items.error().toString()));
            return;
        }
        detail->setRecentCharges(items.value());
    });
}

QString ClientController::readNewsKey() const {
    return QStringLiteral("news/read/%1/%2")
        .arg(QString::fromLatin1(m_connection.baseUrl.authority().toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
             m_session->login());
}

void ClientController::loadNews(bool showWhenUnread) {
    JsonRequestJob *job = m_session->get(QString::fromLatin1(domain::json::kNewsPath) + QStringLiteral("?limit=100"));
    whenDone(job, this, &m_sessionGeneration, [this, showWhenUnread](JsonRequestJob *done) {
        if (done->error().isError()) {
            if (!showWhenUnread) {
                showProblem(done->error(), false);
            }
            return;
        }
        const auto news = domain::json::listFromJson(done->json().array(), &domain::json::newsItemFromJson);
        if (!news) {
            return;
        }
        const QStringList read = m_settings->value(readNewsKey()).toStringList();
        const QSet<QString> readIds(read.begin(), read.end());
        if (showWhenUnread && NewsDialog::unreadCount(news.value(), readIds) == 0) {
            return;
        }
        auto *dialog = new NewsDialog(news.value(), readIds, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const auto saveRead = [this, dialog] {
            const QSet<QString> ids = dialog->readIds();
            m_settings->setValue(readNewsKey(), QStringList(ids.begin(), ids.end()));
        };
        // The first item is opened (and read) while the dialog is built: save on close as well.
        connect(dialog, &NewsDialog::markedRead, this, saveRead);
        connect(dialog, &QDialog::finished, this, saveRead);
        dialog->open();
    });
}

} // namespace corpcare::views
