// Fuzz target (issue 9): a CSV export's cell of arbitrary text. Read back as RFC 4180, the field gives
// the cell as exported exactly (formula-neutralized), whatever separators, quotes and line breaks it
// holds: no cell can spill into the next one or break the line.
#include "export/csv_export.h"

#include <cstdlib>

using namespace corpcare::exports;

namespace {

// One RFC 4180 field that must be the whole of `csv`; nullopt when it is not exactly one field.
std::optional<QString> readField(const QString &csv, QChar separator) {
    if (!csv.startsWith(QLatin1Char('"'))) {
        if (csv.contains(separator) || csv.contains(QLatin1Char('"')) || csv.contains(QLatin1Char('\n')) ||
            csv.contains(QLatin1Char('\r'))) {
            return std::nullopt;
        }
        return csv;
    }
    QString out;
    for (qsizetype i = 1; i < csv.size(); ++i) {
        if (csv.at(i) != QLatin1Char('"')) {
            out += csv.at(i);
        } else if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
            out += QLatin1Char('"');
            ++i;
        } else {
            return i == csv.size() - 1 ? std::optional<QString>(out) : std::nullopt; // the closing quote ends it
        }
    }
    return std::nullopt; // never closed
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) {
        return 0;
    }
    const QChar separator = data[0] % 2 == 0 ? QLatin1Char(',') : QLatin1Char(';');
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString cell = neutralizeFormula(text);
    const auto back = readField(csvField(cell, separator), separator);
    if (!back || *back != cell) {
        std::abort();
    }
    const QChar first = cell.isEmpty() ? QChar() : cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@')) {
        std::abort(); // a spreadsheet would run it
    }
    return 0;
}
