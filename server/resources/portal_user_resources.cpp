#include "server/resources/portal_user_resources.h"

#include "domain/audit_record.h"
#include "domain/json/mapping.h"
#include "domain/json/wire_names.h"
#include "domain/portal_user.h"
#include "server/query/filter_sql.h"
#include "server/resources/id_list.h"
#include "server/security/password_hash.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace corpcare::server::resources {

using http::errorResponse;
using http::HttpResponse;
namespace json = domain::json;

namespace {

constexpr int kMinPasswordLength = 10;
constexpr int kMaxNameLength = 200;

// A grant (g.kind, g.object_id) inside the caller's scope.
QString grantInScope(const auth::Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("(g.kind = 'Organization' AND g.object_id IN (SELECT o.id FROM organization o WHERE %1)) OR "
                          "(g.kind = 'BillingAccount' AND g.object_id IN (SELECT a.id FROM billing_account a WHERE "
                          "%2)) OR (g.kind = 'Product' AND g.object_id IN (SELECT p.id FROM product p WHERE %3))")
        .arg(auth::scope::organization(caller), auth::scope::billingAccount(caller), auth::scope::product(caller));
}

// The users the caller manages (portal_user under `alias`): every grant of theirs lies in his scope.
QString managed(const auth::Caller &caller, const QString &alias = QStringLiteral("u")) {
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM portal_grant g WHERE g.user_id = %1.id AND NOT (%2))")
        .arg(alias, grantInScope(caller));
}

} // namespace

std::optional<domain::PortalUser> loadPortalUser(store::Database &db, qint64 id) {
    store::Statement row =
        db.prepare(QStringLiteral("SELECT login, name, role, disabled FROM portal_user WHERE id = ?"));
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    domain::PortalUser user;
    user.id = QString::number(id);
    user.login = row.text(0);
    user.name = row.text(1);
    user.role = row.text(2);
    user.disabled = row.int64(3) != 0;
    row.reset();
    store::Statement permissions =
        db.prepare(QStringLiteral("SELECT permission FROM portal_permission WHERE user_id = ?"));
    permissions.bind(1, id);
    while (permissions.step()) {
        user.permissions.append(permissions.text(0));
    }
    // In the profile's order, whatever order they were stored in.
    std::sort(user.permissions.begin(), user.permissions.end(), [](const QString &a, const QString &b) {
        return domain::permission::all.indexOf(a) < domain::permission::all.indexOf(b);
    });
    store::Statement grants = db.prepare(
        QStringLiteral("SELECT g.kind, g.object_id, COALESCE(o.name, a.name, p.msisdn, '') FROM portal_grant g "
                       "LEFT JOIN organization o ON g.kind = 'Organization' AND o.id = g.object_id "
                       "LEFT JOIN billing_account a ON g.kind = 'BillingAccount' AND a.id = g.object_id "
                       "LEFT JOIN product p ON g.kind = 'Product' AND p.id = g.object_id "
                       "WHERE g.user_id = ? ORDER BY g.kind, g.object_id"));
    grants.bind(1, id);
    while (grants.step()) {
        user.scope.append(
            {domain::wire::fromWire<domain::ScopeKind>(grants.text(0)).value_or(domain::ScopeKind::Organization),
             QString::number(grants.int64(1)), grants.text(2)});
    }
    return user;
}

