// The line chart draws the series it is given: the same points, money on the axis, clicks open the source.
#include "charge_data.h"
#include "charts/series_line_chart.h"
#include "models/money_format.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

using namespace corpcare;

class TestSeriesLineChart : public QObject {
    Q_OBJECT

private slots:
    void moneyTicks_ranges_roundStepsCoveringZeroAndMax();
    void axisMoneyText_wholeUnits_noCents();
    void chart_userSeries_pointsEqualSeries();
    void chart_billSeries_clickOpensTheBill();
    void chart_hover_showsLabelDateAndMoney();
    void chart_moneyAxis_labelsInLocaleFormatAboveMax();
    void chart_fiftyUsersTwelveMonths_drawsAll();
    void chart_onePoint_betweenItsNeighbours();
};

void TestSeriesLineChart::moneyTicks_ranges_roundStepsCoveringZeroAndMax() {
    const auto check = [](qint64 low, qint64 high) {
        const auto ticks = charts::moneyTicks(low, high);
        QVERIFY(ticks.size() >= 2 && ticks.size() <= 8);
        QVERIFY(ticks.front() <= qMin<qint64>(0, low));
        QVERIFY(ticks.back() >= high);
        QVERIFY(std::find(ticks.begin(), ticks.end(), 0) != ticks.end());
        const qint64 step = ticks[1] - ticks[0];
        for (size_t i = 1; i < ticks.size(); ++i) {
            QCOMPARE(ticks[i] - ticks[i - 1], step);
        }
        qint64 mantissa = step;
        while (mantissa % 10 == 0) {
            mantissa /= 10;
        }
        QVERIFY(mantissa == 1 || mantissa == 2 || mantissa == 5);
    };
    check(0, 0);
    check(0, 1);
    check(0, 987'654);
    check(0, 1'000'000);
    check(-12'345, 700'000);
    check(0, 999'999'999'999'999);
    QCOMPARE(charts::moneyTicks(0, 1'000'000), (std::vector<qint64>{0, 200'000, 400'000, 600'000, 800'000, 1'000'000}));
}

void TestSeriesLineChart::axisMoneyText_wholeUnits_noCents() {
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QCOMPARE(charts::axisMoneyText(1'200'000, testdata::rub(), russian),
             QStringLiteral("12") + russian.groupSeparator() + QStringLiteral("000") + QChar(0x00A0) +
                 QStringLiteral("₽"));
    QCOMPARE(charts::axisMoneyText(1'234, testdata::rub(), russian),
             models::formatMoney(domain::Money(1'234, testdata::rub()), russian));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(charts::axisMoneyText(100'000'00, QStringLiteral("USD"), english), QStringLiteral("$100,000"));
}

void TestSeriesLineChart::chart_userSeries_pointsEqualSeries() {
    const QDate first(2025, 7, 1);
    const auto items = testdata::yearOfCharges(20, 12, first);
    const auto series = domain::serviceUserChargeSeries(
        items, {QStringLiteral("3"), QStringLiteral("11"), QStringLiteral("17")}, first, first.addMonths(12));
    charts::SeriesLineChart chart;
    chart.setSeries(series, domain::SeriesBucket::Month, QStringLiteral("Charges"));
    QCOMPARE(chart.lines().size(), 3);
    for (qsizetype s = 0; s < 3; ++s) {
        const auto &data = series[size_t(s)];
        const QLineSeries *line = chart.lines().at(s);
        QCOMPARE(line->name(), data.label);
        QCOMPARE(line->count(), qsizetype(data.points.size()));
        for (qsizetype p = 0; p < line->count(); ++p) {
            const auto &point = data.points[size_t(p)];
            QCOMPARE(line->at(p).x(), charts::SeriesLineChart::xOf(point.bucket, domain::SeriesBucket::Month));
            QCOMPARE(qint64(line->at(p).y()), point.amount.minor());
            // The x of a month is inside that month, so its axis label names it.
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(line->at(p).x())).date().month(), point.bucket.month());
        }
    }
    QCOMPARE(chart.dateAxis()->tickCount(), 12);
    QCOMPARE(chart.dateAxis()->min().toMSecsSinceEpoch(),
             qint64(charts::SeriesLineChart::xOf(first, domain::SeriesBucket::Month)));
    QVERIFY(chart.chart()->legend()->isVisible());

    chart.setSeries({}, domain::SeriesBucket::Month, QString()); // cleared, not left over
    QVERIFY(chart.chart()->series().isEmpty());
    QVERIFY(chart.lines().isEmpty());
}

void TestSeriesLineChart::chart_billSeries_clickOpensTheBill() {
    const QDate first(2025, 7, 1);
    const auto series = domain::monthlyBillSeries(testdata::monthlyBills(4, 12, first));
    charts::SeriesLineChart chart;
    chart.setSeries(series, domain::SeriesBucket::Month, QStringLiteral("Bills"));
    QSignalSpy activated(&chart, &charts::SeriesLineChart::pointActivated);
    // A click lands near a point, not exactly on it.
    const QPointF near(charts::SeriesLineChart::xOf(first.addMonths(4), domain::SeriesBucket::Month) + 3e8, 0);
    emit chart.lines().at(2)->clicked(near);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), series[2].id);
    QCOMPARE(activated.first().at(1).toString(), series[2].points[4].sourceId);
    QCOMPARE(activated.first().at(2).toDate(), first.addMonths(4));
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("B3-4"));
}

