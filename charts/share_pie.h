#pragma once

#include "domain/bill_report.h"

#include <QtCharts/QChartView>

#include <vector>

QT_BEGIN_NAMESPACE
class QPieSlice;
class QPieSeries;
QT_END_NAMESPACE

namespace corpcare::charts {

// One slice of a share pie: a service user, or "Others" for the rest.
struct PieSlice {
    QString productId; // empty for "Others"
    QString label;
    domain::Money amount;
    int basisPoints = 0;
};

// The slices of a bill's share pie: the largest users up to `maxSlices - 1`, and every smaller one
// together as "Others" (so a pie of 35,000 lines stays readable). The slices add up to the bill.
std::vector<PieSlice> shareSlices(const domain::BillReport &report, int maxSlices);

// Service users' shares in a bill, as a pie (issue 4's first chart). Hovering a slice shows its amount
// and share; clicking a user's slice asks to open that user.
class SharePieChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxSlices = 9;

    explicit SharePieChart(QWidget *parent = nullptr);
    void setReport(const domain::BillReport &report);
    const std::vector<PieSlice> &slices() const { return m_slices; }
    QPieSeries *series() const { return m_series; }

signals:
    void serviceUserActivated(const QString &productId);

private:
    std::vector<PieSlice> m_slices;
    QPieSeries *m_series;
};

} // namespace corpcare::charts
