#pragma once

#include "domain/communication_message.h"
#include "models/table_columns.h"

#include <QAbstractTableModel>
#include <QHash>

namespace corpcare::models {

// Each receiver of an SMS to a group and where its delivery stands, updated as the message is read
// again (one wide dataChanged a reading).
class MessageReceiversModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, State, When, ColumnCount };

    explicit MessageReceiversModel(QObject *parent = nullptr);
    void setMessage(const domain::CommunicationMessage &message);
    const domain::CommunicationMessage &message() const { return m_message; }
    // How many receivers are in each state.
    QHash<domain::DeliveryState, int> counts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(domain::DeliveryState state);

private:
    domain::CommunicationMessage m_message;
};

} // namespace corpcare::models
