// Printed reports saved as PDF and read back with pdftotext: title, header fields, every row once,
// the column header on every page, "Page N of M", totals exactly as the screen formats them, and
// failures (unwritable folder, a rename that fails, a disk that fills up) that leave no file behind.
#include "domain/bill_report.h"
#include "export/report_print.h"
#include "export/table_source.h"
#include "models/money_format.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace corpcare;
using namespace corpcare::exports;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

// Rows "R0001"…: a number that appears nowhere else, so pdftotext's text can be searched for each.
class NumberedTable final : public TableSource {
public:
    explicit NumberedTable(qsizetype rows) : m_rows(rows) {}
    QList<ExportColumn> columns() const override {
        return {{QStringLiteral("Row"), CellKind::Text, {}},
                {QStringLiteral("Service user"), CellKind::Text, {}},
                {QStringLiteral("Lines"), CellKind::Integer, {}},
                {QStringLiteral("Charges"), CellKind::Money, QStringLiteral("USD")},
                {QStringLiteral("Since"), CellKind::Date, {}}};
    }
    qsizetype rowCount() const override { return m_rows; }
    QVariant value(qsizetype row, int column) const override {
        switch (column) {
        case 0:
            return QStringLiteral("R%1").arg(row + 1, 4, 10, QLatin1Char('0'));
        case 1:
            return row % 3 == 0 ? QStringLiteral("Anna Ivanova") : QStringLiteral("Oleg Petrov");
        case 2:
            return qint64(row % 17);
        case 3:
            return amount(row);
        default:
            return QDate(2026, 1, 1).addDays(row % 300);
        }
    }
    static qint64 amount(qsizetype row) { return qint64(row) * 12345 % 9999991 - 500; }
    domain::Money total() const {
        qint64 sum = 0;
        for (qsizetype row = 0; row < m_rows; ++row) {
            sum += amount(row);
        }
        return {sum, QStringLiteral("USD")};
    }

private:
    qsizetype m_rows;
};

// Each service user's share of a bill, read from its BillReport as models::BillSharesModel does.
class BillSharesTable final : public TableSource {
public:
    explicit BillSharesTable(const domain::BillReport &report) : m_report(report) {}
    QList<ExportColumn> columns() const override {
        const QString currency = m_report.totalTaxIncluded().currency();
        return {{QStringLiteral("Service user"), CellKind::Text, {}},
                {QStringLiteral("Lines"), CellKind::Integer, {}},
                {QStringLiteral("Without tax"), CellKind::Money, currency},
                {QStringLiteral("With tax"), CellKind::Money, currency}};
    }
    qsizetype rowCount() const override { return qsizetype(m_report.shares().size()); }
    QVariant value(qsizetype row, int column) const override {
        const domain::BillShare &share = m_report.shares().at(size_t(row));
        switch (column) {
        case 0:
            return share.product.name;
        case 1:
            return qint64(share.lines);
        case 2:
            return share.taxExcluded.minor();
        default:
            return share.taxIncluded.minor();
        }
    }

private:
    const domain::BillReport &m_report;
};

