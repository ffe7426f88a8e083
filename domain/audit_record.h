#pragma once

#include "domain/party.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace corpcare::domain {

// One entry of the server's audit trail (/corporate/v1/auditRecord, docs/api-profile.md §6): who
// changed what, when, and the changed part before and after. before is empty for a creation, after
// for a deletion.
struct AuditRecord {
    QString id;
    QDateTime date; // UTC
    QString actor;  // the portal user's login
    QString action; // one of audit_action below; open for later kinds
    Ref target;
    QString targetType; // the target's @referredType: "Product", "BillingAccount", "Organization", ...
    QJsonObject before;
    QJsonObject after;
    QString source; // the address the change came from; empty when not known (older records)
    bool operator==(const AuditRecord &) const = default;
};

namespace audit_action {
inline const QString productOrderItem = QStringLiteral("productOrder.item");
inline const QString chargeThresholdSet = QStringLiteral("chargeThreshold.set");
inline const QString chargeThresholdDelete = QStringLiteral("chargeThreshold.delete");
// Sign-ins (issue 6): the target is the portal user (or the login tried, when it is unknown).
inline const QString signIn = QStringLiteral("signIn");
inline const QString signInFailed = QStringLiteral("signIn.failed");
inline const QString signInLocked = QStringLiteral("signIn.locked");
inline const QString signOut = QStringLiteral("signOut");
// Portal users (issue 6): before / after without the password ("password": "reset" when it changed).
inline const QString portalUserCreate = QStringLiteral("portalUser.create");
inline const QString portalUserChange = QStringLiteral("portalUser.change");
} // namespace audit_action

} // namespace corpcare::domain
