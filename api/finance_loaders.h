#pragma once

#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "domain/period.h"

#include <QStringList>

// Loaders of the financial-control views (issue 4). Like resource_loaders.h: each page arrives as
// QVariant::fromValue(QList<domain::X>); connect first, then start(). An empty list of account ids
// means every account the caller may see: the server scopes the answer, the client never widens it.
namespace corpcare::api {

// One bill by id: a page of one, or none when it is outside the caller's scope.
PagedListLoader *loadBill(Session *session, const QString &billId, QObject *parent);
// Bills whose billing period starts within the period.
PagedListLoader *loadBillsOfPeriod(Session *session, const QStringList &accountIds, const domain::Period &period,
                                   QObject *parent);
// Charges since the last bill (appliedCustomerBillingRate with isBilled=false).
PagedListLoader *loadUnbilledCharges(Session *session, const QStringList &accountIds, QObject *parent);
// Billed lines whose period starts within the period, of the given accounts and, when productIds is
// not empty, of those service users only. A million lines and more: read with keyset paging, pages in
// id order (PagedListLoader::setKeysetPaging).
PagedListLoader *loadChargesOfPeriod(Session *session, const QStringList &accountIds, const QStringList &productIds,
                                     const domain::Period &period, QObject *parent);
// Payments made within the period, with their allocations to bills.
PagedListLoader *loadPayments(Session *session, const QStringList &accountIds, const domain::Period &period,
                              QObject *parent);
// A service user's calls, SMS and data sessions within the period.
PagedListLoader *loadUsage(Session *session, const QString &productId, const domain::Period &period, QObject *parent);

// The filters of the billed lines of a period (accounts and products empty: all in scope): the JSON
// list above and the CSV walks of api/itemization_loader.h ask for the same lines.
Filters chargesOfPeriodFilters(const QStringList &accountIds, const QStringList &productIds,
                               const domain::Period &period);

} // namespace corpcare::api
