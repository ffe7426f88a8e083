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
    bool operator==(const PortalUser &) const = default;
};

namespace permission {
inline const QString viewAccounts = QStringLiteral("viewAccounts");
inline const QString viewFinance = QStringLiteral("viewFinance");
inline const QString changeProducts = QStringLiteral("changeProducts");
inline const QString manageThresholds = QStringLiteral("manageThresholds");
inline const QString sendSms = QStringLiteral("sendSms");
inline const QString managePortalUsers = QStringLiteral("managePortalUsers");
} // namespace permission

} // namespace corpcare::domain
