#pragma once

#include "models/company_data.h"

#include <QAbstractItemModel>

#include <vector>

namespace corpcare::models {

// The company as a tree: company -> departments (nested) -> billing accounts -> service users.
// Service users are many (up to 100,000): an account's users become rows only when the account is
// expanded, and then in batches (canFetchMore / fetchMore), so the tree stays light.
class CompanyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Company, Department, Account, ServiceUser };
    Q_ENUM(NodeKind)
    static constexpr int kFetchBatch = 2000;

    explicit CompanyTreeModel(const CompanyData *data, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    NodeKind kindOf(const QModelIndex &index) const;
    QString idOf(const QModelIndex &index) const;
    // The view opened (or closed) an account: an open account shows users that arrive later at once,
    // even when it was opened before any of its users had arrived.
    void setAccountOpen(const QModelIndex &account, bool open);

    // The index of a node by kind and id; fetches an account's users as needed to reach a user.
    QModelIndex find(NodeKind kind, const QString &id);

private:
    struct Node {
        NodeKind kind;
        QString id;
        int parent = -1; // index into m_nodes, -1 for the roots
        int row = 0;     // position among its parent's children
        std::vector<int> children;
        int usersShown = 0; // accounts: how many of CompanyData::usersOfAccount are rows already
        bool open = false;  // accounts: expanded in a view
    };

    void rebuild();
    void onUsersAppended();
    int addNode(NodeKind kind, const QString &id, int parent);
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }
    const std::vector<int> &childrenOf(int node) const { return node < 0 ? m_roots : m_nodes[size_t(node)].children; }
    QModelIndex indexOfNode(int node) const;
    QString labelOf(const Node &node) const;

    const CompanyData *m_data;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<QString, int> m_accountNodes;
};

} // namespace corpcare::models
