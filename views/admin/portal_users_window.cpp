#include "views/admin/portal_users_window.h"

#include "api/json_request_job.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "models/admin_models.h"
#include "models/company_data.h"
#include "views/common/permissions.h"
#include "views/common/table_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
constexpr int kKindRole = Qt::UserRole + 1; // a scope item's domain::ScopeKind
constexpr int kIdRole = Qt::UserRole + 2;
} // namespace

PortalUsersWindow::PortalUsersWindow(api::Session *session, const models::CompanyData *companyData, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_data(companyData),
      m_model(new models::PortalUsersModel(this)) {
    setObjectName(QStringLiteral("portalUsersWindow"));
    setWindowTitle(tr("Portal users"));

    m_table = new TableView(QStringLiteral("portalUsers"), this);
    m_table->setAccessibleName(tr("Portal users"));
    m_table->setModel(m_model);
    auto *newButton = new QPushButton(tr("&New user"), this);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(newButton, 0, Qt::AlignLeft);

    auto *editor = new QGroupBox(tr("User"), this);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(editor);
    m_login->setPlaceholderText(tr("a-z, 0-9, '.', '_', '-'"));
    m_name = new QLineEdit(editor);
    m_role = new QComboBox(editor);
    for (const QString &role : domain::role::all) {
        m_role->addItem(role, role);
    }
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto *permissionsBox = new QWidget(editor);
    auto *permissionsLayout = new QVBoxLayout(permissionsBox);
    permissionsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &permission : domain::permission::all) {
        auto *box = new QCheckBox(permission, permissionsBox);
        // A grantor grants only what he holds: the others are shown, disabled, with the reason.
        permissions::allow(box, m_session, permission);
        m_permissions.insert(permission, box);
        permissionsLayout->addWidget(box);
    }
    form->addRow(tr("Permissions:"), permissionsBox);
    m_scope = new QTreeWidget(editor);
    m_scope->setHeaderHidden(true);
    m_scope->setAccessibleName(tr("What the user sees"));
    form->addRow(tr("&Sees:"), m_scope);
    // Single lines are few in a scope but 100,000 in a company: they are added by number, not listed.
    auto *lineRow = new QHBoxLayout;
    m_lineNumber = new QLineEdit(editor);
    m_lineNumber->setPlaceholderText(tr("a number, e.g. +7 910 255-51-22"));
    auto *addLineButton = new QPushButton(tr("Add &line"), editor);
    lineRow->addWidget(m_lineNumber, 1);
    lineRow->addWidget(addLineButton);
    auto *lineLabel = new QLabel(tr("Single l&ine:"), editor);
    lineLabel->setBuddy(m_lineNumber);
    form->addRow(lineLabel, lineRow);
    connect(addLineButton, &QPushButton::clicked, this, [this] { addLine(m_lineNumber->text()); });
    connect(m_lineNumber, &QLineEdit::returnPressed, this, [this] { addLine(m_lineNumber->text()); });
    m_willSee = new QLabel(editor);
    m_willSee->setWordWrap(true);
    form->addRow(QString(), m_willSee);
    m_password = new QLineEdit(editor);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 10 characters; empty keeps the current one"));
    form->addRow(tr("&Password:"), m_password);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addLayout(form, 1);
    m_status = new QLabel(editor);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("portalUsersStatus"));
    editorLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_disable = new QPushButton(tr("&Disable"), editor);
    auto *saveButton = new QPushButton(tr("&Save"), editor);
    saveButton->setDefault(true);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    editorLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(editor);
    splitter->setSizes({650, 550});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(newButton, &QPushButton::clicked, this, &PortalUsersWindow::startNew);
    connect(saveButton, &QPushButton::clicked, this, &PortalUsersWindow::save);
    connect(m_disable, &QPushButton::clicked, this, [this] { setDisabled(!m_editingDisabled); });
    connect(m_role, &QComboBox::currentTextChanged, this, &PortalUsersWindow::applyRole);
    connect(m_scope, &QTreeWidget::itemChanged, this, &PortalUsersWindow::updateWillSee);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    edit(current.row());
                }
            });
    fillScopeTree();
    startNew();
    resize(1250, 720);
    reload();
}

