#pragma once

#include <QChar>
#include <QLocale>
#include <QString>

namespace corpcare::exports {

class TableSource;

struct CsvOptions {
    QChar separator = QLatin1Char(','); // ';' where the decimal mark is a comma
    QChar decimalMark = QLatin1Char('.');
    bool byteOrderMark = true; // so that spreadsheets read the file as UTF-8
};

// The options that suit a locale: semicolons and decimal commas where numbers use a decimal comma.
CsvOptions csvOptionsFor(const QLocale &locale);

// Writes the table as CSV (RFC 4180: CRLF lines, fields with the separator, quotes or line breaks
// quoted, quotes doubled), atomically: on any failure (unwritable folder, full disk) nothing is left
// at `path` and `*error` says why. Text cells that a spreadsheet would run as a formula (starting with
// = + - @, tab or carriage return) get a leading apostrophe; numbers keep their minus sign.
bool exportCsv(const TableSource &table, const QString &path, const CsvOptions &options, QString *error);

// One field as exportCsv writes it (for tests and the clipboard).
QString csvField(const QString &text, QChar separator);
QString neutralizeFormula(const QString &text);

} // namespace corpcare::exports