void TestSeriesLineChart::chart_hover_showsLabelDateAndMoney() {
    const QDate first(2026, 1, 1);
    const auto series =
        domain::serviceUserChargeSeries({testdata::item(QStringLiteral("1"), 5, QDate(2026, 2, 1), 123'456)},
                                        {QStringLiteral("5")}, first, first.addMonths(3));
    charts::SeriesLineChart chart;
    chart.setSeries(series, domain::SeriesBucket::Month, QString());
    const QPointF onFebruary(charts::SeriesLineChart::xOf(QDate(2026, 2, 1), domain::SeriesBucket::Month), 1.0);
    emit chart.lines().first()->hovered(onFebruary, true);
    const QLocale locale;
    QVERIFY(chart.hoverText().contains(series[0].label));
    QVERIFY(chart.hoverText().contains(locale.standaloneMonthName(2) + QStringLiteral(" 2026")));
    QVERIFY(!chart.hoverText().contains(QStringLiteral("LLLL"))); // Qt 6.4 has no such format
    QVERIFY(chart.hoverText().contains(models::formatMoney(domain::Money(148'147, testdata::rub()), locale)));
    emit chart.lines().first()->hovered(onFebruary, false);
    QVERIFY(chart.hoverText().isEmpty());
}

void TestSeriesLineChart::chart_moneyAxis_labelsInLocaleFormatAboveMax() {
    const auto series = domain::monthlyBillSeries(testdata::monthlyBills(4, 12, QDate(2025, 7, 1)));
    qint64 high = 0;
    for (const auto &line : series) {
        for (const auto &point : line.points) {
            high = qMax(high, point.amount.minor());
        }
    }
    charts::SeriesLineChart chart;
    chart.setSeries(series, domain::SeriesBucket::Month, QString());
    const QStringList labels = chart.moneyAxis()->categoriesLabels();
    const auto ticks = charts::moneyTicks(0, high);
    QCOMPARE(labels.size(), qsizetype(ticks.size()));
    for (size_t i = 0; i < ticks.size(); ++i) {
        QCOMPARE(labels.at(qsizetype(i)), charts::axisMoneyText(ticks[i], testdata::rub(), QLocale()));
        QCOMPARE(chart.moneyAxis()->endValue(labels.at(qsizetype(i))), double(ticks[i]));
    }
    QVERIFY(chart.moneyAxis()->max() >= double(high));
    QCOMPARE(chart.moneyAxis()->min(), 0.0);
}

void TestSeriesLineChart::chart_fiftyUsersTwelveMonths_drawsAll() {
    const QDate first(2025, 7, 1);
    const auto items = testdata::yearOfCharges(50, 12, first);
    QStringList all;
    for (int user = 1; user <= 50; ++user) {
        all.append(QString::number(user));
    }
    const auto series = domain::serviceUserChargeSeries(items, all, first, first.addMonths(12));
    charts::SeriesLineChart chart;
    chart.resize(900, 600);
    QElapsedTimer timer;
    timer.start();
    chart.setSeries(series, domain::SeriesBucket::Month, QStringLiteral("All"));
    const QPixmap drawn = chart.grab();
    qInfo("SeriesLineChart: 50 series x 12 points set and drawn in %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(!drawn.isNull());
    qsizetype points = 0;
    for (const QLineSeries *line : chart.lines()) {
        points += line->count();
    }
    QCOMPARE(points, 50 * 12);
}

void TestSeriesLineChart::chart_onePoint_betweenItsNeighbours() {
    const auto series = domain::monthlyBillSeries(testdata::monthlyBills(1, 1, QDate(2026, 3, 1)));
    charts::SeriesLineChart chart;
    chart.setSeries(series, domain::SeriesBucket::Month, QString());
    QCOMPARE(chart.dateAxis()->tickCount(), 3);
    QCOMPARE(chart.dateAxis()->min().date().month(), 2);
    QCOMPARE(chart.dateAxis()->max().date().month(), 4);
    const qint64 middle =
        (chart.dateAxis()->min().toMSecsSinceEpoch() + chart.dateAxis()->max().toMSecsSinceEpoch()) / 2;
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(middle).date().month(), 3); // the middle tick names March
    QVERIFY(chart.moneyAxis()->max() >= double(series[0].points[0].amount.minor()));
}

QTEST_MAIN(TestSeriesLineChart)
#include "tst_series_line_chart.moc"
