// Printing benchmark (issue 4): an itemization of 35,000 and 100,000 lines saved as PDF through
// exportPdf, the same painter the print preview uses, with the time, pages and file size. Not a test.
//
//   build/bench/print_speed [--rows 35000,100000] [--dir DIR]
// With --dir the PDFs stay there (bench/…/itemization-<rows>.pdf) to be looked at.
#include "export/report_print.h"
#include "export/table_source.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace corpcare;
using namespace corpcare::exports;

namespace {

// Lines as an itemization has them, computed on request as a model serves them (bench/export_speed).
class ItemizationTable final : public TableSource {
public:
    explicit ItemizationTable(qsizetype rows) : m_rows(rows) {}
    QList<ExportColumn> columns() const override {
        return {{QStringLiteral("Number"), CellKind::Text, {}},
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
            return QStringLiteral("+7 916 %1").arg(row % 10000000, 7, 10, QLatin1Char('0'));
        case 1:
            return m_names[row % 4];
        case 2:
            return m_charges[row % 5];
        case 3:
            return QDate(2026, 10, 1);
        case 4:
            return amount(row);
        case 5:
            return amount(row) + domain::Money(amount(row), {}).taxAtBasisPoints(2000).minor();
        default:
            return qint64(row % 300);
        }
    }
    static qint64 amount(qsizetype row) { return qint64(row) * 7919 % 500000; }
    domain::Money total(int column) const {
        qint64 sum = 0;
        for (qsizetype row = 0; row < m_rows; ++row) {
            sum += value(row, column).toLongLong();
        }
        return {sum, QStringLiteral("RUB")};
    }

private:
    qsizetype m_rows;
    QStringList m_names{QStringLiteral("Anna Ivanova"), QStringLiteral("Oleg Petrov"), QStringLiteral("Иван Орлов"),
                        QStringLiteral("Maria Smirnova")};
    QStringList m_charges{QStringLiteral("Monthly fee: Business 500"), QStringLiteral("Calls"), QStringLiteral("SMS"),
                          QStringLiteral("Mobile data"), QStringLiteral("International Roaming")};
};

int pdfPages(const QString &path) {
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished(60000);
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// User and system time of this process: on a machine shared with builds the wall time alone says
// little.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv); // fonts
    QCommandLineParser parser;
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Line counts, comma-separated"),
                                  QStringLiteral("n,…"), QStringLiteral("35000,100000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where to write (and keep) the PDFs"),
                                 QStringLiteral("dir"));
    parser.addOptions({rows, dir});
    parser.process(app);
    QTemporaryDir temporary;
    const QString directory = parser.isSet(dir) ? parser.value(dir) : temporary.path();

    std::printf("| lines | time | CPU time | pages | file |\n| ---: | ---: | ---: | ---: | ---: |\n");
    for (const QString &count : parser.value(rows).split(QLatin1Char(','))) {
        const ItemizationTable table(count.toLongLong());
        PrintableReport report;
        report.title = QStringLiteral("Itemization of bill B-000005-202610");
        report.headerFields = {{QStringLiteral("Company"), QStringLiteral("Acme Trading LLC")},
                               {QStringLiteral("Billing account"), QStringLiteral("ACC-000005")},
                               {QStringLiteral("Period"), QStringLiteral("1 October 2026 – 31 October 2026")}};
        report.table = &table;
        report.totals = {{QStringLiteral("Without tax"), table.total(4)}, {QStringLiteral("With tax"), table.total(5)}};
        report.footerNote = QStringLiteral("CorpCare");
        const QString path = directory + QStringLiteral("/itemization-%1.pdf").arg(count);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        QString error;
        if (!exportPdf(report, path, &error)) {
            std::printf("failed: %s\n", qPrintable(error));
            return 1;
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        const double cpu = cpuSeconds() - cpuBefore;
        std::printf("| %lld | %.2f s | %.2f s | %d | %.1f MB |\n", qlonglong(table.rowCount()), seconds, cpu,
                    pdfPages(path), double(QFileInfo(path).size()) / (1024.0 * 1024.0));
        std::fflush(stdout);
    }
    return 0;
}
