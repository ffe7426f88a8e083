#include "server/delivery/delivery_store.h"

#include "domain/json/delivery_json.h"
#include "server/store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace corpcare::server::delivery {

using domain::ReceiverState;
namespace json = domain::json;

QDateTime utcFromMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

namespace {

template <typename Enum>
Enum fromText(const QString &text, std::initializer_list<Enum> values, Enum fallback) {
    for (const Enum value : values) {
        if (json::toWire(value) == text) {
            return value;
        }
    }
    return fallback;
}

domain::ReportKind kindOf(const QString &text) {
    using K = domain::ReportKind;
    return fromText(text, {K::Itemization, K::Bill, K::Payments, K::Charges}, K::Itemization);
}
domain::ReportFormat formatOf(const QString &text) {
    using F = domain::ReportFormat;
    return fromText(text, {F::Csv, F::Xlsx, F::Pdf}, F::Pdf);
}
domain::DeliveryChannel channelOf(const QString &text) {
    return text == QLatin1String("fax") ? domain::DeliveryChannel::Fax : domain::DeliveryChannel::Email;
}

QString emailOf(const domain::DeliveryReceiver &receiver, domain::DeliveryChannel channel, const QString &faxPattern) {
    if (channel != domain::DeliveryChannel::Fax) {
        return receiver.email;
    }
    QString address = faxPattern;
    return address.replace(QStringLiteral("{number}"), receiver.faxNumber);
}

} // namespace

