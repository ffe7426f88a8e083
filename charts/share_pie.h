#pragma once

#include "domain/bill_report.h"
#include "domain/charge_shares.h"

#include <QtCharts/QChartView>

#include <vector>

QT_BEGIN_NAMESPACE
class QLocale;
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

// The slices of a share pie: the largest users up to `maxSlices - 1`, and every smaller one together as
// "Others" (so a pie of 35,000 lines stays readable). `shares` are largest first; the slices add up to
// their total, amounts and basis points alike.
std::vector<PieSlice> shareSlices(const std::vector<domain::BillShare> &shares, const QString &currency, int maxSlices);
std::vector<PieSlice> shareSlices(const domain::BillReport &report, int maxSlices);
std::vector<PieSlice> shareSlices(const domain::ChargeShares &report, int maxSlices);

// "+7 916 000-00-01: 1 234,50 ₽, 12,34 %": what hovering a slice shows.
QString sliceDetail(const PieSlice &slice, const QLocale &locale);

// Service users' shares in a bill or in the charges of a period, as a pie. Hovering a slice shows its
// amount and share; clicking a user's slice asks to open that user.
class SharePieChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxSlices = 9;

    explicit SharePieChart(QWidget *parent = nullptr);
    void setReport(const domain::BillReport &report);
    void setReport(const domain::ChargeShares &report);
    const std::vector<PieSlice> &slices() const { return m_slices; }
    QPieSeries *series() const { return m_series; }
    QString hoverText() const { return m_hoverText; } // the hovered slice's detail; empty when none

signals:
    void serviceUserActivated(const QString &productId);

private:
    void showSlices(const QString &title, std::vector<PieSlice> slices);

    std::vector<PieSlice> m_slices;
    QPieSeries *m_series;
    QString m_hoverText;
};

} // namespace corpcare::charts
