#pragma once

#include "api/api_error.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <map>

namespace corpcare::api {

class JsonRequestJob;
class Session;

// Loads a whole collection, page by page (DESIGN.md §4 "big lists"). The first request (limit =
// pageSize) tells X-Total-Count; the remaining pages go out with up to `parallel` requests in flight.
// Each page body is parsed on a worker thread (QtConcurrent) by the Parser, and the parsed pages come
// back on the loader's thread IN OFFSET ORDER through pageReady(), with progress() after each one and
// exactly one finished() at the end (Kind::None on success, Kind::Cancelled after cancel(), or the
// first failed page's error — the other requests are stopped then).
//
// The collection may shrink while it loads: a short or empty page ends the load. Rows added meanwhile
// beyond the announced total are not fetched.
//
// Keyset mode (setKeysetPaging) is for lists of a million lines: instead of offsets, which cost the
// server more the further in they go, each page is the one the previous reply names in its
// `Link: <...>; rel="next"` header (profile §1, id.gt), asked for with totalCount=false so that the
// server counts the list once, on the first page. One request is in flight; the next goes out as soon
// as a reply arrives, while that reply is parsed. pageReady() offsets are then row counts so far.
class PagedListLoader : public QObject {
    Q_OBJECT

public:
    // Turns one page body (a JSON array, or what setAccept asked for) into the page value, e.g.
    // QVariant::fromValue(QList<T>), and says how many rows it holds in *rows (the loader counts and
    // pages by them without knowing the value's type); sets *error and answers a null QVariant when the
    // body is wrong. Runs on worker threads, several at a time: it must not touch shared state.
    using Parser = std::function<QVariant(const QByteArray &body, QString *error, qint64 *rows)>;

    // `collectionPathAndQuery`: "/tmf-api/party/v4/organization", optionally with filters ("?status=active").
    PagedListLoader(Session *session, QString collectionPathAndQuery, Parser parser, QObject *parent = nullptr);
    ~PagedListLoader() override;

    // JSON lists take `limit` up to 1000 (profile §1); the CSV list of itemization up to 100,000.
    static constexpr int kMaxPageSize = 100'000;
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, kMaxPageSize); }
    int pageSize() const { return m_pageSize; }
    void setParallel(int parallel) { m_parallel = qMax(1, parallel); }
    int parallel() const { return m_parallel; }
    void setKeysetPaging(bool keyset) { m_keyset = keyset; } // before start()
    // The representation asked for (Accept), e.g. "text/csv" with a parser of CSV pages; before start().
    void setAccept(const QByteArray &accept) { m_accept = accept; }
    bool keysetPaging() const { return m_keyset; }

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    qint64 total() const { return m_total; } // X-Total-Count; -1 until known (or when the server omits it)
    qint64 loaded() const { return m_loaded; }

signals:
    void pageReady(qint64 offset, const QVariant &page);
    void progress(qint64 loaded, qint64 total);
    void finished(const corpcare::api::ApiError &error);

private:
    struct ParsedPage {
        QVariant value;
        qint64 rows = -1;
        QString error;
    };

    void requestPage(qint64 offset);
    void requestPath(qint64 offset, const QString &pathAndQuery);
    void followNextLink(qint64 offset, const JsonRequestJob *job);
    void onPageAnswered(qint64 offset, JsonRequestJob *job);
    void onPageParsed(qint64 offset, const ParsedPage &page);
    void deliverInOrder();
    void requestMore();
    qint64 knownEnd() const;
    void finish(const ApiError &error);
    bool retryPage(qint64 offset, const ApiError &error);

    static constexpr int kPageRetries = 3;

    QPointer<Session> m_session;
    QString m_path;
    Parser m_parser;
    int m_pageSize = 1000;
    int m_parallel = 4;
    bool m_keyset = false;
    QByteArray m_accept; // empty: JSON
    QString m_nextPath;  // keyset mode: the next page's path and query, from the last reply's Link header

    bool m_started = false;
    bool m_finished = false;
    qint64 m_total = -1;
    qint64 m_end = -1; // the first offset past the data, once a short page showed it
    qint64 m_nextToRequest = 0;
    qint64 m_nextToDeliver = 0;
    qint64 m_loaded = 0;
    QHash<qint64, JsonRequestJob *> m_inFlight; // null: a page waiting to be asked for again
    QHash<qint64, QString> m_pagePaths;         // what each page not delivered yet was asked with
    QHash<qint64, int> m_pageRetries;
    QList<QObject *> m_parsing;            // watchers of pages being parsed
    std::map<qint64, ParsedPage> m_parsed; // parsed, waiting for the pages before them
};

} // namespace corpcare::api
