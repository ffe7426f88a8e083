#include "views/admin/audit_window.h"

#include "api/resource_loaders.h"
#include "models/admin_models.h"
#include "views/common/table_view.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corpcare::views {

AuditWindow::AuditWindow(api::Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_model(new models::AuditRecordsModel(this)) {
    setObjectName(QStringLiteral("auditWindow"));
    setWindowTitle(tr("Audit trail"));
    m_person = new QLineEdit(this);
    m_person->setPlaceholderText(tr("login"));
    m_object = new QLineEdit(this);
    m_object->setPlaceholderText(tr("id"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
    }
    auto *showButton = new QPushButton(tr("&Show"), this);
    showButton->setDefault(true);
    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    labelled(tr("&Person:"), m_person);
    labelled(tr("&Object:"), m_object);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    filters->addWidget(showButton);
    m_table = new TableView(QStringLiteral("auditRecords"), this);
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setModel(m_model);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(showButton, &QPushButton::clicked, this, &AuditWindow::reload);
    for (QLineEdit *edit : {m_person, m_object}) {
        connect(edit, &QLineEdit::returnPressed, this, &AuditWindow::reload);
    }
    resize(1200, 650);
}

void AuditWindow::show(const QString &person, const QString &objectId) {
    m_person->setText(person);
    m_object->setText(objectId);
    QWidget::show();
    reload();
}

void AuditWindow::reload() {
    m_status->setText(tr("Loading…"));
    const api::Filters filters{{QStringLiteral("actor"), m_person->text().trimmed()},
                               {QStringLiteral("target.id"), m_object->text().trimmed()},
                               {QStringLiteral("date.gte"), m_from->date().toString(Qt::ISODate)},
                               {QStringLiteral("date.lte"), m_to->date().toString(Qt::ISODate)}};
    api::collectAll<domain::AuditRecord>(api::loadAuditRecords(m_session, filters, this), this,
                                         [this](QList<domain::AuditRecord> records, const api::ApiError &error) {
                                             if (error.isError()) {
                                                 m_status->setText(
                                                     tr("The audit trail could not be read: %1").arg(error.message));
                                                 return;
                                             }
                                             const int count = int(records.size());
                                             m_model->setRecords(std::move(records));
                                             m_table->fitColumnsUnlessSaved();
                                             m_status->setText(tr("%Ln record(s), newest first.", nullptr, count));
                                             emit loaded(count);
                                         });
}

} // namespace corpcare::views
