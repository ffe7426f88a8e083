// organization and individual (TMF632), and the signed-in portal user (/corporate/v1/me).

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

const QString kParentRole = QStringLiteral("parent");
const QString kEmployerRole = QStringLiteral("employer");
const QString kValidated = QStringLiteral("validated");

} // namespace

QJsonObject toJson(const Organization &value) {
    const bool isCompany = value.type == OrganizationType::Company;
    QJsonObject out = detail::resourceJson(Resource::Organization, value.id);
    out.insert(QStringLiteral("name"), value.name);
    out.insert(QStringLiteral("tradingName"), value.name);
    out.insert(QStringLiteral("organizationType"), wire::toWire(value.type));
    out.insert(QStringLiteral("isHeadOffice"), isCompany);
    out.insert(QStringLiteral("isLegalEntity"), isCompany);
    out.insert(QStringLiteral("status"), kValidated);
    if (!value.parent.isNull()) {
        out.insert(
            QStringLiteral("organizationParentRelationship"),
            QJsonObject{{QStringLiteral("relationshipType"), kParentRole},
                        {QStringLiteral("organization"), detail::refJson(value.parent, Resource::Organization)}});
    }
    return out;
}

Result<Organization> organizationFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Organization out;
    out.id = reader.id(u"id");
    out.name = reader.string(u"name");
    out.type = reader.enumeration<OrganizationType>(u"organizationType");
    if (const std::optional<ObjectReader> relationship = reader.optionalObject(u"organizationParentRelationship")) {
        out.parent = relationship->ref(u"organization");
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const Individual &value) {
    QJsonObject out = detail::resourceJson(Resource::Individual, value.id);
    out.insert(QStringLiteral("givenName"), value.givenName);
    out.insert(QStringLiteral("familyName"), value.familyName);
    out.insert(QStringLiteral("fullName"), value.fullName());
    out.insert(QStringLiteral("status"), kValidated);
    if (!value.employer.isNull()) {
        QJsonObject employer = detail::refJson(value.employer, Resource::Organization);
        employer.insert(QStringLiteral("role"), kEmployerRole);
        out.insert(QStringLiteral("relatedParty"), QJsonArray{employer});
    }
    return out;
}

Result<Individual> individualFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Individual out;
    out.id = reader.id(u"id");
    out.givenName = reader.string(u"givenName");
    out.familyName = reader.string(u"familyName");
    for (const ObjectReader &party : reader.optionalObjects(u"relatedParty")) {
        if (party.optionalString(u"role") == kEmployerRole) {
            out.employer = Ref{party.id(u"id"), party.optionalString(u"name")};
        }
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const PortalUser &value) {
    QJsonArray scope;
    for (const ScopeGrant &grant : value.scope) {
        QJsonObject entry{{QStringLiteral("id"), grant.id},
                          {QStringLiteral("@referredType"), wire::toWire(grant.kind)}};
        if (!grant.name.isEmpty()) {
            entry.insert(QStringLiteral("name"), grant.name);
        }
        scope.append(entry);
    }
    QJsonObject out{{QStringLiteral("id"), value.id},
                    {QStringLiteral("login"), value.login},
                    {QStringLiteral("name"), value.name},
                    {QStringLiteral("role"), value.role},
                    {QStringLiteral("permissions"), QJsonArray::fromStringList(value.permissions)},
                    {QStringLiteral("scope"), scope}};
    if (value.disabled) {
        out.insert(QStringLiteral("disabled"), true); // absent: enabled (as every user that signs in is)
    }
    return out;
}

Result<PortalUser> portalUserFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    PortalUser out;
    out.id = reader.id(u"id");
    out.login = reader.string(u"login");
    out.name = reader.string(u"name");
    out.role = reader.string(u"role");
    out.permissions = reader.stringList(u"permissions");
    for (const ObjectReader &entry : reader.objects(u"scope")) {
        ScopeGrant grant;
        grant.id = entry.id(u"id");
        grant.kind = entry.enumeration<ScopeKind>(u"@referredType");
        grant.name = entry.optionalString(u"name");
        out.scope.append(grant);
    }
    out.disabled = reader.has(u"disabled") && reader.boolean(u"disabled");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
