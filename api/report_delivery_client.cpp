#include "api/report_delivery_client.h"

#include "api/json_request_job.h"
#include "api/session.h"
#include "api/submission_tracker.h"
#include "domain/json/delivery_json.h"
#include "domain/json/paths.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace corpcare::api {

namespace json = domain::json;

SubmissionTracker *trackReportDelivery(Session *session, QObject *parent) {
    return new SubmissionTracker(
        session, json::collectionPath(json::Resource::CommunicationMessage),
        [](const QJsonObject &resource) {
            return resource.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        },
        parent);
}

QJsonObject reportDeliveryBody(domain::ReportDelivery request) {
    if (request.externalId.isEmpty()) {
        request.externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    return json::newReportDeliveryJson(request);
}

DeliverySchedules::DeliverySchedules(Session *session, QObject *parent) : QObject(parent), m_session(session) {}

void DeliverySchedules::list() {
    JsonRequestJob *job = m_session->get(QLatin1String(json::kDeliverySchedulePath) + QStringLiteral("?limit=1000"));
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        QList<domain::DeliverySchedule> out;
        for (const QJsonValue &item : job->json().array()) {
            const auto read = json::deliveryScheduleFromJson(item.toObject());
            if (!read) {
                emit failed(ApiError::malformed(read.error().toString()));
                return;
            }
            out.append(read.value());
        }
        emit listed(out);
    });
    job->start();
}

void DeliverySchedules::onSaved(JsonRequestJob *job) {
    job->deleteLater();
    if (job->error().isError()) {
        emit failed(job->error());
        return;
    }
    const auto read = json::deliveryScheduleFromJson(job->json().object());
    if (!read) {
        emit failed(ApiError::malformed(read.error().toString()));
        return;
    }
    emit saved(read.value());
}

void DeliverySchedules::create(const domain::DeliverySchedule &schedule) {
    JsonRequestJob *job = m_session->postJson(QLatin1String(json::kDeliverySchedulePath),
                                              QJsonDocument(json::newDeliveryScheduleJson(schedule)));
    connect(job, &ApiJob::finished, this, [this, job] { onSaved(job); });
    job->start();
}

void DeliverySchedules::change(const domain::DeliverySchedule &schedule) {
    JsonRequestJob *job =
        m_session->patchJson(QLatin1String(json::kDeliverySchedulePath) + QLatin1Char('/') + schedule.id,
                             json::newDeliveryScheduleJson(schedule));
    connect(job, &ApiJob::finished, this, [this, job] { onSaved(job); });
    job->start();
}

void DeliverySchedules::cancel(const QString &scheduleId) {
    // PATCH {"state": "cancelled"}, the same as DELETE (profile §10), with the schedule in the answer.
    JsonRequestJob *job =
        m_session->patchJson(QLatin1String(json::kDeliverySchedulePath) + QLatin1Char('/') + scheduleId,
                             {{QStringLiteral("state"), QStringLiteral("cancelled")}});
    connect(job, &ApiJob::finished, this, [this, job] { onSaved(job); });
    job->start();
}

void DeliverySchedules::listRuns(const QString &scheduleId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("@type"), QLatin1String(json::kReportDeliveryType));
    query.addQueryItem(QStringLiteral("schedule.id"), scheduleId);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    JsonRequestJob *job = m_session->get(json::collectionPath(json::Resource::CommunicationMessage) + QLatin1Char('?') +
                                         query.toString(QUrl::FullyEncoded));
    connect(job, &ApiJob::finished, this, [this, job, scheduleId] {
        job->deleteLater();
        if (job->error().isError()) {
            emit failed(job->error());
            return;
        }
        QList<domain::ReportDelivery> runs;
        for (const QJsonValue &item : job->json().array()) {
            if (const auto read = json::reportDeliveryFromJson(item.toObject())) {
                runs.append(read.value());
            }
        }
        emit runsListed(scheduleId, runs);
    });
    job->start();
}

} // namespace corpcare::api
