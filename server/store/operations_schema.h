#pragma once

namespace corpcare::server::store {

class Database;

// The tables of issue 5 (profile §6): catalogue rules, charge thresholds, product orders with their
// items, SMS with their receivers, and the audit trail. Created if missing, so that a database
// generated before them gains them on its next start (empty, apart from what the demo adds).
void createOperationsSchema(Database &db);

} // namespace corpcare::server::store
