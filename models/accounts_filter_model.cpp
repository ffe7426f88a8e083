#include "models/accounts_filter_model.h"

#include "models/accounts_model.h"
#include "models/roles.h"

namespace corpcare::models {

AccountsFilterModel::AccountsFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
    setSortLocaleAware(true);
}

void AccountsFilterModel::setOrganizations(const QSet<QString> &organizationIds) {
    if (organizationIds == m_organizations) {
        return;
    }
    m_organizations = organizationIds;
    invalidateRowsFilter();
}

bool AccountsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_organizations.isEmpty()) {
        return true;
    }
    const auto *accounts = qobject_cast<const AccountsModel *>(sourceModel());
    return accounts && !sourceParent.isValid() && m_organizations.contains(accounts->accountAt(sourceRow).owner.id);
}

} // namespace corpcare::models
