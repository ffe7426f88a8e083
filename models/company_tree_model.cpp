#include "models/company_tree_model.h"

#include "models/roles.h"

namespace corpcare::models {

CompanyTreeModel::CompanyTreeModel(const CompanyData *data, QObject *parent)
    : QAbstractItemModel(parent), m_data(data) {
    connect(data, &CompanyData::organizationsChanged, this, &CompanyTreeModel::rebuild);
    connect(data, &CompanyData::accountsChanged, this, &CompanyTreeModel::rebuild);
    connect(data, &CompanyData::cleared, this, &CompanyTreeModel::rebuild);
    connect(data, &CompanyData::serviceUsersAppended, this, &CompanyTreeModel::onUsersAppended);
    // Replaced lines may be suspended or resumed now: the shown user rows repaint their marks.
    connect(data, &CompanyData::serviceUsersChanged, this, [this] {
        for (const int node : std::as_const(m_accountNodes)) {
            const int shown = m_nodes[size_t(node)].usersShown;
            if (shown > 0) {
                const QModelIndex account = indexOfNode(node);
                emit dataChanged(index(0, 0, account), index(shown - 1, 0, account));
            }
        }
    });
    rebuild();
}

int CompanyTreeModel::addNode(NodeKind kind, const QString &id, int parent) {
    const int node = int(m_nodes.size());
    const int row = int(childrenOf(parent).size());
    m_nodes.push_back(Node{kind, id, parent, row, {}, 0, false}); // may move every node: no references held across it
    (parent < 0 ? m_roots : m_nodes[size_t(parent)].children).push_back(node);
    return node;
}

void CompanyTreeModel::rebuild() {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_accountNodes.clear();
    // Organizations whose parent is not visible are roots: a department head's tree starts at his
    // department, since the company itself is outside his scope.
    QHash<QString, int> organizationNodes;
    std::vector<const domain::Organization *> pending;
    for (const domain::Organization &organization : m_data->organizations()) {
        pending.push_back(&organization);
    }
    bool progress = true;
    while (!pending.empty() && progress) {
        progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            const domain::Organization *organization = *it;
            const bool parentVisible = m_data->organization(organization->parent.id) != nullptr;
            if (parentVisible && !organizationNodes.contains(organization->parent.id)) {
                ++it; // its parent is not placed yet
                continue;
            }
            const int parent = parentVisible ? organizationNodes.value(organization->parent.id) : -1;
            const NodeKind kind =
                organization->type == domain::OrganizationType::Company ? NodeKind::Company : NodeKind::Department;
            organizationNodes.insert(organization->id, addNode(kind, organization->id, parent));
            it = pending.erase(it);
            progress = true;
        }
    }
    for (const domain::BillingAccount &account : m_data->accounts()) {
        const int parent = organizationNodes.value(account.owner.id, -1);
        m_accountNodes.insert(account.id, addNode(NodeKind::Account, account.id, parent));
    }
    endResetModel();
}

void CompanyTreeModel::onUsersAppended() {
    // Accounts already expanded show their new users at once; the others fetch when expanded.
    for (auto it = m_accountNodes.constBegin(); it != m_accountNodes.constEnd(); ++it) {
        const Node &node = m_nodes[size_t(it.value())];
        if (node.usersShown > 0 || node.open) {
            fetchMore(indexOfNode(it.value()));
        }
    }
}

QModelIndex CompanyTreeModel::indexOfNode(int node) const {
    return node < 0 ? QModelIndex() : createIndex(m_nodes[size_t(node)].row, 0, quintptr(node));
}

QModelIndex CompanyTreeModel::index(int row, int column, const QModelIndex &parent) const {
    const std::vector<int> &children = childrenOf(nodeOf(parent));
    if (column != 0 || row < 0 || row >= int(children.size())) {
        return {};
    }
    return createIndex(row, 0, quintptr(children[size_t(row)]));
}

QModelIndex CompanyTreeModel::parent(const QModelIndex &child) const {
    const int node = nodeOf(child);
    return node < 0 ? QModelIndex() : indexOfNode(m_nodes[size_t(node)].parent);
}

int CompanyTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0) {
        return 0;
    }
    return int(childrenOf(nodeOf(parent)).size());
}

int CompanyTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

bool CompanyTreeModel::hasChildren(const QModelIndex &parent) const {
    const int node = nodeOf(parent);
    if (node >= 0 && m_nodes[size_t(node)].kind == NodeKind::Account) {
        // Always expandable, as lazy trees are: views ask this once when they lay the tree out, which
        // happens before an account's users have arrived, and would never show the arrow otherwise.
        return true;
    }
    return !childrenOf(node).empty();
}

