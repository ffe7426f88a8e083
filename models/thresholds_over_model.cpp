#include "models/thresholds_over_model.h"

#include "models/money_format.h"
#include "models/roles.h"
#include "models/search_results_model.h"
#include "models/table_columns.h"
#include "models/thresholds_data.h"

#include <QBrush>
#include <QColor>

namespace corpcare::models {

namespace {

ColumnSpec columnSpec(int column) {
    switch (OverThresholdModel::Column(column)) {
    case OverThresholdModel::Number:
        return {OverThresholdModel::tr("Number"), ColumnKind::Text};
    case OverThresholdModel::Name:
        return {OverThresholdModel::tr("Name"), ColumnKind::Text};
    case OverThresholdModel::Department:
        return {OverThresholdModel::tr("Department"), ColumnKind::Text};
    case OverThresholdModel::Level:
        return {OverThresholdModel::tr("Over"), ColumnKind::Text};
    case OverThresholdModel::Charges:
        return {OverThresholdModel::tr("Charges this month"), ColumnKind::Money};
    case OverThresholdModel::Threshold:
        return {OverThresholdModel::tr("Threshold"), ColumnKind::Money};
    case OverThresholdModel::Excess:
        return {OverThresholdModel::tr("Excess"), ColumnKind::Money};
    case OverThresholdModel::Source:
        return {OverThresholdModel::tr("Threshold set on"), ColumnKind::Text};
    case OverThresholdModel::ColumnCount:
        break;
    }
    return {};
}

bool isOver(domain::ThresholdState state) {
    return state == domain::ThresholdState::OverFirst || state == domain::ThresholdState::OverSecond;
}

} // namespace

OverThresholdModel::OverThresholdModel(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent)
    : UserRowsModel(parent), m_data(data), m_thresholds(thresholds) {
    connect(thresholds, &ThresholdsData::recomputed, this, &OverThresholdModel::rebuild);
    connect(thresholds, &ThresholdsData::usersAdded, this, &OverThresholdModel::addUsers);
    rebuild();
}

void OverThresholdModel::rebuild() {
    std::vector<int> rows;
    m_overFirst = 0;
    m_overSecond = 0;
    for (int i = 0; i < m_thresholds->userCount(); ++i) {
        const domain::ThresholdState state = m_thresholds->stateOf(i);
        if (isOver(state)) {
            rows.push_back(i);
            ++(state == domain::ThresholdState::OverSecond ? m_overSecond : m_overFirst);
        }
    }
    setUserRows(std::move(rows));
    if (m_sortColumn >= 0) {
        sort(m_sortColumn, m_sortOrder);
    }
    emit countsChanged();
}

void OverThresholdModel::addUsers(int first, int count) {
    std::vector<int> added;
    for (int i = first; i < first + count; ++i) {
        const domain::ThresholdState state = m_thresholds->stateOf(i);
        if (isOver(state)) {
            added.push_back(i);
            ++(state == domain::ThresholdState::OverSecond ? m_overSecond : m_overFirst);
        }
    }
    if (added.empty()) {
        return;
    }
    // At the end first (an insert keeps the selection), then into the user's sort order if there is one.
    appendUserRows(added);
    if (m_sortColumn >= 0) {
        sort(m_sortColumn, m_sortOrder);
    }
    emit countsChanged();
}

QString OverThresholdModel::countsText() const {
    return tr("%1 over the second threshold, %2 over the first")
        .arg(m_locale.toString(m_overSecond), m_locale.toString(m_overFirst));
}

QStringList OverThresholdModel::productIds(const QList<int> &rows) const {
    QStringList out;
    for (int row : rows) {
        out.append(m_data->serviceUsers()[size_t(userIndexAt(row))].id);
    }
    return out;
}

domain::Money OverThresholdModel::exceeded(int userIndex) const {
    const std::optional<domain::EffectiveThreshold> effective = m_thresholds->effectiveOf(userIndex);
    if (!effective) {
        return {};
    }
    return m_thresholds->stateOf(userIndex) == domain::ThresholdState::OverSecond ? effective->second
                                                                                  : effective->first;
}

QString OverThresholdModel::sourceText(int userIndex) const {
    const std::optional<domain::EffectiveThreshold> effective = m_thresholds->effectiveOf(userIndex);
    if (!effective) {
        return {};
    }
    QString name = effective->source.name;
    switch (effective->sourceKind) {
    case domain::ThresholdTargetKind::Product:
        return tr("this line");
    case domain::ThresholdTargetKind::BillingAccount:
        if (name.isEmpty()) {
            const domain::BillingAccount *account = m_data->account(effective->source.id);
            name = account ? account->name : effective->source.id;
        }
        return tr("account %1").arg(name);
    case domain::ThresholdTargetKind::Organization:
        if (name.isEmpty()) {
            const domain::Organization *organization = m_data->organization(effective->source.id);
            name = organization ? organization->name : effective->source.id;
        }
        return name;
    }
    return name;
}

int OverThresholdModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverThresholdModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const int userIndex = userIndexAt(index.row());
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(userIndex)];
    const domain::ThresholdState state = m_thresholds->stateOf(userIndex);
    const domain::Money charges = user.currentCharges.value_or(domain::Money());
    const domain::Money limit = exceeded(userIndex);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Number:
            return domain::formatMsisdn(user.msisdn);
        case Name:
            return user.user.name;
        case Department:
            return user.department.name;
        case Level:
            return thresholdStateText(int(state));
        case Charges:
            return formatMoney(charges, m_locale);
        case Threshold:
            return formatMoney(limit, m_locale);
        case Excess:
            return formatMoney(charges - limit, m_locale);
        case Source:
            return sourceText(userIndex);
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case Number:
            return user.msisdn;
        case Level:
            return int(state);
        case Charges:
            return charges.minor();
        case Threshold:
            return limit.minor();
        case Excess:
            return (charges - limit).minor();
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return user.id;
    case AttentionRole:
        return state == domain::ThresholdState::OverSecond;
    case Qt::ForegroundRole:
        if (state == domain::ThresholdState::OverSecond && (column == Level || column == Excess)) {
            return warningForeground();
        }
        break;
    case Qt::TextAlignmentRole:
        return columnAlignment(columnSpec(column).kind);
    default:
        break;
    }
    return {};
}

QVariant OverThresholdModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString currency = m_data->currency();
    return columnHeaderData(columnSpec(section), role, currency);
}

void OverThresholdModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    const std::vector<int> &rows = userRows();
    const auto kind = columnSpec(column).kind;
    if (kind == ColumnKind::Money || column == Level || column == Number) {
        std::vector<qint64> keys;
        keys.reserve(rows.size());
        for (int row = 0; row < int(rows.size()); ++row) {
            const QVariant raw = data(index(row, column), RawValueRole);
            keys.push_back(column == Number ? raw.toString().toLongLong() : raw.toLongLong());
        }
        reorderUserRows(sortedRows(rows, keys, order));
        return;
    }
    std::vector<QString> keys;
    keys.reserve(rows.size());
    for (int row = 0; row < int(rows.size()); ++row) {
        keys.push_back(data(index(row, column), Qt::DisplayRole).toString());
    }
    reorderUserRows(sortedRows(rows, keys, order));
}

} // namespace corpcare::models
