#pragma once

#include "domain/product_order.h"
#include "domain/result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace corpcare::api {
class Session;
class SubmissionTracker;
} // namespace corpcare::api
namespace corpcare::models {
class OrderItemsModel;
}

namespace corpcare::views {

class TableView;

// A group operation as it goes: sent once (an idempotent resend if the answer is lost), then followed
// with a progress bar and done / failed / waiting counts, each line's result in a table (exported like
// every table), Cancel for the items not yet done, and Retry for the failed ones only. When sending or
// following stops on a bad network or a failing server, Try again sends the same order again (the
// server knows it by its externalId, so nothing is done twice) or follows it again.
class OrderWindow : public QWidget {
    Q_OBJECT
public:
    OrderWindow(api::Session *session, QWidget *parent = nullptr);

    void submit(const domain::ProductOrder &order); // a new order (its externalId set)
    void follow(const QString &href);               // one sent earlier
    // A line's number by its product id: the server's answer names lines by id only.
    using NumberOf = std::function<QString(const QString &productId)>;
    void setNumberOf(NumberOf numberOf) { m_numberOf = std::move(numberOf); }
    const domain::ProductOrder &order() const;
    QString href() const;
    // Whether this window saw the order still running (an order opened after it ended changed nothing now).
    bool sawRunning() const { return m_sawRunning; }
    bool isFinal() const;
    TableView *itemsTable() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *counts() const { return m_counts; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *tryAgainButton() const; // shown when sending or following stopped on what may pass

    struct Counts {
        int done = 0;
        int failed = 0;
        int cancelled = 0;
        int waiting = 0;
    };
    static Counts countsOf(const domain::ProductOrder &order);

signals:
    void orderFinished(const corpcare::domain::ProductOrder &order);
    void problem(const QString &message);

private:
    void start();
    void showOrder(const QJsonObject &resource);
    void showRead(const domain::Result<domain::ProductOrder> &read);
    void finishIfShown();
    void cancelOrder();
    void retryFailed();
    void tryAgain();

    api::Session *m_session;
    api::SubmissionTracker *m_tracker = nullptr;
    models::OrderItemsModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_counts;
    TableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_tryAgain;
    domain::ProductOrder m_sent; // what was asked, to retry failed items with the same changes
    NumberOf m_numberOf;
    int m_readsAsked = 0; // answers are read on a worker; an older one that comes late is dropped
    int m_readsShown = 0;
    bool m_finalPending = false;
    bool m_sawRunning = false;
};

} // namespace corpcare::views
