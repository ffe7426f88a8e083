#pragma once

#include "domain/json/paths.h"
#include "server/auth/caller.h"
#include "server/query/filter_sql.h"

#include <QDate>
#include <QJsonArray>
#include <QPair>
#include <QString>

#include <functional>

namespace corpcare::server::store {
class Database;
class Statement;
} // namespace corpcare::server::store

namespace corpcare::server::resources {

// What the server knows of its data as a whole (read from the meta table at start).
struct DataContext {
    QString currency = QStringLiteral("RUB");
    quint64 seed = 0;
    QDate today;
};

// One page of a collection: the rows already in their wire form.
struct PageRequest {
    const query::WhereClause &where; // filters and scope, against the resource's table alias
    qint64 offset = 0;
    int limit = 0;
    const auth::Caller *caller = nullptr; // for fields that need a further permission
    QStringList filters;                  // the names of the filters asked for ("bill.id", ...)
    qint64 firstId = 0; // the smallest id that matches, when the list handler knows it (seeksFirstId); else 0
};

// One page written as JSON array text (StoredResource::fetchPageText).
struct PageText {
    QByteArray body;
    int rows = 0;   // items written
    QString lastId; // the id of the last one (empty for an empty page)
};

// A stored collection of the profile: its table, its filters, who may read it, and how a page of
// rows becomes JSON. The list and item handlers (list_handler.h) are the same for all of them.
struct StoredResource {
    domain::json::Resource kind;
    QString table;      // "billing_account a": the table with the alias the filters use
    QString idColumn;   // "a.id"
    QString permission; // what the caller must hold to read it
    QList<query::FilterField> filters;
    // Filters that need a permission beyond the resource's: {filter name, permission} (403 without it).
    QList<QPair<QString, QString>> filterPermissions;
    std::function<QString(const auth::Caller &)> scope; // empty: visible to every signed-in user
    std::function<QJsonArray(store::Database &, const DataContext &, const PageRequest &)> fetchPage;
    // Optional: the page as JSON array text, for collections sent by the hundred thousand (used when no
    // fields= selection is asked for).
    std::function<PageText(store::Database &, const DataContext &, const PageRequest &)> fetchPageText;
    // Optional: the page as text/csv (a header line, then one line per item), for a client that asks
    // with `Accept: text/csv` (profile §1, "CSV lists"); such a page may hold up to kMaxCsvLimit items.
    std::function<PageText(store::Database &, const DataContext &, const PageRequest &)> fetchPageCsv;
    // The count of a list also finds the smallest matching id (PageRequest::firstId), in the same pass
    // over an index: a page read in id order can then start there instead of at the table's first row.
    bool seeksFirstId = false;
};

StoredResource organizationResource();
StoredResource individualResource();
StoredResource billingAccountResource();
StoredResource productResource();
StoredResource productOfferingResource();
StoredResource customerBillResource();
StoredResource billItemResource();
StoredResource paymentResource();

// Runs "<select> WHERE <filters and scope> ORDER BY <idColumn> LIMIT ? OFFSET ?" with every bind in
// place: the one shape of every page query. selectFromJoins ends just before WHERE.
store::Statement queryPage(store::Database &db, const QString &selectFromJoins, const QString &idColumn,
                           const PageRequest &page);

// An integer id column as the wire's string id.
QString idText(const store::Statement &row, int column);

} // namespace corpcare::server::resources
