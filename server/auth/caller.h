#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace corpcare::server::auth {

// The signed-in portal user of one request and what he may see (profile §5). The id lists are the
// resolved scope: every organization of the granted subtrees, every account those own plus the
// granted ones, and the single granted products.
struct Caller {
    qint64 userId = 0;
    QString login;
    QString name;
    QString role;
    QStringList permissions;
    QList<qint64> organizationIds;
    QList<qint64> accountIds;
    QList<qint64> productIds;
    // The grants cover the whole company (the root organization): no query needs a scope test, which
    // spares a predicate on every row of every list.
    bool seesEverything = false;
    // The address the request came from (for the audit trail); for the order worker, the address the
    // order was sent from.
    QString source;

    bool may(const QString &permission) const { return permissions.contains(permission); }
};

// SQL predicates that keep a query inside the caller's scope, one per resource, written against the
// table aliases the resources use (o organization, i individual, a billing_account, p product,
// b bill, r bill_item, pm payment, c comment). Ids are inlined: they are integers read from our own
// database.
namespace scope {
QString organization(const Caller &caller);
QString individual(const Caller &caller);
QString billingAccount(const Caller &caller);
QString product(const Caller &caller);
QString bill(const Caller &caller);
QString billItem(const Caller &caller);
QString payment(const Caller &caller);
QString comment(const Caller &caller); // by its target: an account or a line in scope
} // namespace scope

} // namespace corpcare::server::auth
