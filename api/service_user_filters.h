#pragma once

#include "api/resource_loaders.h"
#include "domain/search.h"

#include <QStringList>

// The product (service user) list asked for by filters (docs/api-profile.md, product): the lines of a
// group operation read again by id, and a search run on the server for lines not loaded here.
namespace corpcare::api {

// The most values one filter takes (profile §8): longer id lists are cut into several requests, and
// so are lists whose text would bring the query string near its 8 KiB limit.
inline constexpr int kMaxFilterValues = 1000;
inline constexpr int kMaxIdListLength = 6000;

PagedListLoader *loadServiceUsers(Session *session, const Filters &filters, QObject *parent);

// One filter set per at most kMaxFilterValues ids (and kMaxIdListLength characters), in the order given.
QList<Filters> serviceUserIdFilters(const QStringList &productIds);

// What of `search` the server can narrow by: tariffs, statuses, services had and not had, departments
// (given with their subtrees, since the server matches a line's own department), accounts, the text
// (nameOrNumber), and the charges range when `mayFilterCharges` (the server refuses it without the
// viewFinance permission). Threshold states are not a server filter: the caller checks them on the
// lines that come back, as it checks everything else with the same rules as the loaded lines.
Filters serverSearchFilters(const domain::UserSearch &search, const QStringList &departmentsWithSubtrees,
                            bool mayFilterCharges);

} // namespace corpcare::api
