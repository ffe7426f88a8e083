#include "views/finance/finance_charts.h"

#include "charts/chart_output.h"
#include "charts/series_line_chart.h"
#include "charts/share_pie.h"
#include "domain/charge_series.h"
#include "domain/money_text.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace corpcare::views {

FinanceCharts::FinanceCharts(QWidget *parent)
    : QWidget(parent), m_bills(new charts::SeriesLineChart(this)), m_pie(new charts::SharePieChart(this)),
      m_users(new charts::SeriesLineChart(this)), m_userList(new QListWidget(this)), m_chargesStatus(new QLabel(this)) {
    auto *grid = new QGridLayout(this);
    m_userList->setAccessibleName(tr("Service users drawn in the line graph"));
    m_userList->setToolTip(tr("Tick the users whose charges the line graph draws"));
    auto *usersPane = new QWidget(this);
    auto *usersLayout = new QVBoxLayout(usersPane);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->addWidget(new QLabel(tr("Users to draw:"), usersPane));
    usersLayout->addWidget(m_userList, 1);
    grid->addWidget(m_chargesStatus, 0, 0, 1, 3);
    grid->addWidget(m_bills, 1, 0, 1, 2);
    grid->addWidget(m_pie, 1, 2);
    grid->addWidget(m_users, 2, 0, 1, 2);
    grid->addWidget(usersPane, 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    for (QWidget *chart :
         {static_cast<QWidget *>(m_bills), static_cast<QWidget *>(m_pie), static_cast<QWidget *>(m_users)}) {
        chart->setMinimumSize(320, 240);
    }
    new charts::ChartOutputActions(m_bills, tr("Monthly bill amounts"));
    new charts::ChartOutputActions(m_pie, tr("Shares in the charges of the period"));
    new charts::ChartOutputActions(m_users, tr("Charges by service user"));
    m_chargesStatus->hide();
    connect(m_bills, &charts::SeriesLineChart::pointActivated, this,
            [this](const QString &, const QString &billId, const QDate &) {
                if (!billId.isEmpty()) {
                    emit billIdActivated(billId);
                }
            });
    connect(m_users, &charts::SeriesLineChart::pointActivated, this,
            [this](const QString &productId, const QString &, const QDate &) { emit serviceUserActivated(productId); });
    connect(m_pie, &charts::SharePieChart::serviceUserActivated, this, &FinanceCharts::serviceUserActivated);
    connect(m_userList, &QListWidget::itemChanged, this, &FinanceCharts::drawUserLines);
}

void FinanceCharts::setBills(const QList<domain::Bill> &bills) {
    m_bills->setSeries(domain::monthlyBillSeries(bills), domain::SeriesBucket::Month, tr("Monthly bill amounts"));
}

void FinanceCharts::setLoading(const QString &message) {
    m_chargesStatus->setText(message);
    m_chargesStatus->setVisible(!message.isEmpty());
}

void FinanceCharts::setPeriodCharges(QList<domain::BillItem> items, const domain::Period &period) {
    const QStringList previous = chosenUsers();
    m_items = std::move(items);
    m_period = period;
    m_shares = domain::ChargeShares::compute(m_items, period.start, period.end);
    m_pie->setReport(m_shares);
    {
        const QSignalBlocker quiet(m_userList);
        m_userList->clear();
        const QLocale locale;
        int listed = 0;
        for (const domain::BillShare &share : m_shares.shares()) {
            if (listed == kListedUsers) {
                break;
            }
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(share.product.name, domain::formatMoney(share.taxIncluded, locale)), m_userList);
            item->setData(Qt::UserRole, share.product.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool chosen = previous.isEmpty() ? listed < kInitiallyChosen : previous.contains(share.product.id);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            ++listed;
        }
    }
    setLoading({});
    drawUserLines();
}

QStringList FinanceCharts::chosenUsers() const {
    QStringList chosen;
    for (int row = 0; row < m_userList->count(); ++row) {
        if (m_userList->item(row)->checkState() == Qt::Checked) {
            chosen.append(m_userList->item(row)->data(Qt::UserRole).toString());
        }
    }
    return chosen;
}

void FinanceCharts::chooseUsers(const QStringList &productIds) {
    {
        const QSignalBlocker quiet(m_userList);
        for (int row = 0; row < m_userList->count(); ++row) {
            QListWidgetItem *item = m_userList->item(row);
            item->setCheckState(productIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    drawUserLines();
}

void FinanceCharts::drawUserLines() {
    std::vector<domain::ChargeSeries> series =
        domain::serviceUserChargeSeries(m_items, chosenUsers(), m_period.start, m_period.end);
    for (domain::ChargeSeries &line : series) { // name the lines by number, as the pie does
        for (const domain::BillShare &share : m_shares.shares()) {
            if (share.product.id == line.id) {
                line.label = share.product.name;
            }
        }
    }
    m_users->setSeries(std::move(series), domain::SeriesBucket::Month, tr("Charges by service user"));
}

} // namespace corpcare::views
