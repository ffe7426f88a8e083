#include "charts/series_line_chart.h"

#include "models/money_format.h"

#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <cmath>

namespace corpcare::charts {

namespace {

constexpr int kMaxDateTicks = 13; // a year and one month read well; more labels overlap

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 ceilDiv(qint64 a, qint64 b) {
    return -floorDiv(-a, b);
}

// Ticks of a date axis over `buckets` evenly spaced points: one per point while they fit, else every
// k-th point for a k that divides the intervals; a prime count of intervals gets ticks between points
// (their labels still name the date under them, only not a point's).
constexpr qint64 kLongMonthLabelsAtMost = 6;

int dateTickCount(qint64 buckets) {
    const qint64 intervals = buckets - 1;
    for (qint64 every = 1; every < intervals; ++every) {
        const qint64 ticks = intervals / every + 1;
        if (intervals % every == 0 && ticks <= kMaxDateTicks) {
            return ticks >= 4 || every == 1 ? int(ticks) : 7;
        }
    }
    return int(qMin<qint64>(buckets, kMaxDateTicks));
}

} // namespace

std::vector<qint64> moneyTicks(qint64 minMinor, qint64 maxMinor, int maxTicks) {
    const qint64 lower = qMin<qint64>(0, minMinor); // amounts are read against zero
    qint64 upper = qMax<qint64>(0, maxMinor);
    if (upper == lower) {
        upper = lower + domain::Money::kMinorPerUnit;
    }
    const qint64 steps = qMax(1, maxTicks - 1);
    const qint64 rough = ceilDiv(upper - lower, steps);
    qint64 power = 1;
    while (power * 10 <= rough) {
        power *= 10;
    }
    qint64 step = power * 10;
    for (const qint64 factor : {1, 2, 5}) {
        if (power * factor >= rough) {
            step = power * factor;
            break;
        }
    }
    std::vector<qint64> ticks;
    for (qint64 tick = floorDiv(lower, step) * step; tick < upper + step; tick += step) {
        ticks.push_back(tick);
        if (tick >= upper) {
            break;
        }
    }
    return ticks;
}

QString axisMoneyText(qint64 minor, const QString &currency, const QLocale &locale) {
    QString text = models::formatMoney(domain::Money(minor, currency), locale);
    if (minor % domain::Money::kMinorPerUnit == 0) {
        // formatMoney writes the units, the decimal mark and exactly two digits: drop ",00" from an axis.
        const QString zeroCents = locale.decimalPoint() + QStringLiteral("00");
        const qsizetype at = text.lastIndexOf(zeroCents);
        if (at >= 0) {
            text.remove(at, zeroCents.size());
        }
    }
    return text;
}

SeriesLineChart::SeriesLineChart(QWidget *parent)
    : QChartView(parent), m_dateAxis(new QDateTimeAxis(this)), m_moneyAxis(new QCategoryAxis(this)) {
    auto *chart = new QChart;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_moneyAxis, Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4)); // room for the last date label's right half
    chart->setAnimationOptions(QChart::NoAnimation);
    m_moneyAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Amounts over time, as lines"));
    setMinimumSize(480, 360);
}

