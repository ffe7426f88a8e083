// The server side of the search (issue 5: "a server-side TMF filter for what is not loaded") against the
// reference server over HTTPS: what serverSearchFilters asks for returns exactly the lines the client's
// own matcher finds among all lines, for random searches over the demo's real catalogue and structure;
// the scope of a department head holds; lines of a group operation are read again by id in chunks.
#include "api/paged_list_loader.h"
#include "api/service_user_filters.h"
#include "api/session.h"
#include "api/sign_in_job.h"
#include "domain/search.h"
#include "support/server_process.h"
#include "support/signed_in_session.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <set>

using namespace corpcare;

namespace {

std::set<QString> idsOf(const QList<domain::ServiceUser> &lines) {
    std::set<QString> out;
    for (const domain::ServiceUser &line : lines) {
        out.insert(line.id);
    }
    return out;
}

template <typename T>
QStringList pick(QRandomGenerator &random, const QList<T> &from, int oneIn) {
    QStringList out;
    for (const T &value : from) {
        if (random.bounded(oneIn) == 0) {
            out.append(value);
        }
    }
    return out;
}

} // namespace

class TestServerSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void cleanup(); // signed in as admin again, whatever a test did
    void randomSearches_sameLinesAsTheClientsMatcher();
    void textInAnyCase_numberWithOrWithoutFormatting();
    void departmentHead_onlyHisLines();
    void linesById_cutIntoChunks_allBack();

private:
    bool signIn(const QString &login);
    QList<domain::ServiceUser> load(const api::Filters &filters, api::ApiError *error = nullptr);

    tests::ServerProcess m_server;
    std::unique_ptr<api::Session> m_session;
    QList<domain::ServiceUser> m_all;
};

void TestServerSearch::initTestCase() {
    tests::ServerProcess::Options options;
    options.users = 3000;
    QString error;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    QVERIFY(signIn(QStringLiteral("admin")));
    m_all = load({});
    QCOMPARE(m_all.size(), 3000);
}

bool TestServerSearch::signIn(const QString &login) {
    m_session = tests::signedInSession(m_server, login);
    return m_session != nullptr;
}

QList<domain::ServiceUser> TestServerSearch::load(const api::Filters &filters, api::ApiError *error) {
    api::PagedListLoader *loader = api::loadServiceUsers(m_session.get(), filters, this);
    QList<domain::ServiceUser> lines;
    connect(loader, &api::PagedListLoader::pageReady, this,
            [&lines](qint64, const QVariant &page) { lines += page.value<QList<domain::ServiceUser>>(); });
    QSignalSpy finished(loader, &api::PagedListLoader::finished);
    loader->start();
    if (!finished.wait(60000)) {
        return {};
    }
    if (error) {
        *error = finished.first().first().value<api::ApiError>();
    }
    loader->deleteLater();
    return lines;
}

