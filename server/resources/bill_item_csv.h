#pragma once

#include "server/resources/resource.h"

namespace corpcare::server::resources {

// The statement of one page of itemization lines: "SELECT <columns> FROM bill_item r <joins> WHERE ...
// ORDER BY r.id LIMIT ? OFFSET ?".
//
// Without a bill or a line to narrow them, the lines asked for (a period, accounts, billed or not) are a
// large share of the table, and the table is in id order: reading rows by id from the first match (or
// from the keyset's id.gt) and stopping after `limit` beats SQLite's own choice, which is to collect
// every match through an index and sort them all for each page (0.7 s a page for 1.5 million lines).
store::Statement billItemPage(store::Database &db, const PageRequest &page, const QString &columns,
                              const QString &joins = {});

// The CSV header of an itemization page: the columns named by their JSON paths.
QByteArray billItemsCsvHeader();

// One page of itemization lines as text/csv (profile §3): straight from the table's row, without
// joins, QJsonObjects or QDateTimes; dates as YYYY-MM-DD, amounts as exact decimals, lines end in CRLF.
PageText billItemsCsv(store::Database &db, const DataContext &context, const PageRequest &page);

} // namespace corpcare::server::resources
