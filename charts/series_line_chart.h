#pragma once

#include "domain/charge_series.h"

#include <QtCharts/QChartView>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QLocale;
QT_END_NAMESPACE

namespace corpcare::charts {

// Value axis ticks for amounts in [minMinor, maxMinor]: 0 and round steps (1, 2 or 5 × 10^k minor
// units), at most about `maxTicks` of them, covering the whole range. Integer arithmetic throughout.
std::vector<qint64> moneyTicks(qint64 minMinor, qint64 maxMinor, int maxTicks = 6);

// An axis label: the locale's money format, without the cents when they are zero ("12 000 ₽").
QString axisMoneyText(qint64 minor, const QString &currency, const QLocale &locale);

// Series over time as lines: a service user's charges by month, an account's bills by month (issue 4).
// The x axis is dates by month or day, the y axis money in the locale's format; hovering a point shows
// the series, the date and the amount; clicking a point asks to open what it came from.
class SeriesLineChart : public QChartView {
    Q_OBJECT
public:
    static constexpr size_t kLegendBelowAtMost = 5;
    explicit SeriesLineChart(QWidget *parent = nullptr);

    void setSeries(std::vector<domain::ChargeSeries> series, domain::SeriesBucket unit, const QString &title);

    const std::vector<domain::ChargeSeries> &chargeSeries() const { return m_series; }
    const QList<QLineSeries *> &lines() const { return m_lines; } // one per ChargeSeries, same order
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QCategoryAxis *moneyAxis() const { return m_moneyAxis; }
    domain::SeriesBucket bucketUnit() const { return m_unit; }

    // Where a bucket is drawn: the middle of its month (so evenly spaced month ticks always fall in
    // the month they name) or noon of its day, in milliseconds since the epoch.
    static qreal xOf(const QDate &bucket, domain::SeriesBucket unit);
    // The point of series `seriesIndex` nearest to `value` (chart coordinates), if the series has points.
    std::optional<size_t> pointNear(qsizetype seriesIndex, const QPointF &value) const;
    // "+7 916 000-00-01, March 2026: 1 234,50 ₽": what hovering a point shows.
    QString pointText(qsizetype seriesIndex, size_t pointIndex) const;
    QString hoverText() const { return m_hoverText; } // the text shown now; empty when nothing is hovered

signals:
    // seriesId: the product id or billing account id; sourceId: the bill of a bill point (else empty).
    void pointActivated(const QString &seriesId, const QString &sourceId, const QDate &bucket);

private:
    void hover(qsizetype seriesIndex, const QPointF &value, bool on);
    void activate(qsizetype seriesIndex, const QPointF &value);
    void rebuildAxes();

    std::vector<domain::ChargeSeries> m_series;
    QList<QLineSeries *> m_lines;
    domain::SeriesBucket m_unit = domain::SeriesBucket::Month;
    QDateTimeAxis *m_dateAxis;
    QCategoryAxis *m_moneyAxis;
    QString m_hoverText;
};

} // namespace corpcare::charts
