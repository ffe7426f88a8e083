#pragma once

#include "domain/product_order.h"
#include "domain/threshold.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace corpcare::api {
class Session;
}
namespace corpcare::models {
class CompanyData;
class ThresholdsData;
} // namespace corpcare::models

namespace corpcare::views {

class OrderWindow;
class SearchPanel;
class SmsWindow;

// Issue 5's flow: the charge thresholds of the company, the search window, and what is done to the
// users it finds: a group operation (preview, then one product order followed to its end) or an SMS
// followed until every receiver is final. When an order has changed lines, they are read again and
// replaced where they stand in CompanyData (linesRefreshed), so that every table shows them as they
// are now; if that read fails, refreshWanted() asks for the whole company again.
class OperationsController : public QObject {
    Q_OBJECT
public:
    OperationsController(api::Session *session, models::CompanyData *data, QWidget *window);

    models::ThresholdsData *thresholds() const { return m_thresholds; }
    void loadThresholds();
    void openSearch();
    SearchPanel *searchPanel() const;
    // A group operation on these lines: the dialog, then the order window (the dialog's seam for tests
    // is dialogShown()).
    void startGroupOperation(const QStringList &productIds);
    void startSms(const QStringList &productIds);
    // The user's orders of the last days as the server lists them, with their state; and, when the
    // program opens, the ones still running are followed again.
    static constexpr int kRecentDays = 14;
    void showRecentOrders();
    OrderWindow *followOrder(const QString &href);
    void resumeRunningOrders();
    // Thresholds of these lines (each its own), or a default for a group (an Organization or a
    // BillingAccount): the dialog (dialogShown() again for tests), then one POST a target.
    void editThresholds(const QStringList &productIds);
    void editDefaultThreshold(domain::ThresholdTargetKind kind, const QString &targetId);
    // Reads these lines again and merges them into CompanyData.
    void refreshLines(const QStringList &productIds);

signals:
    void thresholdsLoaded();
    void dialogShown(QObject *dialog); // before exec(): a test may answer it
    void orderWindowOpened(corpcare::views::OrderWindow *window);
    void smsWindowOpened(corpcare::views::SmsWindow *window);
    void refreshWanted();
    void linesRefreshed(const QStringList &productIds);
    void thresholdsSaved(int saved, const QStringList &problems); // then the thresholds are read again
    void userActivated(const QString &productId);

private:
    void saveThresholds(QList<domain::ChargeThreshold> thresholds);
    bool mayManageThresholds();

    api::Session *m_session;
    models::CompanyData *m_data;
    QWidget *m_window;
    models::ThresholdsData *m_thresholds;
    QPointer<QWidget> m_search;
    QPointer<SearchPanel> m_panel;
    bool m_resumed = false;
    struct RecentOrder {
        QString href;
        QString description;
        domain::OrderState state = domain::OrderState::Acknowledged;
        QDateTime date;
    };
    void watch(OrderWindow *window);
    OrderWindow *openOrderWindow(); // shown, watched, with the lines' numbers
    void listOrders(const QString &filter, std::function<void(const QList<RecentOrder> &)> then);
};

} // namespace corpcare::views
