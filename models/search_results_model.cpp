#include "models/search_results_model.h"

#include "domain/json/wire_names.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "models/service_users_model.h"
#include "models/table_columns.h"
#include "models/thresholds_data.h"
#include "models/user_cells.h"

#include <QBrush>
#include <QColor>

namespace corpcare::models {

namespace {

ColumnSpec columnSpec(int column) {
    switch (SearchResultsModel::Column(column)) {
    case SearchResultsModel::Number:
        return {SearchResultsModel::tr("Number"), ColumnKind::Text};
    case SearchResultsModel::Name:
        return {SearchResultsModel::tr("Name"), ColumnKind::Text};
    case SearchResultsModel::Department:
        return {SearchResultsModel::tr("Department"), ColumnKind::Text};
    case SearchResultsModel::Account:
        return {SearchResultsModel::tr("Billing account"), ColumnKind::Text};
    case SearchResultsModel::Tariff:
        return {SearchResultsModel::tr("Tariff"), ColumnKind::Text};
    case SearchResultsModel::Services:
        return {SearchResultsModel::tr("Services"), ColumnKind::Text};
    case SearchResultsModel::Status:
        return {SearchResultsModel::tr("Status"), ColumnKind::Text};
    case SearchResultsModel::CurrentCharges:
        return {SearchResultsModel::tr("Charges this month"), ColumnKind::Money};
    case SearchResultsModel::Threshold:
        return {SearchResultsModel::tr("Threshold"), ColumnKind::Text};
    case SearchResultsModel::ColumnCount:
        break;
    }
    return {};
}

} // namespace

QString thresholdStateText(int state) {
    switch (domain::ThresholdState(state)) {
    case domain::ThresholdState::OverSecond:
        return SearchResultsModel::tr("Over second");
    case domain::ThresholdState::OverFirst:
        return SearchResultsModel::tr("Over first");
    case domain::ThresholdState::Below:
        return SearchResultsModel::tr("Below");
    case domain::ThresholdState::Unknown:
        break;
    }
    return {};
}

SearchResultsModel::SearchResultsModel(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent)
    : UserRowsModel(parent), m_data(data), m_thresholds(thresholds) {
    // The rows point into CompanyData: when it is cleared they point nowhere.
    connect(data, &CompanyData::cleared, this, [this] { setUserRows({}); });
    // Replaced lines keep their indexes: the rows stay, their cells show the new values.
    connect(data, &CompanyData::serviceUsersChanged, this, [this] {
        if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    });
}

void SearchResultsModel::setResults(std::vector<int> userIndexes) {
    setUserRows(std::move(userIndexes));
}

QStringList SearchResultsModel::productIds(const QList<int> &rows) const {
    QStringList out;
    out.reserve(rows.size());
    for (int row : rows) {
        out.append(m_data->serviceUsers()[size_t(userIndexAt(row))].id);
    }
    return out;
}

QString SearchResultsModel::accountName(const domain::ServiceUser &user) const {
    // A line's reference may come without the name; the loaded account has it.
    if (!user.billingAccount.name.isEmpty()) {
        return user.billingAccount.name;
    }
    const domain::BillingAccount *account = m_data->account(user.billingAccount.id);
    return account ? account->name : user.billingAccount.id;
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const int userIndex = userIndexAt(index.row());
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(userIndex)];
    const auto state = m_thresholds && userIndex < m_thresholds->userCount() ? m_thresholds->stateOf(userIndex)
                                                                             : domain::ThresholdState::Unknown;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        if (column == Threshold) {
            return thresholdStateText(int(state));
        }
        if (column == Account) {
            return accountName(user);
        }
        return userFieldData(user, UserField(column), role, m_locale);
    case IdRole:
        return user.id;
    case AttentionRole:
        return state == domain::ThresholdState::OverSecond || user.status == domain::ProductStatus::Suspended;
    case Qt::ForegroundRole:
        if ((column == Threshold && state == domain::ThresholdState::OverSecond) ||
            (column == Status && user.status == domain::ProductStatus::Suspended)) {
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

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString currency = m_data->currency();
    return columnHeaderData(columnSpec(section), role, currency);
}

void SearchResultsModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    const auto &users = m_data->serviceUsers();
    const std::vector<int> &rows = userRows();
    if (column == Number || column == CurrentCharges || column == Status || column == Threshold) {
        std::vector<qint64> keys;
        keys.reserve(rows.size());
        for (int userIndex : rows) {
            const domain::ServiceUser &user = users[size_t(userIndex)];
            switch (Column(column)) {
            case Number:
                keys.push_back(user.msisdn.toLongLong()); // digits only: numeric order is the text order
                break;
            case CurrentCharges:
                keys.push_back(user.currentCharges ? user.currentCharges->minor() : std::numeric_limits<qint64>::min());
                break;
            case Status:
                keys.push_back(qint64(user.status));
                break;
            default:
                keys.push_back(m_thresholds && userIndex < m_thresholds->userCount()
                                   ? qint64(m_thresholds->stateOf(userIndex))
                                   : 0);
                break;
            }
        }
        reorderUserRows(sortedRows(rows, keys, order));
        return;
    }
    std::vector<QString> keys;
    keys.reserve(rows.size());
    for (int userIndex : rows) {
        const domain::ServiceUser &user = users[size_t(userIndex)];
        switch (Column(column)) {
        case Name:
            keys.push_back(user.user.name);
            break;
        case Department:
            keys.push_back(user.department.name);
            break;
        case Account:
            keys.push_back(accountName(user));
            break;
        case Tariff:
            keys.push_back(user.tariff.name);
            break;
        default:
            keys.push_back(servicesText(user));
            break;
        }
    }
    reorderUserRows(sortedRows(rows, keys, order));
}

} // namespace corpcare::models
