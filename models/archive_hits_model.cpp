#include "models/archive_hits_model.h"

#include "domain/product.h"
#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

ArchiveHitsModel::ArchiveHitsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArchiveHitsModel::setHits(QList<store::ArchiveHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int ArchiveHitsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ArchiveHitsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

ColumnSpec ArchiveHitsModel::columnSpec(Column column) {
    switch (column) {
    case Date:
        return {tr("Date"), ColumnKind::Date};
    case Number:
        return {tr("Number"), ColumnKind::Text};
    case User:
        return {tr("User"), ColumnKind::Text};
    case Kind:
        return {tr("What"), ColumnKind::Text};
    case Description:
        return {tr("Description"), ColumnKind::Text};
    case Amount:
        return {tr("Amount"), ColumnKind::Money};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArchiveHitsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const store::ArchiveHit &hit = m_hits.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole) {
        return hit.productId;
    }
    if (role == Qt::TextAlignmentRole) {
        return columnAlignment(columnSpec(column).kind);
    }
    if (role != RawValueRole && role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case Date:
        return raw ? QVariant(hit.day) : QVariant(m_locale.toString(hit.day, QLocale::ShortFormat));
    case Number:
        return raw ? hit.msisdn : domain::formatMsisdn(hit.msisdn);
    case User:
        return hit.name;
    case Kind:
        if (hit.kind == store::ArchiveHit::Kind::Charge) {
            return tr("Charge");
        }
        switch (hit.usageType) {
        case domain::UsageType::Call:
            return tr("Call");
        case domain::UsageType::Sms:
            return tr("SMS");
        case domain::UsageType::Data:
            return tr("Data");
        }
        return {};
    case Description:
        return hit.description;
    case Amount:
        return raw ? QVariant(hit.amount.minor()) : QVariant(formatMoney(hit.amount, m_locale));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArchiveHitsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnHeaderData(columnSpec(Column(section)), role,
                            m_hits.isEmpty() ? QString() : m_hits.first().amount.currency());
}

} // namespace corpcare::models
