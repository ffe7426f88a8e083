#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace corpcare::server::store {

class Database;

// One line of the audit trail (profile §6 auditRecord): who did what to which object, before and after.
struct AuditEntry {
    QString actor;  // the portal user's login (or the login tried)
    QString action; // domain::audit_action
    QString targetKind;
    QString targetId;
    QString targetName;
    QJsonObject before; // empty: none
    QJsonObject after;
    std::optional<qint64> orderId; // an order item's: (order, item) is recorded once
    std::optional<qint64> itemSeq;
    QString source; // the address the request came from, when there was one
};

// Appends it; in the caller's transaction when there is one, so that it lands with what it records.
void appendAudit(Database &db, const AuditEntry &entry, const QDateTime &now);

} // namespace corpcare::server::store
