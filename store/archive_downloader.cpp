#include "store/archive_downloader.h"

#include "api/finance_loaders.h"
#include "api/json_request_job.h"
#include "api/paged_list_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "domain/json/paths.h"
#include "store/archive_rows.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_METATYPE(QList<corpcare::store::ArchiveRecord>)

namespace corpcare::store {

namespace json = domain::json;
using api::ApiError;

namespace {

// What went wrong with the archive file itself (a full disk, a damaged file): not the server's fault.
ApiError archiveError(const QString &error) {
    return ApiError{ApiError::Kind::Server,
                    0,
                    QStringLiteral("archive"),
                    QCoreApplication::translate("ArchiveDownloader", "The archive cannot be written: %1").arg(error),
                    {}};
}

QString path(json::Resource resource) {
    return json::collectionPath(resource);
}

QString dateText(QDate date) {
    return date.toString(Qt::ISODate);
}

QList<QStringList> chunksOf(const QStringList &ids, int size) {
    QList<QStringList> chunks;
    for (qsizetype from = 0; from < ids.size(); from += size) {
        chunks.append(ids.mid(from, size));
    }
    return chunks;
}

// The records of one list page, filed on a worker thread like the program's own parsers.
QVariant parseRecords(const QByteArray &body, QString *error, qint64 *rows) {
    QList<ArchiveRecord> records = recordsOf(body, error);
    *rows = records.size();
    return error->isEmpty() ? QVariant::fromValue(records) : QVariant();
}

} // namespace

ArchiveDownloader::ArchiveDownloader(api::Session *session, Archive *archive, QStringList accounts,
                                     const domain::Period &period, QObject *parent)
    : QObject(parent), m_session(session), m_archive(archive), m_accounts(std::move(accounts)), m_period(period) {
    m_accounts.sort();
}

ArchiveDownloader::~ArchiveDownloader() {
    if (m_current) {
        m_current->deleteLater();
    }
}

int ArchiveDownloader::stepsSkipped() const {
    return m_skipped;
}

void ArchiveDownloader::start() {
    QString error;
    const auto download = m_archive->beginDownload(m_accounts, m_period, &error);
    if (!download) {
        finish(archiveError(error));
        return;
    }
    m_download = *download;
    planLists();
    next();
}

void ArchiveDownloader::cancel() {
    if (m_finished) {
        return;
    }
    m_cancelled = true;
    if (auto *loader = qobject_cast<api::PagedListLoader *>(m_current.data())) {
        loader->cancel();
    } else if (auto *job = qobject_cast<api::ApiJob *>(m_current.data())) {
        job->abort();
    }
    // A step being written finishes its transaction; finish() follows when it is in.
    if (!m_current) {
        finish(ApiError::cancelled());
    }
}

void ArchiveDownloader::planLists() {
    m_steps.append({QStringLiteral("me"), QCoreApplication::translate("ArchiveDownloader", "Who you are"),
                    QString::fromLatin1(json::kMePath), QString::fromLatin1(json::kMePath), false, true});
    const QList<std::pair<json::Resource, QString>> lists{
        {json::Resource::Organization, QCoreApplication::translate("ArchiveDownloader", "Departments")},
        {json::Resource::Individual, QCoreApplication::translate("ArchiveDownloader", "Employees")},
        {json::Resource::BillingAccount, QCoreApplication::translate("ArchiveDownloader", "Billing accounts")},
        {json::Resource::ProductOffering, QCoreApplication::translate("ArchiveDownloader", "Tariffs and services")},
        {json::Resource::Product, QCoreApplication::translate("ArchiveDownloader", "Service users")},
    };
    for (const auto &[resource, label] : lists) {
        m_steps.append({QStringLiteral("list:") + json::resourceName(resource), label, path(resource), path(resource)});
    }
    for (const char *extension : {json::kChargeThresholdPath, json::kNewsPath}) {
        const QString kind = QString::fromLatin1(extension);
        m_steps.append({QStringLiteral("list:") + kind,
                        kind == QLatin1String(json::kNewsPath)
                            ? QCoreApplication::translate("ArchiveDownloader", "News")
                            : QCoreApplication::translate("ArchiveDownloader", "Thresholds"),
                        kind, kind});
    }
}

// After the lists: the products of the chosen accounts are known, so usage and comments can be asked for.
// The lines (and, for "all accounts", the accounts) just filed, read on the archive's thread: a hundred
// thousand ids are no work for the window's thread.
void ArchiveDownloader::readLinesThenPlan() {
    m_periodPlanned = true;
    struct Lines {
        QStringList products;
        QStringList accounts;
        QString error;
    };
    Archive *archive = m_archive;
    auto *watcher = new QFutureWatcher<Lines>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcher<Lines>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_current = nullptr;
        const Lines lines = watcher->result();
        if (!lines.error.isEmpty()) {
            finish(archiveError(lines.error));
            return;
        }
        planPeriod(lines.products, lines.accounts);
        next();
    });
    watcher->setFuture(QtConcurrent::run(archive->pool(), [archive, chosen = m_accounts] {
        Lines lines;
        RecordWhere ofAccounts;
        if (!chosen.isEmpty()) {
            QStringList marks;
            for (const QString &account : chosen) {
                marks.append(QStringLiteral("?"));
                ofAccounts.values.append(account);
            }
            ofAccounts.conditions.append(QStringLiteral("account IN (%1)").arg(marks.join(QLatin1Char(','))));
        }
        lines.products = archive->ids(path(json::Resource::Product), ofAccounts, &lines.error);
        lines.accounts =
            chosen.isEmpty() ? archive->ids(path(json::Resource::BillingAccount), {}, &lines.error) : chosen;
        return lines;
    }));
}

