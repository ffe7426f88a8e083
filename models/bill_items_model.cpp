#include "models/bill_items_model.h"

#include "domain/charge_name.h"
#include "models/money_format.h"
#include "models/roles.h"

namespace corpcare::models {

BillItemsModel::BillItemsModel(QObject *parent) : QAbstractTableModel(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BillItemsModel::appendSlice);
}

qint32 BillItemsModel::intern(const QString &text) {
    if (text.isEmpty()) {
        return kNone;
    }
    const auto found = m_textIndex.constFind(text);
    if (found != m_textIndex.constEnd()) {
        return *found;
    }
    const auto index = qint32(m_texts.size());
    m_texts.append(text);
    m_textIndex.insert(text, index);
    return index;
}

void BillItemsModel::append(const domain::ItemizationPage &page) {
    if (page.isEmpty()) {
        return;
    }
    // The page's texts once each; its rows then carry the model's indexes.
    std::vector<qint32> indexOf(size_t(page.texts.size()));
    for (qsizetype i = 0; i < page.texts.size(); ++i) {
        indexOf[size_t(i)] = intern(page.texts.at(i));
    }
    const auto mapped = [&indexOf](qint32 index) { return index >= 0 ? indexOf[size_t(index)] : kNone; };
    if (m_currency.isEmpty()) {
        m_currency = page.text(page.rows.first().currency);
    }
    for (const domain::ItemizationRow &line : page.rows) {
        Row row;
        row.idNumber = line.idNumber;
        row.idText = mapped(line.idText);
        row.taxExcluded = line.taxExcluded;
        row.taxIncluded = line.taxIncluded;
        row.product = mapped(line.product);
        row.offering = mapped(line.offering);
        row.bill = mapped(line.bill);
        row.periodStart = line.periodStart;
        row.periodEnd = line.periodEnd;
        row.kind = line.kind;
        m_rows.push_back(row);
    }
    scheduleSlices();
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
        row.idText = intern(item.id);
        row.product = intern(item.product.id);
        if (!item.product.name.isEmpty()) {
            m_numberFromLines.insert(item.product.id, item.product.name);
        }
        row.offering = intern(item.offering.id);
        row.bill = intern(item.bill.id);
        row.name = intern(item.name);
        row.taxExcluded = item.taxExcluded.minor();
        row.taxIncluded = item.taxIncluded.minor();
        row.periodStart = qint32(item.periodStart.toJulianDay());
        row.periodEnd = qint32(item.periodEnd.toJulianDay());
        row.kind = item.kind;
        m_rows.push_back(row);
    }
    scheduleSlices();
}

void BillItemsModel::scheduleSlices() {
    if (m_timer.isActive()) {
        return;
    }
    // The first rows at once; later ones no sooner than the interval after the last insertion.
    const qint64 since = m_sinceSlice.isValid() ? m_sinceSlice.elapsed() : m_interval;
    m_timer.start(int(qMax<qint64>(0, m_interval - since)));
}

void BillItemsModel::reserve(qsizetype rows) {
    m_rows.reserve(qMax<qsizetype>(0, rows));
}

void BillItemsModel::clear() {
    m_timer.stop();
    beginResetModel();
    m_rows.clear();
    m_shown = 0;
    m_sinceSlice.invalidate();
    m_texts.clear();
    m_textIndex.clear();
    m_numberFromLines.clear();
    m_currency.clear();
    endResetModel();
}

void BillItemsModel::appendSlice() {
    const qsizetype count = qMin<qsizetype>(m_slice, m_rows.size() - m_shown);
    if (count > 0) {
        beginInsertRows({}, int(m_shown), int(m_shown + count - 1));
        m_shown += count;
        endInsertRows();
    }
    m_sinceSlice.start();
    if (m_shown < m_rows.size()) {
        m_timer.start(m_interval);
        return;
    }
    emit drained();
}

void BillItemsModel::columnChanged(Column column) {
    if (m_shown > 0) {
        emit dataChanged(index(0, column), index(int(m_shown - 1), column));
    }
}

void BillItemsModel::setServiceUserNumbers(const QHash<QString, QString> &numberOfProduct) {
    m_numberOfProduct = numberOfProduct;
    columnChanged(ServiceUser);
}

void BillItemsModel::setOfferingNames(const QHash<QString, QString> &nameOfOffering) {
    m_nameOfOffering = nameOfOffering;
    columnChanged(Name);
}

void BillItemsModel::setBillNumbers(const QHash<QString, QString> &numberOfBill) {
    m_numberOfBill = numberOfBill;
    columnChanged(BillNumber);
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

QString BillItemsModel::serviceUserText(const Row &row) const {
    const QString id = text(row.product);
    const auto known = m_numberOfProduct.constFind(id);
    if (known != m_numberOfProduct.constEnd()) {
        return *known;
    }
    return m_numberFromLines.value(id, id);
}

QString BillItemsModel::nameText(const Row &row) const {
    if (row.name >= 0) {
        return m_texts.at(row.name);
    }
    const QString offering = text(row.offering);
    return domain::chargeName(row.kind, m_nameOfOffering.value(offering, offering));
}

QString BillItemsModel::billText(const Row &row) const {
    const QString id = text(row.bill);
    return m_numberOfBill.value(id, id);
}

QVariant BillItemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row &row = m_rows[index.row()];
    const auto column = Column(index.column());
    if (role == IdRole) {
        return row.idNumber >= 0 ? QString::number(row.idNumber) : text(row.idText);
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
        return serviceUserText(row);
    case ChargeKind:
        return chargeKindText(row.kind);
    case Name:
        return nameText(row);
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
