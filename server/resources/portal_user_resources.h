#pragma once

#include "domain/portal_user.h"
#include "server/auth/caller.h"
#include "server/http/http_types.h"

#include <optional>

namespace corpcare::server::store {
class Database;
}

// Portal users (issue 6, profile §5 "portalUser"): who may use the portal, where and with what. The
// route checks managePortalUsers; these check that the caller manages only users inside his own scope
// and grants only what he holds, within his scope. Every change is audited; disabling a user or taking
// permissions from him ends his tokens at once.
namespace corpcare::server::resources {

// The user as `me` and this resource describe him (permissions in the profile's order, the scope with
// names), or nullopt for an unknown id.
std::optional<domain::PortalUser> loadPortalUser(store::Database &db, qint64 id);

// GET /corporate/v1/portalUser: the users the caller manages (all of whose grants lie in his scope),
// ascending by id; filters id, login, role, disabled.
http::HttpResponse listPortalUsers(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
// GET /corporate/v1/portalUser/<id>: one, or 404 (unknown or not his to manage).
http::HttpResponse getPortalUser(store::Database &db, const auth::Caller &caller, const QString &id);
// POST: 201 with the new user; 400 a bad field, 403 a permission the caller lacks, 404 a scope object
// unknown or outside his scope, 409 the login is taken.
http::HttpResponse postPortalUser(store::Database &db, const auth::Caller &caller, const http::HttpRequest &request);
// PATCH /corporate/v1/portalUser/<id>: name, role, permissions, scope, disabled, password; the same
// answers, and 400 for disabling oneself.
http::HttpResponse patchPortalUser(store::Database &db, const auth::Caller &caller, const QString &id,
                                   const http::HttpRequest &request);

} // namespace corpcare::server::resources
