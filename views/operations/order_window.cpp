#include "views/operations/order_window.h"

#include "api/json_request_job.h"
#include "api/session.h"
#include "api/submission_tracker.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/product_order_cancellation.h"
#include "models/order_items_model.h"
#include "views/common/table_view.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace corpcare::views {

namespace json = domain::json;

namespace {
bool isFinalOrder(const QJsonObject &order) {
    return order.contains(QStringLiteral("completionDate"));
}
} // namespace

OrderWindow::OrderWindow(api::Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_model(new models::OrderItemsModel(this)),
      m_title(new QLabel(this)), m_progress(new QProgressBar(this)), m_counts(new QLabel(this)),
      m_table(new TableView(QStringLiteral("orderItems"), this)),
      m_cancel(new QPushButton(tr("&Cancel the order"), this)), m_retry(new QPushButton(tr("&Retry the failed"), this)),
      m_tryAgain(new QPushButton(tr("&Try again"), this)) {
    setObjectName(QStringLiteral("orderWindow"));
    setWindowTitle(tr("Group operation"));
    auto *layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    m_table->setAccessibleName(tr("Result for each service user"));
    m_table->setModel(m_model);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_tryAgain);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_cancel->setEnabled(false);
    m_retry->setEnabled(false);
    m_tryAgain->hide();
    connect(m_cancel, &QPushButton::clicked, this, &OrderWindow::cancelOrder);
    connect(m_retry, &QPushButton::clicked, this, &OrderWindow::retryFailed);
    connect(m_tryAgain, &QPushButton::clicked, this, &OrderWindow::tryAgain);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    resize(900, 600);
}

const domain::ProductOrder &OrderWindow::order() const {
    return m_model->order();
}

QPushButton *OrderWindow::tryAgainButton() const {
    return m_tryAgain;
}

QString OrderWindow::href() const {
    return m_tracker ? m_tracker->href() : QString();
}

bool OrderWindow::isFinal() const {
    return m_model->order().completionDate.isValid();
}

OrderWindow::Counts OrderWindow::countsOf(const domain::ProductOrder &order) {
    Counts counts;
    for (const domain::ProductOrderItem &item : order.items) {
        switch (item.state) {
        case domain::OrderItemState::Completed:
            ++counts.done;
            break;
        case domain::OrderItemState::Failed:
            ++counts.failed;
            break;
        case domain::OrderItemState::Cancelled:
            ++counts.cancelled;
            break;
        case domain::OrderItemState::Acknowledged:
        case domain::OrderItemState::InProgress:
            ++counts.waiting;
            break;
        }
    }
    return counts;
}

void OrderWindow::start() {
    m_tryAgain->hide();
    delete m_tracker;
    m_finalPending = false;
    m_tracker =
        new api::SubmissionTracker(m_session, json::collectionPath(json::Resource::ProductOrder), isFinalOrder, this);
    connect(m_tracker, &api::SubmissionTracker::updated, this, &OrderWindow::showOrder);
    connect(m_tracker, &api::SubmissionTracker::finished, this, [this](const api::ApiError &error) {
        m_cancel->setEnabled(false);
        if (error.isError()) {
            const QString message =
                error.kind == api::ApiError::Kind::Forbidden
                    ? tr("The server refused the order: %1. Your permissions may have changed since the preview; "
                         "no service user was changed.")
                          .arg(error.message)
                    : tr("The order could not be sent or followed: %1").arg(error.message);
            m_counts->setText(message);
            m_tryAgain->setVisible(error.mayPassOnRetry());
            m_tryAgain->setToolTip(href().isEmpty() ? tr("Send the same order again. If the server did receive it, it "
                                                         "answers with that order and changes nothing twice.")
                                                    : tr("Follow the order again."));
            emit problem(message);
            return;
        }
        m_finalPending = true; // said once the last answer is read and shown
        finishIfShown();
    });
}

void OrderWindow::finishIfShown() {
    if (!m_finalPending || m_readsShown != m_readsAsked) {
        return;
    }
    m_finalPending = false;
    m_retry->setEnabled(countsOf(order()).failed > 0);
    emit orderFinished(order());
}

void OrderWindow::submit(const domain::ProductOrder &order) {
    m_sent = order;
    m_sawRunning = true; // sent from here: whatever it did happened now
    m_title->setText(order.description.isEmpty() ? tr("Sending…") : order.description);
    m_progress->setRange(0, int(order.items.size()));
    m_progress->setValue(0);
    m_counts->setText(tr("Sending the order for %Ln service user(s)…", nullptr, int(order.items.size())));
    start();
    m_tracker->submit([order] { return json::newProductOrderJson(order); });
}

void OrderWindow::follow(const QString &href) {
    start();
    m_tracker->follow(href);
}

