#pragma once

#include <QString>

class QSqlDatabase;

// The archive's tables and their versions (PRAGMA user_version). Each version is one step of
// statements; opening an archive of an older version runs the steps it lacks in one transaction, so a
// crash during a migration leaves the older version whole.
namespace corpcare::store::schema {

inline constexpr int kCurrentVersion = 3;

int versionOf(QSqlDatabase &db);
// Brings the database to `target` (tests build an older archive with a smaller target). False, with
// *error, when a statement fails or the archive is newer than this program knows.
bool migrate(QSqlDatabase &db, QString *error, int target = kCurrentVersion);

} // namespace corpcare::store::schema
