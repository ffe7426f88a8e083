// customerBill and appliedCustomerBillingRate (TMF678): bills and their itemization.

#include "domain/json/json_text.h"
#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;
using detail::ReferredType;

namespace {

constexpr int kBasisPointsPerUnit = 10000;

// taxRate is a JSON number such as 0.2; it must name a whole number of basis points in [0, 1]. The same
// round-trip argument as Money::minorFromJsonNumber makes the conversion exact.
int readTaxRate(const ObjectReader &taxItem) {
    const double rate = taxItem.number(u"taxRate");
    if (!std::isfinite(rate) || rate < 0.0 || rate > 1.0) {
        taxItem.fail(u"taxRate", QStringLiteral("expected a rate between 0 and 1"));
        return 0;
    }
    const auto basisPoints = static_cast<int>(std::lround(rate * kBasisPointsPerUnit));
    if (static_cast<double>(basisPoints) / kBasisPointsPerUnit != rate) {
        taxItem.fail(u"taxRate", QStringLiteral("expected a rate with at most 4 decimals"));
        return 0;
    }
    return basisPoints;
}

} // namespace

QJsonObject toJson(const Bill &value) {
    QJsonObject out = detail::resourceJson(Resource::CustomerBill, value.id);
    out.insert(QStringLiteral("billNo"), value.billNo);
    out.insert(QStringLiteral("billDate"), detail::dateJson(value.billDate));
    out.insert(QStringLiteral("state"), wire::toWire(value.state));
    out.insert(QStringLiteral("category"), QStringLiteral("normal"));
    out.insert(QStringLiteral("runType"), QStringLiteral("onCycle"));
    out.insert(QStringLiteral("paymentDueDate"), detail::dateJson(value.paymentDueDate));
    out.insert(QStringLiteral("billingPeriod"), detail::periodJson(value.periodStart, value.periodEnd));
    out.insert(QStringLiteral("billingAccount"), detail::refJson(value.billingAccount, Resource::BillingAccount));
    out.insert(QStringLiteral("taxExcludedAmount"), detail::moneyJson(value.taxExcluded));
    out.insert(QStringLiteral("taxIncludedAmount"), detail::moneyJson(value.taxIncluded));
    out.insert(QStringLiteral("amountDue"), detail::moneyJson(value.taxIncluded));
    out.insert(QStringLiteral("remainingAmount"), detail::moneyJson(value.remaining));
    out.insert(QStringLiteral("taxItem"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("taxCategory"), QStringLiteral("VAT")},
                   {QStringLiteral("taxRate"), static_cast<double>(value.taxRateBasisPoints) / kBasisPointsPerUnit},
                   {QStringLiteral("taxAmount"), detail::moneyJson(value.taxAmount())}}});
    return out;
}

Result<Bill> billFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Bill out;
    out.id = reader.id(u"id");
    out.billNo = reader.string(u"billNo");
    out.billDate = reader.date(u"billDate");
    out.state = reader.enumeration<BillState>(u"state");
    out.paymentDueDate = reader.date(u"paymentDueDate");
    const detail::DayPeriod period = reader.period(u"billingPeriod");
    out.periodStart = period.start;
    out.periodEnd = period.end;
    out.billingAccount = reader.ref(u"billingAccount");
    out.taxExcluded = reader.money(u"taxExcludedAmount");
    out.taxIncluded = reader.money(u"taxIncludedAmount");
    out.remaining = reader.money(u"remainingAmount");
    const QList<ObjectReader> taxItems = reader.objects(u"taxItem");
    if (!taxItems.isEmpty()) {
        out.taxRateBasisPoints = readTaxRate(taxItems.first());
    } else if (reader.has(u"taxItem")) {
        reader.fail(u"taxItem", QStringLiteral("expected at least one entry"));
    }
    return errors.finish(std::move(out));
}

void writeJson(detail::JsonText &json, const BillItem &value) {
    using Referred = detail::JsonText::ReferredType;
    json.beginObject();
    json.key("id").string(value.id);
    json.key("href").string(hrefFor(Resource::AppliedCustomerBillingRate, value.id));
    json.key("@type").string(tmfTypeName(Resource::AppliedCustomerBillingRate));
    json.key("name").string(value.name);
    json.key("type").string(wire::toWire(value.type));
    json.key("isBilled").boolean(value.isBilled);
    json.key("date").string(detail::dateTimeJson(value.date));
    json.key("chargeKind").string(wire::toWire(value.kind));
    if (!value.bill.isNull()) {
        json.key("bill").ref(value.bill, Resource::CustomerBill, Referred::Omit);
    }
    json.key("billingAccount").ref(value.billingAccount, Resource::BillingAccount, Referred::Omit);
    json.key("product").ref(value.product, Resource::Product, Referred::Omit);
    if (!value.offering.isNull()) {
        json.key("productOffering").ref(value.offering, Resource::ProductOffering);
    }
    json.key("periodCoverage").beginObject();
    json.key("startDateTime").string(detail::dayStartJson(value.periodStart));
    json.key("endDateTime").string(detail::dayStartJson(value.periodEnd));
    json.endObject();
    json.key("taxExcludedAmount").money(value.taxExcluded);
    json.key("taxIncludedAmount").money(value.taxIncluded);
    json.endObject();
}

QJsonObject toJson(const BillItem &value) {
    return detail::objectFromText(value, [](detail::JsonText &json, const BillItem &item) { writeJson(json, item); });
}

Result<BillItem> billItemFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    BillItem out;
    out.id = reader.id(u"id");
    out.name = reader.string(u"name");
    // TMF678 names it "type"; its sample says "appliedBillingRateType" (profile §3 accepts both).
    const bool sampleSpelling = !reader.has(u"type") && reader.has(u"appliedBillingRateType");
    out.type =
        reader.enumeration<ChargeType>(sampleSpelling ? QStringView(u"appliedBillingRateType") : QStringView(u"type"));
    out.isBilled = reader.boolean(u"isBilled");
    out.date = reader.dateTime(u"date");
    out.kind = reader.enumeration<ChargeKind>(u"chargeKind");
    out.bill = out.isBilled ? reader.ref(u"bill") : reader.optionalRef(u"bill");
    out.billingAccount = reader.ref(u"billingAccount");
    out.product = reader.ref(u"product");
    out.offering = reader.optionalRef(u"productOffering");
    const detail::DayPeriod period = reader.period(u"periodCoverage");
    out.periodStart = period.start;
    out.periodEnd = period.end;
    out.taxExcluded = reader.money(u"taxExcludedAmount");
    out.taxIncluded = reader.money(u"taxIncludedAmount");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
