#include "views/delivery/delivery_window.h"

#include "api/report_delivery_client.h"
#include "api/submission_tracker.h"
#include "domain/json/delivery_json.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corpcare::views {

using domain::ReceiverState;

namespace {

QString stateText(ReceiverState state) {
    switch (state) {
    case ReceiverState::Queued:
        return DeliveryWindow::tr("Queued");
    case ReceiverState::Sent:
        return DeliveryWindow::tr("Sent");
    case ReceiverState::Failed:
        return DeliveryWindow::tr("Failed");
    }
    return {};
}

} // namespace

DeliveryWindow::DeliveryWindow(api::Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 3, this)), m_close(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("deliveryWindow"));
    setWindowTitle(tr("Report delivery"));
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table->setObjectName(QStringLiteral("receivers"));
    m_table->setHorizontalHeaderLabels({tr("Receiver"), tr("State"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    resize(640, 320);
}

void DeliveryWindow::submit(const domain::ReportDelivery &request) {
    m_tracker = api::trackReportDelivery(m_session, this);
    connect(m_tracker, &api::SubmissionTracker::updated, this, &DeliveryWindow::showResource);
    connect(m_tracker, &api::SubmissionTracker::finished, this, &DeliveryWindow::onFinished);
    domain::ReportDelivery shown = request;
    shown.subject = tr("Sending…");
    showDelivery(shown);
    m_status->setText(tr("Asking the operator to send the report…"));
    m_tracker->submit(api::reportDeliveryBody(request));
}

void DeliveryWindow::display(const domain::ReportDelivery &delivery) {
    showDelivery(delivery);
    QWidget::show();
}

QString DeliveryWindow::statusText() const {
    return m_status->text();
}

QString DeliveryWindow::receiverState(int row) const {
    return row < m_last.receivers.size() ? domain::json::toWire(m_last.receivers.at(row).state) : QString();
}

void DeliveryWindow::showResource(const QJsonObject &resource) {
    const auto read = domain::json::reportDeliveryFromJson(resource);
    if (!read) {
        m_status->setText(tr("The operator's answer could not be read: %1").arg(read.error().toString()));
        return;
    }
    showDelivery(read.value());
}

void DeliveryWindow::showDelivery(const domain::ReportDelivery &delivery) {
    m_last = delivery;
    m_title->setText(delivery.subject);
    m_table->setRowCount(int(delivery.receivers.size()));
    int sent = 0;
    int failed = 0;
    for (int row = 0; row < delivery.receivers.size(); ++row) {
        const domain::DeliveryReceiver &receiver = delivery.receivers.at(row);
        const QString who = receiver.faxNumber.isEmpty()
                                ? receiver.email
                                : tr("fax %1 (via %2)").arg(receiver.faxNumber, receiver.email);
        m_table->setItem(row, 0, new QTableWidgetItem(who));
        m_table->setItem(row, 1, new QTableWidgetItem(stateText(receiver.state)));
        m_table->setItem(row, 2, new QTableWidgetItem(receiver.reason));
        sent += receiver.state == ReceiverState::Sent ? 1 : 0;
        failed += receiver.state == ReceiverState::Failed ? 1 : 0;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    const int total = int(delivery.receivers.size());
    if (delivery.isFinal()) {
        m_status->setText(failed == 0
                              ? tr("Sent to every receiver (%1).").arg(total)
                              : tr("%1 of %2 sent, %3 failed: see the reasons below.")
                                    .arg(QString::number(sent), QString::number(total), QString::number(failed)));
    } else if (!delivery.id.isEmpty()) {
        m_status->setText(tr("Queued at the operator: %1 of %2 done.").arg(sent + failed).arg(total));
    }
}

void DeliveryWindow::onFinished(const api::ApiError &error) {
    if (error.isError() && error.kind != api::ApiError::Kind::Cancelled) {
        m_status->setText(tr("The delivery could not be sent: %1").arg(error.message));
    }
    emit finished(error);
}

} // namespace corpcare::views