void ArchiveDownloader::planPeriod(const QStringList &products, const QStringList &accounts) {
    const QString accountList = m_accounts.join(QLatin1Char(','));
    for (const QDate month : domain::monthsOf(m_period)) {
        const domain::Period within{qMax(month, m_period.start), qMin(month.addMonths(1), m_period.end)};
        const QString name = month.toString(QStringLiteral("yyyy-MM"));
        // "November 2025", "ноябрь 2025": the month standing alone (Qt 6.4 has no "LLLL" format)
        const QString shown =
            QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
        m_steps.append(
            {QStringLiteral("bills:") + name,
             QCoreApplication::translate("ArchiveDownloader", "Bills of %1").arg(shown),
             path(json::Resource::CustomerBill),
             path(json::Resource::CustomerBill) +
                 api::filterQuery({{QStringLiteral("billingAccount.id"), accountList},
                                   {QStringLiteral("billingPeriod.startDateTime.gte"), dateText(within.start)},
                                   {QStringLiteral("billingPeriod.startDateTime.lt"), dateText(within.end)}})});
        m_steps.append({QStringLiteral("items:") + name,
                        QCoreApplication::translate("ArchiveDownloader", "Itemization of %1").arg(shown),
                        path(json::Resource::AppliedCustomerBillingRate),
                        path(json::Resource::AppliedCustomerBillingRate) +
                            api::filterQuery(api::chargesOfPeriodFilters(m_accounts, {}, within)),
                        true});
        m_steps.append({QStringLiteral("payments:") + name,
                        QCoreApplication::translate("ArchiveDownloader", "Payments of %1").arg(shown),
                        path(json::Resource::Payment),
                        path(json::Resource::Payment) +
                            api::filterQuery({{QStringLiteral("account.id"), accountList},
                                              {QStringLiteral("paymentDate.gte"), dateText(within.start)},
                                              {QStringLiteral("paymentDate.lt"), dateText(within.end)}})});
        const auto productChunks = chunksOf(products, kUsageProductsPerRequest);
        for (qsizetype chunk = 0; chunk < productChunks.size(); ++chunk) {
            m_steps.append(
                {QStringLiteral("usage:%1:%2").arg(name).arg(chunk),
                 QCoreApplication::translate("ArchiveDownloader", "Calls, SMS and data of %1 (%2 of %3)")
                     .arg(shown)
                     .arg(chunk + 1)
                     .arg(productChunks.size()),
                 path(json::Resource::Usage),
                 path(json::Resource::Usage) +
                     api::filterQuery({{QStringLiteral("product.id"), productChunks.at(chunk).join(QLatin1Char(','))},
                                       {QStringLiteral("usageDate.gte"), dateText(within.start)},
                                       {QStringLiteral("usageDate.lt"), dateText(within.end)}})});
        }
    }
    // Charges since the last bill are as of now: read again by every download.
    m_steps.append({QStringLiteral("unbilled"),
                    QCoreApplication::translate("ArchiveDownloader", "Charges since the last bill"),
                    path(json::Resource::AppliedCustomerBillingRate),
                    path(json::Resource::AppliedCustomerBillingRate) +
                        api::filterQuery({{QStringLiteral("isBilled"), QStringLiteral("false")},
                                          {QStringLiteral("billingAccount.id"), accountList}})});
    const QString comments = QString::fromLatin1(json::kCommentPath);
    const QList<std::pair<QString, QStringList>> targets{{QStringLiteral("BillingAccount"), accounts},
                                                         {QStringLiteral("Product"), products}};
    for (const auto &[type, ids] : targets) {
        const auto chunks = chunksOf(ids, kUsageProductsPerRequest);
        for (qsizetype chunk = 0; chunk < chunks.size(); ++chunk) {
            m_steps.append(
                {QStringLiteral("comments:%1:%2").arg(type).arg(chunk),
                 QCoreApplication::translate("ArchiveDownloader", "Comments"), comments,
                 comments + api::filterQuery({{QStringLiteral("target.id"), chunks.at(chunk).join(QLatin1Char(','))},
                                              {QStringLiteral("target.@referredType"), type}})});
        }
    }
}