void PortalUsersWindow::fillScopeTree() {
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_lines = nullptr;
    QHash<QString, QTreeWidgetItem *> items;
    const auto checkable = [](QTreeWidgetItem *item, domain::ScopeKind kind, const QString &id) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setData(0, kKindRole, int(kind));
        item->setData(0, kIdRole, id);
    };
    // Parents before children: organizations arrive in any order, so place them in passes.
    QList<const domain::Organization *> pending;
    for (const domain::Organization &organization : m_data->organizations()) {
        pending.append(&organization);
    }
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            QTreeWidgetItem *parent = items.value((*it)->parent.id);
            if (!parent && m_data->organization((*it)->parent.id)) {
                ++it; // its parent is not placed yet
                continue;
            }
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_scope);
            item->setText(0, (*it)->name);
            checkable(item, domain::ScopeKind::Organization, (*it)->id);
            items.insert((*it)->id, item);
            it = pending.erase(it);
        }
        if (pending.size() == before) {
            break; // a cycle in the parents: what is left stays out
        }
    }
    for (const domain::BillingAccount &account : m_data->accounts()) {
        QTreeWidgetItem *owner = items.value(account.owner.id);
        auto *item = owner ? new QTreeWidgetItem(owner) : new QTreeWidgetItem(m_scope);
        item->setText(0, tr("Account %1").arg(account.name));
        checkable(item, domain::ScopeKind::BillingAccount, account.id);
    }
    m_scope->expandAll();
}

QTreeWidgetItem *PortalUsersWindow::linesNode() {
    if (!m_lines) {
        m_lines = new QTreeWidgetItem(m_scope);
        m_lines->setText(0, tr("Single lines"));
        m_lines->setFlags(Qt::ItemIsEnabled); // a heading: not checkable itself
        m_lines->setExpanded(true);
    }
    return m_lines;
}

bool PortalUsersWindow::addLine(const QString &number) {
    const QString digits = QString(number).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    const domain::ServiceUser *found = nullptr;
    for (const domain::ServiceUser &user : m_data->serviceUsers()) {
        if (!digits.isEmpty() && user.msisdn == digits) {
            found = &user;
            break;
        }
    }
    if (!found) {
        m_status->setText(tr("No line with the number %1 is loaded.").arg(number));
        return false;
    }
    addLineItem(found->id, Qt::Checked);
    m_lineNumber->clear();
    m_status->clear();
    updateWillSee();
    return true;
}

void PortalUsersWindow::addLineItem(const QString &productId, Qt::CheckState state) {
    QTreeWidgetItem *node = linesNode();
    for (int i = 0; i < node->childCount(); ++i) {
        if (node->child(i)->data(0, kIdRole).toString() == productId) {
            node->child(i)->setCheckState(0, state);
            return;
        }
    }
    const domain::ServiceUser *user = m_data->serviceUser(productId);
    auto *item = new QTreeWidgetItem(node);
    item->setText(0, user ? domain::formatMsisdn(user->msisdn) + QStringLiteral(" — ") + user->user.name : productId);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setData(0, kKindRole, int(domain::ScopeKind::Product));
    item->setData(0, kIdRole, productId);
    item->setCheckState(0, state);
}

void PortalUsersWindow::reload() {
    m_status->setText(tr("Loading the portal users…"));
    api::collectAll<domain::PortalUser>(api::loadPortalUsers(m_session, this), this,
                                        [this](QList<domain::PortalUser> users, const api::ApiError &error) {
                                            if (error.isError()) {
                                                m_status->setText(error.message);
                                                emit failed(error.message);
                                                return;
                                            }
                                            m_model->setUsers(std::move(users));
                                            m_table->fitColumnsUnlessSaved();
                                            m_status->clear();
                                            emit loaded();
                                        });
}

