#pragma once

#include "domain/charges_report.h"
#include "models/table_columns.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace corpcare::models {

// The groups of a ChargesReport (by account, service user or service) with their subtotals and each
// group's share of the total; the totals are the report's, shown under the table.
class ChargesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Lines, TaxExcluded, TaxIncluded, Share, ColumnCount };

    explicit ChargesModel(QObject *parent = nullptr);
    void setReport(domain::ChargesReport report);
    const domain::ChargesReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupingTitle(domain::ChargeGrouping grouping);

private:
    ColumnSpec columnSpec(Column column) const;

    domain::ChargesReport m_report;
    std::vector<int> m_basisPoints; // each group's share of the total, summing to 100 %
    QLocale m_locale;
};

} // namespace corpcare::models
