#include "views/finance/bill_window.h"

#include "charts/share_pie.h"
#include "models/bill_shares_model.h"
#include "models/bills_model.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "views/common/table_view.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace corpcare::views {

BillWindow::BillWindow(const domain::Bill &bill, QWidget *parent)
    : QDialog(parent), m_model(new models::BillSharesModel(this)), m_status(new QLabel(this)),
      m_totals(new QLabel(this)), m_table(new TableView(QStringLiteral("billShares"), this)),
      m_pie(new charts::SharePieChart(this)) {
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
    add(tr("Period"), locale.toString(bill.periodStart, QLocale::LongFormat) + QStringLiteral(" – ") +
                          locale.toString(bill.periodEnd.addDays(-1), QLocale::LongFormat));
    add(tr("Amount"),
        tr("%1 without tax, %2 with tax")
            .arg(models::formatMoney(bill.taxExcluded, locale), models::formatMoney(bill.taxIncluded, locale)));
    add(tr("State"), tr("%1; %2 remaining, due %3")
                         .arg(models::BillsModel::stateText(bill.state), models::formatMoney(bill.remaining, locale),
                              locale.toString(bill.paymentDueDate, QLocale::ShortFormat)));
    layout->addLayout(form);
    m_table->setAccessibleName(tr("Shares of the bill"));
    auto *sorted = new QSortFilterProxyModel(this); // hundreds to tens of thousands of rows: the proxy may sort
    sorted->setSourceModel(m_model);
    sorted->setSortRole(models::RawValueRole);
    m_table->setModel(sorted);
    layout->addWidget(new QLabel(tr("Each service user's share"), this));
    layout->addWidget(m_status);
    auto *split = new QSplitter(this);
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
            [this](const QModelIndex &index) { emit serviceUserActivated(index.data(models::IdRole).toString()); });
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_status->setText(tr("Loading the itemization…"));
    resize(1200, 700);
}

void BillWindow::setProgress(qint64 loaded, qint64 total) {
    m_status->setText(tr("Loading the itemization: %1 of %2 lines").arg(loaded).arg(total));
}

void BillWindow::setReport(const domain::BillReport &report) {
    m_report = report;
    m_model->setReport(report);
    m_pie->setReport(report);
    m_table->fitColumnsUnlessSaved();
    const QLocale locale;
    m_status->setText(report.reconciles()
                          ? tr("%n line(s) of itemization, %1 service user(s).", nullptr, int(report.lineCount()))
                                .arg(report.shares().size())
                          : tr("The itemization does not add up to the bill: %1").arg(report.reconciliationProblem()));
    m_totals->setText(tr("Total: %1 without tax, %2 with tax")
                          .arg(models::formatMoney(report.totalTaxExcluded(), locale),
                               models::formatMoney(report.totalTaxIncluded(), locale)));
}

void BillWindow::showError(const QString &message) {
    m_status->setText(message);
}

} // namespace corpcare::views
