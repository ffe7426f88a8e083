#pragma once

#include "domain/report_delivery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::delivery {

// One report computed once from the server's data; CSV, XLSX and PDF are renderings of it, so the
// three formats of one report show the same lines and the same total.
struct ReportTable {
    enum class Kind { Text, Money, Date };
    struct Column {
        QString title;
        Kind kind = Kind::Text;
    };

    QString title;           // "Itemization of bill B-000005-202610"
    QStringList headerLines; // account, period, amounts: what a reader needs around the table
    QList<Column> columns;
    QList<QVariantList> rows; // Text: QString, Money: qint64 minor units, Date: QDate
    int totalColumn = -1;     // the Money column summed in the last line
    qint64 totalMinor = 0;
    QString currency;
    QString fileStem; // "itemization-B-000005-202610": the attachment's name without its extension
    QString accountName;
    bool headerOnly = false; // titles and names only, no rows (what a delivery is called)
};

enum class Detail { Full, HeaderOnly };

// The report, or nullopt when the account (or the bill, which must be the account's) does not exist.
// Scope and permission are the caller's business: this reads whatever it is asked for.
std::optional<ReportTable> buildReport(store::Database &db, const domain::ReportReference &report,
                                       const QString &currency, Detail detail = Detail::Full);

// "184.50", "-0.05": two decimals, never an exponent.
QString moneyText(qint64 minor);

} // namespace corpcare::server::delivery
