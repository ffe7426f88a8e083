#pragma once

#include "domain/bill.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace corpcare::models {

// Bills of an account (or of several): number, date, period, amounts with and without tax, due date,
// state, what has been paid and what remains to pay.
class BillsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Account,
        BillDate,
        Period,
        TaxExcluded,
        TaxIncluded,
        DueDate,
        State,
        Paid,
        Remaining,
        ColumnCount
    };

    explicit BillsModel(QObject *parent = nullptr);
    void setBills(QList<domain::Bill> bills);
    const domain::Bill &billAt(int row) const { return m_bills.at(row); }
    const QList<domain::Bill> &bills() const { return m_bills; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(domain::BillState state);

private:
    QList<domain::Bill> m_bills;
    QLocale m_locale;
};

} // namespace corpcare::models
