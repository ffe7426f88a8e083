// Export benchmark (issue 4 targets): 1,000,000 itemization-like lines to CSV and to XLSX, with the
// time and the growth of the process's peak resident memory for each. Not a test.
//
//   build/bench/export_speed [--rows 1000000] [--dir DIR] [--only csv|xlsx]
#include "bench/itemization_like_table.h"
#include "export/csv_export.h"
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

using namespace corpcare;
using namespace corpcare::exports;

namespace {

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
    const bench::ItemizationLikeTable table(parser.value(rows).toLongLong());

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
