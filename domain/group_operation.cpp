#include "domain/group_operation.h"

#include <QCoreApplication>

namespace corpcare::domain {

namespace {

const ServiceProduct *serviceOf(const ServiceUser &line, const QString &offeringId) {
    for (const ServiceProduct &service : line.services) {
        if (service.offering.id == offeringId) {
            return &service;
        }
    }
    return nullptr;
}

bool incompatible(const ProductOffering &service, const QString &tariffId) {
    for (const Ref &tariff : service.incompatibleTariffs) {
        if (tariff.id == tariffId) {
            return true;
        }
    }
    return false;
}

// The reason the whole operation cannot be sent, if any: checked once, not per line.
QString refusalOf(const GroupOperation &operation, const QList<ServiceUser> &lines, const Catalogue &catalogue,
                  bool mayChangeProducts) {
    if (lines.isEmpty()) {
        return QCoreApplication::translate("GroupOperation", "No service users are selected.");
    }
    if (operation.isEmpty()) {
        return QCoreApplication::translate("GroupOperation", "The operation changes nothing.");
    }
    if (!mayChangeProducts) {
        return QCoreApplication::translate(
            "GroupOperation", "Changing tariffs, services and status needs the permission changeProducts.");
    }
    if (operation.newTariff) {
        const auto tariff = catalogue.constFind(*operation.newTariff);
        if (tariff == catalogue.constEnd() || tariff->kind != OfferingKind::Tariff) {
            return QCoreApplication::translate("GroupOperation", "The tariff no longer exists in the catalogue.");
        }
        if (!tariff->isSellable) {
            return QCoreApplication::translate("GroupOperation", "The tariff %1 can no longer be ordered.")
                .arg(tariff->name);
        }
    }
    for (const QString &id : operation.addServices + operation.removeServices) {
        const auto service = catalogue.constFind(id);
        if (service == catalogue.constEnd() || service->kind != OfferingKind::Service) {
            return QCoreApplication::translate("GroupOperation",
                                               "A service of the operation no longer exists in the catalogue.");
        }
    }
    for (const QString &id : operation.addServices) {
        if (!catalogue.value(id).isSellable) {
            return QCoreApplication::translate("GroupOperation", "The service %1 can no longer be ordered.")
                .arg(catalogue.value(id).name);
        }
    }
    return {};
}

} // namespace

OrderPreview previewOrder(const GroupOperation &operation, const QList<ServiceUser> &lines, const Catalogue &catalogue,
                          bool mayChangeProducts) {
    OrderPreview preview;
    preview.refusal = refusalOf(operation, lines, catalogue, mayChangeProducts);
    if (!preview.refusal.isEmpty()) {
        return preview;
    }
    int itemNumber = 0;
    for (const ServiceUser &line : lines) {
        const QString tariffAfter = operation.newTariff.value_or(line.tariff.id);
        ProductOrderItem item;
        item.id = QString::number(itemNumber + 1);
        item.product = {line.id, formatMsisdn(line.msisdn)};
        QString reason;
        if (operation.newTariff && *operation.newTariff != line.tariff.id) {
            item.newTariff = Ref{*operation.newTariff, catalogue.value(*operation.newTariff).name};
        }
        if (operation.newStatus) {
            if (*operation.newStatus == line.status) {
                reason = line.status == ProductStatus::Suspended
                             ? QCoreApplication::translate("GroupOperation", "already suspended")
                             : QCoreApplication::translate("GroupOperation", "already active");
            } else {
                item.newStatus = operation.newStatus;
            }
        }
        int child = 0;
        for (const QString &id : operation.removeServices) {
            if (const ServiceProduct *service = serviceOf(line, id)) {
                // The offering rides along for the screen; the wire names the line's service by its id.
                item.services.append({QStringLiteral("%1.%2").arg(item.id).arg(++child), ServiceChange::Action::Delete,
                                      service->offering, service->id});
            }
        }
        // A service the line keeps must suit the tariff it will have: moving to a tariff that excludes
        // one of its services, without removing it, would fail on the server; say so now.
        for (const ServiceProduct &kept : line.services) {
            if (!operation.removeServices.contains(kept.offering.id) &&
                incompatible(catalogue.value(kept.offering.id), tariffAfter)) {
                reason = QCoreApplication::translate("GroupOperation", "has %1, which the tariff %2 does not allow")
                             .arg(kept.offering.name, catalogue.value(tariffAfter).name);
            }
        }
        for (const QString &id : operation.addServices) {
            const ProductOffering &service = catalogue.value(id);
            if (serviceOf(line, id)) {
                continue; // already there: nothing to add for this line
            }
            if (incompatible(service, tariffAfter)) {
                reason = QCoreApplication::translate("GroupOperation", "%1 is not allowed with the tariff %2")
                             .arg(service.name, catalogue.value(tariffAfter).name);
                continue;
            }
            item.services.append({QStringLiteral("%1.%2").arg(item.id).arg(++child),
                                  ServiceChange::Action::Add,
                                  {id, service.name},
                                  {}});
        }
        const bool changes = item.newTariff || item.newStatus || !item.services.isEmpty();
        if (!reason.isEmpty() || !changes) {
            preview.leftOut.push_back({line.id, reason.isEmpty()
                                                    ? QCoreApplication::translate("GroupOperation", "nothing to change")
                                                    : reason});
            continue;
        }
        ++itemNumber;
        preview.items.append(item);
    }
    if (preview.items.isEmpty()) {
        preview.refusal = QCoreApplication::translate("GroupOperation",
                                                      "The operation applies to none of the selected service users.");
    }
    return preview;
}

ProductOrder orderFor(const OrderPreview &preview, const GroupOperation &operation, const QString &externalId) {
    ProductOrder order;
    order.externalId = externalId;
    order.description = operation.description;
    order.items = preview.items;
    return order;
}

} // namespace corpcare::domain
