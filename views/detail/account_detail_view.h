#pragma once

#include "domain/billing_account.h"

#include <QDate>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace corpcare::views {

// One billing account's figures (profile: settlement method, balance, expenditure rate,
// disconnection forecast with days left, partial suspension level, minimum reconnection balance,
// credit limit, state), with a warning line when disconnection is near or the account is suspended.
class AccountDetailView : public QWidget {
    Q_OBJECT
public:
    explicit AccountDetailView(QWidget *parent = nullptr);
    void setAccount(const domain::BillingAccount &account, QDate today);

private:
    QLabel *m_title;
    QLabel *m_warning;
    QFormLayout *m_form;
};

} // namespace corpcare::views
