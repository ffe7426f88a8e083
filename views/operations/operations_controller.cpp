#include "views/operations/operations_controller.h"

#include "api/json_request_job.h"
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/service_user_filters.h"
#include "api/session.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "domain/portal_user.h"
#include "models/company_data.h"
#include "models/order_items_model.h"
#include "models/thresholds_data.h"
#include "views/common/permissions.h"
#include "views/common/service_user_fetch.h"
#include "views/operations/group_operation_dialog.h"
#include "views/operations/order_window.h"
#include "views/operations/sms_window.h"
#include "views/operations/threshold_dialog.h"
#include "views/search/search_conditions.h"
#include "views/search/search_panel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

namespace corpcare::views {

namespace {
QList<domain::ServiceUser> linesOf(const models::CompanyData &data, const QStringList &productIds) {
    QList<domain::ServiceUser> lines;
    lines.reserve(productIds.size());
    for (const QString &id : productIds) {
        if (const domain::ServiceUser *line = data.serviceUser(id)) {
            lines.append(*line);
        }
    }
    return lines;
}
} // namespace

OperationsController::OperationsController(api::Session *session, models::CompanyData *data, QWidget *window)
    : QObject(window), m_session(session), m_data(data), m_window(window),
      m_thresholds(new models::ThresholdsData(data, this)) {}

void OperationsController::watch(OrderWindow *window) {
    connect(window, &OrderWindow::orderFinished, this, [this, window](const domain::ProductOrder &order) {
        if (!window->sawRunning()) {
            return; // an order that was over before it was opened here: what it changed is loaded already
        }
        QStringList changed;
        for (const domain::ProductOrderItem &item : order.items) {
            if (item.state == domain::OrderItemState::Completed) {
                changed.append(item.product.id);
            }
        }
        if (!changed.isEmpty()) {
            refreshLines(changed); // the lines changed on the server: show them as they are now
        }
    });
}

void OperationsController::refreshLines(const QStringList &productIds) {
    auto *fetch = new ServiceUserFetch(m_session, m_data, api::serviceUserIdFilters(productIds), this);
    connect(fetch, &ServiceUserFetch::finished, this, [this, fetch, productIds](const api::ApiError &error) {
        fetch->deleteLater();
        if (error.isError()) {
            emit refreshWanted(); // the whole company again; if that fails too, its banner says why
            return;
        }
        emit linesRefreshed(productIds);
    });
    fetch->start();
}

void OperationsController::listOrders(const QString &filter, std::function<void(const QList<RecentOrder> &)> then) {
    // Only what a list shows: an order of 10,000 lines is over a megabyte with its items.
    const QString path = domain::json::collectionPath(domain::json::Resource::ProductOrder) +
                         QStringLiteral("?fields=id,href,description,state,orderDate,completionDate&limit=100&") +
                         filter;
    api::JsonRequestJob *job = m_session->get(path);
    connect(job, &api::ApiJob::finished, this, [job, then = std::move(then)] {
        QList<RecentOrder> orders;
        for (const QJsonValue &value : job->json().array()) {
            const QJsonObject order = value.toObject();
            orders.append({order.value(QStringLiteral("href")).toString(),
                           order.value(QStringLiteral("description")).toString(),
                           domain::wire::fromWire<domain::OrderState>(order.value(QStringLiteral("state")).toString())
                               .value_or(domain::OrderState::Acknowledged),
                           QDateTime::fromString(order.value(QStringLiteral("orderDate")).toString(), Qt::ISODate)});
        }
        then(orders);
    });
    job->start();
}

OrderWindow *OperationsController::openOrderWindow() {
    auto *window = new OrderWindow(m_session, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setNumberOf([data = m_data](const QString &productId) {
        const domain::ServiceUser *line = data->serviceUser(productId);
        return line ? domain::formatMsisdn(line->msisdn) : QString();
    });
    watch(window);
    window->show();
    emit orderWindowOpened(window);
    return window;
}

OrderWindow *OperationsController::followOrder(const QString &href) {
    OrderWindow *window = openOrderWindow();
    window->follow(href);
    return window;
}

void OperationsController::resumeRunningOrders() {
    if (m_resumed || !m_session->currentUser().permissions.contains(domain::permission::changeProducts)) {
        return; // once a session: a refresh does not open them again
    }
    m_resumed = true;
    listOrders(QStringLiteral("state=acknowledged,inProgress"), [this](const QList<RecentOrder> &orders) {
        for (const RecentOrder &order : orders) {
            followOrder(order.href);
        }
    });
}

void OperationsController::showRecentOrders() {
    const QString since = QDate::currentDate().addDays(-kRecentDays).toString(Qt::ISODate);
    listOrders(QStringLiteral("orderDate.gte=") + since, [this](const QList<RecentOrder> &orders) {
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Recent orders"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(
            tr("Your group operations of the last %n day(s) (Enter opens one):", nullptr, kRecentDays), &dialog));
        auto *list = new QListWidget(&dialog);
        list->setAccessibleName(tr("Recent orders"));
        const QLocale locale;
        for (const RecentOrder &order : orders) {
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 — %3")
                                                 .arg(locale.toString(order.date.toLocalTime(), QLocale::ShortFormat),
                                                      order.description.isEmpty() ? order.href : order.description,
                                                      models::OrderItemsModel::orderStateText(order.state)),
                                             list);
            item->setData(Qt::UserRole, order.href);
        }
        layout->addWidget(list, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, &dialog);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
        list->setCurrentRow(0);
        dialog.resize(700, 400);
        emit dialogShown(&dialog);
        if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
            return;
        }
        if (list->currentItem()) {
            followOrder(list->currentItem()->data(Qt::UserRole).toString());
        }
    });
}

