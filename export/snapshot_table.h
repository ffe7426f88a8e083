#pragma once

#include "export/table_source.h"

#include <vector>

namespace corpcare::exports {

// A copy of another table's columns and values: taken on the thread that owns a model (which may
// change while a file is written), then safe to write from a worker thread. It can be filled in
// slices (copyRows), so that copying 100,000 rows never holds the GUI thread for long.
class SnapshotTable final : public TableSource {
public:
    explicit SnapshotTable(QList<ExportColumn> columns, qsizetype expectedRows = 0);
    explicit SnapshotTable(const TableSource &source); // all at once

    // Appends rows [from, from + count) of `source` (same columns).
    void copyRows(const TableSource &source, qsizetype from, qsizetype count);
    void clearRows();

    QList<ExportColumn> columns() const override { return m_columns; }
    qsizetype rowCount() const override { return m_rows; }
    QVariant value(qsizetype row, int column) const override {
        return m_values[size_t(row) * size_t(m_columns.size()) + size_t(column)];
    }

private:
    QList<ExportColumn> m_columns;
    qsizetype m_rows = 0;
    std::vector<QVariant> m_values; // row by row
};

} // namespace corpcare::exports
