#include "views/finance/usage_window.h"

#include "models/money_format.h"
#include "models/usage_model.h"
#include "views/common/table_view.h"
#include "views/finance/period_picker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace corpcare::views {

UsageWindow::UsageWindow(const QString &productId, const QString &number, const QString &companyName, QWidget *parent)
    : QDialog(parent), m_productId(productId), m_number(number), m_companyName(companyName),
      m_period(new PeriodPicker(this)), m_types(new QComboBox(this)), m_model(new models::UsageModel(this)),
      m_filter(new models::UsageFilterModel(this)), m_table(new TableView(QStringLiteral("usage"), this)),
      m_status(new QLabel(this)), m_totals(new QLabel(this)) {
    setObjectName(QStringLiteral("usageWindow"));
    setWindowTitle(tr("Calls, SMS and data of %1").arg(number));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_period->setPreset(domain::PeriodPreset::ThisMonth);
    m_types->addItem(tr("All types"), -1);
    for (domain::UsageType type : {domain::UsageType::Call, domain::UsageType::Sms, domain::UsageType::Data}) {
        m_types->addItem(models::UsageModel::typeText(type), int(type));
    }
    m_types->setAccessibleName(tr("Type of record"));
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_types);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(typeLabel);
    bar->addWidget(m_types);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    m_filter->setSourceModel(m_model);
    m_table->setAccessibleName(tr("Calls, SMS and data sessions"));
    m_table->setModel(m_filter);
    layout->addWidget(m_table, 1);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    layout->addWidget(m_totals);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_period, &PeriodPicker::periodChanged, this, &UsageWindow::periodChanged);
    connect(m_types, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_types->currentData().toInt();
        m_filter->setType(type < 0 ? std::nullopt : std::optional(domain::UsageType(type)));
        showTotals();
    });
    resize(1000, 650);
}

domain::Period UsageWindow::period() const {
    return m_period->period();
}

void UsageWindow::setType(std::optional<domain::UsageType> type) {
    m_types->setCurrentIndex(m_types->findData(type ? int(*type) : -1));
}

void UsageWindow::clearRecords() {
    m_model->setRecords({});
    m_totals->clear();
}

void UsageWindow::appendRecords(const QList<domain::UsageRecord> &records) {
    m_model->appendRecords(records);
}

void UsageWindow::setStatus(const QString &text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void UsageWindow::finishLoading() {
    m_table->fitColumnsUnlessSaved();
    showTotals();
}

void UsageWindow::showTotals() {
    const QString currency =
        m_model->records().isEmpty() ? QString() : m_model->records().first().taxExcluded.currency();
    const domain::Money shown(m_filter->shownAmountMinor(), currency);
    const QLocale locale;
    m_totals->setText(tr("%Ln record(s) shown, %1 without tax", nullptr, m_filter->rowCount())
                          .arg(models::formatMoney(shown, locale)));
    const domain::Period chosen = period();
    m_table->setPrintHeader(tr("Calls, SMS and data of %1").arg(m_number),
                            {{tr("Company"), m_companyName},
                             {tr("Service user"), m_number},
                             {tr("Period"), locale.toString(chosen.start, QLocale::LongFormat) + QStringLiteral(" – ") +
                                                locale.toString(chosen.lastDay(), QLocale::LongFormat)},
                             {tr("Type"), m_types->currentText()}},
                            {{tr("Total without tax"), shown}});
}

} // namespace corpcare::views
