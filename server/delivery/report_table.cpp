#include "server/delivery/report_table.h"

#include "domain/json/delivery_json.h"
#include "server/store/sqlite.h"

namespace corpcare::server::delivery {

using domain::ReportKind;
using Kind = ReportTable::Kind;

namespace {

QString dayText(qint64 julianDay) {
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

struct BillHeader {
    QString billNo;
    qint64 billDate = 0;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    qint64 taxIncluded = 0;
};

std::optional<BillHeader> loadBill(store::Database &db, qint64 billId, qint64 accountId) {
    store::Statement row = db.prepare(QStringLiteral("SELECT bill_no, bill_date, period_start, period_end, "
                                                     "tax_included FROM bill WHERE id = ? AND billing_account_id = ?"));
    row.bind(1, billId).bind(2, accountId);
    if (!row.step()) {
        return std::nullopt;
    }
    return BillHeader{row.text(0), row.int64(1), row.int64(2), row.int64(3), row.int64(4)};
}

// The charge's name as the client spells it (domain/charge_name.h): the offering for fees and services,
// the kind of usage otherwise.
QString chargeName(const QString &kind, const QString &offering) {
    if (kind == QLatin1String("tariff")) {
        return QStringLiteral("Monthly fee: ") + offering;
    }
    if (kind == QLatin1String("service")) {
        return offering;
    }
    if (kind == QLatin1String("calls")) {
        return QStringLiteral("Calls");
    }
    if (kind == QLatin1String("sms")) {
        return QStringLiteral("SMS");
    }
    return kind == QLatin1String("data") ? QStringLiteral("Mobile data") : kind;
}

// Lines of bill_item (a bill's, or those not billed yet): one row each, in id order.
void addItemRows(store::Database &db, ReportTable &table, const QString &condition, qint64 key) {
    if (table.headerOnly) {
        return;
    }
    store::Statement row = db.prepare(
        QStringLiteral("SELECT p.msisdn, r.kind, o.name, r.period_start, r.period_end, r.tax_excluded, r.tax_included "
                       "FROM bill_item r JOIN product p ON p.id = r.product_id JOIN product_offering o ON o.id = "
                       "r.offering_id WHERE %1 ORDER BY r.id")
            .arg(condition));
    row.bind(1, key);
    while (row.step()) {
        table.rows.append({row.text(0), chargeName(row.text(1), row.text(2)), QDate::fromJulianDay(row.int64(3)),
                           QDate::fromJulianDay(row.int64(4)), row.int64(5), row.int64(6)});
        table.totalMinor += row.int64(6);
    }
}

const QList<ReportTable::Column> kItemColumns{
    {QStringLiteral("Line"), Kind::Text},       {QStringLiteral("Charge"), Kind::Text},
    {QStringLiteral("From"), Kind::Date},       {QStringLiteral("Until"), Kind::Date},
    {QStringLiteral("Excl. tax"), Kind::Money}, {QStringLiteral("Incl. tax"), Kind::Money}};

void billLines(ReportTable &table, const BillHeader &bill) {
    table.headerLines.append(
        QStringLiteral("Bill %1 of %2, period %3 to %4 (exclusive)")
            .arg(bill.billNo, dayText(bill.billDate), dayText(bill.periodStart), dayText(bill.periodEnd)));
    table.headerLines.append(QStringLiteral("Amount due: %1 %2").arg(moneyText(bill.taxIncluded), table.currency));
}

void itemization(store::Database &db, ReportTable &table, const BillHeader &bill, qint64 billId) {
    table.title = QStringLiteral("Itemization of bill ") + bill.billNo;
    table.fileStem = QStringLiteral("itemization-") + bill.billNo;
    billLines(table, bill);
    table.columns = kItemColumns;
    table.totalColumn = 5;
    addItemRows(db, table, QStringLiteral("r.bill_id = ?"), billId);
}

// Each line's share of the bill (BillReport's table on the client).
void billShares(store::Database &db, ReportTable &table, const BillHeader &bill, qint64 billId) {
    table.title = QStringLiteral("Bill ") + bill.billNo;
    table.fileStem = QStringLiteral("bill-") + bill.billNo;
    billLines(table, bill);
    table.columns = {{QStringLiteral("Line"), Kind::Text},
                     {QStringLiteral("Service user"), Kind::Text},
                     {QStringLiteral("Excl. tax"), Kind::Money},
                     {QStringLiteral("Incl. tax"), Kind::Money}};
    table.totalColumn = 3;
    if (table.headerOnly) {
        return;
    }
    store::Statement row = db.prepare(QStringLiteral(
        "SELECT p.msisdn, i.given_name || ' ' || i.family_name, SUM(r.tax_excluded), SUM(r.tax_included) FROM "
        "bill_item r JOIN product p ON p.id = r.product_id JOIN individual i ON i.id = p.individual_id WHERE "
        "r.bill_id = ? GROUP BY r.product_id ORDER BY SUM(r.tax_included) DESC, p.msisdn"));
    row.bind(1, billId);
    while (row.step()) {
        table.rows.append({row.text(0), row.text(1), row.int64(2), row.int64(3)});
        table.totalMinor += row.int64(3);
    }
}

void payments(store::Database &db, ReportTable &table, const domain::ReportReference &report, qint64 accountId) {
    const QString from = report.periodStart.toString(Qt::ISODate);
    const QString until = report.periodEnd.addDays(-1).toString(Qt::ISODate);
    table.title = QStringLiteral("Payments from %1 to %2").arg(from, until);
    table.fileStem = QStringLiteral("payments-%1-%2-%3").arg(QString::number(accountId), from, until);
    table.columns = {{QStringLiteral("Date"), Kind::Date},
                     {QStringLiteral("Method"), Kind::Text},
                     {QStringLiteral("Status"), Kind::Text},
                     {QStringLiteral("Description"), Kind::Text},
                     {QStringLiteral("Amount"), Kind::Money}};
    table.totalColumn = 4;
    if (table.headerOnly) {
        return;
    }
    store::Statement row =
        db.prepare(QStringLiteral("SELECT payment_date, method, status, description, amount FROM payment WHERE "
                                  "billing_account_id = ? AND payment_date >= ? AND payment_date < ? ORDER BY "
                                  "payment_date, id"));
    row.bind(1, accountId).bind(2, report.periodStart.toJulianDay()).bind(3, report.periodEnd.toJulianDay());
    while (row.step()) {
        table.rows.append({QDate::fromJulianDay(row.int64(0)), row.text(1), row.text(2), row.text(3), row.int64(4)});
        table.totalMinor += row.int64(4);
    }
}

void charges(store::Database &db, ReportTable &table, qint64 accountId) {
    table.title = QStringLiteral("Charges since the last bill");
    table.fileStem = QStringLiteral("charges-") + QString::number(accountId);
    table.columns = kItemColumns;
    table.totalColumn = 5;
    addItemRows(db, table, QStringLiteral("r.billing_account_id = ? AND r.bill_id IS NULL"), accountId);
}

} // namespace

QString moneyText(qint64 minor) {
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    return (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<ReportTable> buildReport(store::Database &db, const domain::ReportReference &report,
                                       const QString &currency, Detail detail) {
    bool ok = false;
    const qint64 accountId = report.account.id.toLongLong(&ok);
    const QVariant accountName =
        ok ? db.scalar(QStringLiteral("SELECT name FROM billing_account WHERE id = ?"), {accountId}) : QVariant();
    if (accountName.isNull()) {
        return std::nullopt;
    }
    ReportTable table;
    table.currency = currency;
    table.headerOnly = detail == Detail::HeaderOnly;
    const bool ofBill = report.kind == ReportKind::Itemization || report.kind == ReportKind::Bill;
    const qint64 billId = ofBill ? report.bill.id.toLongLong(&ok) : 0;
    const std::optional<BillHeader> bill = ofBill && ok ? loadBill(db, billId, accountId) : std::nullopt;
    if (ofBill && !bill) {
        return std::nullopt;
    }
    switch (report.kind) {
    case ReportKind::Itemization:
        itemization(db, table, *bill, billId);
        break;
    case ReportKind::Bill:
        billShares(db, table, *bill, billId);
        break;
    case ReportKind::Payments:
        payments(db, table, report, accountId);
        break;
    case ReportKind::Charges:
        charges(db, table, accountId);
        break;
    }
    table.accountName = accountName.toString();
    table.headerLines.prepend(QStringLiteral("Billing account %1: %2").arg(report.account.id, table.accountName));
    return table;
}

} // namespace corpcare::server::delivery