void OperationsController::loadThresholds() {
    api::collectAll<domain::ChargeThreshold>(
        api::loadChargeThresholds(m_session, this), this,
        [this](QList<domain::ChargeThreshold> thresholds, const api::ApiError &error) {
            if (!error.isError()) {
                m_thresholds->setThresholds(std::move(thresholds));
            } // without them every line's state is "not known", which the views say
            emit thresholdsLoaded();
        });
}

SearchPanel *OperationsController::searchPanel() const {
    return m_panel.data();
}

void OperationsController::openSearch() {
    if (m_search) {
        m_search->show();
        m_search->raise();
        m_search->activateWindow();
        return;
    }
    m_search = new QWidget(m_window, Qt::Window);
    m_search->setObjectName(QStringLiteral("searchWindow"));
    m_search->setAttribute(Qt::WA_DeleteOnClose);
    m_search->setWindowTitle(tr("Search service users"));
    auto *layout = new QVBoxLayout(m_search);
    m_panel = new SearchPanel(m_data, m_thresholds, nullptr, m_search);
    m_panel->setServer(m_session);
    layout->addWidget(m_panel, 1);
    auto *buttons = new QHBoxLayout;
    auto *sms = new QPushButton(tr("Send S&MS to the selected…"), m_search);
    sms->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(sms);
    layout->addLayout(buttons);

    connect(sms, &QPushButton::clicked, this, [this] { startSms(m_panel->selectedProductIds()); });
    auto *thresholds = new QPushButton(tr("&Thresholds of the selected…"), m_search);
    thresholds->setEnabled(false);
    buttons->insertWidget(1, thresholds);

    connect(thresholds, &QPushButton::clicked, this, [this] { editThresholds(m_panel->selectedProductIds()); });
    auto *defaults = new QPushButton(tr("&Default thresholds…"), m_search);
    buttons->insertWidget(0, defaults);
    connect(defaults, &QPushButton::clicked, this, [this] {
        // The company, each department, each account: a default applies to their lines without their own.
        QStringList names;
        QList<std::pair<domain::ThresholdTargetKind, QString>> targets;
        for (const domain::Organization &organization : m_data->organizations()) {
            names.append(organization.name);
            targets.append({domain::ThresholdTargetKind::Organization, organization.id});
        }
        for (const domain::BillingAccount &account : m_data->accounts()) {
            names.append(account.name);
            targets.append({domain::ThresholdTargetKind::BillingAccount, account.id});
        }
        bool chosen = false;
        const QString name =
            QInputDialog::getItem(m_search, tr("Default thresholds"), tr("For:"), names, 0, false, &chosen);
        const qsizetype index = names.indexOf(name);
        if (chosen && index >= 0) {
            editDefaultThreshold(targets.at(index).first, targets.at(index).second);
        }
    });
    // What the user may do with a selection: disabled, with the permission it needs, when he may not.
    const auto offer = [this, sms, thresholds, defaults](const QStringList &productIds) {
        permissions::allow(sms, m_session, domain::permission::sendSms, !productIds.isEmpty());
        permissions::allow(thresholds, m_session, domain::permission::manageThresholds, !productIds.isEmpty());
        permissions::allow(defaults, m_session, domain::permission::manageThresholds);
    };
    offer({});
    connect(m_panel, &SearchPanel::selectionChanged, this, offer);
    connect(m_panel, &SearchPanel::groupOperationRequested, this, &OperationsController::startGroupOperation);
    connect(m_panel, &SearchPanel::userActivated, this, &OperationsController::userActivated);
    m_search->resize(1300, 800);
    m_search->show();
    m_search->activateWindow();
    m_panel->conditions()->setFocus(); // typing goes to the new window, not the one it came from
}

void OperationsController::startGroupOperation(const QStringList &productIds) {
    domain::Catalogue catalogue;
    for (const domain::ProductOffering &offering : m_data->offerings()) {
        catalogue.insert(offering.id, offering);
    }
    const bool mayChange = m_session->currentUser().permissions.contains(domain::permission::changeProducts);
    GroupOperationDialog dialog(linesOf(*m_data, productIds), catalogue, mayChange,
                                m_search ? m_search.data() : m_window);
    emit dialogShown(&dialog);
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!dialog.preview().canSend()) {
        return;
    }
    const domain::GroupOperation operation = dialog.operation();
    const QString externalId = QStringLiteral("corpcare-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    OrderWindow *window = openOrderWindow();
    window->submit(domain::orderFor(dialog.preview(), operation, externalId));
}

