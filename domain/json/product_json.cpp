// product (TMF637: a service user's line with its services) and productOffering (TMF620).

#include "domain/json/json_text.h"
#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

const QString kMsisdn = QStringLiteral("MSISDN");
const QString kUserRole = QStringLiteral("user");
const QString kDepartmentRole = QStringLiteral("department");
const QString kIncompatibleWith = QStringLiteral("incompatibleWith");

bool isDigits(const QString &text) {
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

// Profile §3: "other values are read as unknown" — the one enum whose unknown strings are not an error.
ProductStatus readStatus(const ObjectReader &reader) {
    return wire::fromWire<ProductStatus>(reader.string(u"status")).value_or(ProductStatus::Unknown);
}

} // namespace

void writeJson(detail::JsonText &json, const ServiceUser &value) {
    json.beginObject();
    json.key("id").string(value.id);
    json.key("href").string(hrefFor(Resource::Product, value.id));
    json.key("@type").string(tmfTypeName(Resource::Product));
    json.key("name").string(formatMsisdn(value.msisdn));
    json.key("status").string(wire::toWire(value.status));
    json.key("isBundle").boolean(!value.services.isEmpty());
    json.key("startDate").date(value.startDate);
    json.key("productCharacteristic").beginArray().beginObject();
    json.key("name").string(kMsisdn).key("valueType").string(u"string").key("value").string(value.msisdn);
    json.endObject().endArray();
    json.key("productOffering").ref(value.tariff, Resource::ProductOffering);
    json.key("billingAccount").ref(value.billingAccount, Resource::BillingAccount);
    if (!value.user.isNull() || !value.department.isNull()) {
        json.key("relatedParty").beginArray();
        const auto party = [&json](const Ref &ref, Resource kind, const QString &role) {
            json.beginObject();
            json.key("id").string(ref.id).key("href").string(hrefFor(kind, ref.id));
            if (!ref.name.isEmpty()) {
                json.key("name").string(ref.name);
            }
            json.key("@referredType").string(tmfTypeName(kind)).key("role").string(role);
            json.endObject();
        };
        if (!value.user.isNull()) {
            party(value.user, Resource::Individual, kUserRole);
        }
        if (!value.department.isNull()) {
            party(value.department, Resource::Organization, kDepartmentRole);
        }
        json.endArray();
    }
    if (!value.services.isEmpty()) {
        json.key("product").beginArray();
        for (const ServiceProduct &service : value.services) {
            json.beginObject();
            json.key("id").string(service.id);
            if (!service.offering.name.isEmpty()) {
                json.key("name").string(service.offering.name);
            }
            json.key("status").string(wire::toWire(service.status));
            json.key("startDate").date(service.startDate);
            json.key("productOffering").ref(service.offering, Resource::ProductOffering);
            json.endObject();
        }
        json.endArray();
    }
    if (value.currentCharges) {
        json.key("currentCharges").money(*value.currentCharges);
    }
    json.endObject();
}

QJsonObject toJson(const ServiceUser &value) {
    return detail::objectFromText(value,
                                  [](detail::JsonText &json, const ServiceUser &item) { writeJson(json, item); });
}

Result<ServiceUser> serviceUserFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ServiceUser out;
    out.id = reader.id(u"id");
    out.status = readStatus(reader);
    out.startDate = reader.date(u"startDate");

    bool msisdnFound = false;
    for (const ObjectReader &characteristic : reader.objects(u"productCharacteristic")) {
        if (characteristic.optionalString(u"name") != kMsisdn) {
            continue;
        }
        out.msisdn = characteristic.string(u"value");
        if (!out.msisdn.isNull() && !isDigits(out.msisdn)) {
            characteristic.fail(u"value", QStringLiteral("expected an MSISDN of digits only, got \"") + out.msisdn +
                                              QLatin1Char('"'));
        }
        msisdnFound = true;
    }
    if (!msisdnFound) {
        reader.fail(u"productCharacteristic", QStringLiteral("expected an entry named \"MSISDN\""));
    }

    out.tariff = reader.ref(u"productOffering");
    out.billingAccount = reader.ref(u"billingAccount");
    for (const ObjectReader &party : reader.optionalObjects(u"relatedParty")) {
        const QString role = party.optionalString(u"role");
        if (role == kUserRole) {
            out.user = Ref{party.id(u"id"), party.optionalString(u"name")};
        } else if (role == kDepartmentRole) {
            out.department = Ref{party.id(u"id"), party.optionalString(u"name")};
        }
    }
    for (const ObjectReader &child : reader.optionalObjects(u"product")) {
        ServiceProduct service;
        service.id = child.id(u"id");
        service.status = readStatus(child);
        service.startDate = child.date(u"startDate");
        service.offering = child.ref(u"productOffering");
        out.services.append(service);
    }
    out.currentCharges = reader.optionalMoney(u"currentCharges");
    return errors.finish(std::move(out));
}

