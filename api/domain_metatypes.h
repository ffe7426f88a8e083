#pragma once

#include "domain/audit_record.h"
#include "domain/bill.h"
#include "domain/billing_account.h"
#include "domain/party.h"
#include "domain/payment.h"
#include "domain/portal_user.h"
#include "domain/product.h"
#include "domain/threshold.h"
#include "domain/usage.h"

#include <QList>
#include <QMetaType>

// The domain values that travel in a QVariant (PagedListLoader pages) or through queued signals.
Q_DECLARE_METATYPE(corpcare::domain::Organization)
Q_DECLARE_METATYPE(corpcare::domain::Individual)
Q_DECLARE_METATYPE(corpcare::domain::BillingAccount)
Q_DECLARE_METATYPE(corpcare::domain::ServiceUser)
Q_DECLARE_METATYPE(corpcare::domain::ProductOffering)
Q_DECLARE_METATYPE(corpcare::domain::PortalUser)
Q_DECLARE_METATYPE(QList<corpcare::domain::Organization>)
Q_DECLARE_METATYPE(QList<corpcare::domain::Individual>)
Q_DECLARE_METATYPE(QList<corpcare::domain::BillingAccount>)
Q_DECLARE_METATYPE(QList<corpcare::domain::ServiceUser>)
Q_DECLARE_METATYPE(QList<corpcare::domain::ProductOffering>)
Q_DECLARE_METATYPE(QList<corpcare::domain::Bill>)
Q_DECLARE_METATYPE(QList<corpcare::domain::BillItem>)
Q_DECLARE_METATYPE(QList<corpcare::domain::Payment>)
Q_DECLARE_METATYPE(QList<corpcare::domain::UsageRecord>)
Q_DECLARE_METATYPE(QList<corpcare::domain::ChargeThreshold>)
Q_DECLARE_METATYPE(QList<corpcare::domain::PortalUser>)
Q_DECLARE_METATYPE(QList<corpcare::domain::AuditRecord>)

namespace corpcare::api {

// Registers the types above at run time, which also lets QVariant iterate the lists
// (QSequentialIterable). Cheap and idempotent; the resource loaders call it.
void registerDomainMetaTypes();

} // namespace corpcare::api
