#pragma once

#include "domain/product.h"
#include "domain/product_order.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace corpcare::domain {

// What a group operation asks for each selected line: a new tariff, services to add or remove, suspend
// or resume. Several may combine (move to tariff Y and remove roaming, in one order).
struct GroupOperation {
    std::optional<QString> newTariff; // offering id
    QStringList addServices;          // service offering ids
    QStringList removeServices;       // service offering ids
    std::optional<ProductStatus> newStatus;
    QString description; // for the order and the list of orders
    bool isEmpty() const { return !newTariff && addServices.isEmpty() && removeServices.isEmpty() && !newStatus; }
};

// A line the operation leaves out, and why, in words for the preview.
struct LeftOut {
    QString productId;
    QString reason;
};

// What would be sent, worked out before sending (the catalogue's rules, the lines' state, the user's
// permission): one order item per line the operation changes, and the lines left out with their reason.
struct OrderPreview {
    QList<ProductOrderItem> items;
    std::vector<LeftOut> leftOut;
    QString refusal; // set when nothing can be sent at all (no selection, no permission, no such tariff)
    bool canSend() const { return refusal.isEmpty() && !items.isEmpty(); }
};

// The catalogue as the rules need it: offerings by id.
using Catalogue = QHash<QString, ProductOffering>;

OrderPreview previewOrder(const GroupOperation &operation, const QList<ServiceUser> &lines, const Catalogue &catalogue,
                          bool mayChangeProducts);

// The order to POST for a preview: its items and an externalId that makes a resend harmless.
ProductOrder orderFor(const OrderPreview &preview, const GroupOperation &operation, const QString &externalId);

} // namespace corpcare::domain