namespace {

std::optional<qint64> managedId(store::Database &db, const auth::Caller &caller, const QString &id) {
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (!ok || number <= 0) {
        return std::nullopt;
    }
    const QVariant found = db.scalar(
        QStringLiteral("SELECT u.id FROM portal_user u WHERE u.id = ? AND %1").arg(managed(caller)), {number});
    return found.isNull() ? std::nullopt : std::optional<qint64>(number);
}

// What a POST or PATCH asks for, read and checked field by field.
struct Requested {
    std::optional<QString> login;
    std::optional<QString> name;
    std::optional<QString> role;
    std::optional<QStringList> permissions;
    std::optional<QList<domain::ScopeGrant>> scope;
    std::optional<bool> disabled;
    std::optional<QString> password;
};

std::optional<HttpResponse> invalid(const QString &message) {
    return errorResponse(400, QStringLiteral("invalidBody"), message);
}

// Reads the body; a refusal when a field is malformed.
std::optional<HttpResponse> read(const QJsonObject &body, Requested *out) {
    static const QRegularExpression loginForm(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,63}$"));
    const auto text = [&body](const QString &key, std::optional<QString> *into) -> std::optional<HttpResponse> {
        if (!body.contains(key)) {
            return std::nullopt;
        }
        if (!body.value(key).isString()) {
            return invalid(QStringLiteral("%1: expected a string").arg(key));
        }
        *into = body.value(key).toString().trimmed();
        return std::nullopt;
    };
    for (const auto &[key, into] :
         {std::pair{QStringLiteral("login"), &out->login}, std::pair{QStringLiteral("name"), &out->name},
          std::pair{QStringLiteral("role"), &out->role}}) {
        if (auto refusal = text(key, into)) {
            return refusal;
        }
    }
    if (out->login && !loginForm.match(*out->login).hasMatch()) {
        return invalid(QStringLiteral("login: 3 to 64 characters of a-z, 0-9, '.', '_' and '-', starting with a "
                                      "letter or digit"));
    }
    if (out->name && (out->name->isEmpty() || out->name->size() > kMaxNameLength)) {
        return invalid(QStringLiteral("name: 1 to %1 characters").arg(kMaxNameLength));
    }
    if (out->role && !domain::role::all.contains(*out->role)) {
        return invalid(QStringLiteral("role: one of %1").arg(domain::role::all.join(QStringLiteral(", "))));
    }
    if (body.contains(QStringLiteral("password"))) {
        const QJsonValue password = body.value(QStringLiteral("password"));
        if (!password.isString() || password.toString().size() < kMinPasswordLength) {
            return invalid(QStringLiteral("password: at least %1 characters").arg(kMinPasswordLength));
        }
        out->password = password.toString();
    }
    if (body.contains(QStringLiteral("disabled"))) {
        if (!body.value(QStringLiteral("disabled")).isBool()) {
            return invalid(QStringLiteral("disabled: expected true or false"));
        }
        out->disabled = body.value(QStringLiteral("disabled")).toBool();
    }
    if (body.contains(QStringLiteral("permissions"))) {
        QStringList permissions;
        for (const QJsonValue &value : body.value(QStringLiteral("permissions")).toArray()) {
            if (!domain::permission::all.contains(value.toString())) {
                return invalid(QStringLiteral("permissions: \"%1\" is no permission").arg(value.toString().left(64)));
            }
            if (!permissions.contains(value.toString())) {
                permissions.append(value.toString());
            }
        }
        if (!body.value(QStringLiteral("permissions")).isArray()) {
            return invalid(QStringLiteral("permissions: expected an array of permission names"));
        }
        out->permissions = permissions;
    }
    if (body.contains(QStringLiteral("scope"))) {
        if (!body.value(QStringLiteral("scope")).isArray()) {
            return invalid(QStringLiteral("scope: expected an array of {id, @referredType}"));
        }
        QList<domain::ScopeGrant> scope;
        for (const QJsonValue &value : body.value(QStringLiteral("scope")).toArray()) {
            const QJsonObject entry = value.toObject();
            const auto kind =
                domain::wire::fromWire<domain::ScopeKind>(entry.value(QStringLiteral("@referredType")).toString());
            const QString id = entry.value(QStringLiteral("id")).toString();
            if (!kind || id.isEmpty()) {
                return invalid(QStringLiteral("scope: each entry is {\"id\", \"@referredType\": Organization, "
                                              "BillingAccount or Product}"));
            }
            scope.append({*kind, id, {}});
        }
        if (scope.isEmpty()) {
            return invalid(QStringLiteral("scope: at least one organization, account or line"));
        }
        out->scope = scope;
    }
    return std::nullopt;
}

// A grantor grants only what he holds, within his scope.
std::optional<HttpResponse> checkGrants(store::Database &db, const auth::Caller &caller, const Requested &wanted) {
    for (const QString &permission : wanted.permissions.value_or(QStringList())) {
        if (!caller.may(permission)) {
            return errorResponse(
                403, QStringLiteral("forbidden"),
                QStringLiteral("%1 cannot grant %2: he does not hold it himself").arg(caller.login, permission));
        }
    }
    for (const domain::ScopeGrant &grant : wanted.scope.value_or(QList<domain::ScopeGrant>())) {
        bool ok = false;
        const qint64 id = grant.id.toLongLong(&ok);
        QString sql;
        switch (grant.kind) {
        case domain::ScopeKind::Organization:
            sql = QStringLiteral("SELECT 1 FROM organization o WHERE o.id = ? AND (%1)")
                      .arg(auth::scope::organization(caller));
            break;
        case domain::ScopeKind::BillingAccount:
            sql = QStringLiteral("SELECT 1 FROM billing_account a WHERE a.id = ? AND (%1)")
                      .arg(auth::scope::billingAccount(caller));
            break;
        case domain::ScopeKind::Product:
            sql = QStringLiteral("SELECT 1 FROM product p WHERE p.id = ? AND (%1)").arg(auth::scope::product(caller));
            break;
        }
        if (!ok || db.scalar(sql, {id}).isNull()) {
            return errorResponse(
                404, QStringLiteral("notFound"),
                QStringLiteral("no %1 with id %2").arg(domain::wire::toWire(grant.kind), grant.id.left(64)));
        }
    }
    return std::nullopt;
}

// The user as the audit trail keeps him: without the password.
QJsonObject auditedState(const domain::PortalUser &user) {
    QJsonObject out = json::toJson(user);
    out.remove(QStringLiteral("id"));
    out.insert(QStringLiteral("disabled"), user.disabled);
    return out;
}

void writeChanges(store::Database &db, qint64 id, const Requested &wanted) {
    if (wanted.name) {
        db.prepare(QStringLiteral("UPDATE portal_user SET name = ? WHERE id = ?"))
            .bind(1, *wanted.name)
            .bind(2, id)
            .run();
    }
    if (wanted.role) {
        db.prepare(QStringLiteral("UPDATE portal_user SET role = ? WHERE id = ?"))
            .bind(1, *wanted.role)
            .bind(2, id)
            .run();
    }
    if (wanted.disabled) {
        db.prepare(QStringLiteral("UPDATE portal_user SET disabled = ? WHERE id = ?"))
            .bind(1, qint64(*wanted.disabled ? 1 : 0))
            .bind(2, id)
            .run();
    }
    if (wanted.password) {
        db.prepare(QStringLiteral("UPDATE portal_user SET password_hash = ? WHERE id = ?"))
            .bind(1, security::hashPassword(*wanted.password))
            .bind(2, id)
            .run();
    }
    if (wanted.permissions) {
        db.prepare(QStringLiteral("DELETE FROM portal_permission WHERE user_id = ?")).bind(1, id).run();
        store::Statement insert =
            db.prepare(QStringLiteral("INSERT INTO portal_permission(user_id, permission) VALUES (?, ?)"));
        for (const QString &permission : *wanted.permissions) {
            insert.bind(1, id).bind(2, permission).run();
            insert.reset();
        }
    }
    if (wanted.scope) {
        db.prepare(QStringLiteral("DELETE FROM portal_grant WHERE user_id = ?")).bind(1, id).run();
        store::Statement insert =
            db.prepare(QStringLiteral("INSERT OR IGNORE INTO portal_grant(user_id, kind, object_id) VALUES (?, ?, ?)"));
        for (const domain::ScopeGrant &grant : *wanted.scope) {
            insert.bind(1, id).bind(2, domain::wire::toWire(grant.kind)).bind(3, grant.id.toLongLong()).run();
            insert.reset();
        }
    }
}

std::optional<QJsonObject> bodyOf(const http::HttpRequest &request) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? std::optional(document.object())
                                                                          : std::nullopt;
}

} // namespace

