#include "api/submission_tracker.h"

#include "api/json_request_job.h"
#include "api/session.h"

namespace corpcare::api {

SubmissionTracker::SubmissionTracker(Session *session, QString collectionPath, IsFinal isFinal, QObject *parent)
    : QObject(parent), m_session(session), m_collectionPath(std::move(collectionPath)), m_isFinal(std::move(isFinal)) {
    m_interval.setSingleShot(true);
    m_interval.setInterval(kDefaultIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &SubmissionTracker::read);
}

void SubmissionTracker::submit(const QJsonObject &body) {
    m_body = body;
    m_resends = 0;
    m_done = false;
    post();
}

void SubmissionTracker::post() {
    m_job = m_session->postJson(m_collectionPath, QJsonDocument(m_body));
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        const ApiError &error = job->error();
        const bool answerLost = error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
        if (answerLost && m_resends < kMaxResends) {
            ++m_resends; // the same externalId: a second arrival is recognised, never applied twice
            QTimer::singleShot(500 * m_resends, this, &SubmissionTracker::post);
            return;
        }
        if (error.isError()) {
            finish(error);
            return;
        }
        m_last = job->json().object();
        m_href = m_last.value(QStringLiteral("href")).toString();
        emit submitted(m_last, job->httpStatus() == 200);
        emit updated(m_last);
        if (m_href.isEmpty()) {
            finish(ApiError::malformed(QStringLiteral("the answer to the submission has no href")));
        } else if (m_isFinal(m_last)) {
            finish({});
        } else {
            m_interval.start();
        }
    });
    m_job->start();
}

void SubmissionTracker::follow(const QString &href) {
    m_href = href;
    m_done = false;
    read();
}

void SubmissionTracker::read() {
    if (m_done) {
        return;
    }
    m_job = m_session->get(m_href);
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        const ApiError &error = job->error();
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
            error.kind == ApiError::Kind::Server) {
            m_interval.start(); // the work goes on on the server; ask again a little later
            return;
        }
        if (error.isError()) {
            finish(error);
            return;
        }
        m_last = job->json().object();
        emit updated(m_last);
        if (m_isFinal(m_last)) {
            finish({});
        } else {
            m_interval.start();
        }
    });
    m_job->start();
}

void SubmissionTracker::stop() {
    m_interval.stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    finish(ApiError::cancelled());
}

void SubmissionTracker::finish(const ApiError &error) {
    if (m_done) {
        return;
    }
    m_done = true;
    m_interval.stop();
    emit finished(error);
}

} // namespace corpcare::api
