// PagedListLoader against a fake network: pages in offset order whatever order they are answered in,
// parsing off the GUI thread, a bounded number of requests in flight, and exactly one finished().
#include "api/paged_list_loader.h"
#include "api/session.h"
#include "fake_network.h"
#include "signal_checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#include <atomic>
#include <memory>

using namespace corpcare;
using api::ApiError;
using api::PagedListLoader;
using tests::FakeResponse;

class TestPagedListLoader : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void load_2500RowsPageSize1000_threePagesInOrder();
    void load_page3AnsweredBeforePage2_deliveredInOrder();
    void load_anyPage_parsedOffTheGuiThread();
    void load_manyPages_atMostParallelInFlight();
    void load_exactMultipleOfPageSize_noExtraRequest();
    void load_fewerRowsThanAnnounced_endsAtShortPage();
    void load_emptyCollection_finishesWithoutPages();
    void cancel_midway_finishedOnceCancelledRequestsAborted();
    void load_page2Fails_finishedOnceWithThatErrorOthersStopped();
    void load_page2FailsOnce_askedAgainAndTheLoadCompletes();
    void load_malformedPage_malformedError();
    void keyset_linkTargetsWithCommas_followedToTheEnd();

private:
    struct Result {
        QList<qint64> offsets;
        QList<int> ids;
        QList<QPair<qint64, qint64>> progress;
        QList<ApiError> finished;
    };

    std::unique_ptr<PagedListLoader> makeLoader(int pageSize = 1000, int parallel = 4);
    void record(PagedListLoader *loader, Result *result);
    FakeResponse answer(const tests::RecordedRequest &request);

    tests::FakeNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<api::Session> m_session;
    qint64 m_announced = 0;              // X-Total-Count
    qint64 m_actual = 0;                 // rows really there
    std::function<int(qint64)> m_delay;  // per offset
    std::function<bool(qint64)> m_fails; // per offset: answer 500
    qint64 m_malformedAt = -1;
    std::shared_ptr<std::atomic<int>> m_parsedOnGuiThread = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> m_parsed = std::make_shared<std::atomic<int>>(0);
};

FakeResponse TestPagedListLoader::answer(const tests::RecordedRequest &request) {
    const QUrlQuery query(request.url);
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
    const qint64 limit = query.queryItemValue(QStringLiteral("limit")).toLongLong();
    const int delay = m_delay ? m_delay(offset) : 0;
    if (m_fails && m_fails(offset)) {
        return FakeResponse::json(500, R"({"code":"internalError","message":"the server failed"})", delay);
    }
    if (offset == m_malformedAt) {
        return FakeResponse::json(200, R"([{"id":)", delay);
    }
    QJsonArray rows;
    for (qint64 i = offset; i < qMin(offset + limit, m_actual); ++i) {
        rows.append(QJsonObject{{QStringLiteral("id"), QString::number(i + 1)}});
    }
    return FakeResponse::json(200, QJsonDocument(rows).toJson(QJsonDocument::Compact), delay)
        .withHeader("X-Total-Count", QByteArray::number(m_announced))
        .withHeader("X-Result-Count", QByteArray::number(rows.size()));
}

void TestPagedListLoader::init() {
    m_network = new tests::FakeNetworkAccessManager;
    auto *access = new api::AccessManager(m_network);
    m_network->setParent(access);
    access->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:8443")));
    m_session = std::make_unique<api::Session>(access);
    m_announced = m_actual = 2500;
    m_delay = {};
    m_fails = {};
    m_malformedAt = -1;
    *m_parsedOnGuiThread = 0;
    *m_parsed = 0;
    m_network->setHandler([this](const tests::RecordedRequest &request) { return answer(request); });
}

void TestPagedListLoader::cleanup() {
    m_session.reset();
}

std::unique_ptr<PagedListLoader> TestPagedListLoader::makeLoader(int pageSize, int parallel) {
    QThread *gui = QThread::currentThread();
    auto onGui = m_parsedOnGuiThread;
    auto parsed = m_parsed;
    PagedListLoader::Parser parser = [gui, onGui, parsed](const QByteArray &body, QString *error,
                                                          qint64 *rows) -> QVariant {
        ++*parsed;
        if (QThread::currentThread() == gui) {
            ++*onGui;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = parseError.errorString();
            return {};
        }
        QVariantList ids;
        for (const QJsonValue &row : document.array()) {
            ids.append(row.toObject().value(QStringLiteral("id")).toString().toInt());
        }
        *rows = ids.size();
        return ids;
    };
    auto loader =
        std::make_unique<PagedListLoader>(m_session.get(), QStringLiteral("/tmf-api/things/v4/thing"), parser);
    loader->setPageSize(pageSize);
    loader->setParallel(parallel);
    return loader;
}

