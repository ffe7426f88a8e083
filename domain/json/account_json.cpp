// billingAccount (TMF666 v4.1) as the profile's CorporateBillingAccount.

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

const QString kOwnerRole = QStringLiteral("owner");
const QString kCurrentBalance = QStringLiteral("current");

} // namespace

QJsonObject toJson(const BillingAccount &value) {
    QJsonObject out =
        detail::resourceJson(Resource::BillingAccount, value.id, QStringLiteral("CorporateBillingAccount"));
    out.insert(QStringLiteral("name"), value.name);
    out.insert(QStringLiteral("accountType"), QStringLiteral("corporate"));
    out.insert(QStringLiteral("state"), wire::toWire(value.state));
    out.insert(QStringLiteral("ratingType"), wire::ratingType(value.settlementMethod));
    out.insert(QStringLiteral("paymentStatus"), wire::toWire(value.paymentStatus));

    QJsonObject owner = detail::refJson(value.owner, Resource::Organization);
    owner.insert(QStringLiteral("role"), kOwnerRole);
    out.insert(QStringLiteral("relatedParty"), QJsonArray{owner});

    QJsonObject balance{{QStringLiteral("balanceType"), kCurrentBalance},
                        {QStringLiteral("amount"), detail::moneyJson(value.balance)}};
    if (value.balanceValidFrom.isValid()) {
        balance.insert(QStringLiteral("validFor"),
                       QJsonObject{{QStringLiteral("startDateTime"), detail::dateTimeJson(value.balanceValidFrom)}});
    }
    out.insert(QStringLiteral("accountBalance"), QJsonArray{balance});

    if (value.creditLimit) {
        out.insert(QStringLiteral("creditLimit"), detail::moneyJson(*value.creditLimit));
    }
    out.insert(QStringLiteral("settlementMethod"), wire::toWire(value.settlementMethod));
    out.insert(QStringLiteral("expenditureRate"), detail::moneyJson(value.expenditureRate));
    if (value.disconnectionForecast) {
        out.insert(QStringLiteral("disconnectionForecast"), detail::dateJson(*value.disconnectionForecast));
    }
    out.insert(QStringLiteral("partialSuspensionLevel"), detail::moneyJson(value.partialSuspensionLevel));
    out.insert(QStringLiteral("minimumReconnectionBalance"), detail::moneyJson(value.minimumReconnectionBalance));
    return out;
}

Result<BillingAccount> billingAccountFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    BillingAccount out;
    out.id = reader.id(u"id");
    out.name = reader.string(u"name");
    out.state = reader.enumeration<AccountState>(u"state");
    out.paymentStatus = reader.enumeration<PaymentStatus>(u"paymentStatus");

    bool ownerFound = false;
    for (const ObjectReader &party : reader.objects(u"relatedParty")) {
        if (party.optionalString(u"role") == kOwnerRole) {
            out.owner = Ref{party.id(u"id"), party.optionalString(u"name")};
            ownerFound = true;
        }
    }
    if (!ownerFound) {
        reader.fail(u"relatedParty", QStringLiteral("expected an entry with role \"owner\""));
    }

    bool balanceFound = false;
    for (const ObjectReader &balance : reader.objects(u"accountBalance")) {
        if (balance.optionalString(u"balanceType") != kCurrentBalance) {
            continue;
        }
        out.balance = balance.money(u"amount");
        if (const std::optional<ObjectReader> validFor = balance.optionalObject(u"validFor")) {
            out.balanceValidFrom = validFor->optionalDateTime(u"startDateTime");
        }
        balanceFound = true;
    }
    if (!balanceFound) {
        reader.fail(u"accountBalance", QStringLiteral("expected an entry with balanceType \"current\""));
    }

    out.creditLimit = reader.optionalMoney(u"creditLimit");
    out.settlementMethod = reader.enumeration<SettlementMethod>(u"settlementMethod");
    out.expenditureRate = reader.money(u"expenditureRate");
    out.disconnectionForecast = reader.optionalDate(u"disconnectionForecast");
    out.partialSuspensionLevel = reader.money(u"partialSuspensionLevel");
    out.minimumReconnectionBalance = reader.money(u"minimumReconnectionBalance");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
