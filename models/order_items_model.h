#pragma once

#include "domain/product_order.h"
#include "models/table_columns.h"

#include <QAbstractTableModel>

namespace corpcare::models {

// Each line's part of a product order, as it goes: the number, what changes, its state and, for a
// failed item, why. Updated in place as the server works the items off (one wide dataChanged a poll).
class OrderItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Change, State, Reason, ColumnCount };

    explicit OrderItemsModel(QObject *parent = nullptr);
    void setOrder(const domain::ProductOrder &order);
    const domain::ProductOrder &order() const { return m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(domain::OrderItemState state);
    static QString orderStateText(domain::OrderState state);
    static QString changeText(const domain::ProductOrderItem &item);

private:
    domain::ProductOrder m_order;
};

} // namespace corpcare::models
