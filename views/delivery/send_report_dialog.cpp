#include "views/delivery/send_report_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace corpcare::views {

using domain::DeliveryChannel;
using domain::ReportFormat;

SendReportDialog::SendReportDialog(DeliveryChannel channel, domain::ReportReference report, const QString &reportTitle,
                                   QWidget *parent)
    : QDialog(parent), m_channel(channel), m_report(std::move(report)), m_receivers(new QPlainTextEdit(this)),
      m_format(new QComboBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool fax = channel == DeliveryChannel::Fax;
    setObjectName(fax ? QStringLiteral("sendByFaxDialog") : QStringLiteral("sendByEmailDialog"));
    setWindowTitle(fax ? tr("Send by fax") : tr("Send by e-mail"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(reportTitle, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    m_receivers->setObjectName(QStringLiteral("receivers"));
    m_receivers->setPlaceholderText(fax ? tr("+7 495 123-45-67") : tr("name@example.com, other@example.com"));
    m_receivers->setTabChangesFocus(true);
    m_receivers->setFixedHeight(m_receivers->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(fax ? tr("&Fax numbers:") : tr("&Addresses:"), m_receivers);
    m_format->setObjectName(QStringLiteral("format"));
    if (!fax) {
        m_format->addItem(tr("Excel workbook (XLSX)"), int(ReportFormat::Xlsx));
        m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    }
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->setEnabled(!fax); // a fax gateway prints PDF only
    form->addRow(tr("F&ormat:"), m_format);
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *note = new QLabel(tr("The operator makes the file from its own data and sends it; the delivery window "
                               "shows each receiver's state."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_receivers, &QPlainTextEdit::textChanged, this, &SendReportDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

QStringList SendReportDialog::split(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\n]+"));
    QStringList out;
    for (const QString &piece : text.split(separators, Qt::SkipEmptyParts)) {
        if (!piece.trimmed().isEmpty()) {
            out.append(piece.trimmed());
        }
    }
    return out;
}

void SendReportDialog::setReceivers(const QString &text) {
    m_receivers->setPlainText(text);
}

void SendReportDialog::setFormat(ReportFormat format) {
    const int index = m_format->findData(int(format));
    if (index >= 0) {
        m_format->setCurrentIndex(index);
    }
}

bool SendReportDialog::isAcceptable() const {
    return m_acceptable;
}

void SendReportDialog::validate() {
    const QStringList receivers = split(m_receivers->toPlainText());
    QString problem;
    if (receivers.isEmpty()) {
        problem = m_channel == DeliveryChannel::Fax ? tr("Type a fax number.") : tr("Type an e-mail address.");
    } else if (receivers.size() > 50) {
        problem = tr("At most 50 receivers at a time.");
    }
    for (const QString &receiver : receivers) {
        if (!problem.isEmpty()) {
            break;
        }
        if (m_channel == DeliveryChannel::Fax && domain::faxDigits(receiver).isEmpty()) {
            problem = tr("“%1” is not a fax number (5 to 20 digits).").arg(receiver);
        } else if (m_channel == DeliveryChannel::Email && !domain::isEmailAddress(receiver)) {
            problem = tr("“%1” is not an e-mail address.").arg(receiver);
        }
    }
    m_acceptable = problem.isEmpty();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_acceptable);
}

domain::ReportDelivery SendReportDialog::request() const {
    domain::ReportDelivery out;
    out.channel = m_channel;
    out.report = m_report;
    out.format = ReportFormat(m_format->currentData().toInt());
    for (const QString &receiver : split(m_receivers->toPlainText())) {
        domain::DeliveryReceiver to;
        if (m_channel == DeliveryChannel::Fax) {
            to.faxNumber = domain::faxDigits(receiver);
        } else {
            to.email = receiver;
        }
        out.receivers.append(to);
    }
    return out;
}

} // namespace corpcare::views
