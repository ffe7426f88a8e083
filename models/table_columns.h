#pragma once

#include <QBrush>
#include <QString>
#include <QVariant>

namespace corpcare::models {

// What a column holds, for its header roles (CellKindRole, CurrencyRole: what exports read) and its
// alignment. The report models describe their columns with it instead of repeating the switches.
enum class ColumnKind { Text, Integer, Money, Date, Percent };

struct ColumnSpec {
    QString title;
    ColumnKind kind = ColumnKind::Text;
};

// headerData for a horizontal header section described by `column`; `currency` answers CurrencyRole.
QVariant columnHeaderData(const ColumnSpec &column, int role, const QString &currency);
// Qt::ForegroundRole of a cell that warns (suspended, over the critical threshold): one red everywhere,
// darker on a light palette and lighter on a dark or high-contrast one, so that it stays readable.
QBrush warningForeground();
// Qt::BackgroundRole of a row that needs attention (an account near disconnection), chosen the same way.
QBrush attentionBackground();

// Qt::TextAlignmentRole for cells of that kind: numbers right-aligned.
QVariant columnAlignment(ColumnKind kind);

} // namespace corpcare::models
