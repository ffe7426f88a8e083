#pragma once

#include "models/company_data.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <vector>

namespace corpcare::models {

// The service users table: every loaded line of the company, one row each. Rows arrive in batches as
// pages load. Sorting happens here, on keys computed once per row (a proxy that sorts by calling
// data() for 100,000 rows takes seconds); ServiceUsersFilterModel on top only filters.
class ServiceUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Department, Account, Tariff, Services, Status, CurrentCharges, ColumnCount };

    explicit ServiceUsersModel(const CompanyData *data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The user shown in a row, and the lower-case text the quick filter searches (number, name,
    // department, account, tariff, services, status).
    const domain::ServiceUser &userAt(int row) const;
    const QString &searchTextAt(int row) const;
    int rowOfUser(const QString &id) const;

    static QString servicesText(const domain::ServiceUser &user);
    static QString statusText(domain::ProductStatus status);

private:
    void onUsersAppended(int first, int count);
    void onCleared();
    QString sortKey(int userIndex, Column column) const;

    const CompanyData *m_data;
    QLocale m_locale;
    std::vector<int> m_order;          // row -> index into CompanyData::serviceUsers()
    std::vector<QString> m_searchText; // by user index
    std::vector<QString> m_servicesText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace corpcare::models
