#pragma once

#include "api/api_error.h"
#include "domain/report_delivery.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace corpcare::api {
class DeliverySchedules;
class Session;
} // namespace corpcare::api

namespace corpcare::views {

// A schedule's what and to whom: the report (itemization or bill), the channel, the format and the
// receivers, checked as they are typed.
class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(const domain::DeliverySchedule &schedule, QWidget *parent = nullptr);
    domain::DeliverySchedule schedule() const;
    QPlainTextEdit *receiversEdit() const { return m_receivers; }

private:
    void validate();

    domain::DeliverySchedule m_schedule;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QComboBox *m_format;
    QPlainTextEdit *m_receivers;
    QLabel *m_problem;
    QPushButton *m_ok;
};

// "Scheduled deliveries": the user's schedules ("every month after the bill, send …"), made, edited and
// cancelled here, and the runs of the one chosen with each receiver's state.
class DeliverySchedulesWindow : public QWidget {
    Q_OBJECT
public:
    DeliverySchedulesWindow(api::Session *session, QWidget *parent = nullptr);

    // The account a new schedule is for (the one chosen in financial control); empty: none chosen.
    void setSuggestedAccount(const domain::Ref &account);
    void reload();
    QTableWidget *schedulesTable() const { return m_schedules; }
    QTableWidget *runsTable() const { return m_runs; }
    const QList<domain::DeliverySchedule> &schedules() const { return m_list; }

signals:
    void reloaded(); // the list is in
    void runsShown(const QString &scheduleId);
    void dialogOpened(corpcare::views::ScheduleDialog *dialog); // a seam for tests

private:
    void showSchedules(const QList<domain::DeliverySchedule> &schedules);
    void showRuns(const QString &scheduleId, const QList<domain::ReportDelivery> &runs);
    void edit(const domain::DeliverySchedule &schedule);
    const domain::DeliverySchedule *chosen() const;
    void updateButtons();

    api::Session *m_session;
    api::DeliverySchedules *m_api;
    domain::Ref m_suggested;
    QList<domain::DeliverySchedule> m_list;
    QLabel *m_status;
    QTableWidget *m_schedules;
    QTableWidget *m_runs;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_cancel;
};

} // namespace corpcare::views
