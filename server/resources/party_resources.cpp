#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "server/resources/resource.h"
#include "server/store/sqlite.h"

namespace corpcare::server::resources {

using domain::json::Resource;
using query::FieldType;

StoredResource organizationResource() {
    StoredResource resource;
    resource.kind = Resource::Organization;
    resource.table = QStringLiteral("organization o");
    resource.idColumn = QStringLiteral("o.id");
    resource.permission = domain::permission::viewAccounts;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("o.id {}"), true},
        {QStringLiteral("name"), FieldType::Text, QStringLiteral("o.name {}")},
        {QStringLiteral("organizationType"), FieldType::Text, QStringLiteral("o.kind {}")},
        {QStringLiteral("organizationParentRelationship.organization.id"), FieldType::Id,
         QStringLiteral("o.parent_id {}")},
    };
    resource.scope = auth::scope::organization;
    resource.fetchPage = [](store::Database &db, const DataContext &, const PageRequest &page) {
        store::Statement row =
            queryPage(db,
                      QStringLiteral("SELECT o.id, o.name, o.kind, o.parent_id, parent.name FROM organization o "
                                     "LEFT JOIN organization parent ON parent.id = o.parent_id"),
                      QStringLiteral("o.id"), page);
        QJsonArray out;
        while (row.step()) {
            domain::Organization organization;
            organization.id = idText(row, 0);
            organization.name = row.text(1);
            organization.type = domain::wire::fromWire<domain::OrganizationType>(row.text(2))
                                    .value_or(domain::OrganizationType::Department);
            if (!row.isNull(3)) {
                organization.parent = {idText(row, 3), row.text(4)};
            }
            out.append(domain::json::toJson(organization));
        }
        return out;
    };
    return resource;
}

StoredResource individualResource() {
    StoredResource resource;
    resource.kind = Resource::Individual;
    resource.table = QStringLiteral("individual i");
    resource.idColumn = QStringLiteral("i.id");
    resource.permission = domain::permission::viewAccounts;
    resource.filters = {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("i.id {}"), true},
        {QStringLiteral("givenName"), FieldType::Text, QStringLiteral("i.given_name {}")},
        {QStringLiteral("familyName"), FieldType::Text, QStringLiteral("i.family_name {}")},
        {QStringLiteral("relatedParty.id"), FieldType::Id, QStringLiteral("i.organization_id {}")},
    };
    resource.scope = auth::scope::individual;
    resource.fetchPage = [](store::Database &db, const DataContext &, const PageRequest &page) {
        store::Statement row = queryPage(
            db,
            QStringLiteral("SELECT i.id, i.given_name, i.family_name, i.organization_id, org.name FROM individual i "
                           "JOIN organization org ON org.id = i.organization_id "),
            QStringLiteral("i.id"), page);
        QJsonArray out;
        while (row.step()) {
            domain::Individual individual;
            individual.id = idText(row, 0);
            individual.givenName = row.text(1);
            individual.familyName = row.text(2);
            individual.employer = {idText(row, 3), row.text(4)};
            out.append(domain::json::toJson(individual));
        }
        return out;
    };
    return resource;
}

store::Statement queryPage(store::Database &db, const QString &selectFromJoins, const QString &idColumn,
                           const PageRequest &page) {
    store::Statement statement = db.prepare(selectFromJoins + QStringLiteral(" WHERE ") + page.where.sql +
                                            QStringLiteral(" ORDER BY %1 LIMIT ? OFFSET ?").arg(idColumn));
    statement.bindAll(page.where.binds);
    const int next = int(page.where.binds.size()) + 1;
    statement.bind(next, qint64(page.limit)).bind(next + 1, page.offset);
    return statement;
}

QString idText(const store::Statement &row, int column) {
    return QString::number(row.int64(column));
}

} // namespace corpcare::server::resources
