#pragma once

#include "api/api_error.h"
#include "domain/bill.h"

#include <QObject>
#include <QPointer>

namespace corpcare::api {
class ItemizationLoader;
class PagedListLoader;
class Session;
} // namespace corpcare::api

namespace corpcare::models {
class CompanyData;
}

namespace corpcare::views {

class FinanceWindow;

// Loads what the financial-control window asks for: the bills and payments of the chosen accounts and
// period, and the charges since the last bill. A new choice cancels what an older one still loads, so
// an answer never lands in a view that asks for something else.
class FinanceController : public QObject {
    Q_OBJECT
public:
    FinanceController(api::Session *session, models::CompanyData *data, FinanceWindow *window);

    void reload();
    bool isLoading() const { return m_running > 0; }
    // Fetches one bill by id (a payment's allocation), then billReady().
    void fetchBill(const QString &billId);

signals:
    void loaded(); // bills, charges and payments of the current choice are shown
    void billReady(const corpcare::domain::Bill &bill);
    void itemizationLoaded(); // every line of the period is in the itemization model

private:
    template <typename T, typename Show>
    void run(api::PagedListLoader *loader, const QString &what, Show show);
    void finishOne(const QString &what, const api::ApiError &error);
    void cancel();
    void refreshAccounts();
    void loadPeriodCharges();
    void loadItemization();
    void nameBillsInItemization();

    api::Session *m_session;
    models::CompanyData *m_data;
    FinanceWindow *m_window;
    QList<QPointer<api::PagedListLoader>> m_loaders;
    QPointer<api::ItemizationLoader> m_itemization;
    int m_generation = 0;
    int m_running = 0;
    bool m_periodChargesLoading = false;
    QStringList m_problems;
};

} // namespace corpcare::views