bool CompanyTreeModel::canFetchMore(const QModelIndex &parent) const {
    const int node = nodeOf(parent);
    if (node < 0 || m_nodes[size_t(node)].kind != NodeKind::Account) {
        return false;
    }
    return m_nodes[size_t(node)].usersShown < int(m_data->usersOfAccount(m_nodes[size_t(node)].id).size());
}

void CompanyTreeModel::fetchMore(const QModelIndex &parent) {
    const int node = nodeOf(parent);
    if (!canFetchMore(parent)) {
        return;
    }
    const std::vector<int> &users = m_data->usersOfAccount(m_nodes[size_t(node)].id);
    const int from = m_nodes[size_t(node)].usersShown;
    const int to = qMin(int(users.size()), from + kFetchBatch);
    // Claim the range before announcing it: whoever reacts to beginInsertRows (a view, a tester) may ask
    // canFetchMore again, and must not fetch the same users a second time.
    m_nodes[size_t(node)].usersShown = to;
    const int firstRow = int(m_nodes[size_t(node)].children.size());
    beginInsertRows(parent, firstRow, firstRow + (to - from) - 1);
    for (int i = from; i < to; ++i) {
        addNode(NodeKind::ServiceUser, m_data->serviceUsers()[size_t(users[size_t(i)])].id, node);
    }
    endInsertRows();
}

QString CompanyTreeModel::labelOf(const Node &node) const {
    switch (node.kind) {
    case NodeKind::Company:
    case NodeKind::Department:
        if (const auto *organization = m_data->organization(node.id)) {
            return organization->name;
        }
        break;
    case NodeKind::Account:
        if (const auto *account = m_data->account(node.id)) {
            return account->name;
        }
        break;
    case NodeKind::ServiceUser:
        if (const auto *user = m_data->serviceUser(node.id)) {
            return domain::formatMsisdn(user->msisdn) + QStringLiteral(" — ") + user->user.name;
        }
        break;
    }
    return node.id;
}

QVariant CompanyTreeModel::data(const QModelIndex &index, int role) const {
    const int node = nodeOf(index);
    if (node < 0) {
        return {};
    }
    const Node &n = m_nodes[size_t(node)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return labelOf(n);
    case IdRole:
        return n.id;
    case NodeKindRole:
        return QVariant::fromValue(n.kind);
    case AttentionRole:
        if (n.kind == NodeKind::ServiceUser) {
            const auto *user = m_data->serviceUser(n.id);
            return user && user->status == domain::ProductStatus::Suspended;
        }
        if (n.kind == NodeKind::Account) {
            const auto *account = m_data->account(n.id);
            return account && account->state != domain::AccountState::Active;
        }
        return false;
    default:
        return {};
    }
}

void CompanyTreeModel::setAccountOpen(const QModelIndex &account, bool open) {
    const int node = nodeOf(account);
    if (node >= 0 && m_nodes[size_t(node)].kind == NodeKind::Account) {
        m_nodes[size_t(node)].open = open;
    }
}

CompanyTreeModel::NodeKind CompanyTreeModel::kindOf(const QModelIndex &index) const {
    const int node = nodeOf(index);
    return node < 0 ? NodeKind::Company : m_nodes[size_t(node)].kind;
}

QString CompanyTreeModel::idOf(const QModelIndex &index) const {
    const int node = nodeOf(index);
    return node < 0 ? QString() : m_nodes[size_t(node)].id;
}

QModelIndex CompanyTreeModel::find(NodeKind kind, const QString &id) {
    if (kind == NodeKind::ServiceUser) {
        const auto *user = m_data->serviceUser(id);
        if (!user || !m_accountNodes.contains(user->billingAccount.id)) {
            return {};
        }
        const QModelIndex account = indexOfNode(m_accountNodes.value(user->billingAccount.id));
        size_t searched = 0; // children already looked at: each fetch adds only new ones to look at
        while (true) {
            const std::vector<int> &children = m_nodes[size_t(nodeOf(account))].children;
            for (; searched < children.size(); ++searched) {
                if (m_nodes[size_t(children[searched])].id == id) {
                    return indexOfNode(children[searched]);
                }
            }
            if (!canFetchMore(account)) {
                return {};
            }
            fetchMore(account);
        }
    }
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        if (m_nodes[node].kind == kind && m_nodes[node].id == id) {
            return indexOfNode(int(node));
        }
    }
    return {};
}

} // namespace corpcare::models
