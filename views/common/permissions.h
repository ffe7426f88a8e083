#pragma once

#include <QString>

class QAction;
class QWidget;

namespace corpcare::api {
class Session;
}

// Controls the signed-in user may not use are disabled, and say which permission they need (issue 6:
// not hidden, and not refused only after a click). The server enforces every permission anyway; this
// is what the user sees before he tries.
namespace corpcare::views::permissions {

// Whether the signed-in user holds it (false when nobody is signed in).
bool holds(const api::Session *session, const QString &permission);
// "Needs the permission manageThresholds, which you do not hold."
QString missingText(const QString &permission);
// Working offline on the archive (issue 7): nothing that changes data can be done, whatever is held.
bool isOffline(const api::Session *session);
QString offlineText();
// Enables it when `usable` (whatever else it depends on, such as a selection) and the user holds the
// permission; without the permission its tooltip says so, with it the tooltip is `tooltip`.
void allow(QAction *action, const api::Session *session, const QString &permission, bool usable = true,
           const QString &tooltip = {});
void allow(QWidget *widget, const api::Session *session, const QString &permission, bool usable = true,
           const QString &tooltip = {});
// The same for what needs the server whatever the user holds (sending, downloading): offline it is
// disabled and says so.
void allowOnline(QAction *action, const api::Session *session, const QString &permission, bool usable = true,
                 const QString &tooltip = {});
void allowOnline(QWidget *widget, const api::Session *session, const QString &permission, bool usable = true,
                 const QString &tooltip = {});

} // namespace corpcare::views::permissions
