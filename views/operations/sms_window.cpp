#include "views/operations/sms_window.h"

#include "api/session.h"
#include "api/submission_tracker.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "models/message_receivers_model.h"
#include "views/common/table_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace corpcare::views {

namespace json = domain::json;

SmsWindow::SmsWindow(api::Session *session, QList<domain::ServiceUser> lines, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_lines(std::move(lines)),
      m_model(new models::MessageReceiversModel(this)), m_text(new QPlainTextEdit(this)), m_length(new QLabel(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_tryAgain(new QPushButton(tr("&Try again"), this)),
      m_progress(new QProgressBar(this)), m_counts(new QLabel(this)),
      m_table(new TableView(QStringLiteral("smsReceivers"), this)) {
    setObjectName(QStringLiteral("smsWindow"));
    setWindowTitle(tr("SMS to %Ln service user(s)", nullptr, int(m_lines.size())));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Text of the SMS:"), this));
    m_text->setAccessibleName(tr("Text of the SMS"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    row->addWidget(m_length, 1);
    row->addWidget(m_send);
    row->addWidget(m_tryAgain);
    m_tryAgain->hide();
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    m_table->setAccessibleName(tr("Delivery to each receiver"));
    m_table->setModel(m_model);
    layout->addWidget(m_table, 1);
    m_progress->setRange(0, int(m_lines.size()));
    m_progress->setValue(0);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SmsWindow::updateLength);
    connect(m_send, &QPushButton::clicked, this, &SmsWindow::send);
    connect(m_tryAgain, &QPushButton::clicked, this, &SmsWindow::tryAgain);
    updateLength();
    resize(700, 600);
}

QPushButton *SmsWindow::tryAgainButton() const {
    return m_tryAgain;
}

void SmsWindow::setText(const QString &text) {
    m_text->setPlainText(text);
}

bool SmsWindow::isFinal() const {
    return m_final;
}

void SmsWindow::updateLength() {
    const qsizetype length = m_text->toPlainText().size();
    const bool fits = length > 0 && length <= json::kMaxSmsLength;
    m_length->setText(tr("%1 of %2 characters, to %Ln service user(s)", nullptr, int(m_lines.size()))
                          .arg(length)
                          .arg(json::kMaxSmsLength));
    m_send->setEnabled(fits && !m_tracker && !m_lines.isEmpty());
}

void SmsWindow::send() {
    domain::CommunicationMessage message;
    message.externalId = QStringLiteral("corpcare-sms-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.content = m_text->toPlainText();
    for (const domain::ServiceUser &line : std::as_const(m_lines)) {
        message.receivers.append({line.id, line.msisdn, domain::DeliveryState::Pending, {}});
    }
    m_tracker = new api::SubmissionTracker(
        m_session, json::collectionPath(json::Resource::CommunicationMessage),
        [](const QJsonObject &resource) {
            return resource.value(QStringLiteral("state")).toString() == QStringLiteral("completed");
        },
        this);
    connect(m_tracker, &api::SubmissionTracker::updated, this, &SmsWindow::showMessage);
    connect(m_tracker, &api::SubmissionTracker::finished, this, [this](const api::ApiError &error) {
        if (error.isError()) {
            m_counts->setText(tr("The SMS could not be sent or followed: %1").arg(error.message));
            m_tryAgain->setVisible(error.mayPassOnRetry());
            return;
        }
        m_final = true;
        emit messageFinished(m_model->message());
    });
    m_text->setReadOnly(true);
    m_send->setEnabled(false);
    m_counts->setText(tr("Sending…"));
    m_tracker->submit([message] { return json::newCommunicationMessageJson(message); });
}

void SmsWindow::tryAgain() {
    m_tryAgain->hide();
    m_counts->setText(m_tracker->href().isEmpty() ? tr("Sending…") : tr("Following the SMS again…"));
    m_tracker->tryAgain();
}

void SmsWindow::showMessage(const QJsonObject &resource) {
    const auto read = json::communicationMessageFromJson(resource);
    if (!read.ok()) {
        m_counts->setText(tr("The server's answer could not be read: %1").arg(read.error().toString()));
        return;
    }
    const bool first = m_model->rowCount() == 0;
    m_model->setMessage(read.value());
    if (first) {
        m_table->fitColumnsUnlessSaved();
    }
    const auto counts = m_model->counts();
    const int delivered = counts.value(domain::DeliveryState::Delivered);
    const int failed = counts.value(domain::DeliveryState::Failed);
    m_progress->setValue(delivered + failed);
    m_counts->setText(tr("%1 delivered, %2 failed, %3 sent, %4 waiting")
                          .arg(delivered)
                          .arg(failed)
                          .arg(counts.value(domain::DeliveryState::Sent))
                          .arg(counts.value(domain::DeliveryState::Pending)));
}

} // namespace corpcare::views
