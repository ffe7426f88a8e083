#include "views/delivery/report_delivery_actions.h"

#include "domain/portal_user.h"
#include "models/bills_model.h"
#include "views/common/permissions.h"
#include "views/common/table_view.h"
#include "views/delivery/delivery_schedules_window.h"
#include "views/delivery/delivery_window.h"
#include "views/delivery/send_report_dialog.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_window.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QToolButton>

namespace corpcare::views {

using domain::DeliveryChannel;
using domain::ReportKind;
using Current = ReportDeliveryActions::Current;

ReportDeliveryActions::ReportDeliveryActions(api::Session *session, QWidget *host, CurrentReport current)
    : QObject(host), m_session(session), m_host(host), m_current(std::move(current)),
      m_email(new QAction(tr("Send by &e-mail…"), host)), m_fax(new QAction(tr("Send by &fax…"), host)) {
    m_email->setObjectName(QStringLiteral("sendByEmail"));
    m_fax->setObjectName(QStringLiteral("sendByFax"));
    connect(m_email, &QAction::triggered, this, [this] { openDialog(DeliveryChannel::Email); });
    connect(m_fax, &QAction::triggered, this, [this] { openDialog(DeliveryChannel::Fax); });
    refresh();
}

QToolButton *ReportDeliveryActions::makeButton(QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("sendReport"));
    button->setText(tr("&Send…"));
    button->setToolTip(tr("Have the operator send this report by e-mail or fax"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(m_email);
    menu->addAction(m_fax);
    button->setMenu(menu);
    return button;
}

void ReportDeliveryActions::refresh() {
    const Current current = m_current();
    const bool usable = current.report.has_value();
    const QString tooltip = usable ? current.title : current.whyNone;
    permissions::allowOnline(m_email, m_session, domain::permission::viewFinance, usable, tooltip);
    permissions::allowOnline(m_fax, m_session, domain::permission::viewFinance, usable, tooltip);
}

void ReportDeliveryActions::openDialog(DeliveryChannel channel) {
    const Current current = m_current();
    if (!current.report) {
        return;
    }
    auto *dialog = new SendReportDialog(channel, *current.report, current.title, m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *window = new DeliveryWindow(m_session, m_host);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->submit(dialog->request());
        window->show();
        emit deliveryStarted(window);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

ReportDeliveryActions *attachReportDelivery(BillWindow *window, api::Session *session) {
    auto *actions = new ReportDeliveryActions(session, window, [window] {
        const domain::Bill &bill = window->bill();
        const bool lines = window->tabs()->currentIndex() == 1;
        Current out;
        out.report = domain::ReportReference{
            lines ? ReportKind::Itemization : ReportKind::Bill, bill.billingAccount, {bill.id, bill.billNo}, {}, {}};
        out.title = lines ? ReportDeliveryActions::tr("Itemization of bill %1").arg(bill.billNo)
                          : ReportDeliveryActions::tr("Bill %1 with each service user's share").arg(bill.billNo);
        return out;
    });
    if (auto *buttons = window->findChild<QDialogButtonBox *>()) {
        auto *send = new QPushButton(ReportDeliveryActions::tr("Send by e-mail…"), window);
        auto *fax = new QPushButton(ReportDeliveryActions::tr("Send by fax…"), window);
        send->setObjectName(QStringLiteral("sendByEmailButton"));
        buttons->addButton(send, QDialogButtonBox::ActionRole);
        buttons->addButton(fax, QDialogButtonBox::ActionRole);
        const auto follow = [](QPushButton *button, QAction *action) {
            QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
            QObject::connect(action, &QAction::changed, button, [button, action] {
                button->setEnabled(action->isEnabled());
                button->setToolTip(action->toolTip());
            });
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        follow(send, actions->emailAction());
        follow(fax, actions->faxAction());
    }
    QObject::connect(window->tabs(), &QTabWidget::currentChanged, actions, &ReportDeliveryActions::refresh);
    return actions;
}

namespace {

// The bill chosen on the Bills tab, if any.
std::optional<domain::Bill> chosenBill(FinanceWindow *window) {
    const QModelIndex index = window->billsTable()->currentIndex();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    if (!index.isValid() || proxy == nullptr) {
        return std::nullopt;
    }
    return window->bills()->billAt(proxy->mapToSource(index).row());
}

Current financeCurrent(FinanceWindow *window) {
    Current out;
    const int tab = window->tabs()->currentIndex();
    const QStringList accounts = window->selectedAccountIds();
    if (tab == 0 || tab == 3) { // Bills, Itemization: the bill chosen on Bills
        const std::optional<domain::Bill> bill = chosenBill(window);
        if (!bill) {
            out.whyNone = ReportDeliveryActions::tr("Choose a bill on the Bills tab first.");
            return out;
        }
        out.report = domain::ReportReference{tab == 0 ? ReportKind::Bill : ReportKind::Itemization,
                                             bill->billingAccount,
                                             {bill->id, bill->billNo},
                                             {},
                                             {}};
        out.title = tab == 0 ? ReportDeliveryActions::tr("Bill %1 with each service user's share").arg(bill->billNo)
                             : ReportDeliveryActions::tr("Itemization of bill %1").arg(bill->billNo);
        return out;
    }
    if (tab != 1 && tab != 2) {
        out.whyNone = ReportDeliveryActions::tr("Charts are not sent; choose Bills, Charges, Payments or Itemization.");
        return out;
    }
    if (accounts.size() != 1) {
        out.whyNone = ReportDeliveryActions::tr("Choose one billing account: a report is sent per account.");
        return out;
    }
    const domain::Period period = window->period();
    out.report = domain::ReportReference{tab == 1 ? ReportKind::Charges : ReportKind::Payments,
                                         {accounts.first(), {}},
                                         {},
                                         tab == 2 ? period.start : QDate(),
                                         tab == 2 ? period.end : QDate()};
    out.title = tab == 1 ? ReportDeliveryActions::tr("Charges since the last bill")
                         : ReportDeliveryActions::tr("Payments from %1 to %2")
                               .arg(QLocale().toString(period.start, QLocale::ShortFormat),
                                    QLocale().toString(period.lastDay(), QLocale::ShortFormat));
    return out;
}

} // namespace

ReportDeliveryActions *attachReportDelivery(FinanceWindow *window, api::Session *session) {
    auto *actions = new ReportDeliveryActions(session, window, [window] { return financeCurrent(window); });
    window->addTool(actions->makeButton(window));
    auto *schedules = new QPushButton(ReportDeliveryActions::tr("Sc&heduled deliveries…"), window);
    schedules->setObjectName(QStringLiteral("scheduledDeliveries"));
    permissions::allowOnline(schedules, session, domain::permission::viewFinance);
    window->addTool(schedules);
    QObject::connect(schedules, &QPushButton::clicked, window, [window, session] {
        auto *list = window->findChild<DeliverySchedulesWindow *>();
        if (list == nullptr) {
            list = new DeliverySchedulesWindow(session, window);
            list->setAttribute(Qt::WA_DeleteOnClose);
        }
        const std::optional<domain::Bill> bill = chosenBill(window);
        const QStringList accounts = window->selectedAccountIds();
        list->setSuggestedAccount(accounts.size() == 1 ? domain::Ref{accounts.first(), {}}
                                  : bill               ? bill->billingAccount
                                                       : domain::Ref());
        list->show();
        list->raise();
        list->reload();
    });
    const auto refresh = [actions] { actions->refresh(); };
    QObject::connect(window->tabs(), &QTabWidget::currentChanged, actions, refresh);
    QObject::connect(window, &FinanceWindow::selectionChanged, actions, refresh);
    QObject::connect(window->billsTable()->selectionModel(), &QItemSelectionModel::currentChanged, actions, refresh);
    return actions;
}

} // namespace corpcare::views