HttpResponse listPortalUsers(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    static const QList<query::FilterField> filters{
        {QStringLiteral("id"), query::FieldType::Id, QStringLiteral("x.id {}"), true},
        {QStringLiteral("login"), query::FieldType::Text, QStringLiteral("x.login {}")},
        {QStringLiteral("role"), query::FieldType::Text, QStringLiteral("x.role {}")},
        {QStringLiteral("disabled"), query::FieldType::Boolean, QStringLiteral("x.disabled {}")},
    };
    return listById(db, request,
                    {QStringLiteral("portal_user x"), filters, QStringLiteral("portalUser"),
                     managed(caller, QStringLiteral("x")), false},
                    [&db](qint64 id) -> std::optional<QJsonObject> {
                        const auto user = loadPortalUser(db, id);
                        return user ? std::optional(json::toJson(*user)) : std::nullopt;
                    });
}

HttpResponse getPortalUser(store::Database &db, const auth::Caller &caller, const QString &id) {
    const auto number = managedId(db, caller, id);
    const auto user = number ? loadPortalUser(db, *number) : std::nullopt;
    if (!user) {
        return errorResponse(404, QStringLiteral("notFound"),
                             QStringLiteral("no portalUser with id %1").arg(id.left(64)));
    }
    return http::jsonResponse(QJsonDocument(json::toJson(*user)));
}

