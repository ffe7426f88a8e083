#include "models/table_columns.h"

#include "models/roles.h"

#include <QGuiApplication>
#include <QPalette>

namespace corpcare::models {

namespace {
QString kindName(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Text:
        return QStringLiteral("text");
    case ColumnKind::Integer:
        return QStringLiteral("integer");
    case ColumnKind::Money:
        return QStringLiteral("money");
    case ColumnKind::Date:
        return QStringLiteral("date");
    case ColumnKind::Percent:
        return QStringLiteral("percent");
    }
    return QStringLiteral("text");
}
} // namespace

QVariant columnHeaderData(const ColumnSpec &column, int role, const QString &currency) {
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case CellKindRole:
        return kindName(column.kind);
    case CurrencyRole:
        return column.kind == ColumnKind::Money ? QVariant(currency) : QVariant();
    case Qt::TextAlignmentRole:
        return columnAlignment(column.kind);
    default:
        return {};
    }
}

namespace {
bool darkPalette() {
    // Without a GUI application (exports and tests run on QCoreApplication) there is no palette.
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr &&
           QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}
} // namespace

QBrush warningForeground() {
    return QBrush(darkPalette() ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x1C, 0x1C));
}

QBrush attentionBackground() {
    return QBrush(darkPalette() ? QColor(0x5C, 0x24, 0x14) : QColor(0xFF, 0xE4, 0xD6));
}

QVariant columnAlignment(ColumnKind kind) {
    return kind == ColumnKind::Money || kind == ColumnKind::Integer || kind == ColumnKind::Percent
               ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
               : QVariant();
}

} // namespace corpcare::models
