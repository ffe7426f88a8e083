#include "views/finance/finance_window.h"

#include "domain/bill_report.h"
#include "models/bill_items_model.h"
#include "models/bills_model.h"
#include "models/charges_model.h"
#include "models/money_format.h"
#include "models/payments_model.h"
#include "models/roles.h"
#include "views/common/table_view.h"
#include "views/finance/account_chooser.h"
#include "views/finance/finance_charts.h"
#include "views/finance/period_picker.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace corpcare::views {

using domain::ChargeGrouping;

namespace {

QSortFilterProxyModel *sortedBy(QAbstractItemModel *source, QObject *parent) {
    auto *sorted = new QSortFilterProxyModel(parent); // hundreds to thousands of rows: the proxy may sort
    sorted->setSourceModel(source);
    sorted->setSortRole(models::RawValueRole);
    return sorted;
}

QLabel *totalsLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString settingsKey(const char *name) {
    return QStringLiteral("finance/") + QLatin1String(name);
}

} // namespace

FinanceWindow::FinanceWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_accounts(new AccountChooser(this)), m_period(new PeriodPicker(this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(tr("Cancel"), this)), m_tabs(new QTabWidget(this)) {
    setObjectName(QStringLiteral("financeWindow"));
    setWindowTitle(tr("Financial control"));
    auto *layout = new QVBoxLayout(this);
    auto *choice = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_accounts);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    choice->addWidget(accountLabel);
    choice->addWidget(m_accounts);
    choice->addSpacing(12);
    choice->addWidget(m_period);
    choice->addStretch(1);
    choice->addWidget(refresh);
    layout->addLayout(choice);
    m_tools = choice;
    m_status->setWordWrap(true);
    auto *statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_cancel);
    m_cancel->hide();
    layout->addLayout(statusBar);
    connect(m_cancel, &QPushButton::clicked, this, &FinanceWindow::cancelRequested);
    m_tabs->addTab(makeBillsPage(), tr("&Bills"));
    m_tabs->addTab(makeChargesPage(), tr("&Charges since the last bill"));
    m_tabs->addTab(makePaymentsPage(), tr("Pa&yments"));
    m_tabs->addTab(makeItemizationPage(), tr("&Itemization"));
    m_charts = new FinanceCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("C&harts"));
    layout->addWidget(m_tabs, 1);
    connect(m_charts, &FinanceCharts::billIdActivated, this, &FinanceWindow::billIdActivated);
    connect(m_charts, &FinanceCharts::serviceUserActivated, this, &FinanceWindow::serviceUserActivated);
    connect(m_tabs, &QTabWidget::currentChanged, this, &FinanceWindow::onTabShown);
    connect(m_accounts, &AccountChooser::selectionChanged, this, &FinanceWindow::selectionChanged);
    connect(m_period, &PeriodPicker::periodChanged, this, &FinanceWindow::selectionChanged);
    connect(refresh, &QPushButton::clicked, this, &FinanceWindow::refreshRequested);
    resize(1100, 700);
    restoreState();
}

FinanceWindow::~FinanceWindow() = default;

void FinanceWindow::addTool(QWidget *tool) {
    m_tools->insertWidget(m_tools->count() - 1, tool);
}

QWidget *FinanceWindow::makeBillsPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_bills = new models::BillsModel(this);
    m_sortedBills = sortedBy(m_bills, this);
    m_billsTable = new TableView(QStringLiteral("financeBills"), page);
    m_billsTable->setAccessibleName(tr("Bills of the period"));
    m_billsTable->setModel(m_sortedBills);
    m_billsTotals = totalsLabel(page);
    layout->addWidget(m_billsTable, 1);
    layout->addWidget(m_billsTotals);
    connect(m_billsTable, &TableView::rowActivated, this, [this](const QModelIndex &index) {
        emit billActivated(m_bills->billAt(m_sortedBills->mapToSource(index).row()));
    });
    return page;
}

