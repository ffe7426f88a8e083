#include "models/order_items_model.h"

#include "models/roles.h"

#include <QStringList>

namespace corpcare::models {

OrderItemsModel::OrderItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void OrderItemsModel::setOrder(const domain::ProductOrder &order) {
    const bool sameItems = order.id == m_order.id && order.items.size() == m_order.items.size();
    if (!sameItems) {
        beginResetModel();
        m_order = order;
        endResetModel();
        return;
    }
    m_order = order; // the same lines in the same order: their states changed
    if (!m_order.items.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int OrderItemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_order.items.size());
}

int OrderItemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderItemsModel::stateText(domain::OrderItemState state) {
    switch (state) {
    case domain::OrderItemState::Acknowledged:
        return tr("Waiting");
    case domain::OrderItemState::InProgress:
        return tr("In progress");
    case domain::OrderItemState::Completed:
        return tr("Done");
    case domain::OrderItemState::Failed:
        return tr("Failed");
    case domain::OrderItemState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrderItemsModel::orderStateText(domain::OrderState state) {
    switch (state) {
    case domain::OrderState::Acknowledged:
        return tr("Accepted");
    case domain::OrderState::InProgress:
        return tr("In progress");
    case domain::OrderState::Completed:
        return tr("Completed");
    case domain::OrderState::Partial:
        return tr("Partly done");
    case domain::OrderState::Failed:
        return tr("Failed");
    case domain::OrderState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrderItemsModel::changeText(const domain::ProductOrderItem &item) {
    QStringList parts;
    if (item.newTariff) {
        parts.append(tr("tariff → %1").arg(item.newTariff->name.isEmpty() ? item.newTariff->id : item.newTariff->name));
    }
    if (item.newStatus) {
        parts.append(*item.newStatus == domain::ProductStatus::Suspended ? tr("suspend") : tr("resume"));
    }
    for (const domain::ServiceChange &service : item.services) {
        parts.append(service.action == domain::ServiceChange::Action::Add
                         ? tr("+ %1").arg(service.offering.name.isEmpty() ? service.offering.id : service.offering.name)
                         : tr("− %1").arg(service.offering.name.isEmpty() ? service.product : service.offering.name));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant OrderItemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::ProductOrderItem &item = m_order.items.at(index.row());
    if (role == IdRole) {
        return item.product.id;
    }
    if (role == AttentionRole) {
        return item.state == domain::OrderItemState::Failed;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Number:
        return item.product.name.isEmpty() ? item.product.id : item.product.name;
    case Change:
        return changeText(item);
    case State:
        return stateText(item.state);
    case Reason:
        return item.stateReason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char *const titles[] = {QT_TR_NOOP("Service user"), QT_TR_NOOP("Change"), QT_TR_NOOP("State"),
                                         QT_TR_NOOP("Why")};
    return columnHeaderData({tr(titles[section]), ColumnKind::Text}, role, {});
}

} // namespace corpcare::models
