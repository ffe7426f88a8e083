#include "models/service_users_model.h"

#include "domain/json/wire_names.h"
#include "models/money_format.h"
#include "models/roles.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace corpcare::models {

ServiceUsersModel::ServiceUsersModel(const CompanyData *data, QObject *parent)
    : QAbstractTableModel(parent), m_data(data) {
    connect(data, &CompanyData::serviceUsersAppended, this, &ServiceUsersModel::onUsersAppended);
    connect(data, &CompanyData::cleared, this, &ServiceUsersModel::onCleared);
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

QString ServiceUsersModel::servicesText(const domain::ServiceUser &user) {
    QStringList names;
    names.reserve(user.services.size());
    for (const domain::ServiceProduct &service : user.services) {
        names.append(service.offering.name);
    }
    return names.join(QStringLiteral(", "));
}

QString ServiceUsersModel::statusText(domain::ProductStatus status) {
    switch (status) {
    case domain::ProductStatus::Active:
        return tr("Active");
    case domain::ProductStatus::Suspended:
        return tr("Suspended");
    case domain::ProductStatus::Unknown:
        break;
    }
    return tr("Unknown");
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
        switch (column) {
        case Number:
            return domain::formatMsisdn(user.msisdn);
        case Name:
            return user.user.name;
        case Department:
            return user.department.name;
        case Account:
            return user.billingAccount.name;
        case Tariff:
            return user.tariff.name;
        case Services:
            return m_servicesText[size_t(userIndex)];
        case Status:
            return statusText(user.status);
        case CurrentCharges:
            return user.currentCharges ? formatMoney(*user.currentCharges, m_locale) : QString();
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case CurrentCharges:
            return user.currentCharges ? QVariant(user.currentCharges->minor()) : QVariant();
        case Number:
            return user.msisdn;
        case Status:
            return domain::wire::toWire(user.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return user.id;
    case AttentionRole:
        return suspended;
    case Qt::ForegroundRole:
        if (suspended && column == Status) {
            return QBrush(QColor(0xB0, 0x1C, 0x1C));
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

QString ServiceUsersModel::sortKey(int userIndex, Column column) const {
    const domain::ServiceUser &user = m_data->serviceUsers()[size_t(userIndex)];
    switch (column) {
    case Number:
        return user.msisdn;
    case Name:
        return user.user.name.toLower();
    case Department:
        return user.department.name.toLower();
    case Account:
        return user.billingAccount.name.toLower();
    case Tariff:
        return user.tariff.name.toLower();
    case Services:
        return m_servicesText[size_t(userIndex)].toLower();
    case Status:
        return domain::wire::toWire(user.status);
    default:
        return {};
    }
}

void ServiceUsersModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> userOfPersistent;
    userOfPersistent.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        userOfPersistent.push_back(m_order[size_t(index.row())]);
    }

    std::vector<int> sorted(m_order.size());
    for (size_t i = 0; i < sorted.size(); ++i) {
        sorted[i] = int(i); // user indexes in load order: the stable tie-break
    }
    const auto &users = m_data->serviceUsers();
    if (column == CurrentCharges) {
        std::vector<qint64> keys(users.size());
        for (size_t i = 0; i < users.size(); ++i) {
            keys[i] = users[i].currentCharges ? users[i].currentCharges->minor() : std::numeric_limits<qint64>::min();
        }
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    } else {
        std::vector<QString> keys(users.size());
        for (size_t i = 0; i < users.size(); ++i) {
            keys[i] = sortKey(int(i), Column(column));
        }
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    }
    if (order == Qt::DescendingOrder) {
        std::reverse(sorted.begin(), sorted.end());
    }
    m_order = std::move(sorted);

    std::vector<int> rowOfUser(users.size());
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

void ServiceUsersModel::onUsersAppended(int first, int count) {
    const auto &users = m_data->serviceUsers();
    m_searchText.resize(users.size());
    m_servicesText.resize(users.size());
    for (int i = first; i < first + count; ++i) {
        const domain::ServiceUser &user = users[size_t(i)];
        m_servicesText[size_t(i)] = servicesText(user);
        m_searchText[size_t(i)] = QStringList{user.msisdn,
                                              domain::formatMsisdn(user.msisdn),
                                              user.user.name,
                                              user.department.name,
                                              user.billingAccount.name,
                                              user.tariff.name,
                                              m_servicesText[size_t(i)],
                                              statusText(user.status)}
                                      .join(QLatin1Char('\n'))
                                      .toLower();
    }
    beginInsertRows({}, int(m_order.size()), int(m_order.size()) + count - 1);
    for (int i = first; i < first + count; ++i) {
        m_order.push_back(i);
    }
    endInsertRows();
}

void ServiceUsersModel::onCleared() {
    beginResetModel();
    m_order.clear();
    m_searchText.clear();
    m_servicesText.clear();
    endResetModel();
}

} // namespace corpcare::models
