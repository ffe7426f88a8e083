#include "models/company_data.h"

#include <algorithm>

namespace corpcare::models {

namespace {
template <typename T>
QHash<QString, int> indexById(const std::vector<T> &items) {
    QHash<QString, int> index;
    index.reserve(qsizetype(items.size()));
    for (int i = 0; i < int(items.size()); ++i) {
        index.insert(items[size_t(i)].id, i);
    }
    return index;
}
} // namespace

void CompanyData::setOrganizations(QList<domain::Organization> organizations) {
    m_organizations.assign(organizations.begin(), organizations.end());
    m_organizationIndex = indexById(m_organizations);
    emit organizationsChanged();
}

void CompanyData::setAccounts(QList<domain::BillingAccount> accounts) {
    m_accounts.assign(accounts.begin(), accounts.end());
    m_accountIndex = indexById(m_accounts);
    emit accountsChanged();
}

void CompanyData::setOfferings(QList<domain::ProductOffering> offerings) {
    m_offerings.assign(offerings.begin(), offerings.end());
    emit offeringsChanged();
}

void CompanyData::appendServiceUsers(const QList<domain::ServiceUser> &users) {
    appendNew(users);
}

void CompanyData::appendNew(const QList<domain::ServiceUser> &users) {
    const int first = int(m_users.size());
    // No reserve(size + n) here: an exact reserve on every page defeats the vector's doubling and
    // copies the whole list again for each page.
    for (const domain::ServiceUser &user : users) {
        const int index = int(m_users.size());
        if (m_userIndex.contains(user.id)) {
            continue;
        }
        m_userIndex.insert(user.id, index);
        m_usersByAccount[user.billingAccount.id].push_back(index);
        m_users.push_back(user);
    }
    if (int(m_users.size()) > first) {
        emit serviceUsersAppended(first, int(m_users.size()) - first);
    }
}

void CompanyData::mergeServiceUsers(const QList<domain::ServiceUser> &users) {
    QList<int> changed;
    QList<domain::ServiceUser> added;
    for (const domain::ServiceUser &user : users) {
        const int index = m_userIndex.value(user.id, -1);
        if (index < 0) {
            added.append(user);
            continue;
        }
        domain::ServiceUser &stored = m_users[size_t(index)];
        if (stored.billingAccount.id != user.billingAccount.id) { // moved: the account lists follow
            std::vector<int> &was = m_usersByAccount[stored.billingAccount.id];
            was.erase(std::remove(was.begin(), was.end(), index), was.end());
            std::vector<int> &now = m_usersByAccount[user.billingAccount.id];
            now.insert(std::upper_bound(now.begin(), now.end(), index), index);
        }
        stored = user;
        changed.append(index);
    }
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        emit serviceUsersChanged(changed);
    }
    appendNew(added);
}

void CompanyData::reserveServiceUsers(qint64 total) {
    if (total <= qint64(m_users.capacity()) || total > 10'000'000) {
        return;
    }
    m_users.reserve(size_t(total));
    m_userIndex.reserve(qsizetype(total));
    emit serviceUsersReserved(total);
}

void CompanyData::clear() {
    m_organizations.clear();
    m_accounts.clear();
    m_offerings.clear();
    m_users.clear();
    m_organizationIndex.clear();
    m_accountIndex.clear();
    m_userIndex.clear();
    m_usersByAccount.clear();
    m_usersComplete = false;
    emit cleared();
}

const domain::Organization *CompanyData::organization(const QString &id) const {
    const int index = m_organizationIndex.value(id, -1);
    return index < 0 ? nullptr : &m_organizations[size_t(index)];
}

QString CompanyData::companyName() const {
    for (const domain::Organization &organization : m_organizations) {
        if (organization.type == domain::OrganizationType::Company) {
            return organization.name;
        }
    }
    return m_organizations.empty() ? QString() : m_organizations.front().name;
}

QString CompanyData::currency() const {
    return m_accounts.empty() ? QString() : m_accounts.front().balance.currency();
}

const domain::BillingAccount *CompanyData::account(const QString &id) const {
    const int index = m_accountIndex.value(id, -1);
    return index < 0 ? nullptr : &m_accounts[size_t(index)];
}

const domain::ServiceUser *CompanyData::serviceUser(const QString &id) const {
    const int index = m_userIndex.value(id, -1);
    return index < 0 ? nullptr : &m_users[size_t(index)];
}

const std::vector<int> &CompanyData::usersOfAccount(const QString &accountId) const {
    static const std::vector<int> none;
    const auto it = m_usersByAccount.constFind(accountId);
    return it == m_usersByAccount.constEnd() ? none : *it;
}

QStringList CompanyData::organizationSubtree(const QString &organizationId) const {
    QStringList out{organizationId};
    for (qsizetype i = 0; i < out.size(); ++i) { // breadth first; the list grows while we walk it
        for (const domain::Organization &organization : m_organizations) {
            if (organization.parent.id == out.at(i)) {
                out.append(organization.id);
            }
        }
    }
    return out;
}

} // namespace corpcare::models
