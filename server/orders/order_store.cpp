#include "server/orders/order_store.h"

#include "domain/audit_record.h"
#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/auth/authenticator.h"
#include "server/orders/item_change.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace corpcare::server::orders {

using domain::OrderItemState;
using domain::OrderState;
using domain::ProductOrder;
using domain::ProductOrderItem;
using domain::wire::toWire;
using store::Database;

namespace {

QByteArray compactJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The stored JSON of an item (as submitted) read back through the domain's reader.
ProductOrderItem itemFromStored(const QString &text) {
    const QJsonObject wrapper{
        {QStringLiteral("productOrderItem"), QJsonArray{QJsonDocument::fromJson(text.toUtf8()).object()}}};
    const domain::Result<ProductOrder> read = domain::json::newProductOrderFromJson(wrapper);
    return read.ok() ? read.value().items.first() : ProductOrderItem{};
}

QDateTime utcFromSeconds(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

// The order's state once every item is final (profile §6).
OrderState finalState(int completed, int failedOrCancelled, bool anyCancelled) {
    if (failedOrCancelled == 0) {
        return OrderState::Completed;
    }
    if (completed > 0) {
        return OrderState::Partial;
    }
    return anyCancelled ? OrderState::Cancelled : OrderState::Failed;
}

// Finishes the order when no item is left to work; true when it did.
bool finishIfDone(Database &db, qint64 orderId, const QDateTime &now) {
    store::Statement counts = db.prepare(QStringLiteral(
        "SELECT SUM(state = 'completed'), SUM(state IN ('failed', 'cancelled')), SUM(state = 'cancelled'), "
        "SUM(state IN ('acknowledged', 'inProgress')) FROM product_order_item WHERE order_id = ?"));
    counts.bind(1, orderId);
    counts.step();
    if (counts.int64(3) > 0) {
        return false;
    }
    const OrderState state = finalState(int(counts.int64(0)), int(counts.int64(1)), counts.int64(2) > 0);
    db.prepare(QStringLiteral("UPDATE product_order SET state = ?, completion_date = ? WHERE id = ?"))
        .bind(1, toWire(state))
        .bind(2, now.toSecsSinceEpoch())
        .bind(3, orderId)
        .run();
    return true;
}

void setItemState(Database &db, qint64 orderId, qint64 seq, OrderItemState state, const QString &reason) {
    store::Statement update =
        db.prepare(QStringLiteral("UPDATE product_order_item SET state = ?, state_reason = ? WHERE order_id = ? AND "
                                  "seq = ?"));
    update.bind(1, toWire(state));
    if (reason.isEmpty()) {
        update.bindNull(2);
    } else {
        update.bind(2, reason);
    }
    update.bind(3, orderId).bind(4, seq).run();
}

void audit(Database &db, const auth::Caller &caller, const ProductOrderItem &item, const ItemOutcome &outcome,
           qint64 orderId, qint64 seq, const QDateTime &now) {
    store::appendAudit(db,
                       {caller.login, domain::audit_action::productOrderItem, QStringLiteral("Product"),
                        item.product.id, outcome.lineName, outcome.before, outcome.after, orderId, seq, caller.source},
                       now);
}

struct OpenItem {
    qint64 seq = 0;
    QString json;
};

QList<OpenItem> openItems(Database &db, qint64 orderId, int limit) {
    store::Statement rows =
        db.prepare(QStringLiteral("SELECT seq, item_json FROM product_order_item WHERE order_id = ? AND state IN "
                                  "('acknowledged', 'inProgress') ORDER BY seq LIMIT ?"));
    rows.bind(1, orderId).bind(2, limit);
    QList<OpenItem> out;
    while (rows.step()) {
        out.append({rows.int64(0), rows.text(1)});
    }
    return out;
}

// Applies one item whose state is still open (a cancel may have come first) and records the outcome.
void workItem(Database &db, const std::optional<auth::Caller> &caller, qint64 orderId, const OpenItem &open,
              const QDateTime &now) {
    const QString state = db.scalar(QStringLiteral("SELECT state FROM product_order_item WHERE order_id = ? AND "
                                                   "seq = ?"),
                                    {orderId, open.seq})
                              .toString();
    if (state != QLatin1String("acknowledged") && state != QLatin1String("inProgress")) {
        return;
    }
    const ProductOrderItem item = itemFromStored(open.json);
    const ItemOutcome outcome = caller ? applyItem(db, *caller, item, now.date())
                                       : ItemOutcome{false, QStringLiteral("not allowed"), {}, {}, {}};
    if (outcome.applied) {
        audit(db, *caller, item, outcome, orderId, open.seq, now);
    }
    setItemState(db, orderId, open.seq, outcome.applied ? OrderItemState::Completed : OrderItemState::Failed,
                 outcome.reason);
}

} // namespace

Stored storeOrder(Database &db, qint64 userId, const ProductOrder &order, const QDateTime &now, const QString &source) {
    store::Transaction transaction(db);
    if (!order.externalId.isEmpty()) {
        const QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM product_order WHERE user_id = ? AND external_id = ?"),
                      {userId, order.externalId});
        if (!existing.isNull()) {
            return {existing.toLongLong(), false};
        }
    }
    store::Statement insert = db.prepare(
        QStringLiteral("INSERT INTO product_order(user_id, external_id, description, state, order_date, source) VALUES "
                       "(?, ?, ?, 'acknowledged', ?, ?)"));
    insert.bind(1, userId);
    if (order.externalId.isEmpty()) {
        insert.bindNull(2);
    } else {
        insert.bind(2, order.externalId);
    }
    insert.bind(3, order.description).bind(4, now.toSecsSinceEpoch());
    if (source.isEmpty()) {
        insert.bindNull(5);
    } else {
        insert.bind(5, source);
    }
    insert.run();
    const qint64 id = db.lastInsertId();
    store::Statement item = db.prepare(QStringLiteral(
        "INSERT INTO product_order_item(order_id, seq, item_json, state) VALUES (?, ?, ?, 'acknowledged')"));
    const QJsonArray items =
        domain::json::newProductOrderJson(order).value(QStringLiteral("productOrderItem")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        item.bind(1, id).bind(2, qint64(i)).bind(3, compactJson(items.at(i).toObject())).run();
        item.reset();
    }
    transaction.commit();
    return {id, true};
}

