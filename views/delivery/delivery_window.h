#pragma once

#include "api/api_error.h"
#include "domain/report_delivery.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace corpcare::api {
class Session;
class SubmissionTracker;
} // namespace corpcare::api

namespace corpcare::views {

// One report delivery followed to its end: each receiver queued, then sent or failed with the reason
// the relay (or the server) gave. Closing the window stops following, not the delivery.
class DeliveryWindow : public QWidget {
    Q_OBJECT
public:
    DeliveryWindow(api::Session *session, QWidget *parent = nullptr);

    void submit(const domain::ReportDelivery &request);
    void display(const domain::ReportDelivery &delivery); // a known one (a schedule's run): no following

    QTableWidget *receiversTable() const { return m_table; }
    QString statusText() const;
    // "queued", "sent" or "failed" of a receiver row, as the server says it.
    QString receiverState(int row) const;

signals:
    void finished(const corpcare::api::ApiError &error); // the delivery is final, or following ended

private:
    void showResource(const QJsonObject &resource);
    void showDelivery(const domain::ReportDelivery &delivery);
    void onFinished(const api::ApiError &error);

    api::Session *m_session;
    api::SubmissionTracker *m_tracker = nullptr;
    QLabel *m_title;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_close;
    domain::ReportDelivery m_last;
};

} // namespace corpcare::views
