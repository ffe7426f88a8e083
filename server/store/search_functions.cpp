#include "server/store/search_functions.h"

#include "domain/search.h"

#include <sqlite3.h>

namespace corpcare::server::store {

namespace {

QString textArgument(sqlite3_value *value) {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(value)) : QString();
}

void nameOrNumber(sqlite3_context *context, int, sqlite3_value **arguments) {
    // The searched text is the same for every row of a query: prepared once and kept with the
    // statement (SQLite drops it when the argument changes or the statement ends).
    auto *text = static_cast<domain::SearchText *>(sqlite3_get_auxdata(context, 2));
    if (!text) {
        text = new domain::SearchText(textArgument(arguments[2]));
        sqlite3_set_auxdata(context, 2, text, [](void *p) { delete static_cast<domain::SearchText *>(p); });
        text = static_cast<domain::SearchText *>(sqlite3_get_auxdata(context, 2));
        if (!text) { // SQLite could not keep it (out of memory) and has deleted it already
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    sqlite3_result_int(context, text->matches(textArgument(arguments[0]), textArgument(arguments[1])) ? 1 : 0);
}

} // namespace

void addSearchFunctions(sqlite3 *db) {
    sqlite3_create_function_v2(db, "name_or_number", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &nameOrNumber,
                               nullptr, nullptr, nullptr);
}

} // namespace corpcare::server::store
