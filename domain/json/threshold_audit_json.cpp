// Extensions of profile §6 under /corporate/v1: charge thresholds and the audit trail.

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

QJsonObject targetJson(const Ref &target, const QString &referredType) {
    QJsonObject out{{QStringLiteral("id"), target.id}, {QStringLiteral("@referredType"), referredType}};
    if (!target.name.isEmpty()) {
        out.insert(QStringLiteral("name"), target.name);
    }
    return out;
}

void readThresholdTarget(const ObjectReader &reader, ChargeThreshold &out) {
    const ObjectReader target = reader.object(u"target");
    out.target.id = target.id(u"id");
    out.target.name = target.optionalString(u"name");
    out.targetKind = target.enumeration<ThresholdTargetKind>(u"@referredType");
}

// Absent or null: an empty object (nothing before a creation, nothing after a deletion).
QJsonObject readState(const ObjectReader &reader, QStringView key) {
    const std::optional<ObjectReader> state = reader.optionalObject(key);
    return state ? state->raw() : QJsonObject();
}

QJsonValue stateJson(const QJsonObject &state) {
    return state.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(state);
}

} // namespace

QJsonObject toJson(const ChargeThreshold &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("target"), targetJson(value.target, wire::toWire(value.targetKind))},
            {QStringLiteral("first"), detail::moneyJson(value.first)},
            {QStringLiteral("second"), detail::moneyJson(value.second)},
            {QStringLiteral("lastUpdate"), detail::dateTimeJson(value.lastUpdate)},
            {QStringLiteral("updatedBy"), value.updatedBy}};
}

Result<ChargeThreshold> chargeThresholdFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ChargeThreshold out;
    out.id = reader.id(u"id");
    readThresholdTarget(reader, out);
    out.first = reader.money(u"first");
    out.second = reader.money(u"second");
    out.lastUpdate = reader.dateTime(u"lastUpdate");
    out.updatedBy = reader.string(u"updatedBy");
    return errors.finish(std::move(out));
}

QJsonObject newChargeThresholdJson(const ChargeThreshold &value) {
    return {{QStringLiteral("target"), targetJson(value.target, wire::toWire(value.targetKind))},
            {QStringLiteral("first"), detail::moneyJson(value.first)},
            {QStringLiteral("second"), detail::moneyJson(value.second)}};
}

Result<ChargeThreshold> newChargeThresholdFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    ChargeThreshold out;
    readThresholdTarget(reader, out);
    out.first = reader.money(u"first");
    out.second = reader.money(u"second");
    if (!errors.failed()) {
        if (out.first.minor() <= 0) {
            reader.fail(u"first", QStringLiteral("expected a positive amount"));
        } else if (out.second.currency() != out.first.currency()) {
            reader.fail(u"second", QStringLiteral("expected the currency of first, ") + out.first.currency());
        } else if (out.second.minor() < out.first.minor()) {
            reader.fail(u"second", QStringLiteral("expected an amount not below first"));
        }
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const AuditRecord &value) {
    QJsonObject out{{QStringLiteral("id"), value.id},
                    {QStringLiteral("date"), detail::dateTimeJson(value.date)},
                    {QStringLiteral("actor"), value.actor},
                    {QStringLiteral("action"), value.action},
                    {QStringLiteral("target"), targetJson(value.target, value.targetType)},
                    {QStringLiteral("before"), stateJson(value.before)},
                    {QStringLiteral("after"), stateJson(value.after)}};
    if (!value.source.isEmpty()) {
        out.insert(QStringLiteral("source"), value.source);
    }
    return out;
}

Result<AuditRecord> auditRecordFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    AuditRecord out;
    out.id = reader.id(u"id");
    out.date = reader.dateTime(u"date");
    out.actor = reader.string(u"actor");
    out.action = reader.id(u"action");
    const ObjectReader target = reader.object(u"target");
    out.target.id = target.id(u"id");
    out.target.name = target.optionalString(u"name");
    out.targetType = target.id(u"@referredType");
    out.source = reader.optionalString(u"source");
    out.before = readState(reader, u"before");
    out.after = readState(reader, u"after");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
