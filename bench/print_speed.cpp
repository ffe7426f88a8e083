// Printing benchmark (issue 4): an itemization of 35,000 and 100,000 lines saved as PDF through
// exportPdf, the same painter the print preview uses, with the time, pages and file size. Not a test.
//
//   build/bench/print_speed [--rows 35000,100000] [--dir DIR]
// With --dir the PDFs stay there (bench/…/itemization-<rows>.pdf) to be looked at.
#include "bench/itemization_like_table.h"
#include "export/report_print.h"

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
        const bench::ItemizationLikeTable table(count.toLongLong());
        PrintableReport report;
        report.title = QStringLiteral("Itemization of bill B-000005-202610");
        report.headerFields = {{QStringLiteral("Company"), QStringLiteral("Acme Trading LLC")},
                               {QStringLiteral("Billing account"), QStringLiteral("ACC-000005")},
                               {QStringLiteral("Period"), QStringLiteral("1 October 2026 – 31 October 2026")}};
        report.table = &table;
        report.totals = {{QStringLiteral("Without tax"), table.total(bench::ItemizationLikeTable::Amount)},
                         {QStringLiteral("With tax"), table.total(bench::ItemizationLikeTable::WithTax)}};
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
