#pragma once

#include "domain/audit_record.h"
#include "domain/portal_user.h"

#include <QAbstractTableModel>
#include <QList>

namespace corpcare::models {

// The portal users the signed-in manager may manage (issue 6), one row each.
class PortalUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, Name, Role, Permissions, Scope, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(QList<domain::PortalUser> users);
    const QList<domain::PortalUser> &users() const { return m_users; }
    int rowOfLogin(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::PortalUser> m_users;
};

// The audit trail as the server lists it (newest first): when, who, what, which object, before and after.
class AuditRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Actor, Source, Action, Object, Before, After, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<domain::AuditRecord> records);
    const QList<domain::AuditRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A before/after part in one line: "status: active, productOffering: Business 500".
    static QString stateText(const QJsonObject &state);

private:
    QList<domain::AuditRecord> m_records;
};

} // namespace corpcare::models
