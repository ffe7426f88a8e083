#include "models/payments_model.h"

#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

namespace {
QString billLabel(const domain::Ref &bill) {
    return bill.name.isEmpty() ? bill.id : bill.name;
}
} // namespace

PaymentsModel::PaymentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PaymentsModel::setPayments(QList<domain::Payment> payments) {
    beginResetModel();
    m_payments = std::move(payments);
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentsModel::methodText(domain::PaymentMethod method) {
    switch (method) {
    case domain::PaymentMethod::BankTransfer:
        return tr("Bank transfer");
    case domain::PaymentMethod::Card:
        return tr("Card");
    case domain::PaymentMethod::Cash:
        return tr("Cash");
    }
    return {};
}

domain::Money PaymentsModel::appliedAmount(const domain::Payment &payment) {
    domain::Money applied(0, payment.amount.currency());
    for (const domain::PaymentAllocation &allocation : payment.allocations) {
        applied += allocation.amount;
    }
    return applied;
}

ColumnSpec PaymentsModel::columnSpec(Column column) {
    switch (column) {
    case Date:
        return {tr("Date"), ColumnKind::Date};
    case Account:
        return {tr("Billing account"), ColumnKind::Text};
    case Method:
        return {tr("Method"), ColumnKind::Text};
    case Amount:
        return {tr("Amount"), ColumnKind::Money};
    case Applied:
        return {tr("Applied to bills"), ColumnKind::Money};
    case Unapplied:
        return {tr("Not applied"), ColumnKind::Money};
    case Bills:
        return {tr("Bills"), ColumnKind::Text};
    case Description:
        return {tr("Description"), ColumnKind::Text};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::Payment &payment = m_payments.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole) {
        return payment.id;
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
        return raw ? QVariant(payment.date.date())
                   : QVariant(m_locale.toString(payment.date.date(), QLocale::ShortFormat));
    case Account:
        return payment.account.name.isEmpty() ? payment.account.id : payment.account.name;
    case Method:
        return methodText(payment.method);
    case Amount:
        return raw ? QVariant(payment.amount.minor()) : QVariant(formatMoney(payment.amount, m_locale));
    case Applied: {
        const domain::Money applied = appliedAmount(payment);
        return raw ? QVariant(applied.minor()) : QVariant(formatMoney(applied, m_locale));
    }
    case Unapplied: {
        const domain::Money rest = payment.amount - appliedAmount(payment);
        return raw ? QVariant(rest.minor()) : QVariant(formatMoney(rest, m_locale));
    }
    case Bills: {
        QStringList bills;
        for (const domain::PaymentAllocation &allocation : payment.allocations) {
            bills.append(billLabel(allocation.bill));
        }
        return bills.join(QStringLiteral(", "));
    }
    case Description:
        return payment.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return columnHeaderData(columnSpec(Column(section)), role,
                            m_payments.isEmpty() ? QString() : m_payments.first().amount.currency());
}

PaymentAllocationsModel::PaymentAllocationsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PaymentAllocationsModel::setPayment(const domain::Payment &payment) {
    beginResetModel();
    m_payment = payment;
    endResetModel();
}

int PaymentAllocationsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_payment.allocations.size());
}

int PaymentAllocationsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentAllocationsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::PaymentAllocation &allocation = m_payment.allocations.at(index.row());
    const bool isAmount = index.column() == Amount;
    switch (role) {
    case IdRole:
        return allocation.bill.id;
    case Qt::TextAlignmentRole:
        return columnAlignment(isAmount ? ColumnKind::Money : ColumnKind::Text);
    case RawValueRole:
        return isAmount ? QVariant(allocation.amount.minor()) : QVariant(billLabel(allocation.bill));
    case Qt::DisplayRole:
        return isAmount ? formatMoney(allocation.amount, m_locale) : billLabel(allocation.bill);
    default:
        return {};
    }
}

QVariant PaymentAllocationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const ColumnSpec spec =
        section == Amount ? ColumnSpec{tr("Applied"), ColumnKind::Money} : ColumnSpec{tr("Bill"), ColumnKind::Text};
    return columnHeaderData(spec, role, m_payment.amount.currency());
}

} // namespace corpcare::models
