#include "models/bills_model.h"

#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

BillsModel::BillsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BillsModel::setBills(QList<domain::Bill> bills) {
    beginResetModel();
    m_bills = std::move(bills);
    endResetModel();
}

int BillsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_bills.size());
}

int BillsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillsModel::stateText(domain::BillState state) {
    switch (state) {
    case domain::BillState::Sent:
        return tr("Not paid");
    case domain::BillState::PartiallyPaid:
        return tr("Partially paid");
    case domain::BillState::Settled:
        return tr("Paid");
    }
    return {};
}

QVariant BillsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::Bill &bill = m_bills.at(index.row());
    const auto column = Column(index.column());
    if (role == IdRole) {
        return bill.id;
    }
    if (role == AttentionRole) {
        return bill.state != domain::BillState::Settled && bill.paymentDueDate < QDate::currentDate();
    }
    if (role == Qt::TextAlignmentRole) {
        return column == TaxExcluded || column == TaxIncluded || column == Paid || column == Remaining
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }
    if (role == RawValueRole) {
        switch (column) {
        case BillDate:
            return bill.billDate;
        case Period:
            return bill.periodStart;
        case TaxExcluded:
            return bill.taxExcluded.minor();
        case TaxIncluded:
            return bill.taxIncluded.minor();
        case DueDate:
            return bill.paymentDueDate;
        case Paid:
            return (bill.taxIncluded - bill.remaining).minor();
        case Remaining:
            return bill.remaining.minor();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Number:
        return bill.billNo;
    case Account:
        return bill.billingAccount.name.isEmpty() ? bill.billingAccount.id : bill.billingAccount.name;
    case BillDate:
        return m_locale.toString(bill.billDate, QLocale::ShortFormat);
    case Period:
        return QString(m_locale.toString(bill.periodStart, QLocale::ShortFormat) + QStringLiteral(" – ") +
                       m_locale.toString(bill.periodEnd.addDays(-1), QLocale::ShortFormat));
    case TaxExcluded:
        return formatMoney(bill.taxExcluded, m_locale);
    case TaxIncluded:
        return formatMoney(bill.taxIncluded, m_locale);
    case DueDate:
        return m_locale.toString(bill.paymentDueDate, QLocale::ShortFormat);
    case State:
        return stateText(bill.state);
    case Paid:
        return formatMoney(bill.taxIncluded - bill.remaining, m_locale);
    case Remaining:
        return formatMoney(bill.remaining, m_locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BillsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto column = Column(section);
    if (role == CellKindRole) {
        switch (column) {
        case TaxExcluded:
        case TaxIncluded:
        case Paid:
        case Remaining:
            return QStringLiteral("money");
        case BillDate:
        case Period:
        case DueDate:
            return QStringLiteral("date");
        default:
            return QStringLiteral("text");
        }
    }
    if (role == CurrencyRole) {
        return m_bills.isEmpty() ? QString() : m_bills.first().taxIncluded.currency();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Number:
        return tr("Bill");
    case Account:
        return tr("Billing account");
    case BillDate:
        return tr("Date");
    case Period:
        return tr("Period");
    case TaxExcluded:
        return tr("Without tax");
    case TaxIncluded:
        return tr("With tax");
    case DueDate:
        return tr("Due");
    case State:
        return tr("State");
    case Paid:
        return tr("Paid", "column: the amount paid"); // not the state "Paid"
    case Remaining:
        return tr("Remaining");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace corpcare::models
