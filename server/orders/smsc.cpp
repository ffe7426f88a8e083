#include "server/orders/smsc.h"

#include "server/store/sqlite.h"

#include <QTimeZone>

namespace corpcare::server::orders {

using domain::DeliveryState;
using store::Database;

namespace {

// splitmix64: a well-mixed 64-bit value from the seed, the message and the receiver.
quint64 mix(quint64 x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

QDateTime utcFromMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

Stored storeMessage(Database &db, qint64 userId, const domain::CommunicationMessage &message, qint64 nowMs,
                    const SmscOptions &options) {
    store::Transaction transaction(db);
    if (!message.externalId.isEmpty()) {
        const QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM communication_message WHERE user_id = ? AND external_id = ?"),
                      {userId, message.externalId});
        if (!existing.isNull()) {
            return {existing.toLongLong(), false};
        }
    }
    store::Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO communication_message(user_id, external_id, content, send_time) VALUES (?, ?, ?, ?)"));
    insert.bind(1, userId);
    if (message.externalId.isEmpty()) {
        insert.bindNull(2);
    } else {
        insert.bind(2, message.externalId);
    }
    insert.bind(3, message.content).bind(4, nowMs).run();
    const qint64 id = db.lastInsertId();
    store::Statement receiver = db.prepare(
        QStringLiteral("INSERT INTO message_receiver(message_id, seq, product_id, phone, sent_at, final_at, fails) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const double speed = options.speed > 0 ? options.speed : 1.0;
    for (qsizetype i = 0; i < message.receivers.size(); ++i) {
        const quint64 fate = mix(mix(options.seed ^ (quint64(id) << 20)) ^ quint64(i));
        const qint64 toSent = qint64((1000 + qint64(fate % 2000)) / speed);
        const qint64 toFinal = qint64((2000 + qint64((fate >> 16) % 6000)) / speed);
        const bool fails = (fate >> 40) % 1000 < quint64(kSmscFailurePerMille);
        const domain::MessageReceiver &to = message.receivers.at(i);
        receiver.bind(1, id).bind(2, qint64(i)).bind(3, to.id.toLongLong()).bind(4, to.phoneNumber);
        receiver.bind(5, nowMs + toSent).bind(6, nowMs + toSent + toFinal).bind(7, fails ? 1 : 0).run();
        receiver.reset();
    }
    transaction.commit();
    return {id, true};
}

std::optional<domain::CommunicationMessage> loadMessage(Database &db, qint64 messageId, qint64 userId, qint64 nowMs) {
    store::Statement head = db.prepare(QStringLiteral(
        "SELECT external_id, content, send_time FROM communication_message WHERE id = ? AND user_id = ?"));
    head.bind(1, messageId).bind(2, userId);
    if (!head.step()) {
        return std::nullopt;
    }
    domain::CommunicationMessage out;
    out.id = QString::number(messageId);
    out.externalId = head.text(0);
    out.content = head.text(1);
    out.sendTime = utcFromMs(head.int64(2) / 1000 * 1000);
    out.state = domain::MessageState::Completed;
    store::Statement rows = db.prepare(QStringLiteral(
        "SELECT product_id, phone, sent_at, final_at, fails FROM message_receiver WHERE message_id = ? ORDER BY seq"));
    rows.bind(1, messageId);
    while (rows.step()) {
        domain::MessageReceiver receiver;
        receiver.id = QString::number(rows.int64(0));
        receiver.phoneNumber = rows.text(1);
        const qint64 sentAt = rows.int64(2);
        const qint64 finalAt = rows.int64(3);
        if (nowMs < sentAt) {
            receiver.state = DeliveryState::Pending;
            receiver.stateDate = out.sendTime;
            out.state = domain::MessageState::InProgress;
        } else if (nowMs < finalAt) {
            receiver.state = DeliveryState::Sent;
            receiver.stateDate = utcFromMs(sentAt / 1000 * 1000);
            out.state = domain::MessageState::InProgress;
        } else {
            receiver.state = rows.int64(4) != 0 ? DeliveryState::Failed : DeliveryState::Delivered;
            receiver.stateDate = utcFromMs(finalAt / 1000 * 1000);
        }
        out.receivers.append(receiver);
    }
    return out;
}

} // namespace corpcare::server::orders
