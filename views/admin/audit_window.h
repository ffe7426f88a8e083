#pragma once

#include "api/domain_metatypes.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace corpcare::api {
class Session;
}
namespace corpcare::models {
class AuditRecordsModel;
}

namespace corpcare::views {

class TableView;

// Administration → Audit trail (issue 6): every change and sign-in the server recorded, newest first,
// filtered by person (login), object (its id) and days; a table like every other (sort, columns,
// Ctrl+E export, Ctrl+P print). Read-only: the trail cannot be edited, here or on the server.
class AuditWindow : public QWidget {
    Q_OBJECT
public:
    explicit AuditWindow(api::Session *session, QWidget *parent = nullptr);

    void show(const QString &person, const QString &objectId = {});
    void reload();

    QLineEdit *personEdit() const { return m_person; }
    QLineEdit *objectEdit() const { return m_object; }
    const models::AuditRecordsModel *records() const { return m_model; }
    TableView *table() const { return m_table; }

signals:
    void loaded(int count);

private:
    api::Session *m_session;
    models::AuditRecordsModel *m_model;
    TableView *m_table;
    QLineEdit *m_person;
    QLineEdit *m_object;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
};

} // namespace corpcare::views
