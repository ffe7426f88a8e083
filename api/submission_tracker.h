#pragma once

#include "api/api_error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace corpcare::api {

class JsonRequestJob;
class Session;

// Submits a resource that the server works off in the background (a product order, an SMS to a group)
// and follows it until it is final. The body carries an externalId, so when the POST's answer is lost
// (network, timeout) the same body is sent again: the server answers with what it already has instead
// of doing the work twice. Then the resource is read again every interval until `isFinal` says so.
class SubmissionTracker : public QObject {
    Q_OBJECT
public:
    using IsFinal = std::function<bool(const QJsonObject &resource)>;
    static constexpr int kDefaultIntervalMs = 400; // the progress moves at least twice a second
    static constexpr int kMaxResends = 3;

    SubmissionTracker(Session *session, QString collectionPath, IsFinal isFinal, QObject *parent = nullptr);

    void submit(const QJsonObject &body);
    // The same, with the body made on a worker thread: for 10,000 order items building and writing the
    // JSON alone takes over 100 ms, which the window must not wait for.
    void submit(std::function<QJsonObject()> makeBody);
    void follow(const QString &href); // a resource submitted earlier (opening the program again)
    // After finished() with an error that may pass: the same bytes sent again while the server has not
    // named the resource (its externalId makes a second arrival harmless), else it is followed again.
    void tryAgain();
    void stop(); // no more reads; finished(Cancelled)
    void setInterval(int milliseconds) { m_interval.setInterval(milliseconds); }
    QString href() const { return m_href; }
    QJsonObject last() const { return m_last; }

signals:
    void submitted(const QJsonObject &resource, bool alreadyKnown); // 201: new; 200: the server had it
    void updated(const QJsonObject &resource);
    void finished(const corpcare::api::ApiError &error); // Kind::None: the resource is final

private:
    void post();
    void read();
    void finish(const ApiError &error);
    // The answer parsed on a worker thread (an order of 10,000 lines is over a megabyte of JSON),
    // then `then` on this thread.
    void parseThen(const QByteArray &body, std::function<void(const QJsonObject &)> then);

    Session *m_session;
    QString m_collectionPath;
    IsFinal m_isFinal;
    QByteArray m_body; // the JSON bytes, sent again as they are if the answer is lost
    int m_resends = 0;
    QString m_href;
    QJsonObject m_last;
    QTimer m_interval;
    QPointer<JsonRequestJob> m_job;
    bool m_done = false;
};

} // namespace corpcare::api