void TestPagedListLoader::record(PagedListLoader *loader, Result *result) {
    connect(loader, &PagedListLoader::pageReady, this, [result](qint64 offset, const QVariant &page) {
        result->offsets.append(offset);
        for (const QVariant &id : page.toList()) {
            result->ids.append(id.toInt());
        }
    });
    connect(loader, &PagedListLoader::progress, this, [result](qint64 loaded, qint64 total) {
        result->progress.append({loaded, total});
    });
    connect(loader, &PagedListLoader::finished, this,
            [result](const ApiError &error) { result->finished.append(error); });
}

static QList<int> oneTo(int n) {
    QList<int> ids;
    for (int i = 1; i <= n; ++i) {
        ids.append(i);
    }
    return ids;
}

void TestPagedListLoader::load_2500RowsPageSize1000_threePagesInOrder() {
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QCOMPARE(result.offsets, (QList<qint64>{0, 1000, 2000}));
    QCOMPARE(result.ids, oneTo(2500));
    QCOMPARE(result.progress.last(), (QPair<qint64, qint64>(2500, 2500)));
    QCOMPARE(loader->total(), 2500);
    QCOMPARE(loader->loaded(), 2500);
    QCOMPARE(m_network->requestCount(), 3);
    QVERIFY(m_network->requests().first().url.query().contains(QStringLiteral("limit=1000")));
}

void TestPagedListLoader::load_page3AnsweredBeforePage2_deliveredInOrder() {
    m_delay = [](qint64 offset) { return offset == 1000 ? 300 : offset == 2000 ? 10 : 0; };
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QCOMPARE(result.offsets, (QList<qint64>{0, 1000, 2000}));
    QCOMPARE(result.ids, oneTo(2500));
    QVERIFY(m_network->maxInFlight() >= 2); // pages 2 and 3 were out together, page 3 came back first
}

void TestPagedListLoader::load_anyPage_parsedOffTheGuiThread() {
    auto loader = makeLoader();
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(m_parsed->load(), 3);
    QCOMPARE(m_parsedOnGuiThread->load(), 0);
}

void TestPagedListLoader::load_manyPages_atMostParallelInFlight() {
    m_announced = m_actual = 1000;
    m_delay = [](qint64) { return 30; };
    auto loader = makeLoader(100, 3);
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.ids, oneTo(1000));
    QCOMPARE(result.offsets.size(), 10);
    QCOMPARE(m_network->requestCount(), 10);
    QVERIFY2(m_network->maxInFlight() <= 3, qPrintable(QString::number(m_network->maxInFlight())));
    QVERIFY2(m_network->maxInFlight() >= 2, qPrintable(QString::number(m_network->maxInFlight())));
}

void TestPagedListLoader::load_exactMultipleOfPageSize_noExtraRequest() {
    m_announced = m_actual = 2000;
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.offsets, (QList<qint64>{0, 1000}));
    QCOMPARE(m_network->requestCount(), 2);
}

void TestPagedListLoader::load_fewerRowsThanAnnounced_endsAtShortPage() {
    m_announced = 3500;
    m_actual = 1500; // rows were deleted while the list loaded
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QCOMPARE(result.offsets, (QList<qint64>{0, 1000}));
    QCOMPARE(result.ids, oneTo(1500));
    QCOMPARE(loader->loaded(), 1500);
    QCOMPARE(result.progress.last(), (QPair<qint64, qint64>(1500, 1500)));
}

void TestPagedListLoader::load_emptyCollection_finishesWithoutPages() {
    m_announced = m_actual = 0;
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QVERIFY(result.offsets.isEmpty());
    QCOMPARE(m_network->requestCount(), 1);
}

