#include "models/admin_models.h"

#include "models/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace corpcare::models {

void PortalUsersModel::setUsers(QList<domain::PortalUser> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int PortalUsersModel::rowOfLogin(const QString &login) const {
    for (int row = 0; row < int(m_users.size()); ++row) {
        if (m_users.at(row).login == login) {
            return row;
        }
    }
    return -1;
}

int PortalUsersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int PortalUsersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortalUsersModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::PortalUser &user = m_users.at(index.row());
    if (role == IdRole) {
        return user.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Login:
        return user.login;
    case Name:
        return user.name;
    case Role:
        return user.role;
    case Permissions:
        return user.permissions.join(QStringLiteral(", "));
    case Scope: {
        QStringList names;
        for (const domain::ScopeGrant &grant : user.scope) {
            names.append(grant.name.isEmpty() ? grant.id : grant.name);
        }
        return names.join(QStringLiteral(", "));
    }
    case State:
        return user.disabled ? tr("Disabled") : tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PortalUsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Permissions:
        return tr("Permissions");
    case Scope:
        return tr("Sees");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void AuditRecordsModel::setRecords(QList<domain::AuditRecord> records) {
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditRecordsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditRecordsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditRecordsModel::stateText(const QJsonObject &state) {
    QStringList parts;
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            text = object.value(QStringLiteral("name")).toString(object.value(QStringLiteral("id")).toString());
            if (text.isEmpty()) {
                text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            }
        } else if (value.isArray()) {
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        } else {
            text = value.toVariant().toString();
        }
        parts.append(it.key() + QStringLiteral(": ") + text);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AuditRecordsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const domain::AuditRecord &record = m_records.at(index.row());
    if (role == IdRole) {
        return record.id;
    }
    if (role == RawValueRole && index.column() == Date) {
        return record.date;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Date:
        return QLocale().toString(record.date.toLocalTime(), QLocale::ShortFormat);
    case Actor:
        return record.actor;
    case Source:
        return record.source;
    case Action:
        return record.action;
    case Object:
        return QStringLiteral("%1 %2").arg(record.targetType,
                                           record.target.name.isEmpty() ? record.target.id : record.target.name);
    case Before:
        return stateText(record.before);
    case After:
        return stateText(record.after);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Date:
        return tr("When");
    case Actor:
        return tr("Who");
    case Source:
        return tr("From");
    case Action:
        return tr("What");
    case Object:
        return tr("Object");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace corpcare::models
