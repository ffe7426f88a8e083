#pragma once

#include "domain/product.h"

#include <QLocale>
#include <QVariant>

namespace corpcare::models {

// The columns every table of service users shows alike (the users table and the search results):
// what a cell says, and the raw value it sorts and exports by.
enum class UserField { Number, Name, Department, Account, Tariff, Services, Status, CurrentCharges };

// DisplayRole / ToolTipRole and RawValueRole (minor units, the MSISDN's digits, the wire status; the
// text for the others); an empty QVariant for other roles. `services`: the services text when the
// caller keeps it computed (else it is joined here).
QVariant userFieldData(const domain::ServiceUser &user, UserField field, int role, const QLocale &locale,
                       const QString *services = nullptr);

// "Roaming, Voicemail": the names of the line's services.
QString servicesText(const domain::ServiceUser &user);
// "Active", "Suspended", "Unknown", translated.
QString statusText(domain::ProductStatus status);

} // namespace corpcare::models
