#include "api/submission_tracker.h"

#include "api/json_request_job.h"
#include "api/session.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace corpcare::api {

SubmissionTracker::SubmissionTracker(Session *session, QString collectionPath, IsFinal isFinal, QObject *parent)
    : QObject(parent), m_session(session), m_collectionPath(std::move(collectionPath)), m_isFinal(std::move(isFinal)) {
    m_interval.setSingleShot(true);
    m_interval.setInterval(kDefaultIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &SubmissionTracker::read);
}

void SubmissionTracker::submit(const QJsonObject &body) {
    submit([body] { return body; });
}

void SubmissionTracker::submit(std::function<QJsonObject()> makeBody) {
    m_resends = 0;
    m_done = false;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_body = watcher->result();
        if (!m_done) {
            post();
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [makeBody = std::move(makeBody)] { return QJsonDocument(makeBody()).toJson(QJsonDocument::Compact); }));
}

void SubmissionTracker::post() {
    JsonRequestJob *posting = m_session->postJsonBytes(m_collectionPath, m_body);
    m_job = posting;
    posting->setParseJson(false);
    connect(posting, &ApiJob::finished, this, [this, job = posting] {
        job->deleteLater(); // the session outlives every tracker: its jobs must not pile up there
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
        const bool alreadyKnown = job->httpStatus() == 200;
        parseThen(job->body(), [this, alreadyKnown](const QJsonObject &resource) {
            m_last = resource;
            m_href = m_last.value(QStringLiteral("href")).toString();
            emit submitted(m_last, alreadyKnown);
            emit updated(m_last);
            if (m_href.isEmpty()) {
                finish(ApiError::malformed(QStringLiteral("the answer to the submission has no href")));
            } else if (m_isFinal(m_last)) {
                finish({});
            } else {
                m_interval.start();
            }
        });
    });
    posting->start();
}

void SubmissionTracker::follow(const QString &href) {
    m_href = href;
    m_done = false;
    read();
}

void SubmissionTracker::tryAgain() {
    m_resends = 0;
    m_done = false;
    if (m_href.isEmpty()) {
        post();
    } else {
        read();
    }
}

void SubmissionTracker::read() {
    if (m_done) {
        return;
    }
    JsonRequestJob *reading = m_session->get(m_href);
    m_job = reading;
    reading->setParseJson(false);
    connect(reading, &ApiJob::finished, this, [this, job = reading] {
        job->deleteLater();
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
        parseThen(job->body(), [this](const QJsonObject &resource) {
            m_last = resource;
            emit updated(m_last);
            if (m_isFinal(m_last)) {
                finish({});
            } else {
                m_interval.start();
            }
        });
    });
    reading->start();
}

void SubmissionTracker::parseThen(const QByteArray &body, std::function<void(const QJsonObject &)> then) {
    auto *watcher = new QFutureWatcher<QJsonObject>(this);
    connect(watcher, &QFutureWatcher<QJsonObject>::finished, this, [this, watcher, then = std::move(then)] {
        watcher->deleteLater();
        if (!m_done) {
            then(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([body] { return QJsonDocument::fromJson(body).object(); }));
}

void SubmissionTracker::stop() {
    m_interval.stop();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
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
