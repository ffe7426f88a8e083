#include "charts/share_pie.h"

#include "models/bill_shares_model.h"
#include "models/money_format.h"

#include <QLocale>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

namespace corpcare::charts {

std::vector<PieSlice> shareSlices(const domain::BillReport &report, int maxSlices) {
    std::vector<PieSlice> out;
    const auto &shares = report.shares(); // largest first
    const QString currency = report.totalTaxIncluded().currency();
    const size_t shown = shares.size() <= size_t(maxSlices) ? shares.size() : size_t(qMax(0, maxSlices - 1));
    for (size_t i = 0; i < shown; ++i) {
        out.push_back({shares[i].product.id, shares[i].product.name, shares[i].taxIncluded, shares[i].basisPoints});
    }
    if (shown < shares.size()) {
        PieSlice others{QString(), QObject::tr("Others (%n)", nullptr, int(shares.size() - shown)),
                        domain::Money(0, currency), 0};
        for (size_t i = shown; i < shares.size(); ++i) {
            others.amount += shares[i].taxIncluded;
            others.basisPoints += shares[i].basisPoints;
        }
        out.push_back(others);
    }
    return out;
}

SharePieChart::SharePieChart(QWidget *parent) : QChartView(parent), m_series(new QPieSeries(this)) {
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->legend()->setAlignment(Qt::AlignRight); // one entry a line: nine numbers do not fit side by side
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Shares of the bill, as a pie"));
    setMinimumSize(380, 420);
}

void SharePieChart::setReport(const domain::BillReport &report) {
    m_series->clear();
    m_slices = shareSlices(report, kMaxSlices);
    const QLocale locale;
    chart()->setTitle(tr("Shares of %1").arg(models::formatMoney(report.totalTaxIncluded(), locale)));
    for (const PieSlice &slice : m_slices) {
        // The pie's geometry needs a number; the amounts shown stay exact (formatted from minor units).
        auto *pie = m_series->append(slice.label, double(slice.amount.minor()));
        const QString detail = QStringLiteral("%1: %2, %3")
                                   .arg(slice.label, models::formatMoney(slice.amount, locale),
                                        models::BillSharesModel::percentText(slice.basisPoints, locale));
        connect(pie, &QPieSlice::hovered, pie, [pie, detail, slice](bool on) {
            pie->setExploded(on);
            pie->setLabel(on ? detail : slice.label);
            pie->setLabelVisible(on);
        });
        const QString productId = slice.productId;
        if (!productId.isEmpty()) {
            connect(pie, &QPieSlice::clicked, this, [this, productId] { emit serviceUserActivated(productId); });
        }
    }
}

} // namespace corpcare::charts
