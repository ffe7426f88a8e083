#pragma once

#include "api/api_error.h"
#include "domain/report_delivery.h"

#include <QList>
#include <QMetaType>
#include <QObject>

Q_DECLARE_METATYPE(corpcare::domain::ReportDelivery)
Q_DECLARE_METATYPE(corpcare::domain::DeliverySchedule)
Q_DECLARE_METATYPE(QList<corpcare::domain::ReportDelivery>)
Q_DECLARE_METATYPE(QList<corpcare::domain::DeliverySchedule>)

namespace corpcare::api {

class Session;
class SubmissionTracker;

// A report delivery (profile §10) is submitted and followed like an SMS: POSTed once (its externalId
// makes a resend harmless) and read until every receiver is sent or failed.
SubmissionTracker *trackReportDelivery(Session *session, QObject *parent);
// The body to submit: the request with a fresh externalId.
QJsonObject reportDeliveryBody(domain::ReportDelivery request);

// The signed-in user's delivery schedules (/corporate/v1/deliverySchedule) and their runs. One answer
// signal per call; failures in `failed`.
class DeliverySchedules : public QObject {
    Q_OBJECT
public:
    explicit DeliverySchedules(Session *session, QObject *parent = nullptr);

    void list();
    void create(const domain::DeliverySchedule &schedule);
    void change(const domain::DeliverySchedule &schedule); // receivers, format, channel and kind
    void cancel(const QString &scheduleId);
    void listRuns(const QString &scheduleId);

signals:
    void listed(const QList<corpcare::domain::DeliverySchedule> &schedules);
    void saved(const corpcare::domain::DeliverySchedule &schedule); // created, changed or cancelled
    void runsListed(const QString &scheduleId, const QList<corpcare::domain::ReportDelivery> &runs);
    void failed(const corpcare::api::ApiError &error);

private:
    void onSaved(class JsonRequestJob *job);

    Session *m_session;
};

} // namespace corpcare::api