PrintableReport reportOver(const TableSource *table) {
    PrintableReport report;
    report.title = QStringLiteral("Charges by service user");
    report.headerFields = {{QStringLiteral("Company"), QStringLiteral("Acme Trading LLC")},
                           {QStringLiteral("Billing account"), QStringLiteral("ACC-000123")},
                           {QStringLiteral("Period"), QStringLiteral("October 2026")}};
    report.table = table;
    report.footerNote = QStringLiteral("CorpCare");
    report.locale = kEnglish;
    return report;
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page, as pdftotext lays it out (pages end with a form feed).
QStringList pdfPages(const QString &path) {
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

int pdfPageCount(const QString &path) {
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool isLandscape(const QString &path) {
    const auto match = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)"))
                           .match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() && match.captured(1).toDouble() > match.captured(2).toDouble();
}

QStringList filesIn(const QString &directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestReportPrint : public QObject {
    Q_OBJECT

private slots:
    void exportPdf_500rows_headerRowsPagesAndTotals();
    void exportPdf_emptyTable_onePageWithTotals();
    void exportPdf_wideTable_landscape_narrowTable_portrait();
    void exportPdf_billReport_totalsAsOnScreen();
    void exportPdf_unwritableFolder_errorAndNoFile();
    void exportPdf_renameFails_errorAndNothingLeft();
    void exportPdf_diskFillsUp_errorAndNothingLeft();
};

void TestReportPrint::exportPdf_500rows_headerRowsPagesAndTotals() {
    const NumberedTable table(500);
    PrintableReport report = reportOver(&table);
    report.totals = {{QStringLiteral("Total"), table.total()}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(exportPdf(report, path, &error), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.pdf")}); // no temporary file left

    const QStringList pages = pdfPages(path);
    const int count = pdfPageCount(path);
    QVERIFY2(count >= 5, qPrintable(QString::number(count))); // 500 rows do not fit on four pages
    QCOMPARE(pages.size(), count);
    const QString first = pages.first();
    QVERIFY(first.contains(QStringLiteral("Charges by service user")));
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("Company:\\s+Acme Trading LLC"))));
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("Billing account:\\s+ACC-000123"))));
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("Period:\\s+October 2026"))));
    const QRegularExpression header(QStringLiteral("Row\\s+Service user\\s+Lines\\s+Charges\\s+Since"));
    const QRegularExpression rowNumber(QStringLiteral("\\bR(\\d{4})\\b"));
    QList<int> seen(501, 0);
    for (int page = 0; page < count; ++page) {
        const QString &text = pages.at(page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(count)), qPrintable(text));
        if (text.contains(rowNumber)) {
            QVERIFY2(text.contains(header), qPrintable(QStringLiteral("no column header on page %1").arg(page + 1)));
        }
        for (const auto &match : rowNumber.globalMatch(text)) {
            ++seen[match.captured(1).toInt()];
        }
    }
    for (int row = 1; row <= 500; ++row) {
        QVERIFY2(seen.at(row) == 1, qPrintable(QStringLiteral("R%1 seen %2 times").arg(row).arg(seen.at(row))));
    }
    // A row as printed: money in the locale's format and right-aligned, integers and short dates.
    QVERIFY(first.contains(QRegularExpression(QStringLiteral("R0003\\s+Oleg Petrov\\s+2\\s+\\$241.90\\s+1/3/26"))));
    const QString total = models::formatMoney(table.total(), kEnglish);
    QCOMPARE(total, QStringLiteral("$15,397,887.50")); // the fixture's sum, so a wrong sum fails here too
    QVERIFY2(
        pages.last().contains(QRegularExpression(QStringLiteral("Total:\\s+") + QRegularExpression::escape(total))),
        qPrintable(pages.last()));
}

