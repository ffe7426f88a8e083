#pragma once

#include <QString>

// The one place for the settings keys of the search panel and saved searches (STYLE.md: keys in one
// typed table). Values are written as documented here and nowhere else.
namespace corpcare::models::search_settings {

// QByteArray: a JSON array of {"name": text, "search": UserSearch::toJson()} in the order listed.
inline QString savedSearches() {
    return QStringLiteral("search/saved");
}
// QByteArray: the JSON of the search last run, restored when the panel opens.
inline QString lastSearch() {
    return QStringLiteral("search/last");
}
// QByteArray: the panel's splitter state (conditions | results).
inline QString splitterState() {
    return QStringLiteral("search/splitter");
}
// int: the tab shown (search results or over threshold).
inline QString currentTab() {
    return QStringLiteral("search/tab");
}

} // namespace corpcare::models::search_settings
