#pragma once

struct sqlite3;

namespace corpcare::server::store {

// SQL functions the list filters use, added to every connection:
// name_or_number(msisdn, name, text) is 1 when the line's number or its user's name holds `text` by
// the client's own rule (domain::SearchText: case-insensitive in any script, a number with or without
// its formatting), else 0. SQLite's LIKE folds only ASCII, so "анна" would miss "Анна".
void addSearchFunctions(sqlite3 *db);

} // namespace corpcare::server::store
