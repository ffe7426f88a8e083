#pragma once

#include "domain/payment.h"
#include "models/table_columns.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace corpcare::models {

// Payments by account over a period: when, how much, and how much of it went to bills.
class PaymentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Account, Method, Amount, Applied, Unapplied, Bills, Description, ColumnCount };

    explicit PaymentsModel(QObject *parent = nullptr);
    void setPayments(QList<domain::Payment> payments);
    const QList<domain::Payment> &payments() const { return m_payments; }
    const domain::Payment &paymentAt(int row) const { return m_payments.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString methodText(domain::PaymentMethod method);
    static domain::Money appliedAmount(const domain::Payment &payment);

private:
    static ColumnSpec columnSpec(Column column);

    QList<domain::Payment> m_payments;
    QLocale m_locale;
};

// How one payment was applied: a row per bill it paid (part of).
class PaymentAllocationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Bill, Amount, ColumnCount };

    explicit PaymentAllocationsModel(QObject *parent = nullptr);
    void setPayment(const domain::Payment &payment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    domain::Payment m_payment;
    QLocale m_locale;
};

} // namespace corpcare::models
