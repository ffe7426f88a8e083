#include "models/bill_items_model.h"

#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

BillItemsModel::BillItemsModel(QObject *parent) : QAbstractTableModel(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &BillItemsModel::appendSlice);
}

const QString &BillItemsModel::shared(const QString &text) {
    auto it = m_texts.constFind(text);
    if (it == m_texts.constEnd()) {
        it = m_texts.insert(text);
    }
    return *it;
}

void BillItemsModel::append(const QList<domain::BillItem> &items) {
    if (items.isEmpty()) {
        return;
    }
    if (m_currency.isEmpty()) {
        m_currency = items.first().taxIncluded.currency();
    }
    for (const domain::BillItem &item : items) {
        Row row;
        row.id = item.id;
        row.serviceUser = shared(item.product.name);
        row.name = shared(item.name);
        row.billId = shared(item.bill.id);
        row.taxExcluded = item.taxExcluded.minor();
        row.taxIncluded = item.taxIncluded.minor();
        row.periodStart = qint32(item.periodStart.toJulianDay());
        row.periodEnd = qint32(item.periodEnd.toJulianDay());
        row.kind = item.kind;
        m_rows.push_back(std::move(row));
    }
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void BillItemsModel::reserve(qsizetype rows) {
    m_rows.reserve(size_t(qMax<qsizetype>(0, rows)));
}

void BillItemsModel::clear() {
    m_timer.stop();
    beginResetModel();
    m_rows.clear();
    m_shown = 0;
    m_texts.clear();
    endResetModel();
}

void BillItemsModel::appendSlice() {
    const qsizetype count = qMin<qsizetype>(m_slice, qsizetype(m_rows.size()) - m_shown);
    if (count > 0) {
        beginInsertRows({}, int(m_shown), int(m_shown + count - 1));
        m_shown += count;
        endInsertRows();
    }
    if (m_shown < qsizetype(m_rows.size())) {
        m_timer.start();
        return;
    }
    emit drained();
}

void BillItemsModel::setBillNumbers(const QHash<QString, QString> &numberOfBill) {
    m_numberOfBill = numberOfBill;
    if (m_shown > 0) {
        emit dataChanged(index(0, BillNumber), index(int(m_shown - 1), BillNumber));
    }
}

int BillItemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown);
}

int BillItemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillItemsModel::chargeKindText(domain::ChargeKind kind) {
    switch (kind) {
    case domain::ChargeKind::Tariff:
        return tr("Monthly fee");
    case domain::ChargeKind::Service:
        return tr("Service");
    case domain::ChargeKind::Calls:
        return tr("Calls");
    case domain::ChargeKind::Sms:
        return tr("SMS");
    case domain::ChargeKind::Data:
        return tr("Mobile data");
    }
    return {};
}

QString BillItemsModel::billText(const Row &row) const {
    return m_numberOfBill.value(row.billId, row.billId);
}

QVariant BillItemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    if (role == IdRole) {
        return row.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return column == TaxExcluded || column == TaxIncluded ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                              : QVariant();
    }
    if (role == RawValueRole) {
        switch (column) {
        case Period:
            return QDate::fromJulianDay(row.periodStart);
        case TaxExcluded:
            return row.taxExcluded;
        case TaxIncluded:
            return row.taxIncluded;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case ServiceUser:
        return row.serviceUser;
    case ChargeKind:
        return chargeKindText(row.kind);
    case Name:
        return row.name;
    case Period:
        return QString(m_locale.toString(QDate::fromJulianDay(row.periodStart), QLocale::ShortFormat) +
                       QStringLiteral(" – ") +
                       m_locale.toString(QDate::fromJulianDay(row.periodEnd - 1), QLocale::ShortFormat));
    case TaxExcluded:
        return formatMoney(domain::Money(row.taxExcluded, m_currency), m_locale);
    case TaxIncluded:
        return formatMoney(domain::Money(row.taxIncluded, m_currency), m_locale);
    case BillNumber:
        return billText(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BillItemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto column = Column(section);
    if (role == CellKindRole) {
        switch (column) {
        case TaxExcluded:
        case TaxIncluded:
            return QStringLiteral("money");
        case Period:
            return QStringLiteral("date");
        default:
            return QStringLiteral("text");
        }
    }
    if (role == CurrencyRole) {
        return m_currency;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case ServiceUser:
        return tr("Number");
    case ChargeKind:
        return tr("Charge");
    case Name:
        return tr("Name");
    case Period:
        return tr("Period");
    case TaxExcluded:
        return tr("Without tax");
    case TaxIncluded:
        return tr("With tax");
    case BillNumber:
        return tr("Bill");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace corpcare::models
