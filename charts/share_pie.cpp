#include "charts/share_pie.h"

#include "models/bill_shares_model.h"
#include "models/money_format.h"

#include <QColor>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

namespace corpcare::charts {

std::vector<PieSlice> shareSlices(const std::vector<domain::BillShare> &shares, const QString &currency,
                                  int maxSlices) {
    std::vector<PieSlice> out;
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

std::vector<PieSlice> shareSlices(const domain::BillReport &report, int maxSlices) {
    return shareSlices(report.shares(), report.totalTaxIncluded().currency(), maxSlices);
}

std::vector<PieSlice> shareSlices(const domain::ChargeShares &report, int maxSlices) {
    return shareSlices(report.shares(), report.totalTaxIncluded().currency(), maxSlices);
}

QString sliceDetail(const PieSlice &slice, const QLocale &locale) {
    return QStringLiteral("%1: %2, %3")
        .arg(slice.label, models::formatMoney(slice.amount, locale),
             models::BillSharesModel::percentText(slice.basisPoints, locale));
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
    showSlices(tr("Shares of %1").arg(models::formatMoney(report.totalTaxIncluded(), QLocale())),
               shareSlices(report, kMaxSlices));
}

void SharePieChart::setReport(const domain::ChargeShares &report) {
    const QLocale locale;
    const QString total = models::formatMoney(report.totalTaxIncluded(), locale);
    // The period is [start, end): the day shown last is the one before end.
    const QString title = report.periodStart().isValid() && report.periodEnd().isValid()
                              ? tr("Shares of %1, %2 – %3")
                                    .arg(total, locale.toString(report.periodStart(), QLocale::ShortFormat),
                                         locale.toString(report.periodEnd().addDays(-1), QLocale::ShortFormat))
                              : tr("Shares of %1").arg(total);
    showSlices(title, shareSlices(report, kMaxSlices));
}

void SharePieChart::showSlices(const QString &title, std::vector<PieSlice> slices) {
    // Distinct hues, not the theme's light-to-dark ramp: its first (largest) slice is nearly white, and
    // neighbours of one ramp are hard to tell apart in the legend.
    static const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                      QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                      QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    m_series->clear();
    m_hoverText.clear();
    m_slices = std::move(slices);
    const QLocale locale;
    chart()->setTitle(title);
    size_t colour = 0;
    for (const PieSlice &slice : m_slices) {
        // The legend names each slice with its share: thin slices are read there, not on the pie.
        const QString label =
            QStringLiteral("%1  %2").arg(slice.label, models::BillSharesModel::percentText(slice.basisPoints, locale));
        // The pie's geometry needs a number; the amounts shown stay exact (formatted from minor units).
        auto *pie = m_series->append(label, double(slice.amount.minor()));
        pie->setBorderColor(Qt::white);
        const QString detail = sliceDetail(slice, locale);
        // The slice's own label stays as it is: it is also the legend's text, and a longer one on hover
        // would push the pie aside. The amount goes into a tool tip.
        connect(pie, &QPieSlice::hovered, this, [this, pie, detail](bool on) {
            pie->setExploded(on);
            pie->setLabelVisible(on);
            m_hoverText = on ? detail : QString();
            if (on) {
                QToolTip::showText(QCursor::pos(), detail, this);
            } else {
                QToolTip::hideText();
            }
        });
        const QString productId = slice.productId;
        if (productId.isEmpty()) {
            pie->setColor(QColor(0xBD, 0xBD, 0xBD)); // "Others" is no one: neutral grey
        } else {
            pie->setColor(kPalette[colour++ % std::size(kPalette)]);
            connect(pie, &QPieSlice::clicked, this, [this, productId] { emit serviceUserActivated(productId); });
        }
    }
}

} // namespace corpcare::charts
