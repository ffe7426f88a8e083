#pragma once

#include "models/company_data.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <array>
#include <vector>

namespace corpcare::models {

// The service users table: every loaded line of the company, one row each. Rows arrive in batches as
// pages load. Sorting happens here, on keys computed once per row (a proxy that sorts by calling
// data() for 100,000 rows takes seconds); ServiceUsersFilterModel on top only filters.
class ServiceUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The first columns are models::UserField's, in its order (user_cells.h).
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

private:
    void onUsersAppended(int first, int count);
    void onUsersChanged(const QList<int> &indexes);
    // The sort keys, services text and quick-filter text of one user (an index into serviceUsers()).
    void computeRow(int index);
    void onCleared();
    // One integer per user whose order is the column's order (numbers, minor units, or text ranks).
    std::vector<qint64> sortKeys(Column column) const;

    // Text columns sort through interned texts: each row holds the id of its text, the distinct texts
    // (names, departments, tariffs...) are few, and sorting them then mapping ids to ranks is much
    // cheaper than comparing 100,000 strings.
    enum TextColumn { NameText, DepartmentText, AccountText, TariffText, ServicesText, TextColumnCount };
    struct InternedColumn {
        QHash<QString, int> idOfText;
        std::vector<QString> texts;
        std::vector<int> idOfUser;
        int intern(const QString &text);
    };
    static int textColumnOf(Column column);

    const CompanyData *m_data;
    QLocale m_locale;
    std::array<InternedColumn, TextColumnCount> m_textColumns;
    std::vector<qint64> m_numberKeys;
    std::vector<int> m_order;          // row -> index into CompanyData::serviceUsers()
    std::vector<QString> m_searchText; // by user index
    std::vector<QString> m_servicesText;
};

} // namespace corpcare::models
