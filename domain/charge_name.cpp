#include "domain/charge_name.h"

namespace corpcare::domain {

QString chargeName(ChargeKind kind, const QString &offeringName) {
    switch (kind) {
    case ChargeKind::Tariff:
        return QStringLiteral("Monthly fee: ") + offeringName;
    case ChargeKind::Service:
        return offeringName;
    case ChargeKind::Calls:
        return QStringLiteral("Calls");
    case ChargeKind::Sms:
        return QStringLiteral("SMS");
    case ChargeKind::Data:
        return QStringLiteral("Mobile data");
    }
    return offeringName;
}

} // namespace corpcare::domain
