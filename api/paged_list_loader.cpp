#include "api/paged_list_loader.h"

#include "api/api_logging.h"
#include "api/session.h"

#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace corpcare::api {

namespace {
// Parsers leave one core to the GUI thread: on a two-core machine a second parser thread mostly takes
// the core the window needs, and the user feels that as stalls while a big list loads (measured with
// bench/client_load: docs/performance.md).
QThreadPool *parserPool() {
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        return created;
    }();
    return pool;
}
} // namespace

PagedListLoader::PagedListLoader(Session *session, QString collectionPathAndQuery, Parser parser, QObject *parent)
    : QObject(parent), m_session(session), m_path(std::move(collectionPathAndQuery)), m_parser(std::move(parser)) {
    qRegisterMetaType<corpcare::api::ApiError>(); // finished() may cross threads through a queued connection
}

// Jobs and watchers are children: deleting them stops the requests (ApiJob's destructor aborts
// quietly); a parse still running finishes on its worker and its result is dropped.
PagedListLoader::~PagedListLoader() = default;

void PagedListLoader::start() {
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_session) {
        finish(ApiError{ApiError::Kind::Network, 0, {}, tr("There is no connection to a server."), {}});
        return;
    }
    m_nextToRequest = m_pageSize;
    requestPage(0); // alone: its X-Total-Count tells how many more to ask for
}

void PagedListLoader::cancel() {
    m_started = true;
    finish(ApiError::cancelled());
}

void PagedListLoader::requestPage(qint64 offset) {
    const QChar separator = m_path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    const QString paging = m_keyset ? QStringLiteral("limit=%1").arg(m_pageSize)
                                    : QStringLiteral("offset=%1&limit=%2").arg(offset).arg(m_pageSize);
    requestPath(offset, m_path + separator + paging);
}

void PagedListLoader::requestPath(qint64 offset, const QString &pathAndQuery) {
    m_pagePaths.insert(offset, pathAndQuery);
    JsonRequestJob *job = m_session->get(pathAndQuery);
    job->setParent(this);
    job->setParseJson(false); // parsed on a worker below, not on this thread
    if (!m_accept.isEmpty()) {
        job->setAccept(m_accept);
    }
    m_inFlight.insert(offset, job);
    connect(job, &ApiJob::finished, this, [this, offset, job] { onPageAnswered(offset, job); });
    job->start();
}

void PagedListLoader::onPageAnswered(qint64 offset, JsonRequestJob *job) {
    m_inFlight.remove(offset);
    job->deleteLater();
    if (m_finished) {
        return;
    }
    if (job->error().isError()) {
        if (!retryPage(offset, job->error())) {
            finish(job->error());
        }
        return;
    }
    if (offset == 0) {
        m_total = job->totalCount();
    }
    bool counted = false;
    const qint64 headerRows = job->rawHeader("X-Result-Count").trimmed().toLongLong(&counted);
    if (m_keyset) {
        followNextLink(offset, job);
    }

    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    m_parsing.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, offset, headerRows, counted] {
        m_parsing.removeOne(watcher);
        watcher->deleteLater();
        ParsedPage page = watcher->result();
        if (page.rows < 0 && counted) {
            page.rows = headerRows;
        }
        onPageParsed(offset, page);
    });
    watcher->setFuture(QtConcurrent::run(parserPool(), [parser = m_parser, body = job->body()] {
        ParsedPage page;
        page.value = parser(body, &page.error, &page.rows);
        return page;
    }));
    requestMore();
}

namespace {
// The target of `Link: <target>; rel="next"`, or empty. Only a path on the same server is followed.
// Links are separated by commas, but a target may hold commas itself (a filter's comma-OR list), so the
// header is read link by link from '<' to '>' and then its parameters up to the next '<'.
QString nextLinkTarget(const QByteArray &header) {
    qsizetype from = 0;
    while (true) {
        const qsizetype open = header.indexOf('<', from);
        const qsizetype close = open < 0 ? -1 : header.indexOf('>', open + 1);
        if (close < 0) {
            return {};
        }
        const qsizetype nextOpen = header.indexOf('<', close + 1);
        const QByteArray parameters = header.mid(close + 1, nextOpen < 0 ? -1 : nextOpen - close - 1);
        if (parameters.contains("rel=\"next\"")) {
            const QString target = QString::fromLatin1(header.mid(open + 1, close - open - 1));
            return target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1String("//")) ? target : QString();
        }
        from = close + 1;
    }
}
} // namespace

