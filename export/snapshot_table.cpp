#include "export/snapshot_table.h"

namespace corpcare::exports {

SnapshotTable::SnapshotTable(const TableSource &source) : m_columns(source.columns()), m_rows(source.rowCount()) {
    m_values.reserve(size_t(m_rows) * size_t(m_columns.size()));
    for (qsizetype row = 0; row < m_rows; ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            m_values.push_back(source.value(row, column));
        }
    }
}

} // namespace corpcare::exports
