#include "views/operations/operations_controller.h"

#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "domain/portal_user.h"
#include "models/company_data.h"
#include "models/thresholds_data.h"
#include "views/operations/group_operation_dialog.h"
#include "views/operations/order_window.h"
#include "views/operations/sms_window.h"
#include "views/search/search_panel.h"

#include <QHBoxLayout>
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

void OperationsController::loadThresholds() {
    api::PagedListLoader *loader = api::loadChargeThresholds(m_session, this);
    auto thresholds = std::make_shared<QList<domain::ChargeThreshold>>();
    connect(loader, &api::PagedListLoader::pageReady, this, [thresholds](qint64, const QVariant &page) {
        *thresholds += page.value<QList<domain::ChargeThreshold>>();
    });
    connect(loader, &api::PagedListLoader::finished, this, [this, loader, thresholds](const api::ApiError &error) {
        loader->deleteLater();
        if (!error.isError()) {
            m_thresholds->setThresholds(*thresholds);
        } // without them every line's state is "not known", which the views say
        emit thresholdsLoaded();
    });
    loader->start();
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
    layout->addWidget(m_panel, 1);
    auto *buttons = new QHBoxLayout;
    auto *sms = new QPushButton(tr("Send S&MS to the selected…"), m_search);
    sms->setEnabled(false);
    buttons->addStretch(1);
    buttons->addWidget(sms);
    layout->addLayout(buttons);
    connect(m_panel, &SearchPanel::selectionChanged, sms,
            [sms](const QStringList &productIds) { sms->setEnabled(!productIds.isEmpty()); });
    connect(sms, &QPushButton::clicked, this, [this] { startSms(m_panel->selectedProductIds()); });
    connect(m_panel, &SearchPanel::groupOperationRequested, this, &OperationsController::startGroupOperation);
    connect(m_panel, &SearchPanel::userActivated, this, &OperationsController::userActivated);
    m_search->resize(1300, 800);
    m_search->show();
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
    auto *window = new OrderWindow(m_session, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QHash<QString, QString> numbers;
    for (const domain::ServiceUser &line : linesOf(*m_data, productIds)) {
        numbers.insert(line.id, domain::formatMsisdn(line.msisdn));
    }
    window->setNumbers(numbers);
    connect(window, &OrderWindow::orderFinished, this, [this](const domain::ProductOrder &order) {
        if (OrderWindow::countsOf(order).done > 0) {
            emit refreshWanted(); // the lines changed on the server: show them as they are now
        }
    });
    window->show();
    emit orderWindowOpened(window);
    window->submit(domain::orderFor(dialog.preview(), operation, externalId));
}

void OperationsController::startSms(const QStringList &productIds) {
    auto *window = new SmsWindow(m_session, linesOf(*m_data, productIds), m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    emit smsWindowOpened(window);
}

} // namespace corpcare::views