void createDeliverySchema(store::Database &db) {
    db.exec(QStringLiteral(R"sql(
-- Report deliveries (profile §10); send_time and state_date in milliseconds since the epoch, period in
-- Julian days. A scheduled run names its schedule and bill: one run per (schedule, bill), ever.
CREATE TABLE IF NOT EXISTS report_delivery(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  external_id TEXT,
  channel TEXT NOT NULL,
  report_kind TEXT NOT NULL,
  account_id INTEGER NOT NULL,
  bill_id INTEGER,
  period_start INTEGER,
  period_end INTEGER,
  format TEXT NOT NULL,
  subject TEXT NOT NULL,
  attachment_name TEXT NOT NULL,
  schedule_id INTEGER,
  send_time INTEGER NOT NULL,
  UNIQUE(user_id, external_id));
CREATE UNIQUE INDEX IF NOT EXISTS report_delivery_run ON report_delivery(schedule_id, bill_id)
  WHERE schedule_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS report_delivery_receiver(
  delivery_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  email TEXT NOT NULL,
  fax_number TEXT,
  state TEXT NOT NULL,
  reason TEXT,
  state_date INTEGER NOT NULL,
  PRIMARY KEY(delivery_id, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS report_delivery_queued ON report_delivery_receiver(state) WHERE state = 'queued';
-- receivers: a JSON array of addresses (or fax numbers); last_bill_id: the newest bill dealt with.
CREATE TABLE IF NOT EXISTS delivery_schedule(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  channel TEXT NOT NULL,
  report_kind TEXT NOT NULL,
  account_id INTEGER NOT NULL,
  format TEXT NOT NULL,
  receivers TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_bill_id INTEGER NOT NULL DEFAULT 0);
)sql"));
}

QString deliveryWireId(qint64 id) {
    return QLatin1String(json::kReportDeliveryIdPrefix) + QString::number(id);
}

std::optional<qint64> deliveryKey(const QString &wireId) {
    if (!wireId.startsWith(QLatin1String(json::kReportDeliveryIdPrefix))) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = wireId.mid(int(qstrlen(json::kReportDeliveryIdPrefix))).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

StoredDelivery storeDelivery(store::Database &db, const NewDelivery &delivery, const QString &faxPattern,
                             qint64 nowMs) {
    const domain::ReportDelivery &value = delivery.value;
    if (!value.externalId.isEmpty()) {
        const QVariant existing =
            db.scalar(QStringLiteral("SELECT id FROM report_delivery WHERE user_id = ? AND external_id = ?"),
                      {delivery.userId, value.externalId});
        if (!existing.isNull()) {
            return {existing.toLongLong(), false};
        }
    }
    const domain::ReportReference &report = value.report;
    store::Statement insert = db.prepare(
        QStringLiteral("INSERT INTO report_delivery(user_id, external_id, channel, report_kind, account_id, bill_id, "
                       "period_start, period_end, format, subject, attachment_name, schedule_id, send_time) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, delivery.userId)
        .bind(2, value.externalId.isEmpty() ? QVariant() : QVariant(value.externalId))
        .bind(3, json::toWire(value.channel))
        .bind(4, json::toWire(report.kind))
        .bind(5, report.account.id.toLongLong())
        .bind(6, report.bill.isNull() ? QVariant() : QVariant(report.bill.id.toLongLong()))
        .bind(7, report.periodStart.isValid() ? QVariant(report.periodStart.toJulianDay()) : QVariant())
        .bind(8, report.periodEnd.isValid() ? QVariant(report.periodEnd.toJulianDay()) : QVariant())
        .bind(9, json::toWire(value.format))
        .bind(10, delivery.subject)
        .bind(11, delivery.attachmentName)
        .bind(12, delivery.scheduleId ? QVariant(*delivery.scheduleId) : QVariant())
        .bind(13, nowMs)
        .run();
    const qint64 id = db.lastInsertId();
    store::Statement receiver = db.prepare(
        QStringLiteral("INSERT INTO report_delivery_receiver(delivery_id, seq, email, fax_number, state, state_date) "
                       "VALUES (?, ?, ?, ?, 'queued', ?)"));
    for (qsizetype seq = 0; seq < value.receivers.size(); ++seq) {
        const domain::DeliveryReceiver &to = value.receivers.at(seq);
        receiver.bind(1, id)
            .bind(2, qint64(seq))
            .bind(3, emailOf(to, value.channel, faxPattern))
            .bind(4, to.faxNumber.isEmpty() ? QVariant() : QVariant(to.faxNumber))
            .bind(5, nowMs)
            .run();
        receiver.reset();
    }
    return {id, true};
}

std::optional<domain::ReportDelivery> loadDelivery(store::Database &db, qint64 id, std::optional<qint64> userId) {
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT d.external_id, d.channel, d.report_kind, d.account_id, a.name, d.bill_id, b.bill_no, d.period_start, "
        "d.period_end, d.format, d.subject, d.attachment_name, d.schedule_id, d.send_time FROM report_delivery d "
        "LEFT JOIN billing_account a ON a.id = d.account_id LEFT JOIN bill b ON b.id = d.bill_id WHERE d.id = ? AND "
        "(? IS NULL OR d.user_id = ?)"));
    row.bind(1, id).bind(2, userId ? QVariant(*userId) : QVariant()).bind(3, userId ? QVariant(*userId) : QVariant());
    if (!row.step()) {
        return std::nullopt;
    }
    domain::ReportDelivery out;
    out.id = deliveryWireId(id);
    out.externalId = row.isNull(0) ? QString() : row.text(0);
    out.channel = channelOf(row.text(1));
    out.report.kind = kindOf(row.text(2));
    out.report.account = {QString::number(row.int64(3)), row.text(4)};
    if (!row.isNull(5)) {
        out.report.bill = {QString::number(row.int64(5)), row.text(6)};
    }
    if (!row.isNull(7)) {
        out.report.periodStart = QDate::fromJulianDay(row.int64(7));
        out.report.periodEnd = QDate::fromJulianDay(row.int64(8));
    }
    out.format = formatOf(row.text(9));
    out.subject = row.text(10);
    out.attachmentName = row.text(11);
    if (!row.isNull(12)) {
        out.schedule = {QString::number(row.int64(12)), {}};
    }
    out.sendTime = utcFromMs(row.int64(13));
    store::Statement receivers = db.prepare(QStringLiteral(
        "SELECT email, fax_number, state, reason, state_date FROM report_delivery_receiver WHERE delivery_id = ? "
        "ORDER BY seq"));
    receivers.bind(1, id);
    out.state = domain::MessageState::Completed;
    while (receivers.step()) {
        domain::DeliveryReceiver receiver;
        receiver.email = receivers.text(0);
        receiver.faxNumber = receivers.isNull(1) ? QString() : receivers.text(1);
        receiver.state =
            fromText(receivers.text(2), {ReceiverState::Queued, ReceiverState::Sent, ReceiverState::Failed},
                     ReceiverState::Queued);
        receiver.reason = receivers.isNull(3) ? QString() : receivers.text(3);
        receiver.stateDate = utcFromMs(receivers.int64(4));
        if (receiver.state == ReceiverState::Queued) {
            out.state = domain::MessageState::InProgress;
        }
        out.receivers.append(receiver);
    }
    return out;
}

qint64 deliveryOwner(store::Database &db, qint64 id) {
    return db.scalar(QStringLiteral("SELECT user_id FROM report_delivery WHERE id = ?"), {id}).toLongLong();
}

QList<qint64> queuedDeliveries(store::Database &db) {
    QList<qint64> out;
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT DISTINCT delivery_id FROM report_delivery_receiver WHERE state = 'queued' ORDER BY delivery_id"));
    while (row.step()) {
        out.append(row.int64(0));
    }
    return out;
}

void setReceiverState(store::Database &db, qint64 id, int seq, ReceiverState state, const QString &reason,
                      qint64 nowMs) {
    db.prepare(QStringLiteral("UPDATE report_delivery_receiver SET state = ?, reason = ?, state_date = ? WHERE "
                              "delivery_id = ? AND seq = ?"))
        .bind(1, json::toWire(state))
        .bind(2, reason.isEmpty() ? QVariant() : QVariant(reason))
        .bind(3, nowMs)
        .bind(4, id)
        .bind(5, seq)
        .run();
}

// ---- schedules

std::optional<domain::DeliverySchedule> loadSchedule(store::Database &db, qint64 id, qint64 userId) {
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT s.channel, s.report_kind, s.account_id, a.name, s.format, s.receivers, s.state, s.created_at, "
        "s.last_bill_id, b.bill_no FROM delivery_schedule s LEFT JOIN billing_account a ON a.id = s.account_id "
        "LEFT JOIN bill b ON b.id = s.last_bill_id WHERE s.id = ? AND s.user_id = ?"));
    row.bind(1, id).bind(2, userId);
    if (!row.step()) {
        return std::nullopt;
    }
    domain::DeliverySchedule out;
    out.id = QString::number(id);
    out.channel = channelOf(row.text(0));
    out.kind = kindOf(row.text(1));
    out.account = {QString::number(row.int64(2)), row.text(3)};
    out.format = formatOf(row.text(4));
    for (const QJsonValue &receiver : QJsonDocument::fromJson(row.text(5).toUtf8()).array()) {
        out.receivers.append(receiver.toString());
    }
    out.state =
        row.text(6) == QLatin1String("cancelled") ? domain::ScheduleState::Cancelled : domain::ScheduleState::Active;
    out.createdAt = QDateTime::fromSecsSinceEpoch(row.int64(7), QTimeZone::utc());
    if (row.int64(8) > 0) {
        out.lastBill = {QString::number(row.int64(8)), row.text(9)};
    }
    return out;
}

qint64 insertSchedule(store::Database &db, qint64 userId, const domain::DeliverySchedule &value, qint64 nowSeconds) {
    // The bill already there is not "after" the schedule: the first run is the account's next bill.
    const qint64 accountId = value.account.id.toLongLong();
    const qint64 lastBill =
        db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM bill WHERE billing_account_id = ?"), {accountId})
            .toLongLong();
    db.prepare(QStringLiteral("INSERT INTO delivery_schedule(user_id, channel, report_kind, account_id, format, "
                              "receivers, state, created_at, last_bill_id) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)"))
        .bind(1, userId)
        .bind(2, json::toWire(value.channel))
        .bind(3, json::toWire(value.kind))
        .bind(4, accountId)
        .bind(5, json::toWire(value.format))
        .bind(6, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(value.receivers)).toJson(QJsonDocument::Compact)))
        .bind(7, nowSeconds)
        .bind(8, lastBill)
        .run();
    return db.lastInsertId();
}

