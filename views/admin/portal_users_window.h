#pragma once

#include "api/domain_metatypes.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace corpcare::api {
class Session;
}
namespace corpcare::models {
class CompanyData;
class PortalUsersModel;
} // namespace corpcare::models

namespace corpcare::views {

class TableView;

// Administration → Portal users (issue 6): the users the signed-in manager manages, and an editor
// for one: name, role (which brings its permissions), the permissions one by one (those he does not
// hold himself are disabled and say so), what he sees (departments and accounts ticked in the
// company's tree, with the count of lines that gives), a password, disabled or not. New starts an
// empty user; Save sends it (POST for a new one, PATCH for a change); the server's refusals show
// under the editor and nothing typed is lost.
class PortalUsersWindow : public QWidget {
    Q_OBJECT
public:
    PortalUsersWindow(api::Session *session, const models::CompanyData *companyData, QWidget *parent = nullptr);

    void reload();
    void startNew();
    // Shows the user of that table row in the editor.
    void edit(int row);
    void save();
    void setDisabled(bool disabled); // the user in the editor: disable or enable him now
    // Adds a single line (by its number, formatted or not) to what the user sees; false when no loaded
    // line has that number (the status says so).
    bool addLine(const QString &number);

    // The editor's fields, for keyboard users' labels and for tests.
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QCheckBox *permissionBox(const QString &permission) const { return m_permissions.value(permission); }
    QTreeWidget *scopeTree() const { return m_scope; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *willSee() const { return m_willSee; }
    QLabel *status() const { return m_status; }
    TableView *table() const { return m_table; }
    const models::PortalUsersModel *users() const { return m_model; }

signals:
    void loaded();
    void saved(const corpcare::domain::PortalUser &user);
    void failed(const QString &message);

private:
    void fillScopeTree();
    QTreeWidgetItem *linesNode();
    void addLineItem(const QString &productId, Qt::CheckState state);
    void applyRole(const QString &role);
    void updateWillSee();
    QJsonObject editedFields(bool creating) const;
    QList<domain::ScopeGrant> checkedScope() const;

    api::Session *m_session;
    const models::CompanyData *m_data;
    models::PortalUsersModel *m_model;
    TableView *m_table;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QHash<QString, QCheckBox *> m_permissions;
    QTreeWidget *m_scope;
    QLineEdit *m_password;
    QLabel *m_willSee;
    QLabel *m_status;
    QPushButton *m_disable;
    QLineEdit *m_lineNumber;
    QTreeWidgetItem *m_lines = nullptr; // "Single lines", made when the first is added
    QString m_editingId;                // empty: a new user
    bool m_editingDisabled = false;
};

} // namespace corpcare::views
