#pragma once

namespace corpcare::server::store {

class Database;

inline constexpr int kSchemaVersion = 1;

// Creates the tables of an empty database. Dates are stored as Julian day numbers (QDate::toJulianDay),
// money as integer minor units, enums as their wire strings (domain/json/wire_names.h).
void createSchema(Database &db);

// Indexes are created after a bulk load: building them once is much faster than keeping them
// up to date row by row.
void createIndexes(Database &db);

// Turns on WAL and the settings a serving database uses.
void configureForServing(Database &db);

} // namespace corpcare::server::store
