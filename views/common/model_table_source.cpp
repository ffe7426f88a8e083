#include "views/common/model_table_source.h"

#include "models/roles.h"

#include <QAbstractItemModel>

namespace corpcare::views {

using exports::CellKind;
using exports::ExportColumn;

namespace {
CellKind kindFromName(const QString &name) {
    if (name == QLatin1String("money")) {
        return CellKind::Money;
    }
    if (name == QLatin1String("date")) {
        return CellKind::Date;
    }
    if (name == QLatin1String("integer")) {
        return CellKind::Integer;
    }
    if (name == QLatin1String("percent")) {
        return CellKind::Percent;
    }
    return CellKind::Text;
}
} // namespace

ModelTableSource::ModelTableSource(const QAbstractItemModel *model, QList<int> logicalColumns)
    : m_model(model), m_logical(std::move(logicalColumns)) {
    for (int column : std::as_const(m_logical)) {
        ExportColumn out;
        out.title = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        out.kind = kindFromName(model->headerData(column, Qt::Horizontal, models::CellKindRole).toString());
        out.currency = model->headerData(column, Qt::Horizontal, models::CurrencyRole).toString();
        m_columns.append(out);
    }
}

qsizetype ModelTableSource::rowCount() const {
    return m_model->rowCount();
}

QVariant ModelTableSource::value(qsizetype row, int column) const {
    return m_model->index(int(row), m_logical.at(column)).data(models::RawValueRole);
}

} // namespace corpcare::views
