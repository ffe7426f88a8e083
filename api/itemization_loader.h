#pragma once

#include "api/api_error.h"
#include "domain/itemization_rows.h"
#include "domain/period.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace corpcare::api {

class PagedListLoader;
class Session;

// The billed itemization of a period, a million lines and more, as compact rows (issue 4: shown
// within 5 s). It asks for the CSV representation (profile §1 "CSV lists": `Accept: text/csv`, pages
// of up to 100,000 lines, keyset paging by the Link header) and parses each page on a worker thread
// (api/itemization_csv.h).
//
// The period is read as one keyset walk per month, `parallelWalks` of them at a time, so that the
// server writes one month's next page while the client parses another's: on two cores neither side
// waits for the other. Pages come out through pageReady() in month order (a later month's pages wait
// until the months before it are complete), within a month in id order; progress() after each page;
// exactly one finished() at the end (Kind::None, Kind::Cancelled after cancel(), or the first error,
// which stops the other walks).
//
// An empty list of account ids means every account the caller may see (the server scopes the answer);
// a non-empty productIds narrows to those service users.
class ItemizationLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 25'000;
    static constexpr int kDefaultParallelWalks = 2;

    ItemizationLoader(Session *session, QStringList accountIds, QStringList productIds, const domain::Period &period,
                      QObject *parent = nullptr);
    ~ItemizationLoader() override;

    void setPageSize(int rows) { m_pageSize = rows; }                 // before start(); at most 100,000
    void setParallelWalks(int walks) { m_parallel = qMax(1, walks); } // before start()
    int pageSize() const { return m_pageSize; }
    int parallelWalks() const { return m_parallel; }

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    // All lines of the period (X-Total-Count of every month), once each month's walk has answered; else -1.
    qint64 total() const;
    qint64 loaded() const { return m_loaded; } // rows delivered through pageReady()

    // The query of one month's walk (without paging), for tests and logs.
    QString monthQuery(int walk) const;

signals:
    void pageReady(const corpcare::domain::ItemizationPage &page);
    void progress(qint64 loaded, qint64 total);
    void finished(const corpcare::api::ApiError &error);

private:
    struct Walk {
        domain::Period period;
        PagedListLoader *loader = nullptr;
        QList<domain::ItemizationPage> waiting; // parsed before the months ahead of it were complete
        qint64 total = -1;
        bool done = false;
    };

    void startWalks();
    void onWalkPage(int walk, const QVariant &value);
    void onWalkFinished(int walk, const ApiError &error);
    void scheduleDelivery();
    void deliverWaiting();
    void emitPage(const domain::ItemizationPage &page);
    void finish(const ApiError &error);

    QPointer<Session> m_session;
    QStringList m_accountIds;
    QStringList m_productIds;
    int m_pageSize = kDefaultPageSize;
    int m_parallel = kDefaultParallelWalks;
    std::vector<Walk> m_walks;
    size_t m_current = 0;   // the walk whose pages go out as they come
    size_t m_nextStart = 0; // the next walk to start
    int m_running = 0;
    bool m_deliveryQueued = false;
    qint64 m_loaded = 0;
    bool m_started = false;
    bool m_finished = false;
};

// Starts nothing: connect, then start(). See ItemizationLoader.
ItemizationLoader *loadItemizationRows(Session *session, const QStringList &accountIds, const QStringList &productIds,
                                       const domain::Period &period, QObject *parent);

} // namespace corpcare::api
