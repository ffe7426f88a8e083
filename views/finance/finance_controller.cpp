#include "views/finance/finance_controller.h"

#include "api/finance_loaders.h"
#include "api/itemization_loader.h"
#include "api/resource_loaders.h"
#include "domain/itemization_rows.h"
#include "models/bill_items_model.h"
#include "models/bills_model.h"
#include "models/company_data.h"
#include "views/delivery/report_delivery_actions.h"
#include "views/finance/finance_window.h"

#include <algorithm>
#include <memory>

namespace corpcare::views {

FinanceController::FinanceController(api::Session *session, models::CompanyData *data, FinanceWindow *window)
    : QObject(window), m_session(session), m_data(data), m_window(window) {
    connect(window, &FinanceWindow::selectionChanged, this, &FinanceController::reload);
    connect(window, &FinanceWindow::refreshRequested, this, &FinanceController::reload);
    connect(window, &FinanceWindow::cancelRequested, this, [this] {
        cancel();
        m_window->setLoading(false);
        m_window->setStatus(tr("Loading cancelled: the tables show what had arrived before."));
    });
    connect(window, &FinanceWindow::billIdActivated, this, &FinanceController::fetchBill);
    connect(window, &FinanceWindow::periodChargesWanted, this, &FinanceController::loadPeriodCharges);
    connect(window, &FinanceWindow::itemizationWanted, this, &FinanceController::loadItemization);
    connect(data, &models::CompanyData::accountsChanged, this, &FinanceController::refreshAccounts);
    window->setCompanyName(data->companyName());
    refreshAccounts();
    attachReportDelivery(window, session); // Send by e-mail / fax, Scheduled deliveries (issue 7)
}

void FinanceController::refreshAccounts() {
    QList<std::pair<QString, QString>> accounts;
    for (const domain::BillingAccount &account : m_data->accounts()) {
        accounts.append({account.id, account.name});
    }
    std::sort(accounts.begin(), accounts.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    m_window->setAccounts(accounts);
}

void FinanceController::cancel() {
    ++m_generation; // first: a loader may say it ended while it is cancelled, and that is no news
    for (const QPointer<api::PagedListLoader> &loader : std::exchange(m_loaders, {})) {
        if (loader) {
            loader->cancel();
            loader->deleteLater();
        }
    }
    if (m_itemization) {
        m_itemization->disconnect(this);
        m_itemization->cancel();
        m_itemization->deleteLater();
    }
    m_running = 0;
    m_periodChargesLoading = false;
    m_problems.clear();
}

template <typename T, typename Show>
void FinanceController::run(api::PagedListLoader *loader, const QString &what, Show show) {
    const int generation = m_generation;
    m_loaders.append(loader);
    ++m_running;
    api::collectAll<T>(loader, this, [this, what, show, generation](QList<T> rows, const api::ApiError &error) {
        if (generation != m_generation) {
            return; // a newer choice is loading
        }
        if (!error.isError()) {
            show(std::move(rows));
        }
        finishOne(what, error);
    });
}

void FinanceController::reload() {
    cancel();
    const QStringList accounts = m_window->selectedAccountIds();
    const domain::Period period = m_window->period();
    m_window->setStatus(tr("Loading bills, charges and payments…"));
    m_window->setLoading(true);
    run<domain::Bill>(api::loadBillsOfPeriod(m_session, accounts, period, this), tr("bills"),
                      [this](QList<domain::Bill> bills) {
                          m_window->setBills(std::move(bills));
                          nameBillsInItemization();
                      });
    run<domain::BillItem>(api::loadUnbilledCharges(m_session, accounts, this), tr("charges since the last bill"),
                          [this](QList<domain::BillItem> items) {
                              for (domain::BillItem &item : items) { // the lines name their account by id only
                                  if (const domain::BillingAccount *account = m_data->account(item.billingAccount.id)) {
                                      item.billingAccount.name = account->name;
                                  }
                              }
                              m_window->setUnbilledCharges(std::move(items));
                          });
    run<domain::Payment>(api::loadPayments(m_session, accounts, period, this), tr("payments"),
                         [this](QList<domain::Payment> payments) { m_window->setPayments(std::move(payments)); });
    m_window->markPeriodChargesStale();
    if (m_window->chartsShown()) {
        loadPeriodCharges();
    }
    m_window->markItemizationStale();
    if (m_window->itemizationShown()) {
        loadItemization();
    }
}

void FinanceController::nameBillsInItemization() {
    QHash<QString, QString> numberOfBill;
    for (const domain::Bill &bill : m_window->bills()->bills()) {
        numberOfBill.insert(bill.id, bill.billNo);
    }
    m_window->itemization()->setBillNumbers(numberOfBill);
}

// The lines name users, tariffs and services by id (the compact CSV form): the model shows them by the
// numbers and names the company data already holds.
void FinanceController::loadItemization() {
    if (m_itemization) {
        return;
    }
    models::BillItemsModel *items = m_window->itemization();
    m_window->startItemization();
    QHash<QString, QString> numberOfProduct;
    numberOfProduct.reserve(qsizetype(m_data->serviceUsers().size()));
    for (const domain::ServiceUser &user : m_data->serviceUsers()) {
        numberOfProduct.insert(user.id, domain::formatMsisdn(user.msisdn));
    }
    QHash<QString, QString> nameOfOffering;
    for (const domain::ProductOffering &offering : m_data->offerings()) {
        nameOfOffering.insert(offering.id, offering.name);
    }
    items->setServiceUserNumbers(numberOfProduct);
    items->setOfferingNames(nameOfOffering);
    nameBillsInItemization();

    m_itemization = api::loadItemizationRows(m_session, m_window->selectedAccountIds(), {}, m_window->period(), this);
    struct Sums {
        qint64 excluded = 0;
        qint64 included = 0;
        qint64 lines = 0;
        QString currency;
    };
    auto sums = std::make_shared<Sums>();
    connect(m_itemization, &api::ItemizationLoader::pageReady, this,
            [items, sums](const domain::ItemizationPage &page) {
                for (const domain::ItemizationRow &row : page.rows) {
                    sums->excluded += row.taxExcluded;
                    sums->included += row.taxIncluded;
                    if (sums->currency.isEmpty()) {
                        sums->currency = page.text(row.currency);
                    }
                }
                sums->lines += page.size();
                items->append(page);
            });
    connect(m_itemization, &api::ItemizationLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_window->setStatus(total < 0 ? tr("Loading the itemization: %1 lines").arg(loaded)
                                      : tr("Loading the itemization: %1 of %2 lines").arg(loaded).arg(total));
    });
    m_window->setLoading(true);
    connect(m_itemization, &api::ItemizationLoader::finished, this, [this, sums](const api::ApiError &error) {
        m_itemization->deleteLater();
        m_window->setLoading(m_running > 0);
        if (error.isError()) {
            m_window->setStatus(tr("The itemization could not be loaded: %1").arg(error.message));
            m_window->markItemizationStale();
            return;
        }
        m_window->setStatus({});
        m_window->finishItemization(domain::Money(sums->excluded, sums->currency),
                                    domain::Money(sums->included, sums->currency), sums->lines);
        emit itemizationLoaded();
    });
    m_itemization->start();
}

void FinanceController::loadPeriodCharges() {
    if (m_periodChargesLoading) {
        return;
    }
    m_periodChargesLoading = true;
    m_window->setLoading(true);
    const int generation = m_generation;
    run<domain::BillItem>(
        api::loadChargesOfPeriod(m_session, m_window->selectedAccountIds(), {}, m_window->period(), this),
        tr("charges of the period"), [this, generation](QList<domain::BillItem> items) {
            if (generation == m_generation) {
                m_window->setPeriodCharges(std::move(items));
            }
        });
}

void FinanceController::finishOne(const QString &what, const api::ApiError &error) {
    if (error.isError()) {
        m_problems.append(tr("The %1 could not be loaded: %2").arg(what, error.message));
    }
    if (--m_running > 0) {
        return;
    }
    m_loaders.clear();
    m_periodChargesLoading = false;
    m_window->setLoading(false);
    m_window->setStatus(m_problems.join(QLatin1Char('\n')));
    emit loaded();
}

void FinanceController::fetchBill(const QString &billId) {
    for (const domain::Bill &bill : m_window->bills()->bills()) {
        if (bill.id == billId) {
            emit billReady(bill);
            return;
        }
    }
    api::collectAll<domain::Bill>(
        api::loadBill(m_session, billId, this), this,
        [this, billId](const QList<domain::Bill> &found, const api::ApiError &error) {
            if (error.isError() || found.isEmpty()) {
                m_window->setStatus(error.isError() ? tr("Bill %1 could not be loaded: %2").arg(billId, error.message)
                                                    : tr("Bill %1 is not available to you.").arg(billId));
                return;
            }
            emit billReady(found.first());
        });
}

} // namespace corpcare::views
