#include "views/finance/account_chooser.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
// Item data of the two entries that are not an account.
const QString kSeveralChosen = QStringLiteral("#several");
const QString kChooseSeveral = QStringLiteral("#choose");

QStringList askForAccounts(QWidget *parent, const QList<std::pair<QString, QString>> &accounts,
                           const QStringList &chosen) {
    QDialog dialog(parent);
    dialog.setWindowTitle(AccountChooser::tr("Billing accounts"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(AccountChooser::tr("Tick the accounts the report covers:"), &dialog));
    auto *list = new QListWidget(&dialog);
    for (const auto &[id, name] : accounts) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            ids.append(list->item(row)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}
} // namespace

AccountChooser::AccountChooser(QWidget *parent) : QComboBox(parent) {
    setAccessibleName(tr("Billing accounts"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setAccounts({});
    connect(this, &QComboBox::activated, this, &AccountChooser::onActivated);
}

void AccountChooser::setAccounts(const QList<std::pair<QString, QString>> &accounts) {
    const QStringList selected = selectedIds();
    m_accounts = accounts;
    {
        const QSignalBlocker quiet(this);
        clear();
        addItem(tr("All accounts"), QString());
        for (const auto &[id, name] : accounts) {
            addItem(name, id);
        }
        addItem(tr("Several accounts…"), kChooseSeveral);
    }
    selectAccounts(selected);
}

void AccountChooser::selectAccount(const QString &accountId) {
    selectAccounts(accountId.isEmpty() ? QStringList() : QStringList{accountId});
}

void AccountChooser::selectAccounts(const QStringList &accountIds) {
    QStringList known;
    for (const QString &id : accountIds) {
        if (!nameOf(id).isEmpty()) {
            known.append(id);
        }
    }
    if (known.size() > 1) {
        showSeveral(known);
        return;
    }
    const int index = known.isEmpty() ? 0 : findData(known.first());
    if (index != currentIndex()) {
        setCurrentIndex(index);
        m_previous = index;
        emit selectionChanged();
    }
}

QStringList AccountChooser::selectedIds() const {
    const QString chosen = currentData().toString();
    if (chosen == kSeveralChosen) {
        return m_several;
    }
    return chosen.isEmpty() || chosen == kChooseSeveral ? QStringList() : QStringList{chosen};
}

QString AccountChooser::selectionText() const {
    if (currentData().toString() != kSeveralChosen) {
        return currentText();
    }
    QStringList names;
    for (const QString &id : m_several) {
        names.append(nameOf(id));
    }
    return names.join(QStringLiteral(", "));
}

void AccountChooser::onActivated(int index) {
    if (itemData(index).toString() != kChooseSeveral) {
        if (index != m_previous) {
            m_previous = index;
            emit selectionChanged();
        }
        return;
    }
    const QStringList chosen = askForAccounts(this, m_accounts, m_several);
    if (chosen.isEmpty()) {
        setCurrentIndex(m_previous); // cancelled, or nothing ticked: the choice stays what it was
        return;
    }
    setCurrentIndex(m_previous);
    selectAccounts(chosen);
}

void AccountChooser::showSeveral(const QStringList &accountIds) {
    {
        const QSignalBlocker quiet(this); // the combo's own signals: what changed is said once, below
        const int existing = findData(kSeveralChosen);
        if (existing >= 0) {
            removeItem(existing);
        }
        m_several = accountIds;
        insertItem(1, tr("%n account(s)", nullptr, int(accountIds.size())), kSeveralChosen);
        setCurrentIndex(1);
        setItemData(1, selectionText(), Qt::ToolTipRole);
        m_previous = 1;
    }
    emit selectionChanged();
}

QString AccountChooser::nameOf(const QString &id) const {
    for (const auto &[accountId, name] : m_accounts) {
        if (accountId == id) {
            return name;
        }
    }
    return {};
}

} // namespace corpcare::views
