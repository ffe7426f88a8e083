#include "export/csv_export.h"

#include "domain/money.h"
#include "export/table_source.h"

#include <QDate>
#include <QLocale>
#include <QSaveFile>

namespace corpcare::exports {

CsvOptions csvOptionsFor(const QLocale &locale) {
    CsvOptions options;
    if (locale.decimalPoint() == QLatin1String(",")) {
        options.separator = QLatin1Char(';');
        options.decimalMark = QLatin1Char(',');
    }
    return options;
}

QString neutralizeFormula(const QString &text) {
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            return QLatin1Char('\'') + text;
        }
    }
    return text;
}

QString csvField(const QString &text, QChar separator) {
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

namespace {
QString cellText(const QVariant &value, CellKind kind, const CsvOptions &options) {
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (kind) {
    case CellKind::Money: {
        QString decimal = domain::Money(value.toLongLong(), {}).toDecimalString();
        decimal.replace(QLatin1Char('.'), options.decimalMark);
        return decimal;
    }
    case CellKind::Integer:
        return QString::number(value.toLongLong());
    case CellKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case CellKind::Percent: { // "12.34%": spreadsheets read it as the number 0.1234 shown as a percent
        QString decimal = domain::Money(value.toLongLong(), {}).toDecimalString();
        decimal.replace(QLatin1Char('.'), options.decimalMark);
        return decimal + QLatin1Char('%');
    }
    case CellKind::Text:
        break;
    }
    return neutralizeFormula(value.toString());
}
} // namespace

bool exportCsv(const TableSource &table, const QString &path, const CsvOptions &options, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<ExportColumn> columns = table.columns();
    QByteArray chunk;
    if (options.byteOrderMark) {
        chunk.append("\xEF\xBB\xBF");
    }
    QStringList fields;
    for (const ExportColumn &column : columns) {
        fields.append(csvField(neutralizeFormula(column.title), options.separator));
    }
    chunk.append(fields.join(options.separator).toUtf8()).append("\r\n");
    const qsizetype rows = table.rowCount();
    for (qsizetype row = 0; row < rows; ++row) {
        for (int column = 0; column < columns.size(); ++column) {
            if (column > 0) {
                chunk.append(QString(options.separator).toUtf8());
            }
            chunk.append(
                csvField(cellText(table.value(row, column), columns.at(column).kind, options), options.separator)
                    .toUtf8());
        }
        chunk.append("\r\n");
        if (chunk.size() > (1 << 20)) { // write in 1 MiB pieces: a million lines never sit in memory
            if (file.write(chunk) != chunk.size()) {
                *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
                file.cancelWriting();
                return false;
            }
            chunk.clear();
        }
    }
    if (file.write(chunk) != chunk.size() || !file.commit()) {
        *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace corpcare::exports
