// ItemizationLoader against the real corpcare-server: the CSV month walks give exactly the lines the JSON
// loader gives (ids, amounts to the cent, dates), within the caller's scope, and end with one finished().
#include "api/finance_loaders.h"
#include "api/itemization_loader.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "signal_checks.h"
#include "support/server_process.h"
#include "support/signed_in_session.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <memory>

using namespace corpcare;
using api::ApiError;

namespace {

// One line as both loaders can tell it.
struct Line {
    QString bill;
    QString account;
    QString product;
    QString offering; // service lines only: the JSON names the offering of those
    domain::ChargeKind kind = domain::ChargeKind::Tariff;
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    qint64 taxExcluded = 0;
    qint64 taxIncluded = 0;
    bool operator==(const Line &) const = default;
};

} // namespace

class TestItemizationLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void load_finance_sameLinesAsJsonLoader_data();
    void load_finance_sameLinesAsJsonLoader();
    void load_headOfSales_onlyHisLinesAndNoneOutside();
    void cancel_afterFirstPage_oneFinishedCancelledNoMorePages();

private:
    std::unique_ptr<api::Session> signedIn(const QString &login);
    QHash<QString, Line> jsonLines(const QString &login, const QStringList &accountIds, const domain::Period &period);
    // The rows of the CSV loader by id; `order` gets the ids in delivery order.
    QHash<QString, Line> csvLines(const QString &login, const QStringList &accountIds, const domain::Period &period,
                                  int pageSize, int walks, QStringList *order = nullptr);

    tests::ServerProcess m_server;
};

void TestItemizationLoader::initTestCase() {
    QString error;
    tests::ServerProcess::Options options;
    options.users = 600;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
}

void TestItemizationLoader::cleanupTestCase() {
    m_server.stop();
}

std::unique_ptr<api::Session> TestItemizationLoader::signedIn(const QString &login) {
    return tests::signedInSession(m_server, login);
}

QHash<QString, Line> TestItemizationLoader::jsonLines(const QString &login, const QStringList &accountIds,
                                                      const domain::Period &period) {
    QHash<QString, Line> out;
    auto session = signedIn(login);
    if (!session) {
        return out;
    }
    std::unique_ptr<api::PagedListLoader> loader(
        api::loadChargesOfPeriod(session.get(), accountIds, {}, period, nullptr));
    connect(loader.get(), &api::PagedListLoader::pageReady, this, [&out](qint64, const QVariant &page) {
        for (const domain::BillItem &item : page.value<QList<domain::BillItem>>()) {
            out.insert(item.id, Line{item.bill.id, item.billingAccount.id, item.product.id, item.offering.id, item.kind,
                                     item.periodStart.toJulianDay(), item.periodEnd.toJulianDay(),
                                     item.taxExcluded.minor(), item.taxIncluded.minor()});
        }
    });
    QSignalSpy finished(loader.get(), &api::PagedListLoader::finished);
    loader->start();
    if (!tests::emittedExactlyOnce(finished, 120000, 10) || finished.first().first().value<ApiError>().isError()) {
        qWarning() << "the JSON loader failed";
        return {};
    }
    return out;
}

QHash<QString, Line> TestItemizationLoader::csvLines(const QString &login, const QStringList &accountIds,
                                                     const domain::Period &period, int pageSize, int walks,
                                                     QStringList *order) {
    QHash<QString, Line> out;
    auto session = signedIn(login);
    if (!session) {
        return out;
    }
    std::unique_ptr<api::ItemizationLoader> loader(
        api::loadItemizationRows(session.get(), accountIds, {}, period, nullptr));
    loader->setPageSize(pageSize);
    loader->setParallelWalks(walks);
    qint64 lastProgress = -1;
    qint64 lastTotal = -1;
    connect(loader.get(), &api::ItemizationLoader::progress, this, [&](qint64 loaded, qint64 total) {
        lastProgress = loaded;
        lastTotal = total;
    });
    connect(loader.get(), &api::ItemizationLoader::pageReady, this, [&](const domain::ItemizationPage &page) {
        for (const domain::ItemizationRow &row : page.rows) {
            const QString id = page.id(row);
            const QString offering = row.kind == domain::ChargeKind::Service ? page.text(row.offering) : QString();
            out.insert(id, Line{page.text(row.bill), page.text(row.account), page.text(row.product), offering, row.kind,
                                row.periodStart, row.periodEnd, row.taxExcluded, row.taxIncluded});
            if (order) {
                order->append(id);
            }
            if (page.text(row.currency) != QLatin1String("RUB")) {
                qWarning() << "unexpected currency" << page.text(row.currency);
                out.insert(id, Line{});
            }
        }
    });
    QSignalSpy finished(loader.get(), &api::ItemizationLoader::finished);
    loader->start();
    if (!tests::emittedExactlyOnce(finished, 120000, 50) || finished.first().first().value<ApiError>().isError()) {
        qWarning() << "the CSV loader failed"
                   << (finished.isEmpty() ? QString() : finished.first().first().value<ApiError>().message);
        return {};
    }
    if (loader->loaded() != out.size() ||
        (lastProgress >= 0 && (lastProgress != out.size() || lastTotal != out.size()))) {
        qWarning() << "counted wrong:" << loader->loaded() << lastProgress << lastTotal << out.size();
        return {};
    }
    return out;
}

