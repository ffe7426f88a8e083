#include "models/company_data.h"

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
    if (users.isEmpty()) {
        return;
    }
    const int first = int(m_users.size());
    // No reserve(size + n) here: an exact reserve on every page defeats the vector's doubling and
    // copies the whole list again for each page.
    for (const domain::ServiceUser &user : users) {
        const int index = int(m_users.size());
        m_userIndex.insert(user.id, index);
        m_usersByAccount[user.billingAccount.id].push_back(index);
        m_users.push_back(user);
    }
    emit serviceUsersAppended(first, int(users.size()));
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
