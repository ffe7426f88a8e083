#pragma once

#include "domain/bill.h"

#include <QString>

namespace corpcare::domain {

// The name of an itemization line (appliedCustomerBillingRate `name`), from its kind and the offering
// that rated it: "Monthly fee: <tariff>", the service's name, or "Calls" / "SMS" / "Mobile data".
// The one rule, shared by the server's JSON writer and the client's compact rows (which carry only
// the offering's id and learn its name from the catalogue).
QString chargeName(ChargeKind kind, const QString &offeringName);

} // namespace corpcare::domain