void ArchiveDownloader::next() {
    if (m_finished) {
        return;
    }
    if (m_cancelled) {
        finish(ApiError::cancelled());
        return;
    }
    while (m_done < m_steps.size() && m_download.stepsDone.contains(m_steps.at(m_done).key)) {
        ++m_done;
        ++m_skipped;
    }
    if (m_done == m_steps.size()) {
        if (!m_periodPlanned) {
            readLinesThenPlan();
            return;
        }
        QString error;
        if (!m_archive->finishDownload(m_download.id, &error)) {
            finish(archiveError(error));
            return;
        }
        finish({});
        return;
    }
    const Step &step = m_steps.at(m_done);
    emit progress(step.label, m_done, int(m_steps.size()), m_records);
    runStep(step);
}

void ArchiveDownloader::runStep(const Step &step) {
    if (!m_session) {
        finish(ApiError::cancelled());
        return;
    }
    if (step.single) {
        api::JsonRequestJob *job = m_session->get(step.pathAndQuery);
        m_current = job;
        connect(job, &api::ApiJob::finished, this, [this, job, step] {
            job->deleteLater();
            m_current = nullptr;
            if (job->error().isError()) {
                finish(job->error());
                return;
            }
            ArchiveRecord record;
            record.id = QStringLiteral("me");
            record.json = QJsonDocument(job->json()).toJson(QJsonDocument::Compact);
            store(step, {record});
        });
        job->start();
        return;
    }
    auto *loader = new api::PagedListLoader(m_session, step.pathAndQuery, &parseRecords, this);
    loader->setKeysetPaging(step.keyset);
    loader->setPageSize(1000);
    m_current = loader;
    auto records = std::make_shared<QList<ArchiveRecord>>();
    connect(loader, &api::PagedListLoader::pageReady, this, [this, records, step](qint64, const QVariant &page) {
        records->append(page.value<QList<ArchiveRecord>>());
        emit progress(step.label, m_done, int(m_steps.size()), m_records + records->size());
    });
    connect(loader, &api::PagedListLoader::finished, this, [this, loader, records, step](const ApiError &error) {
        loader->deleteLater();
        m_current = nullptr;
        if (error.isError()) {
            finish(error);
            return;
        }
        store(step, *records);
    });
    loader->start();
}

void ArchiveDownloader::store(const Step &step, const QList<ArchiveRecord> &records) {
    Archive *archive = m_archive;
    const qint64 download = m_download.id;
    auto *watcher = new QFutureWatcher<QString>(this);
    m_current = watcher;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, count = records.size()] {
        watcher->deleteLater();
        m_current = nullptr;
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            finish(archiveError(error));
            return;
        }
        m_records += count;
        ++m_done;
        next();
    });
    watcher->setFuture(QtConcurrent::run(archive->pool(), [archive, download, step, records] {
        QString error;
        archive->storeStep(download, step.key, step.kind, records, &error);
        return error;
    }));
}

void ArchiveDownloader::finish(const ApiError &error) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit progress({}, m_done, int(m_steps.size()), m_records);
    emit finished(error);
}

} // namespace corpcare::store