bool OperationsController::mayManageThresholds() {
    if (m_session->currentUser().permissions.contains(domain::permission::manageThresholds)) {
        return true;
    }
    QMessageBox::information(m_search ? m_search.data() : m_window, tr("Charge thresholds"),
                             tr("Changing thresholds needs the permission manageThresholds."));
    return false;
}

void OperationsController::editThresholds(const QStringList &productIds) {
    if (productIds.isEmpty() || !mayManageThresholds()) {
        return;
    }
    std::optional<domain::EffectiveThreshold> current;
    const auto &users = m_data->serviceUsers();
    for (size_t index = 0; index < users.size() && !current; ++index) {
        if (users[index].id == productIds.first()) {
            current = m_thresholds->effectiveOf(int(index));
        }
    }
    const domain::ServiceUser *first = m_data->serviceUser(productIds.first());
    const QString target = productIds.size() == 1 && first
                               ? domain::formatMsisdn(first->msisdn)
                               : tr("%Ln selected service user(s), each its own", nullptr, int(productIds.size()));
    ThresholdDialog dialog(target, current, m_data->currency(), m_search ? m_search.data() : m_window);
    emit dialogShown(&dialog);
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
        return;
    }
    QList<domain::ChargeThreshold> thresholds;
    for (const QString &id : productIds) {
        domain::ChargeThreshold threshold;
        threshold.target = {id, {}};
        threshold.targetKind = domain::ThresholdTargetKind::Product;
        threshold.first = dialog.first();
        threshold.second = dialog.second();
        thresholds.append(threshold);
    }
    saveThresholds(thresholds);
}

void OperationsController::editDefaultThreshold(domain::ThresholdTargetKind kind, const QString &targetId) {
    if (!mayManageThresholds()) {
        return;
    }
    std::optional<domain::EffectiveThreshold> current;
    for (const domain::ChargeThreshold &threshold : m_thresholds->thresholds()) {
        if (threshold.targetKind == kind && threshold.target.id == targetId) {
            current = domain::EffectiveThreshold{threshold.first, threshold.second, threshold.id, threshold.target,
                                                 threshold.targetKind};
        }
    }
    QString name = targetId;
    if (kind == domain::ThresholdTargetKind::BillingAccount && m_data->account(targetId)) {
        name = m_data->account(targetId)->name;
    } else if (kind == domain::ThresholdTargetKind::Organization && m_data->organization(targetId)) {
        name = m_data->organization(targetId)->name;
    }
    ThresholdDialog dialog(tr("every line of %1 without thresholds of its own").arg(name), current, m_data->currency(),
                           m_search ? m_search.data() : m_window);
    emit dialogShown(&dialog);
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
        return;
    }
    domain::ChargeThreshold threshold;
    threshold.target = {targetId, name};
    threshold.targetKind = kind;
    threshold.first = dialog.first();
    threshold.second = dialog.second();
    saveThresholds({threshold});
}

// One POST a target, one after another (the server answers each in milliseconds); then the thresholds
// are read again so that every line's state follows.
void OperationsController::saveThresholds(QList<domain::ChargeThreshold> thresholds) {
    struct Progress {
        QList<domain::ChargeThreshold> left;
        int saved = 0;
        QStringList problems;
    };
    auto progress = std::make_shared<Progress>();
    progress->left = std::move(thresholds);
    auto next = std::make_shared<std::function<void()>>();
    // The step holds itself only weakly; the request in flight holds it strongly, so it lives as long as
    // there is something to send, and not after.
    *next = [this, progress, weakNext = std::weak_ptr<std::function<void()>>(next)] {
        if (progress->left.isEmpty()) {
            emit thresholdsSaved(progress->saved, progress->problems);
            loadThresholds();
            return;
        }
        const domain::ChargeThreshold threshold = progress->left.takeFirst();
        api::JsonRequestJob *job = m_session->postJson(QString::fromLatin1(domain::json::kChargeThresholdPath),
                                                       QJsonDocument(domain::json::newChargeThresholdJson(threshold)));
        connect(job, &api::ApiJob::finished, this, [job, progress, next = weakNext.lock(), threshold] {
            if (job->error().isError()) {
                progress->problems.append(threshold.target.id + QStringLiteral(": ") + job->error().message);
            } else {
                ++progress->saved;
            }
            (*next)();
        });
        job->start();
    };
    (*next)();
}

void OperationsController::startSms(const QStringList &productIds) {
    auto *window = new SmsWindow(m_session, linesOf(*m_data, productIds), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    emit smsWindowOpened(window);
}

} // namespace corpcare::views
