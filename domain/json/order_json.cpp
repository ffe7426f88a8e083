// productOrder and cancelProductOrder (TMF622, profile §6): group operations, one item a line.

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QSet>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

const QString kModify = QStringLiteral("modify");

// {"id", "name"?}: the short references inside an order, as the profile writes them.
QJsonObject shortRef(const Ref &ref) {
    QJsonObject out{{QStringLiteral("id"), ref.id}};
    if (!ref.name.isEmpty()) {
        out.insert(QStringLiteral("name"), ref.name);
    }
    return out;
}

QJsonObject serviceChangeJson(const ServiceChange &change) {
    QJsonObject out{{QStringLiteral("id"), change.id}, {QStringLiteral("action"), wire::toWire(change.action)}};
    if (change.action == ServiceChange::Action::Add) {
        out.insert(QStringLiteral("productOffering"), shortRef(change.offering));
    } else {
        out.insert(QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), change.product}});
    }
    return out;
}

enum class Written { New, Full };

QJsonObject itemJson(const ProductOrderItem &item, Written written) {
    QJsonObject product{{QStringLiteral("id"), item.product.id},
                        {QStringLiteral("href"), hrefFor(Resource::Product, item.product.id)}};
    if (!item.product.name.isEmpty()) {
        product.insert(QStringLiteral("name"), item.product.name);
    }
    if (item.newTariff) {
        product.insert(QStringLiteral("productOffering"), shortRef(*item.newTariff));
    }
    if (item.newStatus) {
        product.insert(QStringLiteral("status"), wire::toWire(*item.newStatus));
    }
    QJsonObject out{
        {QStringLiteral("id"), item.id}, {QStringLiteral("action"), kModify}, {QStringLiteral("product"), product}};
    if (!item.services.isEmpty()) {
        QJsonArray children;
        for (const ServiceChange &change : item.services) {
            children.append(serviceChangeJson(change));
        }
        out.insert(QStringLiteral("productOrderItem"), children);
    }
    if (written == Written::Full) {
        out.insert(QStringLiteral("state"), wire::toWire(item.state));
        if (!item.stateReason.isEmpty()) {
            out.insert(QStringLiteral("stateReason"), item.stateReason);
        }
    }
    return out;
}

QJsonObject orderJson(const ProductOrder &value, Written written) {
    QJsonObject out;
    if (written == Written::Full) {
        out = detail::resourceJson(Resource::ProductOrder, value.id);
        out.insert(QStringLiteral("state"), wire::toWire(value.state));
        out.insert(QStringLiteral("orderDate"), detail::dateTimeJson(value.orderDate));
        if (value.completionDate.isValid()) {
            out.insert(QStringLiteral("completionDate"), detail::dateTimeJson(value.completionDate));
        }
    } else {
        out.insert(QStringLiteral("@type"), tmfTypeName(Resource::ProductOrder));
    }
    if (!value.externalId.isEmpty()) {
        out.insert(QStringLiteral("externalId"), value.externalId);
    }
    if (!value.description.isEmpty()) {
        out.insert(QStringLiteral("description"), value.description);
    }
    QJsonArray items;
    for (const ProductOrderItem &item : value.items) {
        items.append(itemJson(item, written));
    }
    out.insert(QStringLiteral("productOrderItem"), items);
    return out;
}

ServiceChange readServiceChange(const ObjectReader &reader) {
    ServiceChange out;
    out.id = reader.id(u"id");
    out.action = reader.enumeration<ServiceChange::Action>(u"action");
    if (reader.errors().failed()) {
        return out;
    }
    if (out.action == ServiceChange::Action::Add) {
        out.offering = reader.ref(u"productOffering");
    } else {
        out.product = reader.object(u"product").id(u"id");
    }
    return out;
}

ProductOrderItem readItem(const ObjectReader &reader, Written written) {
    ProductOrderItem out;
    out.id = reader.id(u"id");
    const QString action = reader.string(u"action");
    if (!action.isNull() && action != kModify) {
        reader.fail(u"action", QStringLiteral("expected \"modify\", got \"") + action + QLatin1Char('"'));
    }
    const ObjectReader product = reader.object(u"product");
    out.product.id = product.id(u"id");
    out.product.name = product.optionalString(u"name");
    if (product.has(u"productOffering")) {
        out.newTariff = product.ref(u"productOffering");
    }
    if (product.has(u"status")) {
        out.newStatus = product.enumeration<ProductStatus>(u"status");
        if (out.newStatus == ProductStatus::Unknown) {
            product.fail(u"status", QStringLiteral("expected \"active\" or \"suspended\", got \"unknown\""));
        }
    }
    for (const ObjectReader &child : reader.optionalObjects(u"productOrderItem")) {
        out.services.append(readServiceChange(child));
    }
    if (written == Written::Full) {
        out.state = reader.enumeration<OrderItemState>(u"state");
        out.stateReason = reader.optionalString(u"stateReason");
    }
    return out;
}

