#include "models/service_users_filter_model.h"

#include "models/service_users_model.h"

namespace corpcare::models {

ServiceUsersFilterModel::ServiceUsersFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(false); // the source keeps its own order; rows are filtered as they arrive
}

void ServiceUsersFilterModel::setUsersModel(ServiceUsersModel *model) {
    m_users = model;
    setSourceModel(model);
}

void ServiceUsersFilterModel::setQuickFilter(const QString &text) {
    if (text == m_quickFilterText) {
        return;
    }
    m_quickFilterText = text;
    m_words.clear();
    for (const QString &word : text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        m_words.append(QStringMatcher(word, Qt::CaseSensitive)); // the search text is lower case already
    }
    invalidateRowsFilter();
}

void ServiceUsersFilterModel::setScope(const QSet<QString> &organizationIds, const QSet<QString> &accountIds) {
    if (organizationIds == m_organizations && accountIds == m_accounts) {
        return;
    }
    m_organizations = organizationIds;
    m_accounts = accountIds;
    invalidateRowsFilter();
}

void ServiceUsersFilterModel::sort(int column, Qt::SortOrder order) {
    if (m_users) {
        m_users->sort(column, order);
    }
}

bool ServiceUsersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (sourceParent.isValid() || !m_users) {
        return false;
    }
    if (!m_organizations.isEmpty() || !m_accounts.isEmpty()) {
        const domain::ServiceUser &user = m_users->userAt(sourceRow);
        const bool inScope = (!m_accounts.isEmpty() && m_accounts.contains(user.billingAccount.id)) ||
                             (!m_organizations.isEmpty() && m_organizations.contains(user.department.id));
        if (!inScope) {
            return false;
        }
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString &text = m_users->searchTextAt(sourceRow);
    return std::all_of(m_words.begin(), m_words.end(),
                       [&text](const QStringMatcher &word) { return word.indexIn(text) >= 0; });
}

} // namespace corpcare::models