void updateSchedule(store::Database &db, qint64 id, const domain::DeliverySchedule &value) {
    db.prepare(QStringLiteral("UPDATE delivery_schedule SET channel = ?, report_kind = ?, format = ?, receivers = ? "
                              "WHERE id = ?"))
        .bind(1, json::toWire(value.channel))
        .bind(2, json::toWire(value.kind))
        .bind(3, json::toWire(value.format))
        .bind(4, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(value.receivers)).toJson(QJsonDocument::Compact)))
        .bind(5, id)
        .run();
}

void cancelSchedule(store::Database &db, qint64 id) {
    db.prepare(QStringLiteral("UPDATE delivery_schedule SET state = 'cancelled' WHERE id = ?")).bind(1, id).run();
}

QList<DueRun> dueRuns(store::Database &db) {
    QList<DueRun> out;
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT s.id, s.user_id, b.id FROM delivery_schedule s JOIN bill b ON b.billing_account_id = s.account_id AND "
        "b.id > s.last_bill_id WHERE s.state = 'active' AND NOT EXISTS (SELECT 1 FROM report_delivery d WHERE "
        "d.schedule_id = s.id AND d.bill_id = b.id) ORDER BY s.id, b.bill_date, b.id"));
    while (row.step()) {
        out.append({row.int64(0), row.int64(1), row.int64(2)});
    }
    return out;
}

void markBillHandled(store::Database &db, qint64 scheduleId, qint64 billId) {
    db.prepare(QStringLiteral("UPDATE delivery_schedule SET last_bill_id = MAX(last_bill_id, ?) WHERE id = ?"))
        .bind(1, billId)
        .bind(2, scheduleId)
        .run();
}

} // namespace corpcare::server::delivery