void TestItemizationLoader::load_finance_sameLinesAsJsonLoader_data() {
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("walks");
    QTest::newRow("one walk, small pages") << 500 << 1;
    QTest::newRow("two walks") << 700 << 2;
    QTest::newRow("three walks, big pages") << 100000 << 3;
}

void TestItemizationLoader::load_finance_sameLinesAsJsonLoader() {
    QFETCH(int, pageSize);
    QFETCH(int, walks);
    // Half a month, then two whole ones: three walks, the first cut to the period.
    const domain::Period period{QDate(2026, 8, 15), QDate(2026, 11, 1)};
    const QHash<QString, Line> expected = jsonLines(QStringLiteral("finance"), {}, period);
    QVERIFY(expected.size() > 3000);
    QStringList order;
    const QHash<QString, Line> lines = csvLines(QStringLiteral("finance"), {}, period, pageSize, walks, &order);
    QCOMPARE(lines.size(), expected.size());
    QCOMPARE(order.size(), lines.size()); // every line once
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QVERIFY2(lines.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(lines.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // Month by month, and by id within a month.
    for (qsizetype i = 1; i < order.size(); ++i) {
        const Line &before = lines[order[i - 1]];
        const Line &after = lines[order[i]];
        QVERIFY(before.periodStart <= after.periodStart);
        if (before.periodStart == after.periodStart) {
            QVERIFY(order[i - 1].toLongLong() < order[i].toLongLong());
        }
    }
}

void TestItemizationLoader::load_headOfSales_onlyHisLinesAndNoneOutside() {
    const domain::Period period{QDate(2026, 9, 1), QDate(2026, 11, 1)};
    const QHash<QString, Line> expected = jsonLines(QStringLiteral("head.sales"), {}, period);
    QVERIFY(!expected.isEmpty());
    const QHash<QString, Line> lines = csvLines(QStringLiteral("head.sales"), {}, period, 400, 2);
    QCOMPARE(QSet<QString>(lines.keyBegin(), lines.keyEnd()), QSet<QString>(expected.keyBegin(), expected.keyEnd()));
    const QHash<QString, Line> everything = csvLines(QStringLiteral("finance"), {}, period, 100000, 2);
    QVERIFY(lines.size() < everything.size());
    QSet<QString> hisAccounts;
    for (const Line &line : lines) {
        hisAccounts.insert(line.account);
    }
    QString outside;
    for (const Line &line : everything) {
        if (!hisAccounts.contains(line.account)) {
            outside = line.account;
            break;
        }
    }
    QVERIFY(!outside.isEmpty());
    auto session = signedIn(QStringLiteral("head.sales"));
    QVERIFY(session);
    std::unique_ptr<api::ItemizationLoader> loader(
        api::loadItemizationRows(session.get(), {outside}, {}, period, nullptr));
    QSignalSpy pages(loader.get(), &api::ItemizationLoader::pageReady);
    QSignalSpy finished(loader.get(), &api::ItemizationLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 30000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(pages.size(), 0);
    QCOMPARE(loader->total(), 0);
}

void TestItemizationLoader::cancel_afterFirstPage_oneFinishedCancelledNoMorePages() {
    auto session = signedIn(QStringLiteral("finance"));
    QVERIFY(session);
    std::unique_ptr<api::ItemizationLoader> loader(api::loadItemizationRows(
        session.get(), {}, {}, domain::Period{QDate(2026, 6, 1), QDate(2026, 11, 1)}, nullptr));
    loader->setPageSize(200);
    int pages = 0;
    connect(loader.get(), &api::ItemizationLoader::pageReady, this, [&pages, &loader] {
        if (++pages == 1) {
            loader->cancel();
        }
    });
    QSignalSpy finished(loader.get(), &api::ItemizationLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 30000, 500));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
    QCOMPARE(pages, 1);
    QVERIFY(loader->isFinished());
}

QTEST_GUILESS_MAIN(TestItemizationLoader)
#include "tst_itemization_loader.moc"
