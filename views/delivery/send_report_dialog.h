#pragma once

#include "domain/report_delivery.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace corpcare::views {

// "Send by e-mail…" (addresses and a format) or "Send by fax…" (numbers; PDF): what the server should
// deliver. OK stays disabled, and the line under the field says why, until every address or number is
// valid.
class SendReportDialog : public QDialog {
    Q_OBJECT
public:
    SendReportDialog(domain::DeliveryChannel channel, domain::ReportReference report, const QString &reportTitle,
                     QWidget *parent = nullptr);

    // Addresses (or numbers) separated by commas, semicolons, spaces or lines.
    void setReceivers(const QString &text);
    void setFormat(domain::ReportFormat format);
    bool isAcceptable() const;
    // The delivery to submit (receivers normalised); valid when isAcceptable().
    domain::ReportDelivery request() const;

    static QStringList split(const QString &text);

private:
    void validate();

    domain::DeliveryChannel m_channel;
    domain::ReportReference m_report;
    QPlainTextEdit *m_receivers;
    QComboBox *m_format;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_acceptable = false;
};

} // namespace corpcare::views
