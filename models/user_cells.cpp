#include "models/user_cells.h"

#include "domain/json/wire_names.h"
#include "models/money_format.h"
#include "models/roles.h"

#include <QCoreApplication>

namespace corpcare::models {

QString servicesText(const domain::ServiceUser &user) {
    QStringList names;
    names.reserve(user.services.size());
    for (const domain::ServiceProduct &service : user.services) {
        names.append(service.offering.name);
    }
    return names.join(QStringLiteral(", "));
}

QString statusText(domain::ProductStatus status) {
    switch (status) {
    case domain::ProductStatus::Active:
        return QCoreApplication::translate("ServiceUsersModel", "Active");
    case domain::ProductStatus::Suspended:
        return QCoreApplication::translate("ServiceUsersModel", "Suspended");
    case domain::ProductStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("ServiceUsersModel", "Unknown");
}

QVariant userFieldData(const domain::ServiceUser &user, UserField field, int role, const QLocale &locale,
                       const QString *services) {
    if (role == RawValueRole) {
        switch (field) {
        case UserField::CurrentCharges:
            return user.currentCharges ? QVariant(user.currentCharges->minor()) : QVariant();
        case UserField::Number:
            return user.msisdn;
        case UserField::Status:
            return domain::wire::toWire(user.status);
        default:
            return userFieldData(user, field, Qt::DisplayRole, locale, services);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (field) {
    case UserField::Number:
        return domain::formatMsisdn(user.msisdn);
    case UserField::Name:
        return user.user.name;
    case UserField::Department:
        return user.department.name;
    case UserField::Account:
        return user.billingAccount.name;
    case UserField::Tariff:
        return user.tariff.name;
    case UserField::Services:
        return services ? *services : servicesText(user);
    case UserField::Status:
        return statusText(user.status);
    case UserField::CurrentCharges:
        return user.currentCharges ? formatMoney(*user.currentCharges, locale) : QString();
    }
    return {};
}

} // namespace corpcare::models
