#include "models/usage_model.h"

#include "domain/product.h"
#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

UsageModel::UsageModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsageModel::setRecords(QList<domain::UsageRecord> records) {
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void UsageModel::appendRecords(const QList<domain::UsageRecord> &records) {
    if (records.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + records.size() - 1));
    m_records.append(records);
    endInsertRows();
}

int UsageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int UsageModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageModel::typeText(domain::UsageType type) {
    switch (type) {
    case domain::UsageType::Call:
        return tr("Call");
    case domain::UsageType::Sms:
        return tr("SMS");
    case domain::UsageType::Data:
        return tr("Data");
    }
    return {};
}

QString UsageModel::quantityText(const domain::UsageRecord &record, const QLocale &locale) {
    switch (record.type) {
    case domain::UsageType::Call:
        return QStringLiteral("%1:%2").arg(record.quantity / 60).arg(record.quantity % 60, 2, 10, QLatin1Char('0'));
    case domain::UsageType::Sms:
        return locale.toString(record.quantity);
    case domain::UsageType::Data:
        return record.quantity < 1024 ? tr("%1 KB").arg(locale.toString(record.quantity))
                                      : tr("%1 MB").arg(locale.toString(double(record.quantity) / 1024.0, 'f', 1));
    }
    return {};
}

ColumnSpec UsageModel::columnSpec(Column column) {
    switch (column) {
    case When:
        return {tr("Date and time"), ColumnKind::Text};
    case Type:
        return {tr("Type"), ColumnKind::Text};
    case Counterpart:
        return {tr("Number"), ColumnKind::Text};
    case Description:
        return {tr("Description"), ColumnKind::Text};
    case Quantity:
        return {tr("Duration / volume"), ColumnKind::Integer};
    case Amount:
        return {tr("Amount without tax"), ColumnKind::Money};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UsageModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::UsageRecord &record = m_records.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case IdRole:
        return record.id;
    case TypeRole:
        return int(record.type);
    case Qt::TextAlignmentRole:
        return columnAlignment(columnSpec(column).kind);
    case RawValueRole:
        switch (column) {
        case When:
            return record.date.toString(Qt::ISODate); // sorts in time order; exported as the exact instant
        case Quantity:
            return record.quantity;
        case Amount:
            return record.taxExcluded.minor();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case When:
            return m_locale.toString(record.date.toLocalTime(), QLocale::ShortFormat);
        case Type:
            return typeText(record.type);
        case Counterpart:
            return record.counterpart.isEmpty() ? QString() : domain::formatMsisdn(record.counterpart);
        case Description:
            return record.description;
        case Quantity:
            return quantityText(record, m_locale);
        case Amount:
            return formatMoney(record.taxExcluded, m_locale);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant UsageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnHeaderData(columnSpec(Column(section)), role,
                            m_records.isEmpty() ? QString() : m_records.first().taxExcluded.currency());
}

UsageFilterModel::UsageFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(RawValueRole);
}

void UsageFilterModel::setType(std::optional<domain::UsageType> type) {
    if (type == m_type) {
        return;
    }
    m_type = type;
    invalidateRowsFilter();
}

qint64 UsageFilterModel::shownAmountMinor() const {
    qint64 sum = 0;
    for (int row = 0; row < rowCount(); ++row) {
        sum += index(row, UsageModel::Amount).data(RawValueRole).toLongLong();
    }
    return sum;
}

bool UsageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_type) {
        return true;
    }
    return sourceModel()->index(sourceRow, 0, sourceParent).data(UsageModel::TypeRole).toInt() == int(*m_type);
}

} // namespace corpcare::models
