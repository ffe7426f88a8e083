#include "views/delivery/delivery_schedules_window.h"

#include "api/report_delivery_client.h"
#include "domain/json/delivery_json.h"
#include "domain/portal_user.h"
#include "views/common/permissions.h"
#include "views/delivery/send_report_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corpcare::views {

using domain::DeliveryChannel;
using domain::ReportFormat;
using domain::ReportKind;

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells) {
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QString kindText(ReportKind kind) {
    return kind == ReportKind::Bill ? DeliverySchedulesWindow::tr("Bill with shares")
                                    : DeliverySchedulesWindow::tr("Itemization");
}

// "2 sent, 1 failed (relay refused …)": a run's receivers in one cell.
QString runSummary(const domain::ReportDelivery &run) {
    int sent = 0;
    int failed = 0;
    QString reason;
    for (const domain::DeliveryReceiver &receiver : run.receivers) {
        sent += receiver.state == domain::ReceiverState::Sent ? 1 : 0;
        if (receiver.state == domain::ReceiverState::Failed) {
            ++failed;
            reason = receiver.reason;
        }
    }
    if (!run.isFinal()) {
        return DeliverySchedulesWindow::tr("queued");
    }
    return failed == 0 ? DeliverySchedulesWindow::tr("sent to %1").arg(sent)
                       : DeliverySchedulesWindow::tr("%1 sent, %2 failed: %3").arg(sent).arg(failed).arg(reason);
}

} // namespace

