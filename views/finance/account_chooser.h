#pragma once

#include <QComboBox>
#include <QStringList>

namespace corpcare::views {

// Which billing accounts a report covers: all the user may see, one, or several chosen in a list
// ("Several accounts…"). The server scopes "all"; the client never widens what it may see.
class AccountChooser : public QComboBox {
    Q_OBJECT
public:
    explicit AccountChooser(QWidget *parent = nullptr);

    void setAccounts(const QList<std::pair<QString, QString>> &accounts); // (id, name), in the order shown
    void selectAccount(const QString &accountId);                         // empty: all accounts
    void selectAccounts(const QStringList &accountIds);                   // several; one or none as above
    QStringList selectedIds() const;                                      // empty: all accounts
    QString selectionText() const; // for report headers: "All accounts", a name, or the names

signals:
    void selectionChanged();

private:
    void onActivated(int index);
    void showSeveral(const QStringList &accountIds);
    QString nameOf(const QString &id) const;

    QList<std::pair<QString, QString>> m_accounts;
    QStringList m_several;
    int m_previous = 0;
};

} // namespace corpcare::views