void PagedListLoader::followNextLink(qint64 offset, const JsonRequestJob *job) {
    QString next = nextLinkTarget(job->rawHeader("Link"));
    if (next.isEmpty()) {
        m_nextToRequest = -1; // the last page: no further link (its rows tell where the list ends)
        m_end = m_end < 0 ? offset + m_pageSize : m_end;
        return;
    }
    if (!next.contains(QLatin1String("totalCount="))) {
        next += QStringLiteral("&totalCount=false"); // counted once, with the first page
    }
    m_nextPath = next;
    m_nextToRequest = offset + m_pageSize;
}

void PagedListLoader::onPageParsed(qint64 offset, const ParsedPage &page) {
    if (m_finished) {
        return;
    }
    if (!page.error.isEmpty()) {
        const ApiError error =
            ApiError::malformed(tr("%1 (in the page at offset %2)").arg(page.error, QString::number(offset)));
        if (!retryPage(offset, error)) {
            finish(error);
        }
        return;
    }
    m_pagePaths.remove(offset);
    m_pageRetries.remove(offset);
    m_parsed[offset] = page;
    deliverInOrder();
}

// A page that went wrong on the way (the connection dropped, the server failed, the body came cut) is
// asked for again, a few times, after a pause that grows: one bad page of a hundred thousand lines
// should not cost the whole load. The job itself already retried what is transient for any request.
bool PagedListLoader::retryPage(qint64 offset, const ApiError &error) {
    int &retries = m_pageRetries[offset];
    if (!error.mayPassOnRetry() || retries >= kPageRetries || !m_pagePaths.contains(offset)) {
        return false;
    }
    ++retries;
    qCDebug(lcApi).noquote() << "page" << offset << "of" << m_path << "again after" << kindName(error.kind);
    m_inFlight.insert(offset, nullptr); // keeps its place among the pages in flight while it waits
    QTimer::singleShot(250 * retries, this, [this, offset] {
        if (!m_finished) {
            m_inFlight.remove(offset);
            requestPath(offset, m_pagePaths.value(offset));
        }
    });
    return true;
}

void PagedListLoader::deliverInOrder() {
    const QPointer<PagedListLoader> self(this); // a slot may cancel or delete us
    while (!m_finished) {
        const auto it = m_parsed.find(m_nextToDeliver);
        if (it == m_parsed.end()) {
            break;
        }
        const ParsedPage page = std::move(it->second);
        m_parsed.erase(it);
        const qint64 offset = m_nextToDeliver;
        const qint64 rows = page.rows >= 0 ? page.rows : m_pageSize;
        m_nextToDeliver += m_pageSize;
        m_loaded += rows;
        if (rows < m_pageSize) {
            m_end = offset + rows; // the collection ends here, whatever the total said
        }
        if (rows > 0) {
            emit pageReady(offset, page.value);
            if (!self || m_finished) {
                return;
            }
        }
        const qint64 end = knownEnd();
        const bool complete = end >= 0 && m_nextToDeliver >= end;
        emit progress(m_loaded, complete ? m_loaded : m_total);
        if (!self || m_finished) {
            return;
        }
        if (complete) {
            finish({});
            return;
        }
    }
    requestMore();
}

qint64 PagedListLoader::knownEnd() const {
    if (m_end >= 0) {
        return m_total >= 0 ? qMin(m_end, m_total) : m_end;
    }
    return m_total;
}

void PagedListLoader::requestMore() {
    const qint64 end = knownEnd(); // -1: the server gave no total; ask until a short page
    // Do not run far ahead of the page being waited for: parsed pages queue up in memory meanwhile.
    const qint64 window = m_nextToDeliver + qint64(m_parallel) * 2 * m_pageSize;
    if (m_keyset) {
        // One page at a time, each named by the reply before it.
        if (!m_finished && m_inFlight.isEmpty() && !m_nextPath.isEmpty() && m_nextToRequest >= 0 &&
            m_nextToRequest < window) {
            requestPath(m_nextToRequest, std::exchange(m_nextPath, QString()));
        }
        return;
    }
    while (!m_finished && m_inFlight.size() < m_parallel && (end < 0 || m_nextToRequest < end) &&
           m_nextToRequest < window) {
        const qint64 offset = m_nextToRequest;
        m_nextToRequest += m_pageSize;
        requestPage(offset);
    }
}

void PagedListLoader::finish(const ApiError &error) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    for (JsonRequestJob *job : std::exchange(m_inFlight, {})) {
        if (!job) {
            continue; // a page waiting to be asked for again
        }
        disconnect(job, nullptr, this, nullptr);
        job->abort();
        job->deleteLater();
    }
    for (QObject *watcher : std::exchange(m_parsing, {})) {
        disconnect(watcher, nullptr, this, nullptr);
        watcher->deleteLater();
    }
    m_parsed.clear();
    if (error.isError()) {
        qCDebug(lcApi).noquote() << "loading" << m_path << "ended:" << kindName(error.kind) << error.message;
    }
    emit finished(error);
}

} // namespace corpcare::api
