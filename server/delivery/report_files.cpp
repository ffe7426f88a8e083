#include "server/delivery/report_files.h"

#include "domain/json/delivery_json.h"
#include "server/delivery/pdf_writer.h"
#include "server/resources/bill_item_csv.h"
#include "server/store/sqlite.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace corpcare::server::delivery {

using domain::ReportFormat;
using Kind = ReportTable::Kind;

namespace {

QString cellText(const ReportTable::Column &column, const QVariant &value) {
    switch (column.kind) {
    case Kind::Money:
        return moneyText(value.toLongLong());
    case Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case Kind::Text:
        break;
    }
    return value.toString();
}

QByteArray csvField(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

// The itemization lines of one bill through the server's CSV list writer, page after page.
QByteArray itemizationCsv(store::Database &db, const QString &currency, qint64 billId) {
    constexpr int kPage = 100000;
    query::WhereClause where;
    where.add(QStringLiteral("r.bill_id = ?"), {billId});
    resources::DataContext context;
    context.currency = currency;
    QByteArray out = resources::billItemsCsvHeader();
    for (qint64 offset = 0;; offset += kPage) {
        const resources::PageRequest page{where, offset, kPage, nullptr, {QStringLiteral("bill.id")}, 0};
        const resources::PageText text = resources::billItemsCsv(db, context, page);
        out += text.body.mid(resources::billItemsCsvHeader().size());
        if (text.rows < kPage) {
            return out;
        }
    }
}

QByteArray tableCsv(const ReportTable &table) {
    QByteArray out;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        out += (i > 0 ? "," : "") + csvField(table.columns.at(i).title);
    }
    out += "\r\n";
    for (const QVariantList &row : table.rows) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            out += (i > 0 ? "," : "") + csvField(cellText(table.columns.at(i), row.value(i)));
        }
        out += "\r\n";
    }
    return out;
}

// The table as fixed-width text lines: title, header lines, columns, rows, the total.
QStringList tableLines(const ReportTable &table) {
    QList<qsizetype> widths;
    for (const ReportTable::Column &column : table.columns) {
        widths.append(column.title.size());
    }
    for (const QVariantList &row : table.rows) {
        for (qsizetype i = 0; i < widths.size(); ++i) {
            widths[i] = qMax(widths.at(i), qMin<qsizetype>(40, cellText(table.columns.at(i), row.value(i)).size()));
        }
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cell = cells.at(i).left(widths.at(i));
            const bool right = table.columns.at(i).kind == Kind::Money;
            out +=
                (right ? cell.rightJustified(widths.at(i)) : cell.leftJustified(widths.at(i))) + QStringLiteral("  ");
        }
        return out.trimmed();
    };
    QStringList out{table.title};
    out += table.headerLines;
    out.append(QString());
    QStringList titles;
    for (const ReportTable::Column &column : table.columns) {
        titles.append(column.title);
    }
    out.append(line(titles));
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            cells.append(cellText(table.columns.at(i), row.value(i)));
        }
        out.append(line(cells));
    }
    out.append(QString());
    out.append(QStringLiteral("Total: %1 %2 (%3 lines)")
                   .arg(moneyText(table.totalMinor), table.currency, QString::number(table.rows.size())));
    return out;
}

bool writeXlsx(const ReportTable &table, const QString &path, QString *error) {
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (workbook == nullptr) {
        *error = QStringLiteral("cannot create the workbook");
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Report");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, table.title.toUtf8().constData(), bold);
    for (const QString &line : table.headerLines) {
        worksheet_write_string(sheet, row++, 0, line.toUtf8().constData(), nullptr);
    }
    ++row;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        worksheet_write_string(sheet, row, lxw_col_t(i), table.columns.at(i).title.toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), table.columns.at(i).kind == Kind::Text ? 28 : 14,
                             nullptr);
    }
    worksheet_freeze_panes(sheet, ++row, 0);
    for (const QVariantList &values : table.rows) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QVariant value = values.value(i);
            const auto column = lxw_col_t(i);
            switch (table.columns.at(i).kind) {
            case Kind::Money:
                worksheet_write_number(sheet, row, column, double(value.toLongLong()) / 100.0, money);
                break;
            case Kind::Date: {
                const QDate day = value.toDate();
                lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, column, &when, date);
                break;
            }
            case Kind::Text:
                worksheet_write_string(sheet, row, column, value.toString().toUtf8().constData(), nullptr);
                break;
            }
        }
        ++row;
    }
    worksheet_write_string(sheet, row, 0, "Total", bold);
    worksheet_write_number(sheet, row, lxw_col_t(table.totalColumn), double(table.totalMinor) / 100.0, money);
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(status));
        return false;
    }
    return true;
}

QByteArray xlsxBytes(const ReportTable &table, QString *error) {
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("report.xlsx"));
    if (!directory.isValid() || !writeXlsx(table, path, error)) {
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ReportFile renderReport(store::Database &db, const domain::ReportReference &report, const ReportTable &table,
                        ReportFormat format, QString *error) {
    ReportFile out;
    out.name = table.fileStem + QLatin1Char('.') + domain::json::toWire(format);
    out.mimeType = domain::json::mimeTypeOf(format).toLatin1();
    switch (format) {
    case ReportFormat::Csv:
        out.content = report.kind == domain::ReportKind::Itemization
                          ? itemizationCsv(db, table.currency, report.bill.id.toLongLong())
                          : tableCsv(table);
        break;
    case ReportFormat::Xlsx:
        out.content = xlsxBytes(table, error);
        break;
    case ReportFormat::Pdf:
        out.content = writeTextPdf(table.title, tableLines(table));
        break;
    }
    if (out.content.isEmpty() && error->isEmpty()) {
        *error = QStringLiteral("the report file could not be made");
    }
    return out;
}

} // namespace corpcare::server::delivery
