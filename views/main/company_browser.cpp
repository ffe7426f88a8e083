#include "views/main/company_browser.h"

#include "models/accounts_filter_model.h"
#include "models/accounts_model.h"
#include "models/bills_model.h"
#include "models/company_data.h"
#include "models/roles.h"
#include "models/service_users_filter_model.h"
#include "models/service_users_model.h"
#include "views/common/filter_line_edit.h"
#include "views/common/table_view.h"
#include "views/detail/account_detail_view.h"
#include "views/detail/comments_panel.h"
#include "views/detail/service_user_detail_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace corpcare::views {

using models::CompanyTreeModel;
using NodeKind = models::CompanyTreeModel::NodeKind;

namespace {
constexpr int kHistoryLimit = 100;

QString kindName(NodeKind kind) {
    switch (kind) {
    case NodeKind::Company:
        return QStringLiteral("company");
    case NodeKind::Department:
        return QStringLiteral("department");
    case NodeKind::Account:
        return QStringLiteral("account");
    case NodeKind::ServiceUser:
        return QStringLiteral("serviceUser");
    }
    return {};
}
} // namespace

QString Location::toSetting() const {
    return isValid() ? kindName(kind) + QLatin1Char(':') + id : QString();
}

Location Location::fromSetting(const QString &text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return {};
    }
    const QString kind = text.left(colon);
    for (NodeKind candidate : {NodeKind::Company, NodeKind::Department, NodeKind::Account, NodeKind::ServiceUser}) {
        if (kindName(candidate) == kind) {
            return {candidate, text.mid(colon + 1)};
        }
    }
    return {};
}

