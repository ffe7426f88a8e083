#include "export/xlsx_export.h"

#include "export/table_source.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace corpcare::exports {

namespace {

// Excel's currency format with the currency's symbol after the amount (as Russian and most European
// locales write it); negative amounts in minus-sign form.
QByteArray moneyFormat(const QString &currency) {
    const QString symbol = currency == QLatin1String("RUB")   ? QStringLiteral("₽")
                           : currency == QLatin1String("EUR") ? QStringLiteral("€")
                           : currency == QLatin1String("USD") ? QStringLiteral("$")
                                                              : currency;
    return QStringLiteral("#,##0.00 \"%1\"").arg(symbol).toUtf8();
}

// Sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(const QString &title) {
    QString name = title.isEmpty() ? QObject::tr("Export") : title;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        name.replace(bad, QLatin1Char(' '));
    }
    return name.left(31).toUtf8();
}

QString lxwError(lxw_error code) {
    return QString::fromUtf8(lxw_strerror(code));
}

} // namespace

bool exportXlsx(const TableSource &table, const QString &path, const QString &sheetTitle, QString *error) {
    const QFileInfo target(path);
    // Built beside the target, then moved into place: the same file system, so the move is one step.
    QTemporaryFile building(target.absolutePath() + QStringLiteral("/.corpcare-export-XXXXXX.xlsx"));
    if (!building.open()) {
        *error = QObject::tr("Cannot write in %1: %2").arg(target.absolutePath(), building.errorString());
        return false;
    }
    const QByteArray buildingPath = QFile::encodeName(building.fileName());
    building.close();
    const QByteArray tmpdir = QFile::encodeName(target.absolutePath());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmpdir.constData()); // libxlsxwriter does not write to it
    lxw_workbook *workbook = workbook_new_opt(buildingPath.constData(), &options);
    if (!workbook) {
        *error = QObject::tr("Cannot create the workbook %1").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(sheetTitle).constData());
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.00%");

    const QList<ExportColumn> columns = table.columns();
    QList<lxw_format *> money;
    QList<double> widths;
    for (int column = 0; column < columns.size(); ++column) {
        lxw_format *format = nullptr;
        if (columns.at(column).kind == CellKind::Money) {
            format = workbook_add_format(workbook);
            format_set_num_format(format, moneyFormat(columns.at(column).currency).constData());
        }
        money.append(format);
        widths.append(qBound(8.0, double(columns.at(column).title.size()) + 2.0, 60.0));
    }
    // In constant-memory mode rows must be written in order and column settings come first: widths are
    // estimated from the header and the first rows.
    const qsizetype rows = table.rowCount();
    for (qsizetype row = 0; row < qMin<qsizetype>(rows, 200); ++row) {
        for (int column = 0; column < columns.size(); ++column) {
            const CellKind kind = columns.at(column).kind;
            const double length = kind == CellKind::Money  ? 14.0
                                  : kind == CellKind::Date ? 11.0
                                                           : double(table.value(row, column).toString().size()) + 2.0;
            widths[column] = qBound(widths.at(column), length, 60.0);
        }
    }
    for (int column = 0; column < columns.size(); ++column) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_error status = LXW_NO_ERROR;
    for (int column = 0; column < columns.size() && status == LXW_NO_ERROR; ++column) {
        status =
            worksheet_write_string(sheet, 0, lxw_col_t(column), columns.at(column).title.toUtf8().constData(), header);
    }
    for (qsizetype row = 0; row < rows && status == LXW_NO_ERROR; ++row) {
        const auto sheetRow = lxw_row_t(row + 1);
        for (int column = 0; column < columns.size() && status == LXW_NO_ERROR; ++column) {
            const QVariant value = table.value(row, column);
            if (!value.isValid() || value.isNull()) {
                continue;
            }
            switch (columns.at(column).kind) {
            case CellKind::Money:
                // Minor units to the number a spreadsheet holds: exact for every amount under 2^53 kopecks.
                status = worksheet_write_number(sheet, sheetRow, lxw_col_t(column), double(value.toLongLong()) / 100.0,
                                                money.at(column));
                break;
            case CellKind::Integer:
                status =
                    worksheet_write_number(sheet, sheetRow, lxw_col_t(column), double(value.toLongLong()), nullptr);
                break;
            case CellKind::Date: {
                const QDate day = value.toDate();
                lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0.0};
                status = worksheet_write_datetime(sheet, sheetRow, lxw_col_t(column), &when, date);
                break;
            }
            case CellKind::Percent: // basis points to the fraction, shown as a percent with two decimals
                status = worksheet_write_number(sheet, sheetRow, lxw_col_t(column),
                                                double(value.toLongLong()) / 10000.0, percent);
                break;
            case CellKind::Text:
                // A string cell is never evaluated by a spreadsheet: no formula neutralizing needed here.
                status = worksheet_write_string(sheet, sheetRow, lxw_col_t(column),
                                                value.toString().toUtf8().constData(), nullptr);
                break;
            }
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (status == LXW_NO_ERROR) {
        status = closed;
    }
    if (status != LXW_NO_ERROR) {
        QFile::remove(QFile::decodeName(buildingPath));
        *error = QObject::tr("Cannot write %1: %2").arg(path, lxwError(status));
        return false;
    }
    if (std::rename(buildingPath.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(QFile::decodeName(buildingPath));
        *error = QObject::tr("Cannot move the workbook to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace corpcare::exports