void TestPagedListLoader::cancel_midway_finishedOnceCancelledRequestsAborted() {
    m_announced = m_actual = 6000;
    m_delay = [](qint64 offset) { return offset == 0 ? 0 : 500; };
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    connect(loader.get(), &PagedListLoader::pageReady, loader.get(), &PagedListLoader::cancel);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 5000, 800));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::Cancelled);
    QCOMPARE(result.offsets, (QList<qint64>{0})); // nothing after the cancel
    QVERIFY(loader->isFinished());
    QVERIFY(m_network->abortedCount() >= 1);
    QCOMPARE(m_network->inFlight(), 0);
}

void TestPagedListLoader::load_page2Fails_finishedOnceWithThatErrorOthersStopped() {
    // Page 2 fails every time: it is asked for again three times (after 0.25, 0.5 and 0.75 s), then the
    // load ends with its error and the pages still out are stopped.
    m_announced = m_actual = 5000;
    m_delay = [](qint64 offset) { return offset == 0 ? 0 : offset == 1000 ? 50 : 4000; };
    m_fails = [](qint64 offset) { return offset == 1000; };
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 8000, 600));
    const auto askedForPage2 = std::count_if(m_network->requests().begin(), m_network->requests().end(),
                                             [](const tests::RecordedRequest &request) {
                                                 return request.url.query().contains(QStringLiteral("offset=1000"));
                                             });
    QCOMPARE(askedForPage2, 4);
    QCOMPARE(result.finished.first().kind, ApiError::Kind::Server);
    QCOMPARE(result.finished.first().httpStatus, 500);
    QCOMPARE(result.offsets, (QList<qint64>{0}));
    QVERIFY(m_network->abortedCount() >= 1); // the pages still out were stopped
    QCOMPARE(m_network->inFlight(), 0);
}

void TestPagedListLoader::load_page2FailsOnce_askedAgainAndTheLoadCompletes() {
    m_announced = m_actual = 5000;
    auto failed = std::make_shared<bool>(false);
    m_fails = [failed](qint64 offset) { return offset == 1000 && !std::exchange(*failed, true); };
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 8000, 300));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QCOMPARE(result.offsets, (QList<qint64>{0, 1000, 2000, 3000, 4000})); // in order, page 2 included
}

void TestPagedListLoader::load_malformedPage_malformedError() {
    m_malformedAt = 1000;
    auto loader = makeLoader();
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::Malformed);
    QVERIFY2(result.finished.first().message.contains(QStringLiteral("offset 1000")),
             qPrintable(result.finished.first().message));
}

void TestPagedListLoader::keyset_linkTargetsWithCommas_followedToTheEnd() {
    // A filtered list's next page keeps its filters, comma-OR lists included, inside the Link's <...>;
    // the header also names another link, so splitting it at every comma would lose the next one.
    m_network->setHandler([](const tests::RecordedRequest &request) {
        const QUrlQuery query(request.url);
        const int after = query.queryItemValue(QStringLiteral("id.gt")).toInt();
        QJsonArray rows;
        for (int id = after + 1; id <= qMin(after + 1000, 2500); ++id) {
            rows.append(QJsonObject{{QStringLiteral("id"), QString::number(id)}});
        }
        FakeResponse response = FakeResponse::json(200, QJsonDocument(rows).toJson(QJsonDocument::Compact))
                                    .withHeader("X-Total-Count", "2500")
                                    .withHeader("X-Result-Count", QByteArray::number(rows.size()));
        if (rows.size() == 1000) {
            response.withHeader("Link", "</tmf-api/things/v4/thing?status=active,suspended&limit=1000>; rel=\"first\", "
                                        "</tmf-api/things/v4/thing?status=active,suspended&limit=1000&id.gt=" +
                                            QByteArray::number(after + 1000) + ">; rel=\"next\"");
        }
        return response;
    });
    auto loader = makeLoader();
    loader->setKeysetPaging(true);
    Result result;
    record(loader.get(), &result);
    QSignalSpy finished(loader.get(), &PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished));
    QCOMPARE(result.finished.first().kind, ApiError::Kind::None);
    QCOMPARE(result.ids, oneTo(2500));
    QCOMPARE(m_network->requestCount(), 3);
    QVERIFY(m_network->requests().last().url.query().contains(QStringLiteral("status=active,suspended")));
}

QTEST_GUILESS_MAIN(TestPagedListLoader)
#include "tst_paged_list_loader.moc"
