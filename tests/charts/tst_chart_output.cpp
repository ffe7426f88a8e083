// Charts saved as PNG and SVG (atomically, a clear error and no file on failure) and printed to PDF;
// the three charts of issue 4 drawn from real-shaped data (CORPCARE_CHART_PNGS=dir keeps the images).
#include "charge_data.h"
#include "charts/chart_output.h"
#include "charts/series_line_chart.h"
#include "charts/share_pie.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

using namespace corpcare;

namespace {

std::unique_ptr<charts::SharePieChart> periodPie() {
    const QDate first(2025, 7, 1);
    auto pie = std::make_unique<charts::SharePieChart>();
    pie->setReport(domain::ChargeShares::compute(testdata::yearOfCharges(50, 12, first), first, first.addMonths(12)));
    pie->resize(820, 520);
    return pie;
}

std::unique_ptr<charts::SeriesLineChart> usersLines() {
    const QDate first(2025, 7, 1);
    auto chart = std::make_unique<charts::SeriesLineChart>();
    const auto items = testdata::yearOfCharges(50, 12, first);
    chart->setSeries(domain::serviceUserChargeSeries(items,
                                                     {QStringLiteral("4"), QStringLiteral("18"), QStringLiteral("33")},
                                                     first, first.addMonths(12)),
                     domain::SeriesBucket::Month, QStringLiteral("Charges of three service users"));
    chart->resize(900, 520);
    return chart;
}

std::unique_ptr<charts::SeriesLineChart> billLines() {
    auto chart = std::make_unique<charts::SeriesLineChart>();
    chart->setSeries(domain::monthlyBillSeries(testdata::monthlyBills(4, 12, QDate(2025, 7, 1))),
                     domain::SeriesBucket::Month, QStringLiteral("Monthly bills by account"));
    chart->resize(900, 520);
    return chart;
}

// Share of pixels that are not the background: a chart drawn, not a blank page.
double inkShare(const QImage &image) {
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            ink += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
    }
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

} // namespace

class TestChartOutput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void savePng_viewAndGivenSize_readableImageOfThatSize();
    void saveSvg_lineChart_svgDocumentWithTitle();
    void save_unwritablePath_errorAndNoFile();
    void printChart_pdfPrinter_pdfWithTitle();
    void actions_seams_saveAndPrintWithoutDialogs();
    void gallery_issueFourCharts_drawnAndKept();

private:
    QTemporaryDir m_dir;
};

void TestChartOutput::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestChartOutput::savePng_viewAndGivenSize_readableImageOfThatSize() {
    const auto pie = periodPie();
    const QString path = m_dir.filePath(QStringLiteral("pie.png"));
    QString error = QStringLiteral("stale");
    QVERIFY(charts::saveChartPng(pie.get(), path, &error));
    QVERIFY(error.isEmpty());
    QImage image(path);
    QCOMPARE(image.size(), QSize(820, 520));
    QVERIFY(inkShare(image) > 0.05);

    const QRectF before = pie->chart()->geometry();
    QVERIFY(charts::saveChartPng(pie.get(), path, &error, QSize(1600, 1000))); // replaces the file
    image.load(path);
    QCOMPARE(image.size(), QSize(1600, 1000));
    QVERIFY(inkShare(image) > 0.05);
    QCOMPARE(pie->chart()->geometry(), before); // the window's chart is as it was
}

void TestChartOutput::saveSvg_lineChart_svgDocumentWithTitle() {
    const auto chart = billLines();
    const QString path = m_dir.filePath(QStringLiteral("bills.svg"));
    QString error;
    QVERIFY2(charts::saveChartSvg(chart.get(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("</svg>"));
    QVERIFY(svg.contains("Monthly bills by account"));
    QVERIFY(svg.contains("viewBox=\"0 0 900 520\""));
}

void TestChartOutput::save_unwritablePath_errorAndNoFile() {
    const auto chart = usersLines();
    // A path under a regular file can be written by no one, root included.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (const QString &path :
         {QString(blocker + QStringLiteral("/chart.png")), m_dir.filePath(QStringLiteral("missing/c.svg"))}) {
        QString error;
        const bool ok = path.endsWith(QLatin1String(".png")) ? charts::saveChartPng(chart.get(), path, &error)
                                                             : charts::saveChartSvg(chart.get(), path, &error);
        QVERIFY(!ok);
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }
    // Nothing half-written next to the target either.
    QCOMPARE(
        QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral("chart")),
        QStringList());
}

