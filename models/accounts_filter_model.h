#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace corpcare::models {

// The accounts of one part of the company (a department's subtree), sorted on raw values. There are
// tens of accounts, not thousands, so the proxy may sort them itself.
class AccountsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AccountsFilterModel(QObject *parent = nullptr);
    // Empty: every account.
    void setOrganizations(const QSet<QString> &organizationIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_organizations;
};

} // namespace corpcare::models
