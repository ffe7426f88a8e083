#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace corpcare::models {

class ServiceUsersModel;

// Filters the service users table: a quick filter (every word must occur in the row's search text)
// and a scope from the company tree (one department's subtree, or one account). It only filters;
// sort() hands sorting to ServiceUsersModel, which sorts on precomputed keys.
class ServiceUsersFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ServiceUsersFilterModel(QObject *parent = nullptr);

    void setUsersModel(ServiceUsersModel *model);
    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_quickFilterText; }
    // Empty sets mean "no restriction".
    void setScope(const QSet<QString> &organizationIds, const QSet<QString> &accountIds);
    void clearScope() { setScope({}, {}); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ServiceUsersModel *m_users = nullptr;
    QString m_quickFilterText;
    QList<QStringMatcher> m_words; // one matcher a word: the same words are searched in 100,000 rows
    QSet<QString> m_organizations;
    QSet<QString> m_accounts;
};

} // namespace corpcare::models
