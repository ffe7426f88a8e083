#include "views/common/permissions.h"

#include "api/session.h"
#include "domain/portal_user.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace corpcare::views::permissions {

bool holds(const api::Session *session, const QString &permission) {
    return session && session->isSignedIn() && session->currentUser().permissions.contains(permission);
}

QString missingText(const QString &permission) {
    return QCoreApplication::translate("Permissions", "Needs the permission %1, which you do not hold.")
        .arg(permission);
}

QString offlineText() {
    return QCoreApplication::translate("Permissions",
                                       "Not available offline: this needs the server. Sign in to work online.");
}

bool isOffline(const api::Session *session) {
    return session && session->accessManager()->isOffline();
}

namespace {
template <typename Control>
void apply(Control *control, const api::Session *session, const QString &permission, bool usable,
           const QString &tooltip, bool needsServer = false) {
    const bool allowed = holds(session, permission) && !(needsServer && isOffline(session));
    control->setEnabled(allowed && usable);
    // Offline the user holds only the permissions to look (store::answerFromArchive): say why, not which.
    control->setToolTip(allowed ? tooltip : isOffline(session) ? offlineText() : missingText(permission));
}
} // namespace

void allow(QAction *action, const api::Session *session, const QString &permission, bool usable,
           const QString &tooltip) {
    apply(action, session, permission, usable, tooltip);
}

void allow(QWidget *widget, const api::Session *session, const QString &permission, bool usable,
           const QString &tooltip) {
    apply(widget, session, permission, usable, tooltip);
}

void allowOnline(QAction *action, const api::Session *session, const QString &permission, bool usable,
                 const QString &tooltip) {
    apply(action, session, permission, usable, tooltip, true);
}

void allowOnline(QWidget *widget, const api::Session *session, const QString &permission, bool usable,
                 const QString &tooltip) {
    apply(widget, session, permission, usable, tooltip, true);
}

} // namespace corpcare::views::permissions