qreal SeriesLineChart::xOf(const QDate &bucket, domain::SeriesBucket unit) {
    const QDate day = unit == domain::SeriesBucket::Month ? QDate(bucket.year(), bucket.month(), 15) : bucket;
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

void SeriesLineChart::setSeries(std::vector<domain::ChargeSeries> series, domain::SeriesBucket unit,
                                const QString &title) {
    chart()->removeAllSeries(); // deletes the old lines
    m_lines.clear();
    m_hoverText.clear();
    m_series = std::move(series);
    m_unit = unit;
    chart()->setTitle(title);
    for (qsizetype index = 0; index < qsizetype(m_series.size()); ++index) {
        const domain::ChargeSeries &chargeLine = m_series[size_t(index)];
        auto *line = new QLineSeries;
        line->setName(chargeLine.label);
        line->setPointsVisible(true);
        QList<QPointF> points;
        points.reserve(qsizetype(chargeLine.points.size()));
        for (const domain::SeriesPoint &point : chargeLine.points) {
            // Drawing needs numbers; the minor units are exact as a double up to 2^53, and every text
            // shown is formatted from the Money itself.
            points.append({xOf(point.bucket, unit), double(point.amount.minor())});
        }
        line->replace(points);
        chart()->addSeries(line);
        line->attachAxis(m_dateAxis);
        line->attachAxis(m_moneyAxis);
        connect(line, &QLineSeries::hovered, this,
                [this, index](const QPointF &value, bool on) { hover(index, value, on); });
        connect(line, &QLineSeries::clicked, this, [this, index](const QPointF &value) { activate(index, value); });
        m_lines.append(line);
    }
    chart()->legend()->setVisible(!m_series.empty());
    // Below the plot a legend has room for a few names; a column beside it holds a dozen and more.
    chart()->legend()->setAlignment(m_series.size() > kLegendBelowAtMost ? Qt::AlignRight : Qt::AlignBottom);
    rebuildAxes();
}

void SeriesLineChart::rebuildAxes() {
    const QLocale locale;
    qint64 low = 0;
    qint64 high = 0;
    QDate first;
    QDate last;
    QString currency;
    for (const domain::ChargeSeries &chargeLine : m_series) {
        for (const domain::SeriesPoint &point : chargeLine.points) {
            low = qMin(low, point.amount.minor());
            high = qMax(high, point.amount.minor());
            first = first.isValid() ? qMin(first, point.bucket) : point.bucket;
            last = last.isValid() ? qMax(last, point.bucket) : point.bucket;
            if (currency.isEmpty()) {
                currency = point.amount.currency();
            }
        }
    }
    for (const QString &label : m_moneyAxis->categoriesLabels()) {
        m_moneyAxis->remove(label);
    }
    const std::vector<qint64> ticks = moneyTicks(low, high);
    m_moneyAxis->setStartValue(double(ticks.front()));
    for (const qint64 tick : ticks) {
        m_moneyAxis->append(axisMoneyText(tick, currency, locale), double(tick));
    }
    m_moneyAxis->setRange(double(ticks.front()), double(ticks.back()));

    const bool byMonth = m_unit == domain::SeriesBucket::Month;
    m_dateAxis->setFormat(byMonth ? QStringLiteral("MMM yyyy") : QStringLiteral("dd.MM"));
    if (!first.isValid()) {
        const QDate today = QDate::currentDate();
        m_dateAxis->setRange(QDateTime(today, QTime(0, 0)), QDateTime(today.addDays(1), QTime(0, 0)));
        m_dateAxis->setTickCount(2);
        return;
    }
    const qint64 buckets =
        byMonth ? qint64(last.year() - first.year()) * 12 + last.month() - first.month() + 1 : first.daysTo(last) + 1;
    if (buckets == 1) {
        // One point: from the bucket before to the one after, so the point is in the middle, under its
        // own label, and the ticks either side name their neighbours rather than repeating its name.
        const QDate before = byMonth ? first.addMonths(-1) : first.addDays(-1);
        m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(before, m_unit))),
                             QDateTime::fromMSecsSinceEpoch(qint64(xOf(domain::nextBucket(first, m_unit), m_unit))));
        m_dateAxis->setTickCount(3);
        return;
    }
    m_dateAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(first, m_unit))),
                         QDateTime::fromMSecsSinceEpoch(qint64(xOf(last, m_unit))));
    m_dateAxis->setTickCount(dateTickCount(buckets));
    if (byMonth && buckets > kLongMonthLabelsAtMost) {
        m_dateAxis->setFormat(QStringLiteral("MMM yy")); // a year of ticks: "Nov 25" fits, "Nov 2025" is cut
    }
}

std::optional<size_t> SeriesLineChart::pointNear(qsizetype seriesIndex, const QPointF &value) const {
    if (seriesIndex < 0 || seriesIndex >= qsizetype(m_series.size())) {
        return std::nullopt;
    }
    const auto &points = m_series[size_t(seriesIndex)].points;
    std::optional<size_t> best;
    qreal bestDistance = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const qreal distance = std::abs(xOf(points[i].bucket, m_unit) - value.x());
        if (!best || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString SeriesLineChart::pointText(qsizetype seriesIndex, size_t pointIndex) const {
    const domain::ChargeSeries &chargeLine = m_series.at(size_t(seriesIndex));
    const domain::SeriesPoint &point = chargeLine.points.at(pointIndex);
    const QLocale locale;
    const QString when =
        m_unit == domain::SeriesBucket::Month
            ? locale.standaloneMonthName(point.bucket.month()) + QLatin1Char(' ') + QString::number(point.bucket.year())
            : locale.toString(point.bucket, QLocale::ShortFormat);
    return QStringLiteral("%1, %2: %3").arg(chargeLine.label, when, models::formatMoney(point.amount, locale));
}

void SeriesLineChart::hover(qsizetype seriesIndex, const QPointF &value, bool on) {
    const std::optional<size_t> point = on ? pointNear(seriesIndex, value) : std::nullopt;
    m_hoverText = point ? pointText(seriesIndex, *point) : QString();
    if (m_hoverText.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), m_hoverText, this);
    }
}

void SeriesLineChart::activate(qsizetype seriesIndex, const QPointF &value) {
    const std::optional<size_t> point = pointNear(seriesIndex, value);
    if (!point) {
        return;
    }
    const domain::ChargeSeries &chargeLine = m_series[size_t(seriesIndex)];
    const domain::SeriesPoint &hit = chargeLine.points[*point];
    emit pointActivated(chargeLine.id, hit.sourceId, hit.bucket);
}

} // namespace corpcare::charts