HttpResponse postPortalUser(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request) {
    const auto body = bodyOf(request);
    if (!body) {
        return *invalid(QStringLiteral("the body is not a JSON object"));
    }
    Requested wanted;
    if (auto refusal = read(*body, &wanted)) {
        return *refusal;
    }
    for (const auto &[present, field] :
         {std::pair{wanted.login.has_value(), "login"}, std::pair{wanted.name.has_value(), "name"},
          std::pair{wanted.role.has_value(), "role"}, std::pair{wanted.scope.has_value(), "scope"},
          std::pair{wanted.password.has_value(), "password"}}) {
        if (!present) {
            return *invalid(QStringLiteral("%1: required").arg(QLatin1String(field)));
        }
    }
    if (!wanted.permissions) {
        wanted.permissions = domain::role::permissionsOf(*wanted.role); // the role's bundle
    }
    if (auto refusal = checkGrants(db, caller, wanted)) {
        return *refusal;
    }
    store::Transaction transaction(db);
    if (!db.scalar(QStringLiteral("SELECT 1 FROM portal_user WHERE login = ?"), {*wanted.login}).isNull()) {
        return errorResponse(409, QStringLiteral("conflict"),
                             QStringLiteral("the login %1 is taken").arg(*wanted.login));
    }
    db.prepare(
          QStringLiteral("INSERT INTO portal_user(login, name, role, password_hash, disabled) VALUES (?, ?, ?, ?, ?)"))
        .bind(1, *wanted.login)
        .bind(2, *wanted.name)
        .bind(3, *wanted.role)
        .bind(4, security::hashPassword(*wanted.password))
        .bind(5, qint64(wanted.disabled.value_or(false) ? 1 : 0))
        .run();
    const qint64 id = db.lastInsertId();
    Requested rest = wanted;
    rest.name.reset();
    rest.role.reset();
    rest.password.reset();
    rest.disabled.reset();
    writeChanges(db, id, rest);
    const domain::PortalUser created = *loadPortalUser(db, id);
    store::appendAudit(db,
                       {caller.login,
                        domain::audit_action::portalUserCreate,
                        QStringLiteral("PortalUser"),
                        created.id,
                        created.login,
                        {},
                        auditedState(created),
                        {},
                        {},
                        caller.source},
                       QDateTime::currentDateTimeUtc());
    transaction.commit();
    return http::jsonResponse(QJsonDocument(json::toJson(created)), 201)
        .withHeader("Location", QByteArray("/corporate/v1/portalUser/") + created.id.toLatin1());
}

HttpResponse patchPortalUser(store::Database &db, const auth::Caller &caller, const QString &id,
                             const http::HttpRequest &request) {
    const auto number = managedId(db, caller, id);
    if (!number) {
        return errorResponse(404, QStringLiteral("notFound"),
                             QStringLiteral("no portalUser with id %1").arg(id.left(64)));
    }
    const auto body = bodyOf(request);
    if (!body) {
        return *invalid(QStringLiteral("the body is not a JSON object"));
    }
    Requested wanted;
    if (auto refusal = read(*body, &wanted)) {
        return *refusal;
    }
    if (wanted.login) {
        return *invalid(QStringLiteral("login: a login does not change; create another user"));
    }
    if (*number == caller.userId && wanted.disabled.value_or(false)) {
        return *invalid(QStringLiteral("disabled: you cannot disable yourself"));
    }
    if (wanted.role && !wanted.permissions) {
        wanted.permissions = domain::role::permissionsOf(*wanted.role); // a new role brings its bundle
    }
    if (auto refusal = checkGrants(db, caller, wanted)) {
        return *refusal;
    }
    store::Transaction transaction(db);
    const domain::PortalUser before = *loadPortalUser(db, *number);
    writeChanges(db, *number, wanted);
    const domain::PortalUser after = *loadPortalUser(db, *number);
    // A disabled user, or one whose rights shrank, keeps no session that still carries the old ones.
    const bool lostRights = std::any_of(before.permissions.begin(), before.permissions.end(),
                                        [&after](const QString &p) { return !after.permissions.contains(p); });
    if (after.disabled || lostRights || wanted.scope || wanted.password) {
        db.prepare(QStringLiteral("UPDATE access_token SET revoked = 1 WHERE user_id = ?")).bind(1, *number).run();
    }
    QJsonObject beforeState = auditedState(before);
    QJsonObject afterState = auditedState(after);
    if (wanted.password) {
        afterState.insert(QStringLiteral("password"), QStringLiteral("reset")); // that it changed, never what to
    }
    store::appendAudit(db,
                       {caller.login,
                        domain::audit_action::portalUserChange,
                        QStringLiteral("PortalUser"),
                        after.id,
                        after.login,
                        beforeState,
                        afterState,
                        {},
                        {},
                        caller.source},
                       QDateTime::currentDateTimeUtc());
    transaction.commit();
    return http::jsonResponse(QJsonDocument(json::toJson(after)));
}

} // namespace corpcare::server::resources