void TestReportPrint::exportPdf_emptyTable_onePageWithTotals() {
    const NumberedTable table(0);
    PrintableReport report = reportOver(&table);
    report.totals = {{QStringLiteral("Total"), domain::Money(0, QStringLiteral("USD"))}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    QString error;
    QVERIFY2(exportPdf(report, path, &error), qPrintable(error));
    const QStringList pages = pdfPages(path);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(pages.first().contains(QRegularExpression(QStringLiteral("Total:\\s+\\$0.00"))));
    QVERIFY(pages.first().contains(QStringLiteral("Service user")));
}

void TestReportPrint::exportPdf_wideTable_landscape_narrowTable_portrait() {
    QTemporaryDir dir;
    QString error;
    const NumberedTable narrow(40);
    const QString portrait = dir.filePath(QStringLiteral("narrow.pdf"));
    QVERIFY2(exportPdf(reportOver(&narrow), portrait, &error), qPrintable(error));
    QVERIFY(!isLandscape(portrait));

    class WideTable final : public TableSource { // 14 columns of long texts
    public:
        QList<ExportColumn> columns() const override {
            QList<ExportColumn> out;
            for (int column = 0; column < 14; ++column) {
                out.append({QStringLiteral("Column %1").arg(column + 1), CellKind::Text, {}});
            }
            return out;
        }
        qsizetype rowCount() const override { return 30; }
        QVariant value(qsizetype row, int column) const override {
            return QStringLiteral("cell %1.%2").arg(row + 1).arg(column + 1);
        }
    } wide;
    const QString landscape = dir.filePath(QStringLiteral("wide.pdf"));
    QVERIFY2(exportPdf(reportOver(&wide), landscape, &error), qPrintable(error));
    QVERIFY(isLandscape(landscape));
    const QString text = pdfPages(landscape).join(QString());
    QVERIFY(text.contains(QStringLiteral("cell 30.14"))); // the last column is on the page, not cut off
}

void TestReportPrint::exportPdf_billReport_totalsAsOnScreen() {
    const QString rub = QStringLiteral("RUB");
    domain::Bill bill;
    bill.id = QStringLiteral("B7");
    QList<domain::BillItem> items;
    for (int line = 0; line < 120; ++line) { // 40 service users, three lines each
        domain::BillItem item;
        item.id = QString::number(line);
        item.bill = {bill.id, {}};
        const int user = line % 40;
        item.product = {QString::number(100 + user),
                        QStringLiteral("+7 916 000-01-%1").arg(user, 2, 10, QLatin1Char('0'))};
        item.taxExcluded = domain::Money(qint64(line) * 98765 % 1000003 + 1, rub);
        item.taxIncluded = item.taxExcluded + item.taxExcluded.taxAtBasisPoints(2000);
        bill.taxExcluded += item.taxExcluded;
        bill.taxIncluded += item.taxIncluded;
        items.append(item);
    }
    const domain::BillReport computed = domain::BillReport::compute(bill, items);
    QVERIFY(computed.reconciles());
    const BillSharesTable table(computed);
    for (const QLocale &locale : {kEnglish, QLocale(QLocale::Russian, QLocale::Russia)}) {
        PrintableReport report = reportOver(&table);
        report.locale = locale;
        report.totals = {{QStringLiteral("Without tax"), computed.totalTaxExcluded()},
                         {QStringLiteral("With tax"), computed.totalTaxIncluded()}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bill.pdf"));
        QString error;
        QVERIFY2(exportPdf(report, path, &error), qPrintable(error));
        QString text = pdfPages(path).join(QString());
        QString expected = models::formatMoney(computed.totalTaxIncluded(), locale);
        // pdftotext writes the no-break spaces of Russian grouping as plain spaces
        text.replace(QChar(0x00A0), QLatin1Char(' '));
        expected.replace(QChar(0x00A0), QLatin1Char(' '));
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("With tax:\\s+") + QRegularExpression::escape(expected))),
            qPrintable(expected + QStringLiteral(" not in\n") + text));
        for (const domain::BillShare &share : computed.shares()) {
            QCOMPARE(text.count(share.product.name), 1);
        }
    }
}

void TestReportPrint::exportPdf_unwritableFolder_errorAndNoFile() {
    const NumberedTable table(10);
    QString error;
    const QString path = QStringLiteral("/proc/self/corpcare-report.pdf"); // refused even to root
    QVERIFY(!exportPdf(reportOver(&table), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestReportPrint::exportPdf_renameFails_errorAndNothingLeft() {
    const NumberedTable table(10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("report.pdf"))); // a folder where the file should go
    QString error;
    QVERIFY(!exportPdf(reportOver(&table), path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("report.pdf")}); // the folder, no temporary file
    QVERIFY(QFileInfo(path).isDir());
}

void TestReportPrint::exportPdf_diskFillsUp_errorAndNothingLeft() {
    // A file size limit fails writes past 16 KiB with EFBIG, as a full disk fails them with ENOSPC.
    const NumberedTable table(500);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 16 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool written = exportPdf(reportOver(&table), path, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!written);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

QTEST_MAIN(TestReportPrint)
#include "tst_report_print.moc"