void PortalUsersWindow::startNew() {
    m_editingId.clear();
    m_editingDisabled = false;
    m_login->clear();
    m_login->setReadOnly(false);
    m_name->clear();
    m_password->clear();
    m_role->setCurrentText(domain::role::viewer);
    applyRole(domain::role::viewer);
    const QSignalBlocker blocker(m_scope);
    delete std::exchange(m_lines, nullptr); // single lines belong to the user edited
    for (QTreeWidgetItemIterator it(m_scope); *it; ++it) {
        (*it)->setCheckState(0, Qt::Unchecked);
    }
    m_disable->setEnabled(false);
    m_disable->setText(tr("&Disable"));
    m_status->clear();
    updateWillSee();
    m_login->setFocus();
}

void PortalUsersWindow::edit(int row) {
    if (row < 0 || row >= int(m_model->users().size())) {
        return;
    }
    const domain::PortalUser &user = m_model->users().at(row);
    m_editingId = user.id;
    m_editingDisabled = user.disabled;
    m_login->setText(user.login);
    m_login->setReadOnly(true); // a login never changes
    m_name->setText(user.name);
    {
        const QSignalBlocker blocker(m_role);
        m_role->setCurrentText(user.role);
    }
    for (auto it = m_permissions.begin(); it != m_permissions.end(); ++it) {
        it.value()->setChecked(user.permissions.contains(it.key()));
    }
    {
        const QSignalBlocker blocker(m_scope);
        delete std::exchange(m_lines, nullptr);
        for (const domain::ScopeGrant &grant : user.scope) {
            if (grant.kind == domain::ScopeKind::Product) {
                addLineItem(grant.id, Qt::Checked);
            }
        }
        for (QTreeWidgetItemIterator it(m_scope); *it; ++it) {
            if (!((*it)->flags() & Qt::ItemIsUserCheckable)) {
                continue; // the "Single lines" heading
            }
            const auto kind = domain::ScopeKind((*it)->data(0, kKindRole).toInt());
            const QString id = (*it)->data(0, kIdRole).toString();
            const bool granted = std::any_of(user.scope.begin(), user.scope.end(),
                                             [&](const domain::ScopeGrant &g) { return g.kind == kind && g.id == id; });
            (*it)->setCheckState(0, granted ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_password->clear();
    m_disable->setEnabled(user.id != m_session->currentUser().id);
    m_disable->setText(user.disabled ? tr("&Enable") : tr("&Disable"));
    m_status->clear();
    updateWillSee();
}

void PortalUsersWindow::applyRole(const QString &role) {
    const QStringList bundle = domain::role::permissionsOf(role);
    for (auto it = m_permissions.begin(); it != m_permissions.end(); ++it) {
        it.value()->setChecked(bundle.contains(it.key()) && it.value()->isEnabled());
    }
}

QList<domain::ScopeGrant> PortalUsersWindow::checkedScope() const {
    QList<domain::ScopeGrant> out;
    for (QTreeWidgetItemIterator it(m_scope); *it; ++it) {
        if (((*it)->flags() & Qt::ItemIsUserCheckable) && (*it)->checkState(0) == Qt::Checked) {
            out.append({domain::ScopeKind((*it)->data(0, kKindRole).toInt()), (*it)->data(0, kIdRole).toString(),
                        (*it)->text(0)});
        }
    }
    return out;
}

void PortalUsersWindow::updateWillSee() {
    // What the user will see, as the server decides it (profile §5): the ticked departments with their
    // subtrees, the ticked accounts and lines. Sets, not lists: this runs over every loaded line on
    // each tick.
    QSet<QString> organizations;
    QSet<QString> accounts;
    QSet<QString> lines;
    for (const domain::ScopeGrant &grant : checkedScope()) {
        switch (grant.kind) {
        case domain::ScopeKind::Organization:
            for (const QString &id : m_data->organizationSubtree(grant.id)) {
                organizations.insert(id);
            }
            break;
        case domain::ScopeKind::BillingAccount:
            accounts.insert(grant.id);
            break;
        case domain::ScopeKind::Product:
            lines.insert(grant.id);
            break;
        }
    }
    int lineCount = 0;
    for (const domain::ServiceUser &user : m_data->serviceUsers()) {
        lineCount += organizations.contains(user.department.id) || accounts.contains(user.billingAccount.id) ||
                             lines.contains(user.id)
                         ? 1
                         : 0;
    }
    int accountCount = 0;
    for (const domain::BillingAccount &account : m_data->accounts()) {
        accountCount += organizations.contains(account.owner.id) || accounts.contains(account.id) ? 1 : 0;
    }
    m_willSee->setText(organizations.isEmpty() && accounts.isEmpty() && lines.isEmpty()
                           ? tr("Tick what the user sees: departments (with their subdepartments), accounts or "
                                "single lines.")
                           : tr("Will see %n department(s), ", nullptr, int(organizations.size())) +
                                 tr("%n account(s) and ", nullptr, accountCount) +
                                 tr("%Ln service user(s).", nullptr, lineCount));
}

QJsonObject PortalUsersWindow::editedFields(bool creating) const {
    QJsonObject out{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("role"), m_role->currentData().toString()}};
    QStringList permissions;
    for (const QString &permission : domain::permission::all) {
        if (m_permissions.value(permission)->isChecked()) {
            permissions.append(permission);
        }
    }
    out.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(permissions));
    QJsonArray scope;
    for (const domain::ScopeGrant &grant : checkedScope()) {
        scope.append(QJsonObject{{QStringLiteral("id"), grant.id},
                                 {QStringLiteral("@referredType"), domain::wire::toWire(grant.kind)}});
    }
    out.insert(QStringLiteral("scope"), scope);
    if (creating) {
        out.insert(QStringLiteral("login"), m_login->text().trimmed());
    }
    if (!m_password->text().isEmpty()) {
        out.insert(QStringLiteral("password"), m_password->text());
    }
    return out;
}

void PortalUsersWindow::save() {
    const bool creating = m_editingId.isEmpty();
    const QString path = QString::fromLatin1(domain::json::kPortalUserPath);
    api::JsonRequestJob *job = creating
                                   ? m_session->postJson(path, QJsonDocument(editedFields(true)))
                                   : m_session->patchJson(path + QLatin1Char('/') + m_editingId, editedFields(false));
    m_status->setText(creating ? tr("Creating the user…") : tr("Saving…"));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            // The server says what is wrong; everything typed stays in the editor.
            m_status->setText(job->error().message);
            emit failed(job->error().message);
            return;
        }
        const auto user = domain::json::portalUserFromJson(job->json().object());
        if (!user) {
            m_status->setText(user.error().toString());
            emit failed(user.error().toString());
            return;
        }
        m_password->clear();
        m_status->setText(tr("Saved %1.").arg(user.value().login));
        const domain::PortalUser saved = user.value();
        connect(
            this, &PortalUsersWindow::loaded, this,
            [this, saved] {
                const int row = m_model->rowOfLogin(saved.login);
                if (row >= 0) {
                    m_table->selectRow(row);
                }
                m_status->setText(tr("Saved %1.").arg(saved.login));
                emit this->saved(saved);
            },
            Qt::SingleShotConnection);
        reload();
    });
    job->start();
}

void PortalUsersWindow::setDisabled(bool disabled) {
    if (m_editingId.isEmpty()) {
        return;
    }
    api::JsonRequestJob *job =
        m_session->patchJson(QString::fromLatin1(domain::json::kPortalUserPath) + QLatin1Char('/') + m_editingId,
                             QJsonObject{{QStringLiteral("disabled"), disabled}});
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->error().isError()) {
            m_status->setText(job->error().message);
            emit failed(job->error().message);
            return;
        }
        reload();
    });
    job->start();
}

} // namespace corpcare::views
