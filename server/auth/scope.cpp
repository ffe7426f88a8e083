#include "server/auth/caller.h"

namespace corpcare::server::auth::scope {

namespace {
// "(1,2,3)"; SQLite reads "()" as an empty set, which is what an empty grant means.
QString idList(const QList<qint64> &ids) {
    QString out = QStringLiteral("(");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += QString::number(ids.at(i));
    }
    return out + QLatin1Char(')');
}

QString productsOf(const Caller &caller, const QString &alias) {
    return QStringLiteral("%1.organization_id IN %2 OR %1.billing_account_id IN %3 OR %1.id IN %4")
        .arg(alias, idList(caller.organizationIds), idList(caller.accountIds), idList(caller.productIds));
}
} // namespace

QString organization(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("o.id IN ") + idList(caller.organizationIds);
}

QString individual(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("i.organization_id IN %1 OR i.id IN (SELECT sp.individual_id FROM product sp WHERE %2)")
        .arg(idList(caller.organizationIds), productsOf(caller, QStringLiteral("sp")));
}

QString billingAccount(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("a.id IN ") + idList(caller.accountIds);
}

QString product(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return productsOf(caller, QStringLiteral("p"));
}

QString bill(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("b.billing_account_id IN ") + idList(caller.accountIds);
}

QString billItem(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("r.billing_account_id IN %1 OR r.product_id IN (SELECT sp.id FROM product sp WHERE %2)")
        .arg(idList(caller.accountIds), productsOf(caller, QStringLiteral("sp")));
}

QString payment(const Caller &caller) {
    if (caller.seesEverything) {
        return QStringLiteral("1");
    }
    return QStringLiteral("pm.billing_account_id IN ") + idList(caller.accountIds);
}

QString comment(const Caller &caller) {
    return QStringLiteral("(c.target_kind = 'BillingAccount' AND c.target_id IN %1) OR (c.target_kind = 'Product' AND "
                          "EXISTS (SELECT 1 FROM product sp WHERE sp.id = c.target_id AND (%2)))")
        .arg(idList(caller.accountIds), productsOf(caller, QStringLiteral("sp")));
}

} // namespace corpcare::server::auth::scope
