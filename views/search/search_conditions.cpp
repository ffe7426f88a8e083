#include "views/search/search_conditions.h"

#include "models/company_data.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {

constexpr int kIdRole = Qt::UserRole;

// Depth-first, children under their parent, indented: the department list reads like the tree.
void addSubtree(const models::CompanyData *data, const QString &id, int depth, QList<std::pair<QString, QString>> *out,
                QSet<QString> *seen) {
    if (seen->contains(id)) {
        return;
    }
    seen->insert(id);
    const domain::Organization *organization = data->organization(id);
    out->append({id, QString(depth * 3, QLatin1Char(' ')) + (organization ? organization->name : id)});
    for (const domain::Organization &child : data->organizations()) {
        if (child.parent.id == id) {
            addSubtree(data, child.id, depth + 1, out, seen);
        }
    }
}

} // namespace

SearchConditions::SearchConditions(const models::CompanyData *companyData, QWidget *parent)
    : QWidget(parent), m_data(companyData) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchText"));
    setFocusProxy(m_text); // the search starts where one types: the number or name
    m_text->setPlaceholderText(tr("Number or name"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Number or name contains"));
    layout->addWidget(m_text);

    auto *lists = new QGridLayout;
    const auto addLabelled = [&](int row, int column, const QString &title, QListWidget *list) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(title, this);
        label->setBuddy(list);
        box->addWidget(label);
        box->addWidget(list);
        lists->addLayout(box, row, column);
    };
    m_tariffs = addList(QStringLiteral("tariffs"), tr("Tariffs"));
    m_servicesAll = addList(QStringLiteral("servicesAll"), tr("Has all of these services"));
    m_servicesNone = addList(QStringLiteral("servicesNone"), tr("Has none of these services"));
    m_departments = addList(QStringLiteral("departments"), tr("Departments"));
    m_accounts = addList(QStringLiteral("accounts"), tr("Billing accounts"));
    addLabelled(0, 0, tr("&Tariff"), m_tariffs);
    addLabelled(0, 1, tr("&Department (with subdepartments)"), m_departments);
    addLabelled(1, 0, tr("&Has services"), m_servicesAll);
    addLabelled(1, 1, tr("Has &not services"), m_servicesNone);
    addLabelled(2, 0, tr("Billing &account"), m_accounts);

    auto *others = new QFormLayout;
    auto *statuses = new QHBoxLayout;
    m_active = new QCheckBox(tr("Acti&ve"), this);
    m_suspended = new QCheckBox(tr("&Suspended"), this);
    m_active->setObjectName(QStringLiteral("statusActive"));
    m_suspended->setObjectName(QStringLiteral("statusSuspended"));
    statuses->addWidget(m_active);
    statuses->addWidget(m_suspended);
    statuses->addStretch();
    others->addRow(tr("Status:"), statuses);
    auto *levels = new QHBoxLayout;
    m_overFirst = new QCheckBox(tr("Over &first"), this);
    m_overSecond = new QCheckBox(tr("Over s&econd"), this);
    m_overFirst->setObjectName(QStringLiteral("overFirst"));
    m_overSecond->setObjectName(QStringLiteral("overSecond"));
    m_overFirst->setToolTip(tr("Charges this month exceed the first threshold (lines over the second too)"));
    levels->addWidget(m_overFirst);
    levels->addWidget(m_overSecond);
    levels->addStretch();
    others->addRow(tr("Threshold:"), levels);
    auto *charges = new QHBoxLayout;
    m_chargesMin = new QLineEdit(this);
    m_chargesMax = new QLineEdit(this);
    m_chargesMin->setObjectName(QStringLiteral("chargesMin"));
    m_chargesMax->setObjectName(QStringLiteral("chargesMax"));
    m_chargesMin->setPlaceholderText(tr("from"));
    m_chargesMax->setPlaceholderText(tr("to"));
    m_chargesMin->setAccessibleName(tr("Charges this month from"));
    m_chargesMax->setAccessibleName(tr("Charges this month to"));
    charges->addWidget(m_chargesMin);
    charges->addWidget(new QLabel(QStringLiteral("–"), this));
    charges->addWidget(m_chargesMax);
    auto *chargesLabel = new QLabel(tr("&Charges this month:"), this);
    chargesLabel->setBuddy(m_chargesMin);
    others->addRow(chargesLabel, charges);
    lists->addLayout(others, 2, 1);
    layout->addLayout(lists, 1);

    for (QLineEdit *field : {m_text, m_chargesMin, m_chargesMax}) {
        connect(field, &QLineEdit::returnPressed, this, &SearchConditions::submitted);
    }
    connect(companyData, &models::CompanyData::organizationsChanged, this, &SearchConditions::refreshChoices);
    connect(companyData, &models::CompanyData::accountsChanged, this, &SearchConditions::refreshChoices);
    connect(companyData, &models::CompanyData::offeringsChanged, this, &SearchConditions::refreshChoices);
    connect(companyData, &models::CompanyData::cleared, this, &SearchConditions::refreshChoices);
    // Without a catalogue the tariff and service lists come from the lines, so they follow the pages.
    connect(companyData, &models::CompanyData::serviceUsersAppended, this, [this] {
        if (m_data->offerings().empty()) {
            refreshChoices();
        }
    });
    refreshChoices();
}