CompanyBrowser::CompanyBrowser(models::CompanyData *companyData, QWidget *parent)
    : QWidget(parent), m_data(companyData), m_treeModel(new CompanyTreeModel(companyData, this)),
      m_accountsModel(new models::AccountsModel(companyData, this)),
      m_accountsFilter(new models::AccountsFilterModel(this)),
      m_usersModel(new models::ServiceUsersModel(companyData, this)),
      m_usersFilter(new models::ServiceUsersFilterModel(this)),
      m_accountUsersFilter(new models::ServiceUsersFilterModel(this)), m_splitter(new QSplitter(this)),
      m_tree(new QTreeView(m_splitter)), m_pages(new QStackedWidget(m_splitter)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_tree->setObjectName(QStringLiteral("companyTree"));
    m_tree->setAccessibleName(tr("Company tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_tree, &QTreeView::expanded, m_treeModel,
            [this](const QModelIndex &index) { m_treeModel->setAccountOpen(index, true); });
    connect(m_tree, &QTreeView::collapsed, m_treeModel,
            [this](const QModelIndex &index) { m_treeModel->setAccountOpen(index, false); });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] {
        expandOrganizations(QModelIndex());
        if (m_location.isValid()) {
            selectInTree(m_location);
        }
    });

    m_accountsFilter->setSourceModel(m_accountsModel);
    m_usersFilter->setUsersModel(m_usersModel);
    m_accountUsersFilter->setUsersModel(m_usersModel);

    // Overview of the company or a department: its accounts and its users.
    m_overviewPage = new QWidget(m_pages);
    auto *overview = new QVBoxLayout(m_overviewPage);
    m_overviewTitle = new QLabel(m_overviewPage);
    QFont big = m_overviewTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_overviewTitle->setFont(big);
    m_overviewTabs = new QTabWidget(m_overviewPage);
    m_accountsTable = new TableView(QStringLiteral("accounts"), m_overviewTabs);
    m_accountsTable->setAccessibleName(tr("Billing accounts"));
    m_accountsTable->setModel(m_accountsFilter);
    m_usersTable = new TableView(QStringLiteral("serviceUsers"), m_overviewTabs);
    m_usersTable->setAccessibleName(tr("Service users"));
    m_usersFilterBox = new FilterLineEdit(m_overviewTabs);
    m_overviewTabs->addTab(m_accountsTable, tr("&Accounts"));
    m_overviewTabs->addTab(makeUsersPane(m_usersFilter, m_usersTable, m_usersFilterBox), tr("&Service users"));
    overview->addWidget(m_overviewTitle);
    overview->addWidget(m_overviewTabs, 1);
    connect(m_accountsTable, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { openRow(index, NodeKind::Account); });

    // One account: its figures, its users, its comments.
    m_accountPage = new QWidget(m_pages);
    auto *account = new QVBoxLayout(m_accountPage);
    m_accountDetail = new AccountDetailView(m_accountPage);
    auto *accountTabs = new QTabWidget(m_accountPage);
    m_accountUsersTable = new TableView(QStringLiteral("accountServiceUsers"), accountTabs);
    m_accountUsersTable->setAccessibleName(tr("Service users of the account"));
    m_accountUsersFilterBox = new FilterLineEdit(accountTabs);
    m_accountComments = new CommentsPanel(accountTabs);
    accountTabs->addTab(makeUsersPane(m_accountUsersFilter, m_accountUsersTable, m_accountUsersFilterBox),
                        tr("Service &users"));
    accountTabs->addTab(m_accountComments, tr("&Comments"));
    // Bills of the account: the way into an itemization and each user's share.
    m_accountBills = new models::BillsModel(this);
    auto *billsPane = new QWidget(accountTabs);
    auto *billsLayout = new QVBoxLayout(billsPane);
    billsLayout->setContentsMargins(0, 4, 0, 0);
    m_accountBillsMessage = new QLabel(billsPane);
    m_accountBillsMessage->setWordWrap(true);
    m_accountBillsMessage->hide();
    m_accountBillsTable = new TableView(QStringLiteral("accountBills"), billsPane);
    m_accountBillsTable->setAccessibleName(tr("Bills of the account"));
    auto *sortedBills = new QSortFilterProxyModel(this); // twelve a year: the proxy may sort them itself
    sortedBills->setSourceModel(m_accountBills);
    sortedBills->setSortRole(models::RawValueRole);
    m_accountBillsTable->setModel(sortedBills);
    m_accountBillsTable->setColumnHidden(models::BillsModel::Account, true); // it is this account
    billsLayout->addWidget(m_accountBillsMessage);
    billsLayout->addWidget(m_accountBillsTable, 1);
    accountTabs->addTab(billsPane, tr("&Bills"));
    connect(m_accountBillsTable, &TableView::rowActivated, this, [this, sortedBills](const QModelIndex &index) {
        emit billActivated(m_accountBills->billAt(sortedBills->mapToSource(index).row()));
    });
    account->addWidget(m_accountDetail);
    account->addWidget(accountTabs, 1);

    // One service user: detail and comments.
    m_userPage = new QWidget(m_pages);
    auto *user = new QHBoxLayout(m_userPage);
    m_userDetail = new ServiceUserDetailView(m_userPage);
    m_userComments = new CommentsPanel(m_userPage);
    user->addWidget(m_userDetail, 3);
    user->addWidget(m_userComments, 2);
    connect(m_userDetail, &ServiceUserDetailView::accountLinkActivated, this, [this](const QString &id) {
        showLocation({NodeKind::Account, id});
    });

    m_emptyPage = new QLabel(tr("Loading the company…"), m_pages);
    static_cast<QLabel *>(m_emptyPage)->setAlignment(Qt::AlignCenter);
    for (QWidget *page : {m_emptyPage, m_overviewPage, m_accountPage, m_userPage}) {
        m_pages->addWidget(page);
    }

    // New users arrive slice by slice: the open overview's title catches up a few times a second, not
    // on every slice (each new title lays the page out again).
    m_titleRefresh.setSingleShot(true);
    m_titleRefresh.setInterval(300);
    connect(&m_titleRefresh, &QTimer::timeout, this, [this] {
        if (m_location.kind == NodeKind::Company || m_location.kind == NodeKind::Department) {
            refreshCurrent();
        }
    });
    connect(companyData, &models::CompanyData::serviceUsersAppended, &m_titleRefresh, [this] {
        if (!m_titleRefresh.isActive()) {
            m_titleRefresh.start();
        }
    });
    // The user shown was replaced by a fresher copy (after a group operation): show the new values.
    connect(companyData, &models::CompanyData::serviceUsersChanged, this, [this](const QList<int> &indexes) {
        if (m_location.kind != NodeKind::ServiceUser) {
            return;
        }
        const int shown = m_data->serviceUserIndex(m_location.id);
        if (shown >= 0 && std::binary_search(indexes.begin(), indexes.end(), shown)) {
            m_userDetail->setServiceUser(m_data->serviceUsers()[size_t(shown)]);
        }
    });
    // Signed out or reloading: nothing of the previous user's data stays on screen or in the history.
    connect(companyData, &models::CompanyData::cleared, this, [this] {
        m_location = {};
        m_back.clear();
        m_forward.clear();
        m_pages->setCurrentWidget(m_emptyPage);
        emit navigationChanged();
    });
    // Both users tables show the one ServiceUsersModel: a sort in one is the order of both.
    for (auto [from, to] :
         {std::pair{m_usersTable, m_accountUsersTable}, std::pair{m_accountUsersTable, m_usersTable}}) {
        connect(from->horizontalHeader(), &QHeaderView::sortIndicatorChanged, to,
                [to](int section, Qt::SortOrder order) {
                    const QSignalBlocker blocker(to->horizontalHeader());
                    to->horizontalHeader()->setSortIndicator(section, order);
                });
    }
    connect(companyData, &models::CompanyData::accountsChanged, this, [this] {
        refreshCurrent();
        m_accountsTable->fitColumnsUnlessSaved();
    });
}