QWidget *FinanceWindow::makeChargesPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_back = new QToolButton(page);
    m_back->setText(tr("← Back"));
    m_back->setToolTip(tr("Back to the level above (Alt+Left)"));
    m_grouping = new QComboBox(page);
    m_grouping->setAccessibleName(tr("Group charges by"));
    for (ChargeGrouping grouping : {ChargeGrouping::Account, ChargeGrouping::ServiceUser, ChargeGrouping::Service}) {
        m_grouping->addItem(models::ChargesModel::groupingTitle(grouping), int(grouping));
    }
    auto *groupLabel = new QLabel(tr("&Group by:"), page);
    groupLabel->setBuddy(m_grouping);
    m_chargesPath = new QLabel(page);
    m_openUser = new QToolButton(page);
    m_openUser->setText(tr("Open service user"));
    bar->addWidget(m_back);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addWidget(m_chargesPath, 1);
    bar->addWidget(m_openUser);
    layout->addLayout(bar);
    m_charges = new models::ChargesModel(this);
    m_sortedCharges = sortedBy(m_charges, this);
    m_chargesTable = new TableView(QStringLiteral("financeCharges"), page);
    m_chargesTable->setAccessibleName(tr("Charges since the last bill"));
    m_chargesTable->setModel(m_sortedCharges);
    m_chargesTotals = totalsLabel(page);
    layout->addWidget(m_chargesTable, 1);
    layout->addWidget(m_chargesTotals);
    m_levels.push_back({domain::ChargesReport::compute({}, ChargeGrouping::Account), {}});
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this] { setGrouping(ChargeGrouping(m_grouping->currentData().toInt())); });
    connect(m_chargesTable, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { drillInto(m_sortedCharges->mapToSource(index).row()); });
    connect(m_back, &QToolButton::clicked, this, &FinanceWindow::drillBack);
    auto *back = new QAction(tr("Back"), page); // on the page: Alt+Left means this only while it shows
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(back);
    connect(back, &QAction::triggered, this, &FinanceWindow::drillBack);
    connect(m_openUser, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_chargesTable->currentIndex();
        if (current.isValid() && chargesReport().grouping() == ChargeGrouping::ServiceUser) {
            emit serviceUserActivated(current.data(models::IdRole).toString());
        }
    });
    connect(m_chargesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_openUser->setEnabled(chargesReport().grouping() == ChargeGrouping::ServiceUser &&
                               m_chargesTable->currentIndex().isValid());
    });
    showLevel();
    return page;
}

QWidget *FinanceWindow::makePaymentsPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_payments = new models::PaymentsModel(this);
    m_sortedPayments = sortedBy(m_payments, this);
    m_paymentsTable = new TableView(QStringLiteral("financePayments"), page);
    m_paymentsTable->setAccessibleName(tr("Payments of the period"));
    m_paymentsTable->setModel(m_sortedPayments);
    m_allocations = new models::PaymentAllocationsModel(this);
    m_allocationsTable = new TableView(QStringLiteral("financeAllocations"), page);
    m_allocationsTable->setAccessibleName(tr("Bills the payment was applied to"));
    m_allocationsTable->setModel(m_allocations);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_paymentsTable);
    auto *allocationsPane = new QWidget(split);
    auto *allocationsLayout = new QVBoxLayout(allocationsPane);
    allocationsLayout->setContentsMargins(0, 0, 0, 0);
    allocationsLayout->addWidget(new QLabel(tr("Applied to bills (open one with Enter):"), allocationsPane));
    allocationsLayout->addWidget(m_allocationsTable, 1);
    split->addWidget(allocationsPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_paymentsTotals = totalsLabel(page);
    layout->addWidget(split, 1);
    layout->addWidget(m_paymentsTotals);
    connect(m_paymentsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FinanceWindow::showPaymentAllocations);
    connect(m_allocationsTable, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { emit billIdActivated(index.data(models::IdRole).toString()); });
    return page;
}

QWidget *FinanceWindow::makeItemizationPage() {
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_items = new models::BillItemsModel(this);
    // No sorting proxy: a million rows sort in seconds, and the lines come in the order of their bills.
    m_itemsTable = new TableView(QStringLiteral("financeItemization"), page);
    m_itemsTable->setAccessibleName(tr("Itemization of the period"));
    m_itemsTable->setSortingEnabled(false);
    m_itemsTable->setModel(m_items);
    m_itemsTotals = totalsLabel(page);
    layout->addWidget(m_itemsTable, 1);
    layout->addWidget(m_itemsTotals);
    // Fit the columns to the first rows shown (once a load): the later ones have the same shape.
    connect(m_items, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0) {
            m_itemsTable->fitColumnsUnlessSaved();
        }
    });
    return page;
}

void FinanceWindow::onTabShown() {
    if (chartsShown() && m_periodChargesStale) {
        emit periodChargesWanted();
    }
    if (itemizationShown() && m_itemizationStale) {
        emit itemizationWanted();
    }
}

bool FinanceWindow::itemizationShown() const {
    return isVisible() && m_tabs->currentWidget() == m_itemsTable->parentWidget();
}

