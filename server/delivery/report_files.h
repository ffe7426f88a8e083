#pragma once

#include "domain/report_delivery.h"
#include "server/delivery/report_table.h"

#include <QByteArray>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::delivery {

// The attachment of a delivery: the report rendered in the asked format.
struct ReportFile {
    QString name; // "itemization-B-000005-202610.xlsx"
    QByteArray mimeType;
    QByteArray content;
};

// Renders the table; an itemization as CSV is the server's own itemization CSV (profile §1, "CSV
// lists"), the same lines a client downloads, so it is written by that writer. Empty content with
// *error set when the file cannot be made.
ReportFile renderReport(store::Database &db, const domain::ReportReference &report, const ReportTable &table,
                        domain::ReportFormat format, QString *error);

} // namespace corpcare::server::delivery