QJsonObject toJson(const ProductOffering &value) {
    QJsonObject out =
        detail::resourceJson(Resource::ProductOffering, value.id, QStringLiteral("CorporateProductOffering"));
    const bool isTariff = value.kind == OfferingKind::Tariff;
    out.insert(QStringLiteral("name"), value.name);
    if (!value.description.isEmpty()) {
        out.insert(QStringLiteral("description"), value.description);
    }
    out.insert(QStringLiteral("lifecycleStatus"), value.lifecycleStatus);
    out.insert(QStringLiteral("isBundle"), false);
    out.insert(QStringLiteral("isSellable"), value.isSellable);
    out.insert(QStringLiteral("category"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("id"), wire::toWire(value.kind)},
                   {QStringLiteral("name"), isTariff ? QStringLiteral("Tariff") : QStringLiteral("Service")}}});
    out.insert(QStringLiteral("offeringKind"), wire::toWire(value.kind));
    out.insert(QStringLiteral("monthlyFee"), detail::moneyJson(value.monthlyFee));
    // Tariffs only (profile §3); a service's prices are written too if someone set them, so that
    // reading back what was written is always the identity.
    if (isTariff || value.usagePrices != UsagePrices{}) {
        out.insert(QStringLiteral("usagePrices"),
                   QJsonObject{{QStringLiteral("minute"), detail::moneyJson(value.usagePrices.perMinute)},
                               {QStringLiteral("sms"), detail::moneyJson(value.usagePrices.perSms)},
                               {QStringLiteral("megabyte"), detail::moneyJson(value.usagePrices.perMegabyte)}});
    }
    if (!value.incompatibleTariffs.isEmpty()) {
        QJsonArray relationships;
        for (const Ref &tariff : value.incompatibleTariffs) {
            QJsonObject relationship{{QStringLiteral("id"), tariff.id}};
            if (!tariff.name.isEmpty()) {
                relationship.insert(QStringLiteral("name"), tariff.name);
            }
            relationship.insert(QStringLiteral("relationshipType"), kIncompatibleWith);
            relationships.append(relationship);
        }
        out.insert(QStringLiteral("productOfferingRelationship"), relationships);
    }
    return out;
}

Result<ProductOffering> productOfferingFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ProductOffering out;
    out.id = reader.id(u"id");
    out.name = reader.string(u"name");
    out.description = reader.optionalString(u"description");
    out.lifecycleStatus = reader.string(u"lifecycleStatus");
    out.kind = reader.enumeration<OfferingKind>(u"offeringKind");
    out.monthlyFee = reader.money(u"monthlyFee");
    if (out.kind == OfferingKind::Tariff || reader.has(u"usagePrices")) {
        const ObjectReader prices = reader.object(u"usagePrices");
        out.usagePrices.perMinute = prices.money(u"minute");
        out.usagePrices.perSms = prices.money(u"sms");
        out.usagePrices.perMegabyte = prices.money(u"megabyte");
    }
    // Absent in older answers: an offering is sellable unless it says otherwise.
    out.isSellable = !reader.has(u"isSellable") || reader.boolean(u"isSellable");
    for (const ObjectReader &relationship : reader.optionalObjects(u"productOfferingRelationship")) {
        // Other TMF620 relationship types (bundles, upgrades) are not used by the profile: skipped.
        if (relationship.string(u"relationshipType") == kIncompatibleWith) {
            out.incompatibleTariffs.append(Ref{relationship.id(u"id"), relationship.optionalString(u"name")});
        }
    }
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
