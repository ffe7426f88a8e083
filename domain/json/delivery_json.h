#pragma once

// The JSON of report delivery (docs/api-profile.md §10), shared by the server and the client.

#include "domain/report_delivery.h"
#include "domain/result.h"

#include <QJsonObject>

namespace corpcare::domain::json {

inline constexpr char kReportDeliveryType[] = "ReportDelivery";
inline constexpr char kDeliverySchedulePath[] = "/corporate/v1/deliverySchedule";
// Report deliveries share the communicationMessage collection with SMS; their ids carry this prefix so
// that one id names one message.
inline constexpr char kReportDeliveryIdPrefix[] = "rd-";

QString toWire(ReportKind value);
QString toWire(ReportFormat value);
QString toWire(DeliveryChannel value);
QString toWire(ReceiverState value);
QString mimeTypeOf(ReportFormat format);

QJsonObject toJson(const ReportDelivery &value);
Result<ReportDelivery> reportDeliveryFromJson(const QJsonObject &object);
// The POST body: messageType, report, format, receivers (e-mail or fax number), externalId.
QJsonObject newReportDeliveryJson(const ReportDelivery &value);
// Checks what the server needs: a known kind, the bill for itemization and bill, a period for payments,
// PDF for fax, 1 to 50 receivers with valid addresses or numbers.
Result<ReportDelivery> newReportDeliveryFromJson(const QJsonObject &object);

QJsonObject toJson(const DeliverySchedule &value);
Result<DeliverySchedule> deliveryScheduleFromJson(const QJsonObject &object);
// POST body (and PATCH: the fields given replace the schedule's).
QJsonObject newDeliveryScheduleJson(const DeliverySchedule &value);
Result<DeliverySchedule> newDeliveryScheduleFromJson(const QJsonObject &object);

} // namespace corpcare::domain::json