ScheduleDialog::ScheduleDialog(const domain::DeliverySchedule &schedule, QWidget *parent)
    : QDialog(parent), m_schedule(schedule), m_kind(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_format(new QComboBox(this)), m_receivers(new QPlainTextEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(schedule.id.isEmpty() ? tr("New scheduled delivery") : tr("Edit scheduled delivery"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every time a new bill of %1 is issued, send:")
                                 .arg(schedule.account.name.isEmpty() ? schedule.account.id : schedule.account.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_kind->addItem(tr("its itemization"), int(ReportKind::Itemization));
    m_kind->addItem(tr("the bill with each user's share"), int(ReportKind::Bill));
    m_kind->setCurrentIndex(schedule.kind == ReportKind::Bill ? 1 : 0);
    form->addRow(tr("&Report:"), m_kind);
    m_channel->addItem(tr("by e-mail"), int(DeliveryChannel::Email));
    m_channel->addItem(tr("by fax"), int(DeliveryChannel::Fax));
    m_channel->setCurrentIndex(schedule.channel == DeliveryChannel::Fax ? 1 : 0);
    form->addRow(tr("&Channel:"), m_channel);
    m_format->addItem(QStringLiteral("XLSX"), int(ReportFormat::Xlsx));
    m_format->addItem(QStringLiteral("CSV"), int(ReportFormat::Csv));
    m_format->addItem(QStringLiteral("PDF"), int(ReportFormat::Pdf));
    m_format->setCurrentIndex(m_format->findData(int(schedule.format)));
    form->addRow(tr("&Format:"), m_format);
    m_receivers->setObjectName(QStringLiteral("receivers"));
    m_receivers->setPlainText(schedule.receivers.join(QStringLiteral(", ")));
    m_receivers->setTabChangesFocus(true);
    form->addRow(tr("&To:"), m_receivers);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_receivers, &QPlainTextEdit::textChanged, this, &ScheduleDialog::validate);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ScheduleDialog::validate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ScheduleDialog::validate);
    validate();
}

domain::DeliverySchedule ScheduleDialog::schedule() const {
    domain::DeliverySchedule out = m_schedule;
    out.kind = ReportKind(m_kind->currentData().toInt());
    out.channel = DeliveryChannel(m_channel->currentData().toInt());
    out.format = ReportFormat(m_format->currentData().toInt());
    out.receivers.clear();
    for (const QString &receiver : SendReportDialog::split(m_receivers->toPlainText())) {
        out.receivers.append(out.channel == DeliveryChannel::Fax ? domain::faxDigits(receiver) : receiver);
    }
    return out;
}

void ScheduleDialog::validate() {
    const bool fax = DeliveryChannel(m_channel->currentData().toInt()) == DeliveryChannel::Fax;
    if (fax) {
        m_format->setCurrentIndex(m_format->findData(int(ReportFormat::Pdf)));
    }
    m_format->setEnabled(!fax);
    const QStringList receivers = SendReportDialog::split(m_receivers->toPlainText());
    QString problem = receivers.isEmpty() ? tr("Type at least one receiver.") : QString();
    for (const QString &receiver : receivers) {
        if (problem.isEmpty() && (fax ? domain::faxDigits(receiver).isEmpty() : !domain::isEmailAddress(receiver))) {
            problem = fax ? tr("“%1” is not a fax number.").arg(receiver)
                          : tr("“%1” is not an e-mail address.").arg(receiver);
        }
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

DeliverySchedulesWindow::DeliverySchedulesWindow(api::Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_api(new api::DeliverySchedules(session, this)),
      m_status(new QLabel(this)),
      m_schedules(
          makeTable({tr("Account"), tr("Report"), tr("Channel"), tr("Format"), tr("To"), tr("State"), tr("Last bill")},
                    QStringLiteral("schedules"), this)),
      m_runs(makeTable({tr("Sent at"), tr("Bill"), tr("Result")}, QStringLiteral("runs"), this)),
      m_new(new QPushButton(tr("&New…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_cancel(new QPushButton(tr("&Cancel schedule"), this)) {
    setObjectName(QStringLiteral("deliverySchedulesWindow"));
    m_new->setObjectName(QStringLiteral("newSchedule"));
    setWindowTitle(tr("Scheduled deliveries"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    for (QPushButton *button : {m_new, m_edit, m_cancel, refresh}) {
        bar->addWidget(button);
    }
    bar->addStretch(1);
    layout->addLayout(bar);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(m_schedules, 2);
    layout->addWidget(new QLabel(tr("Runs of the chosen schedule:"), this));
    layout->addWidget(m_runs, 1);
    connect(refresh, &QPushButton::clicked, this, &DeliverySchedulesWindow::reload);
    connect(m_new, &QPushButton::clicked, this, [this] {
        domain::DeliverySchedule schedule;
        schedule.account = m_suggested;
        edit(schedule);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const domain::DeliverySchedule *schedule = chosen()) {
            edit(*schedule);
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const domain::DeliverySchedule *schedule = chosen()) {
            m_api->cancel(schedule->id);
        }
    });
    connect(m_schedules, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        m_runs->setRowCount(0);
        if (const domain::DeliverySchedule *schedule = chosen()) {
            m_api->listRuns(schedule->id);
        }
    });
    connect(m_api, &api::DeliverySchedules::listed, this, &DeliverySchedulesWindow::showSchedules);
    connect(m_api, &api::DeliverySchedules::runsListed, this, &DeliverySchedulesWindow::showRuns);
    connect(m_api, &api::DeliverySchedules::saved, this, [this] {
        m_status->setText(tr("Saved."));
        reload();
    });
    connect(m_api, &api::DeliverySchedules::failed, this, [this](const api::ApiError &error) {
        m_status->setText(tr("The operator refused or could not be asked: %1").arg(error.message));
    });
    resize(900, 520);
    updateButtons();
}

void DeliverySchedulesWindow::setSuggestedAccount(const domain::Ref &account) {
    m_suggested = account;
    updateButtons();
}

void DeliverySchedulesWindow::reload() {
    m_status->setText(tr("Loading…"));
    m_api->list();
}

const domain::DeliverySchedule *DeliverySchedulesWindow::chosen() const {
    const int row = m_schedules->currentRow();
    return row >= 0 && row < m_list.size() && !m_schedules->selectedItems().isEmpty() ? &m_list.at(row) : nullptr;
}

void DeliverySchedulesWindow::updateButtons() {
    const domain::DeliverySchedule *schedule = chosen();
    const bool active = schedule != nullptr && schedule->state == domain::ScheduleState::Active;
    permissions::allowOnline(m_new, m_session, domain::permission::viewFinance, !m_suggested.isNull(),
                             m_suggested.isNull() ? tr("Choose one billing account in Financial control first.")
                                                  : QString());
    permissions::allowOnline(m_edit, m_session, domain::permission::viewFinance, active);
    permissions::allowOnline(m_cancel, m_session, domain::permission::viewFinance, active);
}

void DeliverySchedulesWindow::showSchedules(const QList<domain::DeliverySchedule> &schedules) {
    m_list = schedules;
    m_schedules->setRowCount(int(schedules.size()));
    for (int row = 0; row < schedules.size(); ++row) {
        const domain::DeliverySchedule &schedule = schedules.at(row);
        setRow(m_schedules, row,
               {schedule.account.name, kindText(schedule.kind),
                schedule.channel == DeliveryChannel::Fax ? tr("fax") : tr("e-mail"),
                domain::json::toWire(schedule.format).toUpper(), schedule.receivers.join(QStringLiteral(", ")),
                schedule.state == domain::ScheduleState::Active ? tr("active") : tr("cancelled"),
                schedule.lastBill.name});
    }
    m_schedules->resizeColumnsToContents();
    m_status->setText(schedules.isEmpty() ? tr("No scheduled deliveries yet.") : QString());
    updateButtons();
    emit reloaded();
}

void DeliverySchedulesWindow::showRuns(const QString &scheduleId, const QList<domain::ReportDelivery> &runs) {
    const domain::DeliverySchedule *schedule = chosen();
    if (schedule == nullptr || schedule->id != scheduleId) {
        return; // an answer for a schedule no longer chosen
    }
    const QLocale locale;
    m_runs->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const domain::ReportDelivery &run = runs.at(row);
        setRow(
            m_runs, row,
            {locale.toString(run.sendTime.toLocalTime(), QLocale::ShortFormat), run.report.bill.name, runSummary(run)});
    }
    emit runsShown(scheduleId);
}

void DeliverySchedulesWindow::edit(const domain::DeliverySchedule &schedule) {
    auto *dialog = new ScheduleDialog(schedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const domain::DeliverySchedule changed = dialog->schedule();
        if (changed.id.isEmpty()) {
            m_api->create(changed);
        } else {
            m_api->change(changed);
        }
    });
    dialog->open();
    emit dialogOpened(dialog);
}

} // namespace corpcare::views
