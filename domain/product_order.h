#pragma once

#include "domain/party.h"
#include "domain/product.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace corpcare::domain {

// TMF622 states of an order's item and of the order (docs/api-profile.md §6 productOrder).
enum class OrderItemState { Acknowledged, InProgress, Completed, Failed, Cancelled };
enum class OrderState { Acknowledged, InProgress, Completed, Partial, Failed, Cancelled };

// A service added to or removed from a line by an order item.
struct ServiceChange {
    enum class Action { Add, Delete };
    QString id; // the child item's id ("1.1")
    Action action = Action::Add;
    Ref offering;    // Add: the service offering
    QString product; // Delete: the service's product id on the line
    bool operator==(const ServiceChange &) const = default;
};

// One line's part of a group operation: a modify of its product.
struct ProductOrderItem {
    QString id;
    Ref product; // the line
    std::optional<Ref> newTariff;
    std::optional<ProductStatus> newStatus; // Suspended to suspend, Active to resume
    QList<ServiceChange> services;
    OrderItemState state = OrderItemState::Acknowledged;
    QString stateReason; // why an item failed
    bool operator==(const ProductOrderItem &) const = default;
};

// TMF622 productOrder: one group operation; externalId makes a submission idempotent.
struct ProductOrder {
    QString id;
    QString externalId;
    QString description;
    OrderState state = OrderState::Acknowledged;
    QDateTime orderDate;      // UTC
    QDateTime completionDate; // UTC, when final
    QList<ProductOrderItem> items;
    bool operator==(const ProductOrder &) const = default;
};

} // namespace corpcare::domain
