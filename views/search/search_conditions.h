#pragma once

#include "domain/search.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace corpcare::models {
class CompanyData;
}

namespace corpcare::views {

// The condition editor of the search panel: checkable lists (Space toggles the current entry) for
// tariffs, services the line has / has not, departments (with their subdepartments) and accounts;
// check boxes for status and threshold state; charges from / to; a text for the number or name.
// Enter in a text field submits.
class SearchConditions : public QWidget {
    Q_OBJECT
public:
    explicit SearchConditions(const models::CompanyData *companyData, QWidget *parent = nullptr);

    domain::UserSearch search() const;
    // Values the lists do not hold (a tariff that no longer exists) are kept and searched as they are.
    void setSearch(const domain::UserSearch &search);
    void clear() { setSearch({}); }
    // Fills the lists from what is loaded (keeping what is checked): offerings, organizations, accounts.
    void refreshChoices();
    // Empty when the charges fields hold amounts, else what is wrong with them.
    QString inputProblem() const;
    // The charges range is a condition on financial data: without viewFinance the fields are disabled
    // and say why (`whyNot`), and the search leaves them out.
    void setChargesAllowed(bool allowed, const QString &whyNot = {});
    // Names for UserSearch::summary from what is loaded.
    domain::UserSearch::Names names() const;

signals:
    void submitted();

private:
    QListWidget *addList(const QString &objectName, const QString &accessibleName);
    static void fillList(QListWidget *list, const QList<std::pair<QString, QString>> &idsAndNames);
    static QStringList checkedIds(const QListWidget *list);
    static void checkIds(QListWidget *list, const QStringList &ids);
    std::optional<domain::Money> amount(const QLineEdit *field, bool *ok) const;

    const models::CompanyData *m_data;
    QListWidget *m_tariffs;
    QListWidget *m_servicesAll;
    QListWidget *m_servicesNone;
    QListWidget *m_departments;
    QListWidget *m_accounts;
    QCheckBox *m_active;
    QCheckBox *m_suspended;
    QCheckBox *m_overFirst;
    QCheckBox *m_overSecond;
    QLineEdit *m_chargesMin;
    QLineEdit *m_chargesMax;
    QLineEdit *m_text;
};

} // namespace corpcare::views
