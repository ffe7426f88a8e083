#pragma once

#include <QString>

namespace corpcare::exports {

class TableSource;

// Writes the table as an XLSX workbook with libxlsxwriter in constant-memory mode (rows go to disk as
// they are written, so a million lines need a few megabytes): a bold header row, frozen below it,
// column widths from the content, numbers as numbers, money with a currency format, dates as dates.
// The file appears at `path` only when complete; on failure nothing is left there and `*error` says why.
bool exportXlsx(const TableSource &table, const QString &path, const QString &sheetTitle, QString *error);

} // namespace corpcare::exports
