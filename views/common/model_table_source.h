#pragma once

#include "export/table_source.h"

class QAbstractItemModel;

namespace corpcare::views {

// A model as the user sees it: the given columns in the given order (the view's visible ones), its
// rows in the model's order (a filter proxy's rows, sorted). Raw values come from models::RawValueRole
// and each column's kind from the header's models::CellKindRole.
class ModelTableSource final : public exports::TableSource {
public:
    ModelTableSource(const QAbstractItemModel *model, QList<int> logicalColumns);
    QList<exports::ExportColumn> columns() const override { return m_columns; }
    qsizetype rowCount() const override;
    QVariant value(qsizetype row, int column) const override;

private:
    const QAbstractItemModel *m_model;
    QList<int> m_logical;
    QList<exports::ExportColumn> m_columns;
};

} // namespace corpcare::views