void TestChartOutput::printChart_pdfPrinter_pdfWithTitle() {
    const auto chart = usersLines();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(QStringLiteral("print.pdf"));
    printer.setOutputFileName(pdf);
    QString error;
    QVERIFY2(charts::printChart(chart.get(), &printer, QStringLiteral("Charges July 2025 to June 2026"), &error),
             qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    QCOMPARE(text.exitCode(), 0);
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Charges July 2025 to June 2026")), qPrintable(content));
    QVERIFY(content.contains(chart->chargeSeries().front().label)); // the chart, as text, not a bitmap

    QPrinter broken(QPrinter::HighResolution);
    broken.setOutputFormat(QPrinter::PdfFormat);
    broken.setOutputFileName(m_dir.filePath(QStringLiteral("not-a-folder/x.pdf")));
    QVERIFY(!charts::printChart(chart.get(), &broken, QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
}

void TestChartOutput::actions_seams_saveAndPrintWithoutDialogs() {
    const auto chart = billLines();
    auto *actions = new charts::ChartOutputActions(chart.get(), QStringLiteral("Bills: 2025/26"));
    QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(chart->actions().contains(actions->savePngAction()));
    QVERIFY(chart->actions().contains(actions->printAction()));
    QString suggested;
    QString answer = m_dir.filePath(QStringLiteral("from-menu.svg"));
    actions->setPathChooser([&](const QString &, const QString &, const QString &name) {
        suggested = name;
        return answer;
    });
    actions->setShowErrors(false);
    QSignalSpy saved(actions, &charts::ChartOutputActions::saved);
    QSignalSpy failed(actions, &charts::ChartOutputActions::failed);
    actions->saveSvgAction()->trigger();
    QCOMPARE(suggested, QStringLiteral("Bills_ 2025_26.svg")); // no path separators in a file name
    QCOMPARE(saved.count(), 1);
    QVERIFY(QFile::exists(answer));

    answer = m_dir.filePath(QStringLiteral("not-a-folder/x.png"));
    actions->savePngAction()->trigger();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(answer));

    answer.clear(); // cancelled: nothing happens
    actions->savePngAction()->trigger();
    QCOMPARE(saved.count() + failed.count(), 2);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("menu.pdf")));
    actions->setPrinter(&printer);
    QSignalSpy printed(actions, &charts::ChartOutputActions::printed);
    actions->printAction()->trigger();
    QCOMPARE(printed.count(), 1);
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 1000);
}

void TestChartOutput::gallery_issueFourCharts_drawnAndKept() {
    const QString keep = qEnvironmentVariable("CORPCARE_CHART_PNGS");
    const QString folder = keep.isEmpty() ? m_dir.path() : keep;
    QVERIFY(QDir().mkpath(folder));
    const auto pie = periodPie();
    const auto users = usersLines();
    const auto bills = billLines();
    const std::pair<QChartView *, QString> charts[] = {{pie.get(), QStringLiteral("charts-pie-period.png")},
                                                       {users.get(), QStringLiteral("charts-users-12-months.png")},
                                                       {bills.get(), QStringLiteral("charts-bills-4-accounts.png")}};
    for (const auto &[view, name] : charts) {
        QString error;
        const QString path = QDir(folder).filePath(name);
        QVERIFY2(charts::saveChartPng(view, path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), view->size());
        QVERIFY(inkShare(image) > 0.05);
    }
    // A hovered slice: its amount and share written by it, the slice pulled out.
    emit pie->series()->slices().at(1)->hovered(true);
    QString error;
    QVERIFY(charts::saveChartPng(pie.get(), QDir(folder).filePath(QStringLiteral("charts-pie-hovered.png")), &error));
    QVERIFY(charts::saveChartPng(bills.get(), QDir(folder).filePath(QStringLiteral("charts-bills-large.png")), &error,
                                 QSize(1600, 900)));
    // By day: a month of daily charges of two users.
    QList<domain::BillItem> daily;
    testdata::Amounts amounts(3);
    for (int day = 0; day < 31; ++day) {
        for (int user = 1; user <= 2; ++user) {
            daily.append(testdata::item(QStringLiteral("%1-%2").arg(day).arg(user), user,
                                        QDate(2026, 3, 1).addDays(day), amounts.next(40'000)));
        }
    }
    charts::SeriesLineChart days;
    days.setSeries(domain::serviceUserChargeSeries(daily, {QStringLiteral("1"), QStringLiteral("2")}, QDate(2026, 3, 1),
                                                   QDate(2026, 4, 1), domain::SeriesBucket::Day),
                   domain::SeriesBucket::Day, QStringLiteral("Charges by day, March 2026"));
    days.resize(900, 520);
    QCOMPARE(days.dateAxis()->tickCount(), 11); // every third day: 30 intervals / 3
    QVERIFY(charts::saveChartPng(&days, QDir(folder).filePath(QStringLiteral("charts-users-by-day.png")), &error));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QDir(folder).filePath(QStringLiteral("charts-users-printed.pdf")));
    QVERIFY(
        charts::printChart(users.get(), &printer, QStringLiteral("Charges of three service users, a year"), &error));
}

QTEST_MAIN(TestChartOutput)
#include "tst_chart_output.moc"
