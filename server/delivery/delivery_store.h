#pragma once

#include "domain/report_delivery.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace corpcare::server::store {
class Database;
}

// The stored side of report delivery (profile §10): deliveries with their receivers' states, and the
// schedules that make a delivery of each new bill.
namespace corpcare::server::delivery {

void createDeliverySchema(store::Database &db);

// The stored milliseconds since the epoch as a UTC date-time.
QDateTime utcFromMs(qint64 ms);

// "rd-12" <-> 12: report deliveries share the communicationMessage path with SMS.
QString deliveryWireId(qint64 id);
std::optional<qint64> deliveryKey(const QString &wireId);

struct NewDelivery {
    qint64 userId = 0;
    domain::ReportDelivery value; // channel, report, format, receivers, externalId
    QString subject;
    QString attachmentName;
    std::optional<qint64> scheduleId;
};

struct StoredDelivery {
    qint64 id = 0;
    bool created = false; // false: the same externalId was sent before, this is that delivery
};

// Inserts the delivery with every receiver queued; fax receivers get their gateway address from
// faxPattern ("{number}@fax.example"). In the caller's transaction when there is one.
StoredDelivery storeDelivery(store::Database &db, const NewDelivery &delivery, const QString &faxPattern, qint64 nowMs);
// The delivery, the caller's only when userId is given.
std::optional<domain::ReportDelivery> loadDelivery(store::Database &db, qint64 id,
                                                   std::optional<qint64> userId = std::nullopt);
qint64 deliveryOwner(store::Database &db, qint64 id);
// Deliveries with receivers still queued, oldest first.
QList<qint64> queuedDeliveries(store::Database &db);
void setReceiverState(store::Database &db, qint64 id, int seq, domain::ReceiverState state, const QString &reason,
                      qint64 nowMs);

// ---- schedules

std::optional<domain::DeliverySchedule> loadSchedule(store::Database &db, qint64 id, qint64 userId);
qint64 insertSchedule(store::Database &db, qint64 userId, const domain::DeliverySchedule &value, qint64 nowSeconds);
void updateSchedule(store::Database &db, qint64 id, const domain::DeliverySchedule &value);
void cancelSchedule(store::Database &db, qint64 id);

struct DueRun {
    qint64 scheduleId = 0;
    qint64 userId = 0;
    qint64 billId = 0;
};
// For every active schedule, the bills of its account newer than the last one it sent (or found when
// it was made) for which it has no run yet, oldest first.
QList<DueRun> dueRuns(store::Database &db);
// Records that the schedule has dealt with the bill (its run is made, or it could not be).
void markBillHandled(store::Database &db, qint64 scheduleId, qint64 billId);

} // namespace corpcare::server::delivery
