#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace corpcare::exports {

// What a cell holds, so that every format writes it as what it is: money as a number with a currency
// format (never a formatted string), dates as dates.
enum class CellKind { Text, Integer, Money, Date, Percent };

struct ExportColumn {
    QString title;
    CellKind kind = CellKind::Text;
    QString currency; // Money columns: ISO code of the unit
};

// The rows to export, read one at a time: a million-line itemization is streamed to the file, never
// copied whole. Values are raw: qint64 minor units for Money, QDate for Date, qint64 for Integer,
// int basis points (1/100 of a percent) for Percent.
class TableSource {
public:
    virtual ~TableSource() = default;
    virtual QList<ExportColumn> columns() const = 0;
    virtual qsizetype rowCount() const = 0;
    virtual QVariant value(qsizetype row, int column) const = 0;
};

} // namespace corpcare::exports
