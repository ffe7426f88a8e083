#pragma once

#include "domain/bill.h"
#include "domain/charges_report.h"
#include "domain/payment.h"
#include "domain/period.h"
#include "export/report_print.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;

namespace corpcare::models {
class BillItemsModel;
class BillsModel;
class ChargesModel;
class PaymentAllocationsModel;
class PaymentsModel;
} // namespace corpcare::models

namespace corpcare::views {

class FinanceCharts;
class AccountChooser;
class PeriodPicker;
class TableView;

// Financial control (issue 4): the bills of one account or of all, over a period; the charges since
// the last bill grouped by account, service user or service, with drilling into a group; the payments
// and how they were applied. It only shows: FinanceController loads what the choice asks for.
class FinanceWindow : public QWidget {
    Q_OBJECT
public:
    explicit FinanceWindow(QWidget *parent = nullptr);
    ~FinanceWindow() override;

    // The accounts to choose from (id, name); the choice "all" loads every account the user may see.
    void setAccounts(const QList<std::pair<QString, QString>> &accounts);
    void setCompanyName(const QString &name) { m_companyName = name; }
    void selectAccount(const QString &accountId); // empty: all accounts
    void selectAccounts(const QStringList &accountIds);
    QStringList selectedAccountIds() const; // empty: all accounts
    PeriodPicker *periodPicker() const { return m_period; }
    domain::Period period() const;

    void setBills(QList<domain::Bill> bills);
    void setUnbilledCharges(QList<domain::BillItem> items);
    void setPayments(QList<domain::Payment> payments);
    void setStatus(const QString &text); // progress or a problem, in words
    // A button of another feature (report delivery) in the row of the account and period, before Refresh.
    void addTool(QWidget *tool);
    void setLoading(bool loading); // offers Cancel while it loads
    // The billed lines of the period, for the charts: loaded only when the charts are looked at.
    void setPeriodCharges(QList<domain::BillItem> items);
    bool chartsShown() const;
    bool periodChargesStale() const { return m_periodChargesStale; }
    void markPeriodChargesStale();
    // The itemization of the chosen accounts and period (a million lines and more), loaded only when
    // its tab is shown; the controller feeds the model and says when all lines are in.
    bool itemizationShown() const;
    bool itemizationStale() const { return m_itemizationStale; }
    void markItemizationStale();
    void startItemization(); // empties the table for a new load
    void finishItemization(const domain::Money &taxExcluded, const domain::Money &taxIncluded, qint64 lines);

    // Charges: the grouping of the level shown, the levels drilled into, and back.
    void setGrouping(domain::ChargeGrouping grouping);
    void drillInto(int row); // a row of the charges model (source order)
    void drillBack();
    int drillDepth() const { return int(m_levels.size()); }
    const domain::ChargesReport &chargesReport() const;

    QTabWidget *tabs() const { return m_tabs; }
    TableView *billsTable() const { return m_billsTable; }
    TableView *chargesTable() const { return m_chargesTable; }
    TableView *paymentsTable() const { return m_paymentsTable; }
    TableView *allocationsTable() const { return m_allocationsTable; }
    models::BillsModel *bills() const { return m_bills; }
    models::ChargesModel *charges() const { return m_charges; }
    models::PaymentsModel *payments() const { return m_payments; }
    QLabel *statusLabel() const { return m_status; } // progress, or what could not be loaded
    QLabel *billsTotals() const { return m_billsTotals; }
    QLabel *chargesTotals() const { return m_chargesTotals; }
    QLabel *paymentsTotals() const { return m_paymentsTotals; }
    QLabel *chargesPath() const { return m_chargesPath; }
    FinanceCharts *charts() const { return m_charts; }
    models::BillItemsModel *itemization() const { return m_items; }
    TableView *itemizationTable() const { return m_itemsTable; }
    QLabel *itemizationTotals() const { return m_itemsTotals; }

signals:
    void selectionChanged(); // accounts or period: load again
    void refreshRequested();
    void cancelRequested();
    void billActivated(const corpcare::domain::Bill &bill);
    void billIdActivated(const QString &billId); // a bill known by id only (a payment's allocation)
    void serviceUserActivated(const QString &productId);
    void periodChargesWanted(); // the charts are shown and their lines are not those of the choice
    void itemizationWanted();   // the same for the itemization tab

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeBillsPage();
    QWidget *makeChargesPage();
    QWidget *makePaymentsPage();
    QWidget *makeItemizationPage();
    void onTabShown();
    void showLevel();
    void showPaymentAllocations();
    void restoreState();
    void saveState() const;
    QList<exports::ReportField> reportFields(bool withPeriod) const; // what every printed report says first
    void setChargesPrintHeader();

    struct Level {
        domain::ChargesReport report;
        QString title; // the group drilled into; empty for the top level
    };

    QString m_companyName;
    QHBoxLayout *m_tools = nullptr; // the row of the account and period
    AccountChooser *m_accounts;
    PeriodPicker *m_period;
    QLabel *m_status;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    models::BillsModel *m_bills;
    QSortFilterProxyModel *m_sortedBills;
    TableView *m_billsTable;
    QLabel *m_billsTotals;
    models::ChargesModel *m_charges;
    QSortFilterProxyModel *m_sortedCharges;
    TableView *m_chargesTable;
    QComboBox *m_grouping;
    QToolButton *m_back;
    QToolButton *m_openUser;
    QLabel *m_chargesPath;
    QLabel *m_chargesTotals;
    std::vector<Level> m_levels; // [0] = all charges since the last bill
    models::PaymentsModel *m_payments;
    QSortFilterProxyModel *m_sortedPayments;
    TableView *m_paymentsTable;
    models::PaymentAllocationsModel *m_allocations;
    TableView *m_allocationsTable;
    QLabel *m_paymentsTotals;
    FinanceCharts *m_charts;
    bool m_periodChargesStale = true;
    models::BillItemsModel *m_items;
    TableView *m_itemsTable;
    QLabel *m_itemsTotals;
    bool m_itemizationStale = true;
};

} // namespace corpcare::views