void FinanceWindow::markItemizationStale() {
    m_itemizationStale = true;
}

void FinanceWindow::startItemization() {
    m_itemizationStale = false;
    m_items->clear();
    m_itemsTotals->setText(tr("Loading the itemization…"));
}

void FinanceWindow::finishItemization(const domain::Money &taxExcluded, const domain::Money &taxIncluded,
                                      qint64 lines) {
    const QLocale locale;
    m_itemsTotals->setText(tr("%1 line(s): %2 without tax, %3 with tax")
                               .arg(locale.toString(lines), models::formatMoney(taxExcluded, locale),
                                    models::formatMoney(taxIncluded, locale)));
    m_itemsTable->setPrintHeader(tr("Itemization"), reportFields(true),
                                 {{tr("Total without tax"), taxExcluded}, {tr("Total with tax"), taxIncluded}});
}

void FinanceWindow::setAccounts(const QList<std::pair<QString, QString>> &accounts) {
    m_accounts->setAccounts(accounts);
}

void FinanceWindow::selectAccount(const QString &accountId) {
    m_accounts->selectAccount(accountId);
}

void FinanceWindow::selectAccounts(const QStringList &accountIds) {
    m_accounts->selectAccounts(accountIds);
}

QStringList FinanceWindow::selectedAccountIds() const {
    return m_accounts->selectedIds();
}

domain::Period FinanceWindow::period() const {
    return m_period->period();
}

void FinanceWindow::setBills(QList<domain::Bill> bills) {
    const domain::BillTotals totals = domain::totalsOf(bills);
    m_charts->setBills(bills);
    m_bills->setBills(std::move(bills));
    m_billsTable->fitColumnsUnlessSaved();
    const QLocale locale;
    m_billsTable->setPrintHeader(tr("Bills"), reportFields(true),
                                 {{tr("Total without tax"), totals.taxExcluded},
                                  {tr("Total with tax"), totals.taxIncluded},
                                  {tr("Remaining to pay"), totals.remaining}});
    m_billsTotals->setText(
        tr("%Ln bill(s): %1 without tax, %2 with tax, %3 remaining to pay", nullptr, int(totals.count))
            .arg(models::formatMoney(totals.taxExcluded, locale), models::formatMoney(totals.taxIncluded, locale),
                 models::formatMoney(totals.remaining, locale)));
}

QList<exports::ReportField> FinanceWindow::reportFields(bool withPeriod) const {
    QList<exports::ReportField> fields{{tr("Company"), m_companyName},
                                       {tr("Billing accounts"), m_accounts->selectionText()}};
    if (withPeriod) {
        const QLocale locale;
        const domain::Period chosen = period();
        fields.append({tr("Period"), locale.toString(chosen.start, QLocale::LongFormat) + QStringLiteral(" – ") +
                                         locale.toString(chosen.lastDay(), QLocale::LongFormat)});
    }
    return fields;
}

void FinanceWindow::setUnbilledCharges(QList<domain::BillItem> items) {
    const auto grouping = ChargeGrouping(m_grouping->currentData().toInt());
    m_levels.clear();
    m_levels.push_back({domain::ChargesReport::compute(std::move(items), grouping), {}});
    showLevel();
}

const domain::ChargesReport &FinanceWindow::chargesReport() const {
    return m_levels.back().report;
}

