#include "models/bill_shares_model.h"

#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

BillSharesModel::BillSharesModel(QObject *parent) : QAbstractTableModel(parent) {}

void BillSharesModel::setReport(const domain::BillReport &report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int BillSharesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_report.shares().size());
}

int BillSharesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillSharesModel::percentText(int basisPoints, const QLocale &locale) {
    return formatPercent(basisPoints, locale);
}

QVariant BillSharesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::BillShare &share = m_report.shares().at(size_t(index.row()));
    const auto column = Column(index.column());
    switch (role) {
    case IdRole:
        return share.product.id;
    case Qt::TextAlignmentRole:
        return column == Number ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case RawValueRole:
        switch (column) {
        case Lines:
            return share.lines;
        case TaxExcluded:
            return share.taxExcluded.minor();
        case TaxIncluded:
            return share.taxIncluded.minor();
        case Share:
            return share.basisPoints;
        default:
            return share.product.name;
        }
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return share.product.name;
        case Lines:
            return share.lines;
        case TaxExcluded:
            return formatMoney(share.taxExcluded, m_locale);
        case TaxIncluded:
            return formatMoney(share.taxIncluded, m_locale);
        case Share:
            return percentText(share.basisPoints, m_locale);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant BillSharesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto column = Column(section);
    if (role == CellKindRole) {
        return column == TaxExcluded || column == TaxIncluded ? QStringLiteral("money")
               : column == Lines                              ? QStringLiteral("integer")
               : column == Share                              ? QStringLiteral("percent")
                                                              : QStringLiteral("text");
    }
    if (role == CurrencyRole) {
        return m_report.totalTaxIncluded().currency();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Number:
        return tr("Service user");
    case Lines:
        return tr("Lines");
    case TaxExcluded:
        return tr("Without tax");
    case TaxIncluded:
        return tr("With tax");
    case Share:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace corpcare::models