void TestServerSearch::randomSearches_sameLinesAsTheClientsMatcher() {
    QStringList tariffs;
    QStringList services;
    QStringList departments;
    QStringList accounts;
    for (const domain::ServiceUser &line : std::as_const(m_all)) {
        tariffs.append(line.tariff.id);
        departments.append(line.department.id);
        accounts.append(line.billingAccount.id);
        for (const domain::ServiceProduct &service : line.services) {
            services.append(service.offering.id);
        }
    }
    for (QStringList *list : {&tariffs, &services, &departments, &accounts}) {
        list->removeDuplicates();
    }
    QRandomGenerator random(5);
    int nonEmpty = 0;
    for (int round = 0; round < 40; ++round) {
        domain::UserSearch search;
        search.tariffIds = pick(random, tariffs, 3);
        if (random.bounded(3) == 0) {
            search.statuses.append(random.bounded(2) ? domain::ProductStatus::Active
                                                     : domain::ProductStatus::Suspended);
        }
        for (const QString &service : services) {
            const int choice = random.bounded(8);
            if (choice == 0) {
                search.servicesAll.append(service);
            } else if (choice == 1) {
                search.servicesNone.append(service);
            }
        }
        search.departmentIds = pick(random, departments, 4);
        search.accountIds = pick(random, accounts, accounts.size() / 3 + 1);
        if (random.bounded(3) == 0) {
            search.chargesMin = domain::Money(random.bounded(200000), QStringLiteral("RUB"));
        }
        if (random.bounded(4) == 0) {
            search.chargesMax = domain::Money(random.bounded(400000), QStringLiteral("RUB"));
        }
        if (random.bounded(3) == 0) {
            const domain::ServiceUser &line = m_all.at(random.bounded(int(m_all.size())));
            search.text = random.bounded(2) ? line.msisdn.mid(3, 4) : line.user.name.section(QLatin1Char(' '), 1);
        }
        // The client's matcher over all lines, with the departments as the index gives them.
        const domain::SearchMatcher matcher(search, search.departmentIds);
        std::set<QString> expected;
        for (const domain::ServiceUser &line : std::as_const(m_all)) {
            if (matcher.matches(line, domain::ThresholdState::Unknown)) {
                expected.insert(line.id);
            }
        }
        api::ApiError error;
        const QList<domain::ServiceUser> found =
            load(api::serverSearchFilters(search, search.departmentIds, true), &error);
        QVERIFY2(!error.isError(), qPrintable(search.summary() + QStringLiteral(": ") + error.message));
        if (idsOf(found) != expected) {
            QFAIL(qPrintable(QStringLiteral("round %1 (%2): server %3 lines, matcher %4")
                                 .arg(round)
                                 .arg(search.summary())
                                 .arg(found.size())
                                 .arg(expected.size())));
        }
        nonEmpty += expected.empty() ? 0 : 1;
    }
    QVERIFY2(nonEmpty >= 10, qPrintable(QString::number(nonEmpty))); // the searches were not all empty
}

void TestServerSearch::textInAnyCase_numberWithOrWithoutFormatting() {
    const domain::ServiceUser &line = m_all.at(1234);
    const auto foundWith = [this](const QString &text) {
        domain::UserSearch search;
        search.text = text;
        return idsOf(load(api::serverSearchFilters(search, {}, true)));
    };
    const std::set<QString> byName = foundWith(line.user.name.toUpper());
    QVERIFY(byName.count(line.id));
    const QString formatted = domain::formatMsisdn(line.msisdn);
    QCOMPARE(foundWith(formatted), std::set<QString>{line.id});
    QCOMPARE(foundWith(line.msisdn), std::set<QString>{line.id});
    QVERIFY(foundWith(QStringLiteral("zzzz-no-such-name")).empty());
}

void TestServerSearch::departmentHead_onlyHisLines() {
    QVERIFY(signIn(QStringLiteral("head.sales")));
    domain::UserSearch everyone;
    everyone.statuses = {domain::ProductStatus::Active, domain::ProductStatus::Suspended};
    const QList<domain::ServiceUser> his = load(api::serverSearchFilters(everyone, {}, false));
    const QList<domain::ServiceUser> hisAll = load({});
    QVERIFY(!his.isEmpty());
    QVERIFY(his.size() < m_all.size());
    QCOMPARE(idsOf(his), idsOf(hisAll));
    // Another department's lines named outright still stay out of his answer.
    QStringList others;
    for (const domain::ServiceUser &line : std::as_const(m_all)) {
        if (!idsOf(hisAll).count(line.id) && others.size() < 50) {
            others.append(line.id);
        }
    }
    QVERIFY(load(api::serverSearchFilters({}, {}, false) + api::serviceUserIdFilters(others).front()).isEmpty());
}

void TestServerSearch::cleanup() {
    if (m_session->login() != QLatin1String("admin")) {
        QVERIFY(signIn(QStringLiteral("admin")));
    }
}

void TestServerSearch::linesById_cutIntoChunks_allBack() {
    QStringList ids;
    for (const domain::ServiceUser &line : std::as_const(m_all)) {
        if (ids.size() < 2500) {
            ids.append(line.id);
        }
    }
    const QList<api::Filters> chunks = api::serviceUserIdFilters(ids);
    QCOMPARE(chunks.size(), 3);
    std::set<QString> back;
    for (const api::Filters &chunk : chunks) {
        back.merge(idsOf(load(chunk)));
    }
    QCOMPARE(back, std::set<QString>(ids.begin(), ids.end()));
}

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