ProductOrder readOrder(const ObjectReader &reader, Written written) {
    ProductOrder out;
    if (written == Written::Full) {
        out.id = reader.id(u"id");
        out.state = reader.enumeration<OrderState>(u"state");
        out.orderDate = reader.dateTime(u"orderDate");
        out.completionDate = reader.optionalDateTime(u"completionDate");
    }
    out.externalId = reader.optionalString(u"externalId");
    out.description = reader.optionalString(u"description");
    for (const ObjectReader &item : reader.objects(u"productOrderItem")) {
        out.items.append(readItem(item, written));
    }
    return out;
}

// What a submitted order must satisfy beyond its types (profile §6).
void checkNewOrder(const ObjectReader &reader, const ProductOrder &order) {
    if (order.items.isEmpty()) {
        reader.fail(u"productOrderItem", QStringLiteral("expected at least one item"));
        return;
    }
    QSet<QString> ids;
    const QList<ObjectReader> items = reader.objects(u"productOrderItem");
    for (qsizetype i = 0; i < order.items.size(); ++i) {
        const ProductOrderItem &item = order.items.at(i);
        if (ids.contains(item.id)) {
            items.at(i).fail(u"id", QStringLiteral("expected an id not used by an earlier item, got \"") + item.id +
                                        QLatin1Char('"'));
            return;
        }
        ids.insert(item.id);
        if (!item.newTariff && !item.newStatus && item.services.isEmpty()) {
            items.at(i).fail(u"product", QStringLiteral("expected a change: productOffering, status or child items"));
            return;
        }
    }
}

} // namespace

QJsonObject toJson(const ProductOrder &value) {
    return orderJson(value, Written::Full);
}

Result<ProductOrder> productOrderFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ProductOrder out = readOrder(reader, Written::Full);
    return errors.finish(std::move(out));
}

QJsonObject newProductOrderJson(const ProductOrder &value) {
    return orderJson(value, Written::New);
}

Result<ProductOrder> newProductOrderFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ProductOrder out = readOrder(reader, Written::New);
    if (!errors.failed()) {
        checkNewOrder(reader, out);
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const ProductOrderCancellation &value) {
    QJsonObject out = detail::resourceJson(Resource::CancelProductOrder, value.id);
    out.insert(QStringLiteral("productOrder"),
               detail::refJson(Ref{value.orderId, {}}, Resource::ProductOrder, detail::ReferredType::Write));
    if (!value.reason.isEmpty()) {
        out.insert(QStringLiteral("cancellationReason"), value.reason);
    }
    out.insert(QStringLiteral("state"), wire::toWire(value.state));
    if (value.effectiveDate.isValid()) {
        out.insert(QStringLiteral("effectiveCancellationDate"), detail::dateTimeJson(value.effectiveDate));
    }
    return out;
}

Result<ProductOrderCancellation> productOrderCancellationFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ProductOrderCancellation out;
    out.id = reader.id(u"id");
    out.orderId = reader.object(u"productOrder").id(u"id");
    out.reason = reader.optionalString(u"cancellationReason");
    out.state = reader.enumeration<CancellationState>(u"state");
    out.effectiveDate = reader.optionalDateTime(u"effectiveCancellationDate");
    return errors.finish(std::move(out));
}

QJsonObject cancelProductOrderJson(const ProductOrderCancellation &value) {
    QJsonObject out{{QStringLiteral("productOrder"), QJsonObject{{QStringLiteral("id"), value.orderId}}}};
    if (!value.reason.isEmpty()) {
        out.insert(QStringLiteral("cancellationReason"), value.reason);
    }
    return out;
}

Result<ProductOrderCancellation> cancelProductOrderFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ProductOrderCancellation out;
    out.orderId = reader.object(u"productOrder").id(u"id");
    out.reason = reader.optionalString(u"cancellationReason");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
