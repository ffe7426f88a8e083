#pragma once

#include "domain/report_delivery.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QToolButton;
class QWidget;

namespace corpcare::api {
class Session;
}

namespace corpcare::views {

class BillWindow;
class DeliveryWindow;
class FinanceWindow;
class SendReportDialog;

// "Send by e-mail…" and "Send by fax…" for a window that shows a report. `current` names the report
// shown now (or says why there is none); the actions need viewFinance, the permission the server checks.
// A triggered action opens SendReportDialog; Send opens a DeliveryWindow that follows the delivery.
class ReportDeliveryActions : public QObject {
    Q_OBJECT
public:
    struct Current {
        std::optional<domain::ReportReference> report;
        QString title;   // "Itemization of bill B-…", shown in the dialog
        QString whyNone; // when there is no report: what to choose first
    };
    using CurrentReport = std::function<Current()>;

    ReportDeliveryActions(api::Session *session, QWidget *host, CurrentReport current);

    QAction *emailAction() const { return m_email; }
    QAction *faxAction() const { return m_fax; }
    // A "Send" button with both actions in its menu, for a window without a menu bar.
    QToolButton *makeButton(QWidget *parent);
    // Enables the actions for what is shown now (call when the selection or tab changes).
    void refresh();

signals:
    void dialogOpened(corpcare::views::SendReportDialog *dialog); // a seam for tests
    void deliveryStarted(corpcare::views::DeliveryWindow *window);

private:
    void openDialog(domain::DeliveryChannel channel);

    api::Session *m_session;
    QWidget *m_host;
    CurrentReport m_current;
    QAction *m_email;
    QAction *m_fax;
};

// The actions on a bill window (the Shares tab sends the bill, the Lines tab its itemization) and on
// financial control (the bill chosen on Bills or Itemization, the one account's payments or charges).
ReportDeliveryActions *attachReportDelivery(BillWindow *window, api::Session *session);
ReportDeliveryActions *attachReportDelivery(FinanceWindow *window, api::Session *session);

} // namespace corpcare::views
