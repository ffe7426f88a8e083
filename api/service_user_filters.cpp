#include "api/service_user_filters.h"

#include "domain/json/wire_names.h"

namespace corpcare::api {

namespace json = domain::json;

PagedListLoader *loadServiceUsers(Session *session, const Filters &filters, QObject *parent) {
    PagedListLoader *loader =
        makeListLoader(session, json::Resource::Product, &json::serviceUserFromJson, filters, parent);
    // Each page goes on from the last line of the one before (the server's Link): with offsets, every
    // page would evaluate the filters over all the lines before it again (a charges range over 100,000
    // lines took 7 s that way).
    loader->setKeysetPaging(true);
    return loader;
}

QList<Filters> serviceUserIdFilters(const QStringList &productIds) {
    QList<Filters> out;
    QString list;
    int count = 0;
    const auto flush = [&] {
        if (count > 0) {
            out.append({{QStringLiteral("id"), list}});
        }
        list.clear();
        count = 0;
    };
    for (const QString &id : productIds) {
        if (count == kMaxFilterValues || list.size() + id.size() + 1 > kMaxIdListLength) {
            flush();
        }
        list += (count == 0 ? QString() : QStringLiteral(",")) + id;
        ++count;
    }
    flush();
    return out;
}

Filters serverSearchFilters(const domain::UserSearch &search, const QStringList &departmentsWithSubtrees,
                            bool mayFilterCharges) {
    Filters out;
    out.append({QStringLiteral("productOffering.id"), search.tariffIds.join(QLatin1Char(','))});
    QStringList statuses;
    for (domain::ProductStatus status : search.statuses) {
        statuses.append(domain::wire::toWire(status));
    }
    out.append({QStringLiteral("status"), statuses.join(QLatin1Char(','))});
    // Every service had is its own filter (the conditions AND); the ones not had are one .ne list.
    for (const QString &service : search.servicesAll) {
        out.append({QStringLiteral("product.productOffering.id"), service});
    }
    out.append({QStringLiteral("product.productOffering.id.ne"), search.servicesNone.join(QLatin1Char(','))});
    out.append({QStringLiteral("relatedParty.id"), departmentsWithSubtrees.join(QLatin1Char(','))});
    out.append({QStringLiteral("billingAccount.id"), search.accountIds.join(QLatin1Char(','))});
    out.append({QStringLiteral("nameOrNumber"), search.text.trimmed()});
    if (mayFilterCharges) {
        if (search.chargesMin) {
            out.append({QStringLiteral("currentCharges.value.gte"), search.chargesMin->toDecimalString()});
        }
        if (search.chargesMax) {
            out.append({QStringLiteral("currentCharges.value.lte"), search.chargesMax->toDecimalString()});
        }
    }
    return out;
}

} // namespace corpcare::api
