#pragma once

#include "domain/billing_account.h"
#include "domain/party.h"
#include "domain/product.h"

#include <QHash>
#include <QObject>

#include <vector>

namespace corpcare::models {

// Everything loaded of one company for the signed-in user, in one place: the tree, the tables, the
// detail panes and (later) the search index all read it, so each row exists once in memory.
// Lookups by id are O(1). Service users arrive page by page while the list loads.
class CompanyData : public QObject {
    Q_OBJECT
public:
    explicit CompanyData(QObject *parent = nullptr) : QObject(parent) {}

    void setOrganizations(QList<domain::Organization> organizations);
    void setAccounts(QList<domain::BillingAccount> accounts);
    void setOfferings(QList<domain::ProductOffering> offerings);
    // Lines of the company's load, in load order. A line already here (a search or a refresh brought
    // it earlier) is kept as it is and not appended twice.
    void appendServiceUsers(const QList<domain::ServiceUser> &users);
    // Fresher copies of lines from the server (after a group operation, or a server-side search while
    // the list is not all loaded): a line already here is replaced where it stands, so every index
    // into serviceUsers() stays valid; a line not yet here is appended.
    void mergeServiceUsers(const QList<domain::ServiceUser> &users);
    // Room for this many users, said once the total is known: growing a 65,536-row vector (and
    // every index beside it) in the middle of a load stalls the window.
    void reserveServiceUsers(qint64 total);
    void clear();
    // Whether every line the user may see is here: the load ended without error or cancel. Until then
    // a search asks the server too (the lines not loaded yet).
    void setServiceUsersComplete(bool complete) { m_usersComplete = complete; }
    bool serviceUsersComplete() const { return m_usersComplete; }

    const std::vector<domain::Organization> &organizations() const { return m_organizations; }
    const std::vector<domain::BillingAccount> &accounts() const { return m_accounts; }
    const std::vector<domain::ServiceUser> &serviceUsers() const { return m_users; }
    const std::vector<domain::ProductOffering> &offerings() const { return m_offerings; }

    const domain::Organization *organization(const QString &id) const;
    // The company's name for report headers: the root organization the user sees (a department head
    // may see only his department, and then that is what his reports are about).
    QString companyName() const;
    // The currency the company is billed in (every amount of one operator has the same), empty before
    // the accounts are in.
    QString currency() const;
    const domain::BillingAccount *account(const QString &id) const;
    const domain::ServiceUser *serviceUser(const QString &id) const;
    int serviceUserIndex(const QString &id) const { return m_userIndex.value(id, -1); }

    // Users of one account, in load order (indexes into serviceUsers()).
    const std::vector<int> &usersOfAccount(const QString &accountId) const;
    // The organization and its whole subtree.
    QStringList organizationSubtree(const QString &organizationId) const;

signals:
    void organizationsChanged();
    void accountsChanged();
    void offeringsChanged();
    void serviceUsersAppended(int first, int count);
    // These lines (indexes into serviceUsers(), ascending) were replaced by fresher copies.
    void serviceUsersChanged(const QList<int> &indexes);
    void serviceUsersReserved(qint64 total);
    void cleared();

private:
    // Appends the users not here yet and says so once.
    void appendNew(const QList<domain::ServiceUser> &users);

    std::vector<domain::Organization> m_organizations;
    std::vector<domain::BillingAccount> m_accounts;
    std::vector<domain::ProductOffering> m_offerings;
    std::vector<domain::ServiceUser> m_users;
    QHash<QString, int> m_organizationIndex;
    QHash<QString, int> m_accountIndex;
    QHash<QString, int> m_userIndex;
    QHash<QString, std::vector<int>> m_usersByAccount;
    bool m_usersComplete = false;
};

} // namespace corpcare::models
