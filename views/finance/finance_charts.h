#pragma once

#include "domain/bill.h"
#include "domain/charge_shares.h"
#include "domain/period.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace corpcare::charts {
class SeriesLineChart;
class SharePieChart;
} // namespace corpcare::charts

namespace corpcare::views {

// The charts of financial control, each drawn from a report object the tables also use: monthly bill
// amounts by account (line graph), service users' shares in the charges of the period (pie), and the
// charges of the users chosen in the list by month (line graph). Clicking a point or a slice opens
// the bill or the user; each chart saves as PNG / SVG and prints from its context menu.
class FinanceCharts : public QWidget {
    Q_OBJECT
public:
    static constexpr int kListedUsers = 20; // the largest shares, to choose lines from
    static constexpr int kInitiallyChosen = 5;

    explicit FinanceCharts(QWidget *parent = nullptr);

    void setBills(const QList<domain::Bill> &bills);
    void setPeriodCharges(QList<domain::BillItem> items, const domain::Period &period);
    void setLoading(const QString &message); // shown over the charges charts until they come
    const domain::ChargeShares &shares() const { return m_shares; }
    QStringList chosenUsers() const;
    void chooseUsers(const QStringList &productIds);

    charts::SeriesLineChart *billsChart() const { return m_bills; }
    charts::SharePieChart *sharesPie() const { return m_pie; }
    charts::SeriesLineChart *usersChart() const { return m_users; }
    QListWidget *userList() const { return m_userList; }

signals:
    void billIdActivated(const QString &billId);
    void serviceUserActivated(const QString &productId);

private:
    void drawUserLines();

    charts::SeriesLineChart *m_bills;
    charts::SharePieChart *m_pie;
    charts::SeriesLineChart *m_users;
    QListWidget *m_userList;
    QLabel *m_chargesStatus;
    QList<domain::BillItem> m_items;
    domain::ChargeShares m_shares;
    domain::Period m_period;
};

} // namespace corpcare::views
