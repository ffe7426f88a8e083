#pragma once

#include "domain/bill.h"
#include "domain/product.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace corpcare::views {

// One service user: number, person, department, account, tariff, status (suspension shown
// clearly), services, and the charges since the last bill when the user may see them.
class ServiceUserDetailView : public QWidget {
    Q_OBJECT
public:
    explicit ServiceUserDetailView(QWidget *parent = nullptr);

    void setServiceUser(const domain::ServiceUser &user);
    void setRecentCharges(const QList<domain::BillItem> &items);
    void setRecentChargesMessage(const QString &message); // loading, not allowed, or an error
    QString shownUserId() const { return m_userId; }
    // "Calls, SMS and data…": it needs viewFinance, which the controller checks.
    QPushButton *usageButton() const { return m_usage; }

signals:
    void accountLinkActivated(const QString &accountId);
    void usageRequested(const QString &productId); // calls, SMS and data of the user shown

private:
    QString m_userId;
    QLabel *m_title;
    QLabel *m_status;
    QFormLayout *m_form;
    QTableWidget *m_services;
    QTableWidget *m_charges;
    QLabel *m_chargesMessage;
    QPushButton *m_usage;
};

} // namespace corpcare::views
