#pragma once

#include <Qt>

namespace corpcare::models {

// Item data roles every CorpCare model answers beyond Qt's own: sort and export read raw values,
// views show the display strings (STYLE.md).
enum Role {
    RawValueRole = Qt::UserRole + 1, // the value itself: qint64 minor units, QDate, int, QString
    IdRole,                          // the resource id of the row
    AttentionRole,                   // bool: the row needs the user's attention (near disconnection, suspended)
    NodeKindRole,                    // tree nodes: CompanyTreeModel::NodeKind
    // Header roles (Qt::Horizontal) for exports: what a column holds.
    CellKindRole, // "text", "integer", "money" (raw: qint64 minor units), "date" (QDate), "percent" (raw: basis points)
    CurrencyRole, // money columns: the ISO code of their unit
};

} // namespace corpcare::models