CompanyBrowser::~CompanyBrowser() = default;

QWidget *CompanyBrowser::makeUsersPane(models::ServiceUsersFilterModel *filter, TableView *table, FilterLineEdit *box) {
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    table->setModel(filter);
    layout->addWidget(box);
    layout->addWidget(table, 1);
    setTabOrder(box, table); // the table was made first; Tab still goes from the filter to its table
    connect(box, &FilterLineEdit::filterChanged, filter, &models::ServiceUsersFilterModel::setQuickFilter);
    connect(table, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { openRow(index, NodeKind::ServiceUser); });
    return pane;
}

void CompanyBrowser::expandOrganizations(const QModelIndex &parent) {
    // The company and its departments open; accounts stay closed until the user opens one (opening an
    // account before its users have arrived would show it empty).
    for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
        const QModelIndex index = m_treeModel->index(row, 0, parent);
        if (m_treeModel->kindOf(index) != NodeKind::Account) {
            m_tree->expand(index);
            expandOrganizations(index);
        }
    }
}

void CompanyBrowser::setAccountBillsMessage(const QString &message) {
    m_accountBillsMessage->setText(message);
    m_accountBillsMessage->setVisible(!message.isEmpty());
}

void CompanyBrowser::openRow(const QModelIndex &index, NodeKind kind) {
    const QString id = index.data(models::IdRole).toString();
    if (!id.isEmpty()) {
        showLocation({kind, id});
    }
}

void CompanyBrowser::showLocation(const Location &location) {
    show(location, true);
}

void CompanyBrowser::show(const Location &location, bool recordHistory) {
    if (!location.isValid()) {
        return;
    }
    if (recordHistory && m_location.isValid() && !(m_location == location)) {
        m_back.append(m_location);
        if (m_back.size() > kHistoryLimit) {
            m_back.removeFirst();
        }
        m_forward.clear();
    }
    m_location = location;
    selectInTree(location);
    refreshCurrent();
    emit locationChanged(location);
    emit navigationChanged();
}

void CompanyBrowser::back() {
    if (m_back.isEmpty()) {
        return;
    }
    m_forward.prepend(m_location);
    show(m_back.takeLast(), false);
}

