#pragma once

#include "domain/bill.h"
#include "models/company_tree_model.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace corpcare::models {
class AccountsFilterModel;
class AccountsModel;
class BillsModel;
class CompanyData;
class ServiceUsersFilterModel;
class ServiceUsersModel;
} // namespace corpcare::models

namespace corpcare::views {

class AccountDetailView;
class CommentsPanel;
class FilterLineEdit;
class ServiceUserDetailView;
class TableView;

// Where the user is: a node of the company tree.
struct Location {
    models::CompanyTreeModel::NodeKind kind = models::CompanyTreeModel::NodeKind::Company;
    QString id;
    bool isValid() const { return !id.isEmpty(); }
    bool operator==(const Location &) const = default;
    QString toSetting() const;
    static Location fromSetting(const QString &text);
};

// The company tree on the left and what the selected node shows on the right: a department's
// accounts and service users, an account's figures, users and comments, a user's detail and
// comments. Drill down with Enter or a double click; back and forward like a browser.
class CompanyBrowser : public QWidget {
    Q_OBJECT
public:
    explicit CompanyBrowser(models::CompanyData *data, QWidget *parent = nullptr);
    ~CompanyBrowser() override;

    Location location() const { return m_location; }
    void showLocation(const Location &location);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void back();
    void forward();
    void focusQuickFilter();
    // Called when the users list finishes loading: the visible tables re-sort by their headers.
    void applySorting();

    void saveState() const;
    void restoreState();

    CommentsPanel *accountComments() const { return m_accountComments; }
    models::BillsModel *accountBills() const { return m_accountBills; }
    TableView *accountBillsTable() const { return m_accountBillsTable; }
    // Said instead of the bills when they cannot be shown (no permission, an error); empty hides it.
    void setAccountBillsMessage(const QString &message);
    CommentsPanel *userComments() const { return m_userComments; }
    ServiceUserDetailView *userDetail() const { return m_userDetail; }
    QTreeView *tree() const { return m_tree; }
    TableView *usersTable() const { return m_usersTable; }
    TableView *accountsTable() const { return m_accountsTable; }

signals:
    void locationChanged(const corpcare::views::Location &location);
    void navigationChanged();
    void billActivated(const corpcare::domain::Bill &bill);

private:
    void onTreeCurrentChanged(const QModelIndex &current);
    void show(const Location &location, bool recordHistory);
    void refreshCurrent();
    void selectInTree(const Location &location);
    void expandOrganizations(const QModelIndex &parent);
    void openRow(const QModelIndex &index, models::CompanyTreeModel::NodeKind kind);
    QWidget *makeUsersPane(models::ServiceUsersFilterModel *filter, TableView *table, FilterLineEdit *box);

    models::CompanyData *m_data;
    models::CompanyTreeModel *m_treeModel;
    models::AccountsModel *m_accountsModel;
    models::AccountsFilterModel *m_accountsFilter;
    models::ServiceUsersModel *m_usersModel;
    models::ServiceUsersFilterModel *m_usersFilter;        // overview page
    models::ServiceUsersFilterModel *m_accountUsersFilter; // account page

    QSplitter *m_splitter;
    QTreeView *m_tree;
    QStackedWidget *m_pages;
    QWidget *m_overviewPage;
    QLabel *m_overviewTitle;
    QTabWidget *m_overviewTabs;
    TableView *m_accountsTable;
    TableView *m_usersTable;
    FilterLineEdit *m_usersFilterBox;
    QWidget *m_accountPage;
    AccountDetailView *m_accountDetail;
    TableView *m_accountUsersTable;
    FilterLineEdit *m_accountUsersFilterBox;
    CommentsPanel *m_accountComments;
    models::BillsModel *m_accountBills;
    TableView *m_accountBillsTable;
    QLabel *m_accountBillsMessage;
    QWidget *m_userPage;
    ServiceUserDetailView *m_userDetail;
    CommentsPanel *m_userComments;
    QWidget *m_emptyPage;

    Location m_location;
    QList<Location> m_back;
    QList<Location> m_forward;
    bool m_selectingInTree = false;
    QTimer m_titleRefresh;
};

} // namespace corpcare::views
