#pragma once

#include "domain/usage.h"
#include "models/table_columns.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <optional>

namespace corpcare::models {

// A service user's calls, SMS and data sessions (TMF635 usage) over a period.
class UsageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Type, Counterpart, Description, Quantity, Amount, ColumnCount };

    explicit UsageModel(QObject *parent = nullptr);
    void setRecords(QList<domain::UsageRecord> records);
    void appendRecords(const QList<domain::UsageRecord> &records);
    const QList<domain::UsageRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeText(domain::UsageType type);
    // "4:05" for a call, "1" for an SMS, "2.5 MB" for data: what the quantity means for the type.
    static QString quantityText(const domain::UsageRecord &record, const QLocale &locale);

    static constexpr int TypeRole = Qt::UserRole + 100; // int(domain::UsageType), for the type filter

private:
    static ColumnSpec columnSpec(Column column);

    QList<domain::UsageRecord> m_records;
    QLocale m_locale;
};

// Shows the records of one type, or all; counts and sums what it shows.
class UsageFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UsageFilterModel(QObject *parent = nullptr);
    void setType(std::optional<domain::UsageType> type);
    // The tax-excluded sum of the records shown, in minor units.
    qint64 shownAmountMinor() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<domain::UsageType> m_type;
};

} // namespace corpcare::models
