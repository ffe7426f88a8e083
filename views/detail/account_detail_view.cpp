#include "views/detail/account_detail_view.h"

#include "models/accounts_model.h"
#include "models/money_format.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace corpcare::views {

using models::AccountsModel;
using models::formatMoney;

AccountDetailView::AccountDetailView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_warning(new QLabel(this)), m_form(new QFormLayout) {
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #ffe4d6; color: #7a2400; padding: 6px; }"));
    m_warning->hide();
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addLayout(m_form);
}

void AccountDetailView::setAccount(const domain::BillingAccount &account, QDate today) {
    m_title->setText(account.name);
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    const QLocale locale;
    const auto add = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        m_form->addRow(label, field);
    };
    const bool hasForecast = account.disconnectionForecast.has_value();
    const qint64 daysLeft = hasForecast ? today.daysTo(*account.disconnectionForecast) : 0;
    add(tr("Department"), account.owner.name);
    add(tr("Settlement method"), AccountsModel::settlementText(account.settlementMethod));
    add(tr("State"), AccountsModel::stateText(account.state));
    add(tr("Balance"), formatMoney(account.balance, locale));
    if (account.creditLimit) {
        add(tr("Credit limit"), formatMoney(*account.creditLimit, locale));
    }
    add(tr("Expenditure rate"), tr("%1 a day").arg(formatMoney(account.expenditureRate, locale)));
    add(tr("Disconnection forecast"),
        account.disconnectionForecast ? tr("%1 (in %n day(s))", nullptr, int(daysLeft))
                                            .arg(locale.toString(*account.disconnectionForecast, QLocale::LongFormat))
                                      : tr("none at the current rate"));
    add(tr("Partial suspension level"), formatMoney(account.partialSuspensionLevel, locale));
    add(tr("Minimum reconnection balance"), formatMoney(account.minimumReconnectionBalance, locale));
    add(tr("Payment status"), AccountsModel::paymentStatusText(account.paymentStatus));

    QString warning;
    if (account.state != domain::AccountState::Active) {
        warning = tr("This account is %1: outgoing services of its lines are limited until the balance reaches %2.")
                      .arg(AccountsModel::stateText(account.state).toLower(),
                           formatMoney(account.minimumReconnectionBalance, locale));
    } else if (hasForecast && daysLeft <= AccountsModel::kNearDisconnectionDays) {
        warning = tr("At the current expenditure rate this account reaches disconnection in %n day(s).", nullptr,
                     int(daysLeft));
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

} // namespace corpcare::views