void FinanceWindow::setGrouping(ChargeGrouping grouping) {
    const int index = m_grouping->findData(int(grouping));
    if (index < 0) {
        return;
    }
    if (m_grouping->currentIndex() != index) {
        m_grouping->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    Level &level = m_levels.back();
    if (level.report.grouping() == grouping) {
        return;
    }
    level.report = domain::ChargesReport::compute(level.report.items(), grouping);
    showLevel();
}

void FinanceWindow::drillInto(int row) {
    const domain::ChargesReport &report = chargesReport();
    if (row < 0 || row >= int(report.groups().size())) {
        return;
    }
    const ChargeGrouping next = domain::ChargesReport::drillTarget(report.grouping());
    Level level{report.drill(row, next), report.groups().at(size_t(row)).label};
    m_levels.push_back(std::move(level));
    {
        const QSignalBlocker quiet(m_grouping);
        m_grouping->setCurrentIndex(m_grouping->findData(int(next)));
    }
    showLevel();
}

void FinanceWindow::drillBack() {
    if (m_levels.size() <= 1) {
        return;
    }
    m_levels.pop_back();
    {
        const QSignalBlocker quiet(m_grouping);
        m_grouping->setCurrentIndex(m_grouping->findData(int(chargesReport().grouping())));
    }
    showLevel();
}

void FinanceWindow::showLevel() {
    const domain::ChargesReport &report = chargesReport();
    m_charges->setReport(report);
    m_chargesTable->fitColumnsUnlessSaved(); // the group column holds names of another kind at each level
    QStringList path{tr("All charges")};
    for (size_t i = 1; i < m_levels.size(); ++i) {
        path.append(m_levels[i].title);
    }
    m_chargesPath->setText(path.join(QStringLiteral(" › ")));
    m_back->setEnabled(m_levels.size() > 1);
    m_openUser->setEnabled(false);
    const QLocale locale;
    setChargesPrintHeader();
    m_chargesTotals->setText(tr("Total: %1 without tax, %2 with tax, %Ln line(s)", nullptr, int(report.items().size()))
                                 .arg(models::formatMoney(report.totalTaxExcluded(), locale),
                                      models::formatMoney(report.totalTaxIncluded(), locale)));
}

void FinanceWindow::setPayments(QList<domain::Payment> payments) {
    const QString currency = payments.isEmpty() ? QString() : payments.first().amount.currency();
    domain::Money total(0, currency);
    domain::Money applied(0, currency);
    for (const domain::Payment &payment : payments) {
        total += payment.amount;
        applied += models::PaymentsModel::appliedAmount(payment);
    }
    const auto count = int(payments.size());
    m_payments->setPayments(std::move(payments));
    m_allocations->setPayment({});
    m_paymentsTable->fitColumnsUnlessSaved();
    const QLocale locale;
    m_paymentsTable->setPrintHeader(tr("Payments"), reportFields(true),
                                    {{tr("Total paid"), total}, {tr("Applied to bills"), applied}});
    m_paymentsTotals->setText(tr("%Ln payment(s): %1, of which %2 applied to bills", nullptr, count)
                                  .arg(models::formatMoney(total, locale), models::formatMoney(applied, locale)));
}

void FinanceWindow::showPaymentAllocations() {
    const QModelIndex current = m_paymentsTable->currentIndex();
    m_allocations->setPayment(current.isValid() ? m_payments->paymentAt(m_sortedPayments->mapToSource(current).row())
                                                : domain::Payment{});
    m_allocationsTable->fitColumnsUnlessSaved(); // bill numbers are wider than the empty table's guess
}

void FinanceWindow::setChargesPrintHeader() {
    const domain::ChargesReport &report = chargesReport();
    QList<exports::ReportField> fields = reportFields(false);
    fields.append({tr("Grouped by"), models::ChargesModel::groupingTitle(report.grouping())});
    fields.append({tr("Group"), m_chargesPath->text()});
    m_chargesTable->setPrintHeader(
        tr("Charges since the last bill"), fields,
        {{tr("Total without tax"), report.totalTaxExcluded()}, {tr("Total with tax"), report.totalTaxIncluded()}});
}

bool FinanceWindow::chartsShown() const {
    return m_tabs->currentWidget() == m_charts && isVisible();
}

void FinanceWindow::markPeriodChargesStale() {
    m_periodChargesStale = true;
    m_charts->setLoading(tr("Loading the charges of the period…"));
}

void FinanceWindow::setPeriodCharges(QList<domain::BillItem> items) {
    m_periodChargesStale = false;
    m_charts->setPeriodCharges(std::move(items), period());
}

void FinanceWindow::setLoading(bool loading) {
    m_cancel->setVisible(loading);
}

void FinanceWindow::setStatus(const QString &text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FinanceWindow::closeEvent(QCloseEvent *event) {
    saveState();
    QWidget::closeEvent(event);
}

void FinanceWindow::restoreState() {
    QSettings settings;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    const QVariant preset = settings.value(settingsKey("preset"));
    if (preset.isValid()) {
        m_period->setPreset(domain::PeriodPreset(preset.toInt()));
    }
    m_tabs->setCurrentIndex(settings.value(settingsKey("tab"), 0).toInt());
    setGrouping(ChargeGrouping(settings.value(settingsKey("grouping"), int(ChargeGrouping::Account)).toInt()));
}

void FinanceWindow::saveState() const {
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("preset"), int(m_period->preset()));
    settings.setValue(settingsKey("tab"), m_tabs->currentIndex());
    settings.setValue(settingsKey("grouping"), int(m_levels.front().report.grouping()));
}

} // namespace corpcare::views
