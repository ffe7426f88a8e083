#include "views/finance/bill_window.h"

#include "charts/chart_output.h"
#include "charts/share_pie.h"
#include "models/bill_items_model.h"
#include "models/bill_shares_model.h"
#include "models/bills_model.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "views/common/table_view.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
QString periodText(const domain::Bill &bill, const QLocale &locale) {
    return locale.toString(bill.periodStart, QLocale::LongFormat) + QStringLiteral(" – ") +
           locale.toString(bill.periodEnd.addDays(-1), QLocale::LongFormat);
}
} // namespace

BillWindow::BillWindow(const domain::Bill &bill, const QString &companyName, QWidget *parent)
    : QDialog(parent), m_bill(bill), m_companyName(companyName), m_tabs(new QTabWidget(this)),
      m_model(new models::BillSharesModel(this)), m_status(new QLabel(this)),
      m_retry(new QPushButton(tr("&Retry"), this)), m_totals(new QLabel(this)),
      m_lines(new models::BillItemsModel(this)), m_linesFilter(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("billWindow"));
    setWindowTitle(tr("Bill %1").arg(bill.billNo));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto add = [this, form](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(label, field);
    };
    add(tr("Billing account"), bill.billingAccount.name);
    add(tr("Period"), periodText(bill, locale));
    add(tr("Amount"),
        tr("%1 without tax, %2 with tax")
            .arg(models::formatMoney(bill.taxExcluded, locale), models::formatMoney(bill.taxIncluded, locale)));
    add(tr("State"), tr("%1; %2 remaining, due %3")
                         .arg(models::BillsModel::stateText(bill.state), models::formatMoney(bill.remaining, locale),
                              locale.toString(bill.paymentDueDate, QLocale::ShortFormat)));
    layout->addLayout(form);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);
    m_status->setWordWrap(true);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_status->setText(tr("Loading the itemization…"));
        emit retryRequested();
    });
    m_tabs->addTab(makeSharesPage(), tr("&Shares"));
    m_tabs->addTab(makeLinesPage(), tr("&Lines"));
    layout->addWidget(m_tabs, 1);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_status->setText(tr("Loading the itemization…"));
    resize(1200, 750);
}

QWidget *BillWindow::makeSharesPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_table = new TableView(QStringLiteral("billShares"), page);
    m_table->setAccessibleName(tr("Shares of the bill"));
    auto *sorted = new QSortFilterProxyModel(this); // hundreds to tens of thousands of rows: the proxy may sort
    sorted->setSourceModel(m_model);
    sorted->setSortRole(models::RawValueRole);
    m_table->setModel(sorted);
    m_pie = new charts::SharePieChart(page);
    new charts::ChartOutputActions(m_pie, tr("Shares of bill %1").arg(m_bill.billNo));
    layout->addWidget(new QLabel(tr("Each service user's share (Enter shows the user's lines)"), page));
    auto *split = new QSplitter(page);
    split->addWidget(m_table);
    split->addWidget(m_pie);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_pie, &charts::SharePieChart::serviceUserActivated, this, &BillWindow::serviceUserActivated);
    connect(m_table, &TableView::exported, this, [this](const QString &path, const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path) : tr("The export failed: %1").arg(error));
    });
    connect(m_table, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { showLinesOf(index.data(models::IdRole).toString()); });
    return page;
}

QWidget *BillWindow::makeLinesPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_linesOf = new QLabel(page);
    m_allLines = new QPushButton(tr("Show &all lines"), page);
    m_openUser = new QPushButton(tr("&Open service user"), page);
    bar->addWidget(m_linesOf, 1);
    bar->addWidget(m_allLines);
    bar->addWidget(m_openUser);
    layout->addLayout(bar);
    m_linesFilter->setSourceModel(m_lines);
    m_linesFilter->setSortRole(models::RawValueRole);
    m_linesFilter->setFilterKeyColumn(models::BillItemsModel::ServiceUser);
    m_linesTable = new TableView(QStringLiteral("billLines"), page);
    m_linesTable->setAccessibleName(tr("Lines of the bill"));
    m_linesTable->setModel(m_linesFilter);
    layout->addWidget(m_linesTable, 1);
    connect(m_allLines, &QPushButton::clicked, this, [this] { showLinesOf({}); });
    connect(m_openUser, &QPushButton::clicked, this, [this] {
        if (!m_linesUser.isEmpty()) {
            emit serviceUserActivated(m_linesUser);
        }
    });
    connect(m_linesTable, &TableView::exported, this, [this](const QString &path, const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Exported to %1").arg(path) : tr("The export failed: %1").arg(error));
    });
    showLinesOf({});
    return page;
}

