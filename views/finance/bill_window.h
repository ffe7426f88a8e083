#pragma once

#include "domain/bill_report.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;

namespace corpcare::models {
class BillItemsModel;
class BillSharesModel;
} // namespace corpcare::models
namespace corpcare::charts {
class SharePieChart;
}

namespace corpcare::views {

class TableView;

// One bill: its figures, each service user's share of it (a BillReport, with totals that equal the
// bill's amounts to the cent) as a table and a pie, and its itemization lines. From a share to that
// user's lines (Enter), from the lines to the user (Open service user), and back (Show all lines).
class BillWindow : public QDialog {
    Q_OBJECT
public:
    explicit BillWindow(const domain::Bill &bill, const QString &companyName, QWidget *parent = nullptr);

    void setProgress(qint64 loaded, qint64 total);
    void setReport(const domain::BillReport &report, const QList<domain::BillItem> &items);
    void showError(const QString &message); // the itemization did not load: says why, offers Retry
    const domain::BillReport &report() const { return m_report; }
    const domain::Bill &bill() const { return m_bill; }
    TableView *sharesTable() const { return m_table; }
    TableView *linesTable() const { return m_linesTable; }
    charts::SharePieChart *pie() const { return m_pie; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *retryButton() const; // shown when the itemization did not load

    // The lines of one service user (a share's product id), or all lines when empty.
    void showLinesOf(const QString &productId);
    QString linesUser() const { return m_linesUser; }

signals:
    void serviceUserActivated(const QString &productId);
    void retryRequested(); // load the itemization again

private:
    QWidget *makeSharesPage();
    QWidget *makeLinesPage();
    void setPrintHeaders();

    domain::Bill m_bill;
    QString m_companyName;
    domain::BillReport m_report;
    QTabWidget *m_tabs;
    models::BillSharesModel *m_model;
    QLabel *m_status;
    QPushButton *m_retry;
    QLabel *m_totals;
    TableView *m_table;
    charts::SharePieChart *m_pie;
    models::BillItemsModel *m_lines;
    QSortFilterProxyModel *m_linesFilter;
    TableView *m_linesTable;
    QLabel *m_linesOf;
    QPushButton *m_allLines;
    QPushButton *m_openUser;
    QString m_linesUser;
};

} // namespace corpcare::views