void CompanyBrowser::forward() {
    if (m_forward.isEmpty()) {
        return;
    }
    m_back.append(m_location);
    show(m_forward.takeFirst(), false);
}

void CompanyBrowser::refreshCurrent() {
    switch (m_location.kind) {
    case NodeKind::Company:
    case NodeKind::Department: {
        const auto *organization = m_data->organization(m_location.id);
        if (!organization) {
            m_pages->setCurrentWidget(m_emptyPage);
            return;
        }
        const QStringList subtree = m_data->organizationSubtree(m_location.id);
        const QSet<QString> organizations(subtree.begin(), subtree.end());
        // The whole company needs no scope test at all: every row is in it.
        const bool everything = subtree.size() == qsizetype(m_data->organizations().size());
        m_accountsFilter->setOrganizations(everything ? QSet<QString>() : organizations);
        m_usersFilter->setScope(everything ? QSet<QString>() : organizations, {});
        m_overviewTitle->setText(
            tr("%1 — %Ln billing account(s)", nullptr, m_accountsFilter->rowCount()).arg(organization->name) +
            tr(", %Ln service user(s)", nullptr, m_usersFilter->rowCount()));
        m_pages->setCurrentWidget(m_overviewPage);
        break;
    }
    case NodeKind::Account: {
        const auto *account = m_data->account(m_location.id);
        if (!account) {
            m_pages->setCurrentWidget(m_emptyPage);
            return;
        }
        m_accountDetail->setAccount(*account, m_accountsModel->today());
        m_accountUsersFilter->setScope({}, {account->id});
        m_pages->setCurrentWidget(m_accountPage);
        break;
    }
    case NodeKind::ServiceUser: {
        const auto *user = m_data->serviceUser(m_location.id);
        if (!user) {
            m_pages->setCurrentWidget(m_emptyPage);
            return;
        }
        if (m_userDetail->shownUserId() != user->id) {
            m_userDetail->setServiceUser(*user);
        }
        m_pages->setCurrentWidget(m_userPage);
        break;
    }
    }
}

void CompanyBrowser::selectInTree(const Location &location) {
    const QModelIndex index = m_treeModel->find(location.kind, location.id);
    if (!index.isValid() || m_tree->currentIndex() == index) {
        return;
    }
    m_selectingInTree = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        m_tree->expand(parent);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_selectingInTree = false;
}

void CompanyBrowser::onTreeCurrentChanged(const QModelIndex &current) {
    if (m_selectingInTree || !current.isValid()) {
        return;
    }
    showLocation({m_treeModel->kindOf(current), m_treeModel->idOf(current)});
}

void CompanyBrowser::focusQuickFilter() {
    if (m_pages->currentWidget() == m_accountPage) {
        m_accountUsersFilterBox->setFocus();
        m_accountUsersFilterBox->selectAll();
        return;
    }
    if (m_pages->currentWidget() == m_overviewPage) {
        m_overviewTabs->setCurrentIndex(1);
        m_usersFilterBox->setFocus();
        m_usersFilterBox->selectAll();
    }
}

void CompanyBrowser::applySorting() {
    m_titleRefresh.stop();
    refreshCurrent(); // the final counts
    const QHeaderView *header = m_usersTable->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < header->count()) {
        m_usersFilter->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void CompanyBrowser::saveState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("browser/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("browser/location"), m_location.toSetting());
    settings.setValue(QStringLiteral("browser/overviewTab"), m_overviewTabs->currentIndex());
    for (const TableView *table : {m_accountsTable, m_usersTable, m_accountUsersTable}) {
        table->saveHeaderState();
    }
}

void CompanyBrowser::restoreState() {
    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("browser/splitter")).toByteArray())) {
        m_splitter->setSizes({280, 900});
    }
    m_overviewTabs->setCurrentIndex(settings.value(QStringLiteral("browser/overviewTab"), 0).toInt());
}

} // namespace corpcare::views