std::optional<ProductOrder> loadOrder(Database &db, qint64 orderId, qint64 userId) {
    store::Statement head = db.prepare(QStringLiteral(
        "SELECT external_id, description, state, order_date, completion_date FROM product_order WHERE id = ? AND "
        "user_id = ?"));
    head.bind(1, orderId).bind(2, userId);
    if (!head.step()) {
        return std::nullopt;
    }
    ProductOrder order;
    order.id = QString::number(orderId);
    order.externalId = head.text(0);
    order.description = head.text(1);
    order.state = domain::wire::fromWire<OrderState>(head.text(2)).value_or(OrderState::Acknowledged);
    order.orderDate = utcFromSeconds(head.int64(3));
    if (!head.isNull(4)) {
        order.completionDate = utcFromSeconds(head.int64(4));
    }
    store::Statement rows = db.prepare(QStringLiteral(
        "SELECT item_json, state, state_reason FROM product_order_item WHERE order_id = ? ORDER BY seq"));
    rows.bind(1, orderId);
    while (rows.step()) {
        ProductOrderItem item = itemFromStored(rows.text(0));
        item.state = domain::wire::fromWire<OrderItemState>(rows.text(1)).value_or(OrderItemState::Acknowledged);
        item.stateReason = rows.text(2);
        order.items.append(std::move(item));
    }
    return order;
}

std::optional<domain::ProductOrderCancellation> cancelOrder(Database &db, qint64 userId, qint64 orderId,
                                                            const QString &reason, const QDateTime &now) {
    store::Transaction transaction(db);
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM product_order WHERE id = ? AND user_id = ?"), {orderId, userId})
            .toLongLong() == 0) {
        return std::nullopt;
    }
    db.prepare(QStringLiteral("UPDATE product_order_item SET state = 'cancelled' WHERE order_id = ? AND state = "
                              "'acknowledged'"))
        .bind(1, orderId)
        .run();
    db.prepare(QStringLiteral("UPDATE product_order SET cancel_requested = 1 WHERE id = ?")).bind(1, orderId).run();
    if (db.scalar(QStringLiteral("SELECT completion_date IS NULL FROM product_order WHERE id = ?"), {orderId})
            .toBool()) {
        finishIfDone(db, orderId, now);
    }
    db.prepare(QStringLiteral("INSERT INTO order_cancellation(order_id, reason, cancelled_at) VALUES (?, ?, ?)"))
        .bind(1, orderId)
        .bind(2, reason)
        .bind(3, now.toSecsSinceEpoch())
        .run();
    domain::ProductOrderCancellation out;
    out.id = QString::number(db.lastInsertId());
    out.orderId = QString::number(orderId);
    out.reason = reason;
    out.state = domain::CancellationState::Done;
    out.effectiveDate = utcFromSeconds(now.toSecsSinceEpoch());
    transaction.commit();
    return out;
}

bool workNextItems(Database &db, const WorkPace &pace, const std::function<bool(int)> &wait) {
    store::Statement next = db.prepare(QStringLiteral(
        "SELECT id, user_id, COALESCE(source, '') FROM product_order WHERE state IN ('acknowledged', 'inProgress') "
        "ORDER BY id LIMIT 1"));
    if (!next.step()) {
        return false;
    }
    const qint64 orderId = next.int64(0);
    const qint64 userId = next.int64(1);
    const QString source = next.text(2);
    next.reset();
    // The caller as he is now: a permission or a grant withdrawn since the submission counts.
    std::optional<auth::Caller> caller = auth::Authenticator::loadCaller(db, userId);
    if (caller) {
        caller->source = source; // where the order came from
    }
    const QList<OpenItem> items = openItems(db, orderId, pace.itemDelayMs > 0 ? 1 : pace.batchSize);
    if (pace.itemDelayMs > 0 && !items.isEmpty()) {
        {
            store::Transaction transaction(db);
            db.prepare(QStringLiteral("UPDATE product_order SET state = 'inProgress' WHERE id = ?"))
                .bind(1, orderId)
                .run();
            db.prepare(QStringLiteral("UPDATE product_order_item SET state = 'inProgress' WHERE order_id = ? AND seq = "
                                      "? AND state = 'acknowledged'"))
                .bind(1, orderId)
                .bind(2, items.first().seq)
                .run();
            transaction.commit();
        }
        if (wait(pace.itemDelayMs)) {
            return true; // stopping: the item stays inProgress and is worked after the restart
        }
    }
    store::Transaction transaction(db);
    db.prepare(QStringLiteral("UPDATE product_order SET state = 'inProgress' WHERE id = ?")).bind(1, orderId).run();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OpenItem &item : items) {
        workItem(db, caller, orderId, item, now);
    }
    finishIfDone(db, orderId, now);
    transaction.commit();
    return true;
}

} // namespace corpcare::server::orders
