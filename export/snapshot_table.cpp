#include "export/snapshot_table.h"

namespace corpcare::exports {

SnapshotTable::SnapshotTable(QList<ExportColumn> columns, qsizetype expectedRows) : m_columns(std::move(columns)) {
    m_values.reserve(size_t(expectedRows) * size_t(m_columns.size()));
}

SnapshotTable::SnapshotTable(const TableSource &source) : SnapshotTable(source.columns(), source.rowCount()) {
    copyRows(source, 0, source.rowCount());
}

void SnapshotTable::copyRows(const TableSource &source, qsizetype from, qsizetype count) {
    for (qsizetype row = from; row < from + count; ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            m_values.push_back(source.value(row, column));
        }
    }
    m_rows += count;
}

void SnapshotTable::clearRows() {
    m_values.clear();
    m_rows = 0;
}

} // namespace corpcare::exports