void BillWindow::showLinesOf(const QString &productId) {
    m_linesUser = productId;
    QString number;
    for (const domain::BillShare &share : m_report.shares()) {
        if (share.product.id == productId) {
            number = share.product.name;
        }
    }
    // The lines name their user by number: match it whole, so that one number never shows another's.
    m_linesFilter->setFilterRegularExpression(
        productId.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(number) + QLatin1Char('$')));
    m_linesOf->setText(productId.isEmpty() ? tr("All lines of the bill") : tr("Lines of %1").arg(number));
    m_allLines->setEnabled(!productId.isEmpty());
    m_openUser->setEnabled(!productId.isEmpty());
    setPrintHeaders();
    if (!productId.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        m_linesTable->setFocus();
    }
}

void BillWindow::setProgress(qint64 loaded, qint64 total) {
    m_status->setText(tr("Loading the itemization: %1 of %2 lines").arg(loaded).arg(total));
}

void BillWindow::setReport(const domain::BillReport &report, const QList<domain::BillItem> &items) {
    m_report = report;
    m_model->setReport(report);
    m_pie->setReport(report);
    m_table->fitColumnsUnlessSaved();
    m_lines->clear();
    m_lines->setBillNumbers({{m_bill.id, m_bill.billNo}});
    m_lines->append(items);
    const QLocale locale;
    m_status->setText(report.reconciles()
                          ? tr("%Ln line(s) of itemization, %1 service user(s).", nullptr, int(report.lineCount()))
                                .arg(report.shares().size())
                          : tr("The itemization does not add up to the bill: %1").arg(report.reconciliationProblem()));
    m_totals->setText(tr("Total: %1 without tax, %2 with tax")
                          .arg(models::formatMoney(report.totalTaxExcluded(), locale),
                               models::formatMoney(report.totalTaxIncluded(), locale)));
    setPrintHeaders();
}

void BillWindow::setPrintHeaders() {
    const QLocale locale;
    const QList<exports::ReportField> fields{{tr("Company"), m_companyName},
                                             {tr("Billing account"), m_bill.billingAccount.name},
                                             {tr("Period"), periodText(m_bill, locale)},
                                             {tr("Bill date"), locale.toString(m_bill.billDate, QLocale::LongFormat)}};
    const QList<exports::ReportTotal> totals{{tr("Total without tax"), m_report.totalTaxExcluded()},
                                             {tr("Total with tax"), m_report.totalTaxIncluded()}};
    m_table->setPrintHeader(tr("Bill %1: each service user's share").arg(m_bill.billNo), fields, totals);
    // The lines print what they show: one user's lines total that user's share, not the bill.
    for (const domain::BillShare &share : m_report.shares()) {
        if (!m_linesUser.isEmpty() && share.product.id == m_linesUser) {
            m_linesTable->setPrintHeader(
                tr("Bill %1: lines of %2").arg(m_bill.billNo, share.product.name), fields,
                {{tr("Total without tax"), share.taxExcluded}, {tr("Total with tax"), share.taxIncluded}});
            return;
        }
    }
    m_linesTable->setPrintHeader(tr("Bill %1: itemization").arg(m_bill.billNo), fields, totals);
}

QPushButton *BillWindow::retryButton() const {
    return m_retry;
}

void BillWindow::showError(const QString &message) {
    m_status->setText(tr("The itemization could not be loaded: %1").arg(message));
    m_retry->show();
}

} // namespace corpcare::views
