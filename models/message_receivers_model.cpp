#include "models/message_receivers_model.h"

#include "domain/product.h"
#include "models/roles.h"

#include <QLocale>

namespace corpcare::models {

MessageReceiversModel::MessageReceiversModel(QObject *parent) : QAbstractTableModel(parent) {}

void MessageReceiversModel::setMessage(const domain::CommunicationMessage &message) {
    if (message.receivers.size() != m_message.receivers.size() || message.id != m_message.id) {
        beginResetModel();
        m_message = message;
        endResetModel();
        return;
    }
    m_message = message;
    if (!m_message.receivers.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QHash<domain::DeliveryState, int> MessageReceiversModel::counts() const {
    QHash<domain::DeliveryState, int> counts;
    for (const domain::MessageReceiver &receiver : m_message.receivers) {
        ++counts[receiver.state];
    }
    return counts;
}

int MessageReceiversModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_message.receivers.size());
}

int MessageReceiversModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageReceiversModel::stateText(domain::DeliveryState state) {
    switch (state) {
    case domain::DeliveryState::Pending:
        return tr("Waiting");
    case domain::DeliveryState::Sent:
        return tr("Sent");
    case domain::DeliveryState::Delivered:
        return tr("Delivered");
    case domain::DeliveryState::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant MessageReceiversModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::MessageReceiver &receiver = m_message.receivers.at(index.row());
    if (role == IdRole) {
        return receiver.id;
    }
    if (role == AttentionRole) {
        return receiver.state == domain::DeliveryState::Failed;
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Number:
        return domain::formatMsisdn(receiver.phoneNumber);
    case State:
        return stateText(receiver.state);
    case When:
        return receiver.stateDate.isValid()
                   ? (role == RawValueRole
                          ? QVariant(receiver.stateDate.toString(Qt::ISODate))
                          : QVariant(QLocale().toString(receiver.stateDate.toLocalTime(), QLocale::ShortFormat)))
                   : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MessageReceiversModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static const char *const titles[] = {QT_TR_NOOP("Number"), QT_TR_NOOP("Delivery"), QT_TR_NOOP("Since")};
    return columnHeaderData({tr(titles[section]), ColumnKind::Text}, role, {});
}

} // namespace corpcare::models
