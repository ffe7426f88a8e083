#pragma once

#include "domain/money.h"
#include "export/table_source.h"

#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace corpcare::exports {

struct ReportField {
    QString label; // "Company", "Billing account", "Period"
    QString value;
};

struct ReportTotal {
    QString label;
    domain::Money amount; // from the computed report (BillReport::totalTaxIncluded…), never re-added here
};

// A report as it goes to paper: a rendering of the same computed object and the same TableSource that
// CSV / XLSX write, so the printed totals are the exported ones. The table is read row by row.
struct PrintableReport {
    QString title;
    QList<ReportField> headerFields;
    const TableSource *table = nullptr;
    QList<ReportTotal> totals;
    QString footerNote; // left of the page number on every page
    QLocale locale;     // money, integers and dates as this locale writes them
};

// A cell as printed: money in the locale's money format, integers grouped, dates in the short format.
QString printedCellText(const QVariant &value, const ExportColumn &column, const QLocale &locale);

// Landscape when the table's columns at their natural widths do not fit across a portrait page.
QPageLayout::Orientation preferredOrientation(const PrintableReport &report, QPagedPaintDevice *device);

// Paints the report on the device, page by page: the title and header fields on the first page, the
// table with its column header repeated on every page, the totals at the end and "Page N of M" at the
// foot of each page. Returns false with `*error` when the device cannot be painted on.
bool renderReport(const PrintableReport &report, QPagedPaintDevice *device, QString *error);
bool printReport(const PrintableReport &report, QPrinter *printer, QString *error);

// Saves the report as a PDF (A4, landscape when the table is wide), atomically: written to a temporary
// file beside `path` and renamed; on any failure nothing is left at `path` and `*error` says why.
bool exportPdf(const PrintableReport &report, const QString &path, QString *error);

} // namespace corpcare::exports
