#pragma once

#include "domain/party.h"

#include <QDateTime>
#include <QList>

namespace corpcare::domain {

// The extension receiver[].deliveryState of TMF681 (docs/api-profile.md §6 communicationMessage).
enum class DeliveryState { Pending, Sent, Delivered, Failed };
enum class MessageState { InProgress, Completed };

struct MessageReceiver {
    QString id;          // the line's product id
    QString phoneNumber; // digits, as on the line
    DeliveryState state = DeliveryState::Pending;
    QDateTime stateDate; // UTC
    bool operator==(const MessageReceiver &) const = default;
};

// TMF681 communicationMessage: an SMS to a group of lines, with each receiver's delivery state.
struct CommunicationMessage {
    QString id;
    QString externalId;
    QString content;
    MessageState state = MessageState::InProgress;
    QDateTime sendTime; // UTC
    Ref sender;
    QList<MessageReceiver> receivers;
    bool operator==(const CommunicationMessage &) const = default;
};

} // namespace corpcare::domain
