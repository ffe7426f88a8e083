#pragma once

#include "models/company_data.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>

namespace corpcare::models {

// Billing accounts with every figure of the profile. An account whose disconnection is near, or that
// is already (partially) suspended, stands out (AttentionRole, background, tool tip).
class AccountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Owner,
        Settlement,
        State,
        Balance,
        CreditLimit,
        ExpenditureRate,
        DisconnectionForecast,
        DaysLeft,
        PartialSuspensionLevel,
        MinimumReconnectionBalance,
        PaymentStatus,
        ColumnCount
    };
    static constexpr int kNearDisconnectionDays = 7;

    explicit AccountsModel(const CompanyData *data, QObject *parent = nullptr);

    // "Today" comes from outside so that tests and the demo's fixed date agree on days left.
    void setToday(QDate today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const domain::BillingAccount &accountAt(int row) const;
    // Days until the forecast disconnection, or nullopt when there is no forecast.
    std::optional<qint64> daysLeft(const domain::BillingAccount &account) const;
    bool needsAttention(const domain::BillingAccount &account) const;

    static QString settlementText(domain::SettlementMethod method);
    static QString stateText(domain::AccountState state);
    static QString paymentStatusText(domain::PaymentStatus status);

private:
    QVariant displayValue(const domain::BillingAccount &account, Column column) const;
    QVariant rawValue(const domain::BillingAccount &account, Column column) const;

    const CompanyData *m_data;
    QDate m_today = QDate::currentDate();
    QLocale m_locale;
};

} // namespace corpcare::models