QListWidget *SearchConditions::addList(const QString &objectName, const QString &accessibleName) {
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(80);
    list->setUniformItemSizes(true);
    return list;
}

void SearchConditions::fillList(QListWidget *list, const QList<std::pair<QString, QString>> &idsAndNames) {
    const QStringList checked = checkedIds(list);
    list->clear();
    for (const auto &[id, name] : idsAndNames) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    checkIds(list, checked);
}

QStringList SearchConditions::checkedIds(const QListWidget *list) {
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            out.append(list->item(row)->data(kIdRole).toString());
        }
    }
    return out;
}

void SearchConditions::checkIds(QListWidget *list, const QStringList &ids) {
    QSet<QString> wanted(ids.begin(), ids.end());
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const QString id = item->data(kIdRole).toString();
        item->setCheckState(wanted.remove(id) ? Qt::Checked : Qt::Unchecked);
    }
    // An id the company no longer has (a saved search of a removed tariff) stays visible and searched.
    for (const QString &id : ids) {
        if (wanted.contains(id)) {
            auto *item = new QListWidgetItem(tr("%1 (not loaded)").arg(id), list);
            item->setData(kIdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

void SearchConditions::refreshChoices() {
    QList<std::pair<QString, QString>> tariffs;
    QList<std::pair<QString, QString>> services;
    for (const domain::ProductOffering &offering : m_data->offerings()) {
        (offering.kind == domain::OfferingKind::Tariff ? tariffs : services).append({offering.id, offering.name});
    }
    if (m_data->offerings().empty()) {
        // No catalogue loaded: offer what the loaded lines have.
        QSet<QString> seenTariffs;
        QSet<QString> seenServices;
        for (const domain::ServiceUser &user : m_data->serviceUsers()) {
            if (!seenTariffs.contains(user.tariff.id)) {
                seenTariffs.insert(user.tariff.id);
                tariffs.append({user.tariff.id, user.tariff.name});
            }
            for (const domain::ServiceProduct &service : user.services) {
                if (!seenServices.contains(service.offering.id)) {
                    seenServices.insert(service.offering.id);
                    services.append({service.offering.id, service.offering.name});
                }
            }
        }
    }
    fillList(m_tariffs, tariffs);
    fillList(m_servicesAll, services);
    fillList(m_servicesNone, services);
    QList<std::pair<QString, QString>> departments;
    QSet<QString> seen;
    for (const domain::Organization &organization : m_data->organizations()) {
        if (organization.parent.isNull() || !m_data->organization(organization.parent.id)) {
            addSubtree(m_data, organization.id, 0, &departments, &seen);
        }
    }
    fillList(m_departments, departments);
    QList<std::pair<QString, QString>> accounts;
    for (const domain::BillingAccount &account : m_data->accounts()) {
        accounts.append({account.id, account.name});
    }
    fillList(m_accounts, accounts);
}

std::optional<domain::Money> SearchConditions::amount(const QLineEdit *field, bool *ok) const {
    QString text = field->text().trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0)); // the locale's group separator as typed or pasted
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const std::optional<qint64> minor = domain::Money::parseMinor(text);
    if (!minor) {
        *ok = false;
        return std::nullopt;
    }
    const QString currency = m_data->currency();
    return domain::Money(*minor, currency);
}

QString SearchConditions::inputProblem() const {
    bool ok = true;
    amount(m_chargesMin, &ok);
    amount(m_chargesMax, &ok);
    return ok ? QString() : tr("Charges must be amounts like 1500 or 1500.50.");
}

void SearchConditions::setChargesAllowed(bool allowed, const QString &whyNot) {
    for (QLineEdit *field : {m_chargesMin, m_chargesMax}) {
        field->setEnabled(allowed);
        field->setToolTip(allowed ? QString() : whyNot);
        if (!allowed) {
            field->clear(); // nothing the user cannot see narrows his search
        }
    }
}

domain::UserSearch SearchConditions::search() const {
    domain::UserSearch out;
    out.tariffIds = checkedIds(m_tariffs);
    out.servicesAll = checkedIds(m_servicesAll);
    out.servicesNone = checkedIds(m_servicesNone);
    out.departmentIds = checkedIds(m_departments);
    out.accountIds = checkedIds(m_accounts);
    if (m_active->isChecked()) {
        out.statuses.append(domain::ProductStatus::Active);
    }
    if (m_suspended->isChecked()) {
        out.statuses.append(domain::ProductStatus::Suspended);
    }
    if (m_overFirst->isChecked()) {
        out.thresholdStates.append(domain::ThresholdState::OverFirst);
    }
    if (m_overSecond->isChecked()) {
        out.thresholdStates.append(domain::ThresholdState::OverSecond);
    }
    bool ok = true;
    if (m_chargesMin->isEnabled()) { // disabled: the user may not search by charges (setChargesAllowed)
        out.chargesMin = amount(m_chargesMin, &ok);
        out.chargesMax = amount(m_chargesMax, &ok);
    }
    out.text = m_text->text().trimmed();
    return out;
}

void SearchConditions::setSearch(const domain::UserSearch &search) {
    checkIds(m_tariffs, search.tariffIds);
    checkIds(m_servicesAll, search.servicesAll);
    checkIds(m_servicesNone, search.servicesNone);
    checkIds(m_departments, search.departmentIds);
    checkIds(m_accounts, search.accountIds);
    m_active->setChecked(search.statuses.contains(domain::ProductStatus::Active));
    m_suspended->setChecked(search.statuses.contains(domain::ProductStatus::Suspended));
    m_overFirst->setChecked(search.thresholdStates.contains(domain::ThresholdState::OverFirst));
    m_overSecond->setChecked(search.thresholdStates.contains(domain::ThresholdState::OverSecond));
    m_chargesMin->setText(search.chargesMin ? search.chargesMin->toDecimalString() : QString());
    m_chargesMax->setText(search.chargesMax ? search.chargesMax->toDecimalString() : QString());
    m_text->setText(search.text);
}

domain::UserSearch::Names SearchConditions::names() const {
    const models::CompanyData *company = m_data;
    // The lists hold every offering shown, from the catalogue or from the loaded lines.
    const QListWidget *tariffs = m_tariffs;
    const QListWidget *services = m_servicesAll;
    return {[tariffs, services](const QString &id) {
                for (const QListWidget *list : {tariffs, services}) {
                    for (int row = 0; row < list->count(); ++row) {
                        if (list->item(row)->data(kIdRole).toString() == id) {
                            return list->item(row)->text();
                        }
                    }
                }
                return QString();
            },
            [company](const QString &id) {
                const domain::Organization *organization = company->organization(id);
                return organization ? organization->name : QString();
            },
            [company](const QString &id) {
                const domain::BillingAccount *account = company->account(id);
                return account ? account->name : QString();
            }};
}

} // namespace corpcare::views
