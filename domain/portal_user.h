#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace corpcare::domain {

// What one scope grant names: an organization (with its subtree), a billing account or a product.
enum class ScopeKind { Organization, BillingAccount, Product };

struct ScopeGrant {
    ScopeKind kind = ScopeKind::Organization;
    QString id;
    QString name;
    bool operator==(const ScopeGrant &) const = default;
};

// The signed-in portal user as /corporate/v1/me describes him.
struct PortalUser {
    QString id;
    QString login;
    QString name;
    QString role;
    QStringList permissions;
    QList<ScopeGrant> scope;
    bool disabled = false; // a disabled user cannot sign in; his tokens ended when he was disabled
    bool operator==(const PortalUser &) const = default;
};

namespace permission {
inline const QString viewAccounts = QStringLiteral("viewAccounts");
inline const QString viewFinance = QStringLiteral("viewFinance");
inline const QString changeProducts = QStringLiteral("changeProducts");
inline const QString manageThresholds = QStringLiteral("manageThresholds");
inline const QString sendSms = QStringLiteral("sendSms");
inline const QString managePortalUsers = QStringLiteral("managePortalUsers");

// Every permission, in the order the profile lists them.
inline const QStringList all{viewAccounts, viewFinance, changeProducts, manageThresholds, sendSms, managePortalUsers};
// Those that only look: what a user keeps offline, where nothing can be changed (issue 7).
inline const QStringList toLook{viewAccounts, viewFinance};
} // namespace permission

// Roles bundle permissions (issue 6); a user's permissions may then be adjusted one by one.
namespace role {
inline const QString companyAdministrator = QStringLiteral("companyAdministrator");
inline const QString departmentHead = QStringLiteral("departmentHead");
inline const QString finance = QStringLiteral("finance");
inline const QString viewer = QStringLiteral("viewer");
inline const QStringList all{companyAdministrator, departmentHead, finance, viewer};

// The permissions a role brings; empty for a name that is no role.
inline QStringList permissionsOf(const QString &name) {
    if (name == companyAdministrator) {
        return permission::all;
    }
    if (name == departmentHead) {
        return permission::all.mid(0, 5); // all but managing portal users
    }
    if (name == finance) {
        return {permission::viewAccounts, permission::viewFinance};
    }
    if (name == viewer) {
        return {permission::viewAccounts};
    }
    return {};
}
} // namespace role

} // namespace corpcare::domain
