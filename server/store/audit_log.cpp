#include "server/store/audit_log.h"

#include "server/store/sqlite.h"

#include <QJsonDocument>

namespace corpcare::server::store {

void appendAudit(Database &db, const AuditEntry &entry, const QDateTime &now) {
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_record(recorded_at, day, actor, action, target_kind, target_id, target_name, before_json, "
        "after_json, order_id, item_seq, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, now.toSecsSinceEpoch()).bind(2, now.date().toJulianDay()).bind(3, entry.actor);
    insert.bind(4, entry.action).bind(5, entry.targetKind).bind(6, entry.targetId).bind(7, entry.targetName);
    int index = 8;
    for (const QJsonObject *object : {&entry.before, &entry.after}) {
        if (object->isEmpty()) {
            insert.bindNull(index);
        } else {
            insert.bind(index, QJsonDocument(*object).toJson(QJsonDocument::Compact));
        }
        ++index;
    }
    for (const std::optional<qint64> &number : {entry.orderId, entry.itemSeq}) {
        if (number) {
            insert.bind(index, *number);
        } else {
            insert.bindNull(index);
        }
        ++index;
    }
    if (entry.source.isEmpty()) {
        insert.bindNull(index);
    } else {
        insert.bind(index, entry.source);
    }
    insert.run();
}

} // namespace corpcare::server::store
