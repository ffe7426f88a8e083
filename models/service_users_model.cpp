#include "models/service_users_model.h"

#include "domain/json/wire_names.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "models/table_columns.h"
#include "models/user_cells.h"

#include <QBrush>
#include <QColor>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace corpcare::models {

ServiceUsersModel::ServiceUsersModel(const CompanyData *data, QObject *parent)
    : QAbstractTableModel(parent), m_data(data) {
    connect(data, &CompanyData::serviceUsersAppended, this, &ServiceUsersModel::onUsersAppended);
    connect(data, &CompanyData::serviceUsersChanged, this, &ServiceUsersModel::onUsersChanged);
    connect(data, &CompanyData::cleared, this, &ServiceUsersModel::onCleared);
    connect(data, &CompanyData::serviceUsersReserved, this, [this](qint64 total) {
        const auto size = size_t(total);
        m_order.reserve(size);
        m_searchText.reserve(size);
        m_servicesText.reserve(size);
        m_numberKeys.reserve(size);
        for (InternedColumn &column : m_textColumns) {
            column.idOfUser.reserve(size);
        }
    });
    if (!data->serviceUsers().empty()) {
        onUsersAppended(0, int(data->serviceUsers().size()));
    }
}

int ServiceUsersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_order.size());
}

int ServiceUsersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const domain::ServiceUser &ServiceUsersModel::userAt(int row) const {
    return m_data->serviceUsers()[size_t(m_order[size_t(row)])];
}

const QString &ServiceUsersModel::searchTextAt(int row) const {
    return m_searchText[size_t(m_order[size_t(row)])];
}

int ServiceUsersModel::rowOfUser(const QString &id) const {
    const int index = m_data->serviceUserIndex(id);
    if (index < 0) {
        return -1;
    }
    const auto it = std::find(m_order.begin(), m_order.end(), index);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

QVariant ServiceUsersModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const int userIndex = m_order[size_t(index.row())];
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(userIndex)];
    const auto column = Column(index.column());
    const bool suspended = user.status == domain::ProductStatus::Suspended;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        return userFieldData(user, UserField(column), role, m_locale, &m_servicesText[size_t(userIndex)]);
    case IdRole:
        return user.id;
    case AttentionRole:
        return suspended;
    case Qt::ForegroundRole:
        if (suspended && column == Status) {
            return warningForeground();
        }
        break;
    case Qt::FontRole:
        break;
    case Qt::TextAlignmentRole:
        if (column == CurrentCharges) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ServiceUsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == CellKindRole) {
        return section == CurrentCharges ? QStringLiteral("money") : QStringLiteral("text");
    }
    if (orientation == Qt::Horizontal && role == CurrencyRole && section == CurrentCharges) {
        return m_data->currency();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Name:
        return tr("Name");
    case Department:
        return tr("Department");
    case Account:
        return tr("Billing account");
    case Tariff:
        return tr("Tariff");
    case Services:
        return tr("Services");
    case Status:
        return tr("Status");
    case CurrentCharges:
        return tr("Charges this month");
    case ColumnCount:
        break;
    }
    return {};
}

int ServiceUsersModel::InternedColumn::intern(const QString &text) {
    int id = idOfText.value(text, -1);
    if (id < 0) {
        id = int(texts.size());
        idOfText.insert(text, id);
        texts.push_back(text);
    }
    return id;
}

int ServiceUsersModel::textColumnOf(Column column) {
    switch (column) {
    case Name:
        return NameText;
    case Department:
        return DepartmentText;
    case Account:
        return AccountText;
    case Tariff:
        return TariffText;
    case Services:
        return ServicesText;
    default:
        return -1;
    }
}

