#pragma once

#include "api/domain_metatypes.h"
#include "api/paged_list_loader.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <memory>

// Loaders for the collections the client shows whole. Each page arrives as
// QVariant::fromValue(QList<domain::X>) through PagedListLoader::pageReady(); the loader is not
// started (connect first, then start()) and belongs to `parent`.
namespace corpcare::api {

PagedListLoader *loadOrganizations(Session *session, QObject *parent);
PagedListLoader *loadIndividuals(Session *session, QObject *parent);
PagedListLoader *loadBillingAccounts(Session *session, QObject *parent);
PagedListLoader *loadServiceUsers(Session *session, QObject *parent); // TMF637 product: one per line
PagedListLoader *loadProductOfferings(Session *session, QObject *parent);
PagedListLoader *loadBillsOfAccount(Session *session, const QString &accountId, QObject *parent);
PagedListLoader *loadBillItems(Session *session, const QString &billId, QObject *parent); // its itemization
PagedListLoader *loadChargeThresholds(Session *session, QObject *parent); // every one in the caller's scope

// Filters of a list as (name, value): filterQuery makes "?a=1&b=x,y" of them, values percent-encoded
// (commas kept: they are the profile's OR), empty values left out.
using Filters = QList<std::pair<QString, QString>>;
QString filterQuery(const Filters &filters);

// Issue 6: the portal users the caller manages, and the audit trail (newest first), filtered.
PagedListLoader *loadPortalUsers(Session *session, QObject *parent);
PagedListLoader *loadAuditRecords(Session *session, const Filters &filters, QObject *parent);

template <typename T>
PagedListLoader::Parser listParser(domain::Result<T> (*readOne)(const QJsonObject &));

// A loader of one of the profile's collections, read with the domain mapping and filtered.
template <typename T>
PagedListLoader *makeListLoader(Session *session, domain::json::Resource resource,
                                domain::Result<T> (*readOne)(const QJsonObject &), const Filters &filters,
                                QObject *parent) {
    registerDomainMetaTypes();
    return new PagedListLoader(session, domain::json::collectionPath(resource) + filterQuery(filters),
                               listParser(readOne), parent);
}

// Starts `loader` and, when it ends, hands `done` every row of every page in order with no error, or the
// rows that arrived and the error. The loader is deleted after; `context` bounds the callbacks (a
// window that closes first takes them along). Connect progress() before calling this if wanted.
template <typename T, typename Done>
void collectAll(PagedListLoader *loader, QObject *context, Done done) {
    auto rows = std::make_shared<QList<T>>();
    QObject::connect(loader, &PagedListLoader::pageReady, context,
                     [rows](qint64, const QVariant &page) { *rows += page.value<QList<T>>(); });
    QObject::connect(loader, &PagedListLoader::finished, context,
                     [loader, rows, done = std::move(done)](const ApiError &error) mutable {
                         loader->deleteLater();
                         done(std::move(*rows), error);
                     });
    loader->start();
}

// A Parser reading a JSON array of T with the domain mapping; the error names the element and field
// ("[17].status: unknown value"). Thread-safe: it holds nothing but a function pointer.
template <typename T>
PagedListLoader::Parser listParser(domain::Result<T> (*readOne)(const QJsonObject &)) {
    return [readOne](const QByteArray &body, QString *error, qint64 *rows) -> QVariant {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = QStringLiteral("not JSON (at byte %1: %2)")
                         .arg(QString::number(parseError.offset), parseError.errorString());
            return {};
        }
        if (!document.isArray()) {
            *error = QStringLiteral("expected a JSON array");
            return {};
        }
        domain::Result<QList<T>> list = domain::json::listFromJson(document.array(), readOne);
        if (!list) {
            *error = list.error().toString();
            return {};
        }
        *rows = list.value().size();
        return QVariant::fromValue(std::move(list).value());
    };
}

} // namespace corpcare::api
