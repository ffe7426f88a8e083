// ClientController's offline part (issue 7): downloading for offline, and working on the archive when
// the user chooses it or the server cannot be reached.
#include "api/session.h"
#include "api/sign_in_job.h"
#include "domain/portal_user.h"
#include "models/company_data.h"
#include "views/archive/archive_search_window.h"
#include "views/archive/download_dialog.h"
#include "views/archive/offline_access.h"
#include "views/common/permissions.h"
#include "views/main/client_controller.h"
#include "views/main/main_window.h"
#include "views/signin/sign_in_dialog.h"

#include <QAction>
#include <QLineEdit>
#include <QLocale>

namespace corpcare::views {

using api::ApiError;
using api::secrets::SavedConnection;

void ClientController::signInOffline(const SignInRequest &request, const QString &why) {
    m_session->signOut();
    QString error;
    if (m_dialog) {
        m_dialog->setBusy(true, tr("Opening the offline archive…"));
    }
    if (!m_offline->goOffline(m_session, request.connection, request.password, &error)) {
        signInFailed(why.isEmpty() ? error : why + QLatin1Char(' ') + error, {});
        return;
    }
    m_offlineReason = why;
    startSignIn(request); // the archive takes the sign-in: it opened with this password
}

// A server that cannot be reached is no reason to stop work when the user's archive is here.
bool ClientController::offerArchiveInstead(const SignInRequest &request, const ApiError &error) {
    const bool unreachable = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (!unreachable || m_offline->isOffline() || !m_offline->summaryOf(request.connection)) {
        return false;
    }
    SignInRequest offline = request;
    offline.offline = true;
    signInOffline(offline, tr("No connection: %1").arg(error.userText()));
    return true;
}

void ClientController::showOfflineState() {
    permissions::allowOnline(m_window->downloadOfflineAction(), m_session, domain::permission::viewFinance);
    if (!m_offline->isOffline()) {
        m_window->setOfflineNotice({});
        return;
    }
    const QLocale locale;
    const QString asOf = m_offline->asOf().isValid()
                             ? locale.toString(m_offline->asOf().toLocalTime(), QLocale::ShortFormat)
                             : tr("an unfinished download");
    QStringList periods;
    for (const domain::Period &period : m_offline->periods()) {
        periods.append(QStringLiteral("%1 – %2").arg(locale.toString(period.start, QLocale::ShortFormat),
                                                     locale.toString(period.lastDay(), QLocale::ShortFormat)));
    }
    m_window->setOfflineNotice(
        (m_offlineReason.isEmpty() ? QString() : m_offlineReason + QLatin1Char(' ')) +
        tr("Offline: you see the data downloaded as of %1; bills, charges and usage of %2 only. Changes need "
           "the server: File → Sign in works online.")
            .arg(asOf, periods.isEmpty() ? tr("no period") : periods.join(QStringLiteral(", "))));
}

bool ClientController::startWith(const QString &connectionName, const QString &demoLogin, bool offline) {
    if (!demoLogin.isEmpty()) {
        if (!offline) {
            start(demoLogin);
            return true;
        }
        openSignInDialog({});
        m_dialog->setOffline(true);
        openDemo(demoLogin); // with "Work offline" ticked: the demo's archive, without its server
        return true;
    }
    if (!connectionName.isEmpty()) {
        const auto connections = m_connections.connections();
        const bool known =
            std::any_of(connections.begin(), connections.end(),
                        [&connectionName](const SavedConnection &c) { return c.name == connectionName; });
        if (!known) {
            return false;
        }
        openSignInDialog(connectionName);
    } else {
        showSignInDialog();
    }
    m_dialog->setOffline(offline);
    return true;
}

void ClientController::workOffline() {
    showSignInDialog();
    if (m_dialog) {
        m_dialog->setOffline(true);
    }
}

void ClientController::openDownload() {
    if (m_download) {
        m_download->raise();
        m_download->activateWindow();
        return;
    }
    QList<std::pair<QString, QString>> accounts;
    for (const domain::BillingAccount &account : m_data->accounts()) {
        accounts.append({account.id, account.name});
    }
    m_download = new DownloadDialog(m_session, m_offline, accounts, QDate::currentDate(), m_window);
    m_download->setAttribute(Qt::WA_DeleteOnClose);
    m_download->show();
}

DownloadDialog *ClientController::downloadDialog() const {
    return m_download.data();
}

void ClientController::openArchiveSearch() {
    if (m_archiveSearch) {
        m_archiveSearch->raise();
        m_archiveSearch->activateWindow();
        return;
    }
    QString error;
    store::Archive *archive = m_session->isSignedIn() ? m_offline->archiveToRead(&error) : nullptr;
    if (!archive) {
        m_window->showProblem(m_session->isSignedIn() ? error : tr("Sign in to search your archive."), {}, false);
        return;
    }
    m_archiveSearch = new ArchiveSearchWindow(archive, QDate::currentDate(), m_window);
    m_archiveSearch->show();
    m_archiveSearch->textEdit()->setFocus();
}

ArchiveSearchWindow *ClientController::archiveSearchWindow() const {
    return m_archiveSearch.data();
}

// Now, not later: their work runs on the archive's thread, which the archive waits for when it closes.
void ClientController::closeArchiveWindows() {
    delete m_archiveSearch.data();
    delete m_download.data();
}

} // namespace corpcare::views