// Reading 10,000 items into the domain takes tens of milliseconds: a worker does it.
void OrderWindow::showOrder(const QJsonObject &resource) {
    const int sequence = ++m_readsAsked;
    auto *watcher = new QFutureWatcher<domain::Result<domain::ProductOrder>>(this);
    connect(watcher, &QFutureWatcher<domain::Result<domain::ProductOrder>>::finished, this, [this, watcher, sequence] {
        watcher->deleteLater();
        if (sequence > m_readsShown) {
            m_readsShown = sequence;
            showRead(watcher->result());
        }
        finishIfShown();
    });
    watcher->setFuture(QtConcurrent::run([resource] { return json::productOrderFromJson(resource); }));
}

void OrderWindow::showRead(const domain::Result<domain::ProductOrder> &read) {
    if (!read.ok()) {
        m_counts->setText(tr("The server's answer could not be read: %1").arg(read.error().toString()));
        return;
    }
    domain::ProductOrder order = read.value();
    // The answer names lines and removed services by id: take the names from what was asked.
    QHash<QString, const domain::ProductOrderItem *> asked;
    for (const domain::ProductOrderItem &item : std::as_const(m_sent.items)) {
        asked.insert(item.product.id, &item);
    }
    for (domain::ProductOrderItem &item : order.items) {
        if (item.product.name.isEmpty()) {
            item.product.name = m_numberOf ? m_numberOf(item.product.id) : QString();
        }
        const domain::ProductOrderItem *sent = asked.value(item.product.id);
        for (domain::ServiceChange &change : item.services) {
            for (qsizetype i = 0; sent && change.offering.name.isEmpty() && i < sent->services.size(); ++i) {
                if (sent->services.at(i).product == change.product) {
                    change.offering = sent->services.at(i).offering;
                }
            }
        }
    }
    m_sawRunning = m_sawRunning || !order.completionDate.isValid();
    if (m_sent.items.isEmpty()) {
        m_sent = order; // followed, not sent here: retry from what the server says was asked
    }
    const bool first = m_model->rowCount() == 0;
    m_model->setOrder(order);
    if (first) {
        m_table->fitColumnsUnlessSaved();
    }
    m_title->setText(order.description.isEmpty() ? tr("Order %1").arg(order.id) : order.description);
    const Counts counts = countsOf(order);
    m_progress->setRange(0, int(order.items.size()));
    m_progress->setValue(counts.done + counts.failed + counts.cancelled);
    m_counts->setText(tr("%1: %2 done, %3 failed, %4 cancelled, %5 waiting")
                          .arg(models::OrderItemsModel::orderStateText(order.state))
                          .arg(counts.done)
                          .arg(counts.failed)
                          .arg(counts.cancelled)
                          .arg(counts.waiting));
    m_cancel->setEnabled(!order.completionDate.isValid() && counts.waiting > 0);
    m_table->setPrintHeader(tr("Group operation %1").arg(order.id),
                            {{tr("What"), order.description},
                             {tr("State"), models::OrderItemsModel::orderStateText(order.state)},
                             {tr("Result"), m_counts->text()}});
}

void OrderWindow::cancelOrder() {
    domain::ProductOrderCancellation cancellation;
    cancellation.orderId = order().id;
    cancellation.reason = tr("Cancelled in CorpCare");
    api::JsonRequestJob *job = m_session->postJson(json::collectionPath(json::Resource::CancelProductOrder),
                                                   QJsonDocument(json::cancelProductOrderJson(cancellation)));
    m_cancel->setEnabled(false);
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            m_counts->setText(tr("The order could not be cancelled: %1").arg(job->error().message));
            m_cancel->setEnabled(true);
        } // else the next reading shows the cancelled items
    });
    job->start();
}

void OrderWindow::tryAgain() {
    m_tryAgain->hide();
    m_counts->setText(href().isEmpty()
                          ? tr("Sending the order for %Ln service user(s)…", nullptr, int(m_sent.items.size()))
                          : tr("Following the order again…"));
    m_tracker->tryAgain();
}

void OrderWindow::retryFailed() {
    domain::ProductOrder retry;
    retry.externalId = QStringLiteral("corpcare-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    retry.description = tr("Retry: %1").arg(m_sent.description);
    QHash<QString, domain::ProductOrderItem> asked;
    for (const domain::ProductOrderItem &item : m_sent.items) {
        asked.insert(item.product.id, item);
    }
    for (const domain::ProductOrderItem &item : order().items) {
        if (item.state == domain::OrderItemState::Failed && asked.contains(item.product.id)) {
            domain::ProductOrderItem again = asked.value(item.product.id);
            again.id = QString::number(retry.items.size() + 1);
            again.state = domain::OrderItemState::Acknowledged;
            again.stateReason.clear();
            for (int child = 0; child < again.services.size(); ++child) {
                again.services[child].id = QStringLiteral("%1.%2").arg(again.id).arg(child + 1);
            }
            retry.items.append(again);
        }
    }
    if (retry.items.isEmpty()) {
        return;
    }
    m_retry->setEnabled(false);
    submit(retry);
}

} // namespace corpcare::views
