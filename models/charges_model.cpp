#include "models/charges_model.h"

#include "domain/bill_report.h"
#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

ChargesModel::ChargesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChargesModel::setReport(domain::ChargesReport report) {
    beginResetModel();
    m_report = std::move(report);
    std::vector<qint64> amounts;
    amounts.reserve(m_report.groups().size());
    for (const domain::ChargeGroup &group : m_report.groups()) {
        amounts.push_back(group.taxIncluded.minor());
    }
    m_basisPoints = domain::proportionalBasisPoints(amounts);
    endResetModel();
}

int ChargesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_report.groups().size());
}

int ChargesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChargesModel::groupingTitle(domain::ChargeGrouping grouping) {
    switch (grouping) {
    case domain::ChargeGrouping::Account:
        return tr("Billing account");
    case domain::ChargeGrouping::ServiceUser:
        return tr("Service user");
    case domain::ChargeGrouping::Service:
        return tr("Service");
    }
    return {};
}

ColumnSpec ChargesModel::columnSpec(Column column) const {
    switch (column) {
    case Group:
        return {groupingTitle(m_report.grouping()), ColumnKind::Text};
    case Lines:
        return {tr("Lines"), ColumnKind::Integer};
    case TaxExcluded:
        return {tr("Without tax"), ColumnKind::Money};
    case TaxIncluded:
        return {tr("With tax"), ColumnKind::Money};
    case Share:
        return {tr("Share"), ColumnKind::Percent};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChargesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::ChargeGroup &group = m_report.groups().at(size_t(index.row()));
    const int basisPoints = m_basisPoints.at(size_t(index.row()));
    const auto column = Column(index.column());
    switch (role) {
    case IdRole:
        return group.key;
    case Qt::TextAlignmentRole:
        return columnAlignment(columnSpec(column).kind);
    case RawValueRole:
        switch (column) {
        case Lines:
            return qint64(group.lines);
        case TaxExcluded:
            return group.taxExcluded.minor();
        case TaxIncluded:
            return group.taxIncluded.minor();
        case Share:
            return basisPoints;
        default:
            return group.label;
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Group:
            return group.label;
        case Lines:
            return m_locale.toString(qint64(group.lines));
        case TaxExcluded:
            return formatMoney(group.taxExcluded, m_locale);
        case TaxIncluded:
            return formatMoney(group.taxIncluded, m_locale);
        case Share:
            return formatPercent(basisPoints, m_locale);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ChargesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnHeaderData(columnSpec(Column(section)), role, m_report.totalTaxIncluded().currency());
}

} // namespace corpcare::models
