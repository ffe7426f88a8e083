// usage (TMF635) and payment (TMF676).

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;
using detail::ReferredType;

namespace {

const QString kDuration = QStringLiteral("duration");
const QString kVolume = QStringLiteral("volume");
const QString kCounterpart = QStringLiteral("counterpart");

QJsonObject characteristic(const QString &name, const QString &valueType, const QJsonValue &value) {
    return {{QStringLiteral("name"), name}, {QStringLiteral("valueType"), valueType}, {QStringLiteral("value"), value}};
}

// The characteristic that carries UsageRecord::quantity: calls in seconds, data in kilobytes. SMS have
// none (each record is one message).
QString quantityName(UsageType type) {
    switch (type) {
    case UsageType::Call:
        return kDuration;
    case UsageType::Data:
        return kVolume;
    case UsageType::Sms:
        break;
    }
    return {};
}

QString paymentMethodName(PaymentMethod method) {
    switch (method) {
    case PaymentMethod::BankTransfer:
        return QStringLiteral("Bank transfer");
    case PaymentMethod::Card:
        return QStringLiteral("Card");
    case PaymentMethod::Cash:
        break;
    }
    return QStringLiteral("Cash");
}

} // namespace

QJsonObject toJson(const UsageRecord &value) {
    QJsonObject out = detail::resourceJson(Resource::Usage, value.id);
    out.insert(QStringLiteral("usageDate"), detail::dateTimeJson(value.date));
    out.insert(QStringLiteral("usageType"), wire::toWire(value.type));
    out.insert(QStringLiteral("status"), QStringLiteral("rated"));
    if (!value.description.isEmpty()) {
        out.insert(QStringLiteral("description"), value.description);
    }
    QJsonArray characteristics;
    if (const QString name = quantityName(value.type); !name.isEmpty()) {
        characteristics.append(characteristic(name, QStringLiteral("integer"), value.quantity));
    }
    if (!value.counterpart.isEmpty()) {
        characteristics.append(characteristic(kCounterpart, QStringLiteral("string"), value.counterpart));
    }
    out.insert(QStringLiteral("usageCharacteristic"), characteristics);
    out.insert(
        QStringLiteral("ratedProductUsage"),
        QJsonArray{QJsonObject{
            {QStringLiteral("ratingAmountType"), QStringLiteral("total")},
            {QStringLiteral("isBilled"), value.isBilled},
            {QStringLiteral("productRef"), detail::refJson(value.product, Resource::Product, ReferredType::Omit)},
            {QStringLiteral("taxExcludedRatingAmount"), detail::moneyJson(value.taxExcluded)}}});
    return out;
}

Result<UsageRecord> usageRecordFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    UsageRecord out;
    out.id = reader.id(u"id");
    out.date = reader.dateTime(u"usageDate");
    out.type = reader.enumeration<UsageType>(u"usageType");
    out.description = reader.optionalString(u"description");

    const QString quantityKey = quantityName(out.type);
    bool quantityFound = quantityKey.isEmpty();
    out.quantity = quantityKey.isEmpty() ? 1 : 0;
    for (const ObjectReader &entry : reader.optionalObjects(u"usageCharacteristic")) {
        const QString name = entry.optionalString(u"name");
        if (name == kCounterpart) {
            out.counterpart = entry.string(u"value");
        } else if (!quantityKey.isEmpty() && name == quantityKey) {
            out.quantity = entry.integer(u"value");
            if (out.quantity < 0) {
                entry.fail(u"value", QStringLiteral("expected a non-negative integer"));
            }
            quantityFound = true;
        }
    }
    if (!quantityFound) {
        reader.fail(u"usageCharacteristic", QStringLiteral("expected an entry named \"") + quantityKey +
                                                QStringLiteral("\" for usageType \"") + wire::toWire(out.type) +
                                                QLatin1Char('"'));
    }

    const QList<ObjectReader> rated = reader.objects(u"ratedProductUsage");
    if (!rated.isEmpty()) {
        const ObjectReader &total = rated.first();
        out.isBilled = total.boolean(u"isBilled");
        out.product = total.ref(u"productRef");
        out.taxExcluded = total.money(u"taxExcludedRatingAmount");
    } else if (reader.has(u"ratedProductUsage")) {
        reader.fail(u"ratedProductUsage", QStringLiteral("expected at least one entry"));
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const Payment &value) {
    QJsonObject out = detail::resourceJson(Resource::Payment, value.id);
    out.insert(QStringLiteral("paymentDate"), detail::dateTimeJson(value.date));
    out.insert(QStringLiteral("status"), value.status);
    if (!value.description.isEmpty()) {
        out.insert(QStringLiteral("description"), value.description);
    }
    out.insert(QStringLiteral("account"), detail::refJson(value.account, Resource::BillingAccount));
    out.insert(QStringLiteral("paymentMethod"),
               QJsonObject{{QStringLiteral("id"), wire::toWire(value.method)},
                           {QStringLiteral("name"), paymentMethodName(value.method)},
                           {QStringLiteral("@referredType"), QStringLiteral("PaymentMethod")}});
    out.insert(QStringLiteral("totalAmount"), detail::moneyJson(value.amount));
    out.insert(QStringLiteral("amount"), detail::moneyJson(value.amount));
    QJsonArray items;
    for (const PaymentAllocation &allocation : value.allocations) {
        items.append(QJsonObject{{QStringLiteral("amount"), detail::moneyJson(allocation.amount)},
                                 {QStringLiteral("item"), detail::refJson(allocation.bill, Resource::CustomerBill)}});
    }
    if (!items.isEmpty()) {
        out.insert(QStringLiteral("paymentItem"), items);
    }
    return out;
}

Result<Payment> paymentFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Payment out;
    out.id = reader.id(u"id");
    out.date = reader.dateTime(u"paymentDate");
    out.status = reader.string(u"status");
    out.description = reader.optionalString(u"description");
    out.account = reader.ref(u"account");
    out.method = reader.object(u"paymentMethod").enumeration<PaymentMethod>(u"id");
    out.amount = reader.money(u"amount");
    for (const ObjectReader &item : reader.optionalObjects(u"paymentItem")) {
        PaymentAllocation allocation;
        allocation.amount = item.money(u"amount");
        allocation.bill = item.ref(u"item");
        out.allocations.append(allocation);
    }
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