std::vector<qint64> ServiceUsersModel::sortKeys(Column column) const {
    const auto &users = m_data->serviceUsers();
    std::vector<qint64> keys(users.size());
    switch (column) {
    case Number:
        return m_numberKeys;
    case CurrentCharges:
        for (size_t i = 0; i < users.size(); ++i) {
            keys[i] = users[i].currentCharges ? users[i].currentCharges->minor() : std::numeric_limits<qint64>::min();
        }
        return keys;
    case Status:
        for (size_t i = 0; i < users.size(); ++i) {
            keys[i] = qint64(users[i].status);
        }
        return keys;
    default:
        break;
    }
    const InternedColumn &interned = m_textColumns[size_t(textColumnOf(column))];
    std::vector<int> order(interned.texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&interned](int a, int b) {
        const QString &x = interned.texts[size_t(a)];
        const QString &y = interned.texts[size_t(b)];
        const int byCase = QString::compare(x, y, Qt::CaseInsensitive);
        return byCase != 0 ? byCase < 0 : x < y;
    });
    std::vector<qint64> rankOfText(order.size());
    for (size_t rank = 0; rank < order.size(); ++rank) {
        rankOfText[size_t(order[rank])] = qint64(rank);
    }
    for (size_t i = 0; i < users.size(); ++i) {
        keys[i] = rankOfText[size_t(interned.idOfUser[i])];
    }
    return keys;
}

void ServiceUsersModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> userOfPersistent;
    userOfPersistent.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        userOfPersistent.push_back(m_order[size_t(index.row())]);
    }

    // Ties keep load order in both directions, so a descending sort is not simply the reverse.
    const std::vector<qint64> keys = sortKeys(Column(column));
    std::vector<int> sorted(m_order.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    if (order == Qt::AscendingOrder) {
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    } else {
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return keys[size_t(a)] > keys[size_t(b)]; });
    }
    m_order = std::move(sorted);

    std::vector<int> rowOfUser(m_order.size());
    for (size_t row = 0; row < m_order.size(); ++row) {
        rowOfUser[size_t(m_order[row])] = int(row);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        after.append(index(rowOfUser[size_t(userOfPersistent[size_t(i)])], before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ServiceUsersModel::computeRow(int i) {
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(i)];
    m_servicesText[size_t(i)] = servicesText(user);
    m_numberKeys[size_t(i)] = user.msisdn.toLongLong(); // digits only: numeric order is the text order
    m_textColumns[NameText].idOfUser[size_t(i)] = m_textColumns[NameText].intern(user.user.name);
    m_textColumns[DepartmentText].idOfUser[size_t(i)] = m_textColumns[DepartmentText].intern(user.department.name);
    m_textColumns[AccountText].idOfUser[size_t(i)] = m_textColumns[AccountText].intern(user.billingAccount.name);
    m_textColumns[TariffText].idOfUser[size_t(i)] = m_textColumns[TariffText].intern(user.tariff.name);
    m_textColumns[ServicesText].idOfUser[size_t(i)] = m_textColumns[ServicesText].intern(m_servicesText[size_t(i)]);
    // One string built in place and lower-cased in place: this runs for every row of every page.
    const std::initializer_list<QString> parts{user.msisdn,
                                               domain::formatMsisdn(user.msisdn),
                                               user.user.name,
                                               user.department.name,
                                               user.billingAccount.name,
                                               user.tariff.name,
                                               m_servicesText[size_t(i)],
                                               statusText(user.status)};
    qsizetype length = 0;
    for (const QString &part : parts) {
        length += part.size() + 1;
    }
    QString search;
    search.reserve(length); // exactly: 100,000 of these stay in memory
    for (const QString &part : parts) {
        search += part;
        search += QLatin1Char('\n');
    }
    m_searchText[size_t(i)] = std::move(search).toLower();
}

void ServiceUsersModel::onUsersAppended(int first, int count) {
    const auto &users = m_data->serviceUsers();
    m_searchText.resize(users.size());
    m_servicesText.resize(users.size());
    m_numberKeys.resize(users.size());
    for (InternedColumn &column : m_textColumns) {
        column.idOfUser.resize(users.size());
    }
    for (int i = first; i < first + count; ++i) {
        computeRow(i);
    }
    beginInsertRows({}, int(m_order.size()), int(m_order.size()) + count - 1);
    for (int i = first; i < first + count; ++i) {
        m_order.push_back(i);
    }
    endInsertRows();
}

void ServiceUsersModel::onUsersChanged(const QList<int> &indexes) {
    for (int i : indexes) {
        computeRow(i);
    }
    // The rows stay where the table's sort put them (a re-sort under the user's eyes would move the
    // current row away); the next sort places them by their new values.
    if (!m_order.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void ServiceUsersModel::onCleared() {
    beginResetModel();
    m_order.clear();
    m_searchText.clear();
    m_servicesText.clear();
    m_numberKeys.clear();
    m_textColumns = {};
    endResetModel();
}

} // namespace corpcare::models
