#pragma once

#include "domain/bill_report.h"

#include <QDialog>

class QLabel;

namespace corpcare::models {
class BillSharesModel;
}
namespace corpcare::charts {
class SharePieChart;
}

namespace corpcare::views {

class TableView;

// One bill: its figures, and each service user's share of it from the bill's itemization (a
// BillReport), with totals that equal the bill's amounts to the cent.
class BillWindow : public QDialog {
    Q_OBJECT
public:
    explicit BillWindow(const domain::Bill &bill, QWidget *parent = nullptr);

    void setProgress(qint64 loaded, qint64 total);
    void setReport(const domain::BillReport &report);
    void showError(const QString &message);
    const domain::BillReport &report() const { return m_report; }
    TableView *sharesTable() const { return m_table; }
    charts::SharePieChart *pie() const { return m_pie; }

signals:
    void serviceUserActivated(const QString &productId);

private:
    domain::BillReport m_report;
    models::BillSharesModel *m_model;
    QLabel *m_status;
    QLabel *m_totals;
    TableView *m_table;
    charts::SharePieChart *m_pie;
};

} // namespace corpcare::views
