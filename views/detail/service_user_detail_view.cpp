#include "views/detail/service_user_detail_view.h"

#include "models/money_format.h"
#include "models/user_cells.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}
} // namespace

ServiceUserDetailView::ServiceUserDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)), m_form(new QFormLayout),
      m_services(makeTable({tr("Service"), tr("Status"), tr("Since")}, this)),
      m_charges(makeTable({tr("Charge"), tr("Period"), tr("Amount"), tr("With tax")}, this)),
      m_chargesMessage(new QLabel(this)), m_usage(new QPushButton(tr("Calls, SMS and &data…"), this)) {
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: #f6d5d5; color: #7a0c0c; padding: 6px; }"));
    m_status->hide();
    m_form->setLabelAlignment(Qt::AlignRight);
    m_services->setAccessibleName(tr("Services"));
    m_charges->setAccessibleName(tr("Charges since the last bill"));
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("Services"), this));
    layout->addWidget(m_services, 1);
    layout->addWidget(new QLabel(tr("Charges since the last bill"), this));
    layout->addWidget(m_chargesMessage);
    layout->addWidget(m_charges, 1);
    m_usage->setToolTip(tr("Every call, SMS and data session of this user over a period"));
    layout->addWidget(m_usage, 0, Qt::AlignLeft);
    connect(m_usage, &QPushButton::clicked, this, [this] {
        if (!m_userId.isEmpty()) {
            emit usageRequested(m_userId);
        }
    });
}

void ServiceUserDetailView::setServiceUser(const domain::ServiceUser &user) {
    m_userId = user.id;
    const QLocale locale;
    m_title->setText(domain::formatMsisdn(user.msisdn) + QStringLiteral(" — ") + user.user.name);
    const bool suspended = user.status == domain::ProductStatus::Suspended;
    m_status->setText(tr("This line is suspended."));
    m_status->setVisible(suspended);
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    const auto add = [this](const QString &label, QWidget *field) { m_form->addRow(label, field); };
    const auto text = [this](const QString &value) {
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    add(tr("Department"), text(user.department.name));
    auto *account = new QLabel(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(user.billingAccount.id, user.billingAccount.name.toHtmlEscaped()),
        this);
    account->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(account, &QLabel::linkActivated, this, &ServiceUserDetailView::accountLinkActivated);
    add(tr("Billing account"), account);
    add(tr("Tariff"), text(user.tariff.name));
    add(tr("Status"), text(models::statusText(user.status)));
    add(tr("Connected"), text(locale.toString(user.startDate, QLocale::ShortFormat)));
    if (user.currentCharges) {
        add(tr("Charges this month"), text(models::formatMoney(*user.currentCharges, locale)));
    }
    m_services->setRowCount(int(user.services.size()));
    for (int row = 0; row < int(user.services.size()); ++row) {
        const domain::ServiceProduct &service = user.services.at(row);
        m_services->setItem(row, 0, cell(service.offering.name));
        m_services->setItem(row, 1, cell(models::statusText(service.status)));
        m_services->setItem(row, 2, cell(locale.toString(service.startDate, QLocale::ShortFormat)));
    }
    m_services->resizeColumnsToContents();
    m_charges->setRowCount(0);
}

void ServiceUserDetailView::setRecentCharges(const QList<domain::BillItem> &items) {
    const QLocale locale;
    m_chargesMessage->hide();
    m_charges->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const domain::BillItem &item = items.at(row);
        m_charges->setItem(row, 0, cell(item.name));
        m_charges->setItem(row, 1,
                           cell(locale.toString(item.periodStart, QLocale::ShortFormat) + QStringLiteral(" – ") +
                                locale.toString(item.periodEnd.addDays(-1), QLocale::ShortFormat)));
        m_charges->setItem(row, 2,
                           cell(models::formatMoney(item.taxExcluded, locale), Qt::AlignRight | Qt::AlignVCenter));
        m_charges->setItem(row, 3,
                           cell(models::formatMoney(item.taxIncluded, locale), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_charges->resizeColumnsToContents();
}

void ServiceUserDetailView::setRecentChargesMessage(const QString &message) {
    m_charges->setRowCount(0);
    m_chargesMessage->setText(message);
    m_chargesMessage->setVisible(!message.isEmpty());
}

} // namespace corpcare::views
