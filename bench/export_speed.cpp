// Export benchmark (issue 4 targets): 1,000,000 itemization-like lines to CSV and to XLSX, with the
// time and the growth of the process's peak resident memory for each. Not a test.
//
//   build/bench/export_speed [--rows 1000000] [--dir DIR] [--only csv|xlsx]
#include "export/csv_export.h"
#include "export/table_source.h"
#include "export/xlsx_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace corpcare::exports;

namespace {

// Lines as an itemization has them: bill, number, user, charge, period, amounts, date. Computed on
// request, as a model serves them, so the table itself costs no memory.
class ItemizationTable final : public TableSource {
public:
    explicit ItemizationTable(qsizetype rows) : m_rows(rows) {}
    QList<ExportColumn> columns() const override {
        return {{QStringLiteral("Bill"), CellKind::Text, {}},
                {QStringLiteral("Number"), CellKind::Text, {}},
                {QStringLiteral("User"), CellKind::Text, {}},
                {QStringLiteral("Charge"), CellKind::Text, {}},
                {QStringLiteral("Period start"), CellKind::Date, {}},
                {QStringLiteral("Amount"), CellKind::Money, QStringLiteral("RUB")},
                {QStringLiteral("With tax"), CellKind::Money, QStringLiteral("RUB")},
                {QStringLiteral("Quantity"), CellKind::Integer, {}}};
    }
    qsizetype rowCount() const override { return m_rows; }
    QVariant value(qsizetype row, int column) const override {
        switch (column) {
        case 0:
            return QStringLiteral("B-000005-202610");
        case 1:
            return QStringLiteral("+7 916 %1").arg(row % 10000000, 7, 10, QLatin1Char('0'));
        case 2:
            return m_names[row % 4];
        case 3:
            return m_charges[row % 5];
        case 4:
            return QDate(2026, 10, 1);
        case 5:
            return qint64((row * 7919) % 500000);
        case 6:
            return qint64((row * 7919) % 500000) * 6 / 5;
        default:
            return qint64(row % 300);
        }
    }

private:
    qsizetype m_rows;
    QStringList m_names{QStringLiteral("Anna Ivanova"), QStringLiteral("Oleg Petrov"), QStringLiteral("Иван Орлов"),
                        QStringLiteral("Maria Smirnova")};
    QStringList m_charges{QStringLiteral("Monthly fee: Business 500"), QStringLiteral("Calls"), QStringLiteral("SMS"),
                          QStringLiteral("Mobile data"), QStringLiteral("International Roaming")};
};

qint64 peakResidentKilobytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const auto match =
        QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Lines"), QStringLiteral("n"),
                                  QStringLiteral("1000000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where to write"), QStringLiteral("dir"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("csv or xlsx (each in its own process measures "
                                                 "its own peak memory)"),
                                  QStringLiteral("format"));
    parser.addOptions({rows, dir, only});
    parser.process(app);
    QTemporaryDir temporary;
    const QString directory = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    const ItemizationTable table(parser.value(rows).toLongLong());

    std::printf("| format | lines | time | peak memory growth | file |\n| --- | ---: | ---: | ---: | ---: |\n");
    for (const bool xlsx : {false, true}) {
        if (parser.isSet(only) && parser.value(only) != (xlsx ? QLatin1String("xlsx") : QLatin1String("csv"))) {
            continue;
        }
        const QString path =
            directory + (xlsx ? QStringLiteral("/itemization.xlsx") : QStringLiteral("/itemization.csv"));
        const qint64 before = peakResidentKilobytes();
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = xlsx ? exportXlsx(table, path, QStringLiteral("Itemization"), &error)
                             : exportCsv(table, path, CsvOptions{}, &error);
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (!ok) {
            std::printf("failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("| %s | %lld | %.2f s | %lld MB | %lld MB |\n", xlsx ? "XLSX" : "CSV", qlonglong(table.rowCount()),
                    seconds, (peakResidentKilobytes() - before) / 1024, QFileInfo(path).size() / (1024 * 1024));
        std::fflush(stdout);
    }
    return 0;
}
