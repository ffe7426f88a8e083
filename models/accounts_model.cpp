#include "models/accounts_model.h"

#include "models/money_format.h"
#include "models/roles.h"
#include "models/table_columns.h"

#include <QBrush>
#include <QColor>

namespace corpcare::models {

AccountsModel::AccountsModel(const CompanyData *data, QObject *parent) : QAbstractTableModel(parent), m_data(data) {
    connect(data, &CompanyData::accountsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(data, &CompanyData::cleared, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void AccountsModel::setToday(QDate today) {
    m_today = today;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int AccountsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_data->accounts().size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const domain::BillingAccount &AccountsModel::accountAt(int row) const {
    return m_data->accounts()[size_t(row)];
}

std::optional<qint64> AccountsModel::daysLeft(const domain::BillingAccount &account) const {
    if (!account.disconnectionForecast) {
        return std::nullopt;
    }
    return m_today.daysTo(*account.disconnectionForecast);
}

bool AccountsModel::needsAttention(const domain::BillingAccount &account) const {
    const auto days = daysLeft(account);
    return account.state != domain::AccountState::Active || (days && *days <= kNearDisconnectionDays);
}

QString AccountsModel::settlementText(domain::SettlementMethod method) {
    switch (method) {
    case domain::SettlementMethod::Prepaid:
        return tr("Prepaid");
    case domain::SettlementMethod::Postpaid:
        return tr("Postpaid");
    case domain::SettlementMethod::Credit:
        return tr("Credit");
    }
    return {};
}

QString AccountsModel::stateText(domain::AccountState state) {
    switch (state) {
    case domain::AccountState::Active:
        return tr("Active");
    case domain::AccountState::PartiallySuspended:
        return tr("Partially suspended");
    case domain::AccountState::Suspended:
        return tr("Suspended");
    }
    return {};
}

QString AccountsModel::paymentStatusText(domain::PaymentStatus status) {
    switch (status) {
    case domain::PaymentStatus::Paid:
        return tr("Paid");
    case domain::PaymentStatus::Due:
        return tr("Due");
    case domain::PaymentStatus::Overdue:
        return tr("Overdue");
    }
    return {};
}

QVariant AccountsModel::displayValue(const domain::BillingAccount &account, Column column) const {
    switch (column) {
    case Name:
        return account.name;
    case Owner:
        return account.owner.name;
    case Settlement:
        return settlementText(account.settlementMethod);
    case State:
        return stateText(account.state);
    case Balance:
        return formatMoney(account.balance, m_locale);
    case CreditLimit:
        return account.creditLimit ? formatMoney(*account.creditLimit, m_locale) : QString();
    case ExpenditureRate:
        return tr("%1 a day").arg(formatMoney(account.expenditureRate, m_locale));
    case DisconnectionForecast:
        return account.disconnectionForecast ? m_locale.toString(*account.disconnectionForecast, QLocale::ShortFormat)
                                             : QString();
    case DaysLeft: {
        const auto days = daysLeft(account);
        return days ? QVariant(m_locale.toString(*days)) : QVariant(QString());
    }
    case PartialSuspensionLevel:
        return formatMoney(account.partialSuspensionLevel, m_locale);
    case MinimumReconnectionBalance:
        return formatMoney(account.minimumReconnectionBalance, m_locale);
    case PaymentStatus:
        return paymentStatusText(account.paymentStatus);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::rawValue(const domain::BillingAccount &account, Column column) const {
    switch (column) {
    case Balance:
        return account.balance.minor();
    case CreditLimit:
        return account.creditLimit ? QVariant(account.creditLimit->minor()) : QVariant();
    case ExpenditureRate:
        return account.expenditureRate.minor();
    case DisconnectionForecast:
        return account.disconnectionForecast ? QVariant(*account.disconnectionForecast) : QVariant();
    case DaysLeft: {
        const auto days = daysLeft(account);
        return days ? QVariant(*days) : QVariant();
    }
    case PartialSuspensionLevel:
        return account.partialSuspensionLevel.minor();
    case MinimumReconnectionBalance:
        return account.minimumReconnectionBalance.minor();
    default:
        return displayValue(account, column);
    }
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::BillingAccount &account = accountAt(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(account, column);
    case RawValueRole:
        return rawValue(account, column);
    case IdRole:
        return account.id;
    case AttentionRole:
        return needsAttention(account);
    case Qt::BackgroundRole:
        return needsAttention(account) ? QVariant(attentionBackground()) : QVariant();
    case Qt::ToolTipRole:
        if (needsAttention(account)) {
            const auto days = daysLeft(account);
            if (account.state != domain::AccountState::Active) {
                return tr("%1: %2").arg(account.name, stateText(account.state));
            }
            return tr("%1 is %n day(s) from disconnection at the current expenditure rate", nullptr,
                      int(days.value_or(0)))
                .arg(account.name);
        }
        return displayValue(account, column);
    case Qt::TextAlignmentRole:
        switch (column) {
        case Balance:
        case CreditLimit:
        case ExpenditureRate:
        case DaysLeft:
        case PartialSuspensionLevel:
        case MinimumReconnectionBalance:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == CellKindRole) {
        switch (Column(section)) {
        case Balance:
        case CreditLimit:
        case ExpenditureRate:
        case PartialSuspensionLevel:
        case MinimumReconnectionBalance:
            return QStringLiteral("money");
        case DisconnectionForecast:
            return QStringLiteral("date");
        case DaysLeft:
            return QStringLiteral("integer");
        default:
            return QStringLiteral("text");
        }
    }
    if (orientation == Qt::Horizontal && role == CurrencyRole) {
        return m_data->currency();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Name:
        return tr("Account");
    case Owner:
        return tr("Department");
    case Settlement:
        return tr("Settlement");
    case State:
        return tr("State");
    case Balance:
        return tr("Balance");
    case CreditLimit:
        return tr("Credit limit");
    case ExpenditureRate:
        return tr("Expenditure rate");
    case DisconnectionForecast:
        return tr("Disconnection forecast");
    case DaysLeft:
        return tr("Days left");
    case PartialSuspensionLevel:
        return tr("Partial suspension level");
    case MinimumReconnectionBalance:
        return tr("Minimum reconnection balance");
    case PaymentStatus:
        return tr("Payment status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace corpcare::models
