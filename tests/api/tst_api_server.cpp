// The API client against the real corpcare-server over HTTPS (a 1,500-user demo company).
#include "api/finance_loaders.h"
#include "api/resource_loaders.h"
#include "api/session.h"
#include "api/sign_in_job.h"
#include "domain/json/paths.h"
#include "signal_checks.h"
#include "support/https_client.h"
#include "support/server_process.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSslCertificate>
#include <QTest>

#include <memory>

using namespace corpcare;
using api::ApiError;
using api::ApiJob;

namespace {

const QString kPassword = QStringLiteral("corpcare-demo");

QString describe(const ApiError &error) {
    return api::kindName(error.kind) + QStringLiteral(": ") + error.message + QLatin1Char('\n') + error.details;
}

} // namespace

class TestApiServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signIn_rightPassword_signedInAndMeIsAdmin();
    void signIn_wrongPassword_unauthorizedWrongCredentialsMessage();
    void signIn_lockedAfterRepeatedFailures_saysWhenToTryAgain();
    void signOut_theServerEndsTheToken();
    void loadServiceUsers_1500Users_everyIdOnceAndCountIsTotal();
    void loadOtherCollections_admin_countsMatchServerTotals();
    void get_unknownId_notFoundWithTmfCode();
    void expiredToken_request_reauthenticationRequiredThenResumeSucceeds();
    void untrustedCertificate_request_tlsErrorWithCertificateDetails();
    void stoppedServer_request_networkErrorWithClearMessage();
    void loadChargesOfPeriod_finance_everyBilledLineOfThePeriodOnce();
    void loadChargesOfPeriod_headOfSales_onlySalesAccounts();

private:
    std::unique_ptr<api::Session> newSession(const tests::ServerProcess &server, bool trustCa = true);
    static bool runJob(ApiJob *job, int timeoutMs = 30000);
    static bool signIn(api::Session *session, const QString &login = QStringLiteral("admin"));
    // Loads the period's billed lines as `login` in keyset pages of 200; empty on failure.
    QList<domain::BillItem> loadPeriod(const QString &login, const QStringList &accountIds, QDate start, QDate end);

    tests::ServerProcess m_server;
};

void TestApiServer::initTestCase() {
    QString error;
    tests::ServerProcess::Options options;
    options.users = 1500;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
}

void TestApiServer::cleanupTestCase() {
    m_server.stop();
}

std::unique_ptr<api::Session> TestApiServer::newSession(const tests::ServerProcess &server, bool trustCa) {
    auto session = std::make_unique<api::Session>();
    session->accessManager()->setBaseUrl(server.baseUrl());
    if (trustCa) {
        QString error;
        if (!session->accessManager()->setExtraCaFile(server.caFile(), &error)) {
            qWarning() << error;
            return nullptr;
        }
    }
    return session;
}

bool TestApiServer::runJob(ApiJob *job, int timeoutMs) {
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    return tests::emittedExactlyOnce(finished, timeoutMs, 50);
}

bool TestApiServer::signIn(api::Session *session, const QString &login) {
    api::SignInJob *job = session->signIn(login, kPassword);
    return runJob(job) && !job->error().isError() && session->isSignedIn();
}

void TestApiServer::signIn_rightPassword_signedInAndMeIsAdmin() {
    auto session = newSession(m_server);
    QVERIFY(session);
    api::SignInJob *job = session->signIn(QStringLiteral("admin"), kPassword);
    QVERIFY(runJob(job));
    QVERIFY2(!job->error().isError(), qPrintable(describe(job->error())));
    QVERIFY(!job->accessToken().isEmpty());
    QVERIFY(job->expiresInSeconds() > 0);
    QVERIFY(session->isSignedIn());
    api::MeJob *me = session->fetchMe();
    QVERIFY(runJob(me));
    QVERIFY2(!me->error().isError(), qPrintable(describe(me->error())));
    QCOMPARE(session->currentUser().login, QStringLiteral("admin"));
}

void TestApiServer::signIn_wrongPassword_unauthorizedWrongCredentialsMessage() {
    auto session = newSession(m_server);
    QVERIFY(session);
    api::SignInJob *job = session->signIn(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QVERIFY(runJob(job));
    QCOMPARE(job->error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(job->error().code, QStringLiteral("invalid_grant"));
    QCOMPARE(job->error().message, QStringLiteral("Wrong user name or password."));
    QVERIFY(!session->isSignedIn());
}

void TestApiServer::signIn_lockedAfterRepeatedFailures_saysWhenToTryAgain() {
    auto session = newSession(m_server);
    QVERIFY(session);
    api::ApiError last;
    for (int attempt = 0; attempt < 5; ++attempt) {
        api::SignInJob *job = session->signIn(QStringLiteral("head.logistics"), QStringLiteral("not-the-password"));
        QVERIFY(runJob(job));
        last = job->error();
    }
    QCOMPARE(last.httpStatus, 429);
    QCOMPARE(last.code, QStringLiteral("tooManyAttempts"));
    QVERIFY2(last.message.contains(QStringLiteral("try again in 15 minute")), qPrintable(last.message));
    QVERIFY(!session->isSignedIn());
}

void TestApiServer::signOut_theServerEndsTheToken() {
    auto session = newSession(m_server);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    const QByteArray token = session->accessManager()->bearerToken();
    tests::HttpsClient client(m_server.baseUrl(), m_server.caFile());
    QCOMPARE(client.get(QString::fromLatin1(domain::json::kMePath), token).status, 200);
    session->signOut();
    QVERIFY(!session->accessManager()->hasBearerToken());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QString::fromLatin1(domain::json::kMePath), token).status, 401, 10000);
}

void TestApiServer::loadServiceUsers_1500Users_everyIdOnceAndCountIsTotal() {
    auto session = newSession(m_server);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    api::JsonRequestJob *count =
        session->get(domain::json::collectionPath(domain::json::Resource::Product) + QStringLiteral("?limit=1"));
    QVERIFY(runJob(count));
    QCOMPARE(count->totalCount(), 1500);

    std::unique_ptr<api::PagedListLoader> loader(api::loadServiceUsers(session.get(), nullptr));
    loader->setPageSize(400); // 4 pages, several in flight
    QList<qint64> offsets;
    QList<domain::ServiceUser> users;
    connect(loader.get(), &api::PagedListLoader::pageReady, this, [&](qint64 offset, const QVariant &page) {
        offsets.append(offset);
        users += page.value<QList<domain::ServiceUser>>();
    });
    QSignalSpy finished(loader.get(), &api::PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 60000));
    const auto error = finished.first().first().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(offsets, (QList<qint64>{0, 400, 800, 1200}));
    QCOMPARE(qint64(users.size()), count->totalCount());
    QCOMPARE(loader->total(), 1500);
    QSet<int> ids;
    for (const domain::ServiceUser &user : users) {
        ids.insert(user.id.toInt());
        QVERIFY(!user.msisdn.isEmpty());
    }
    QCOMPARE(ids.size(), 1500);
    QCOMPARE(*std::min_element(ids.begin(), ids.end()), 1);
    QCOMPARE(*std::max_element(ids.begin(), ids.end()), 1500);
}

void TestApiServer::loadOtherCollections_admin_countsMatchServerTotals() {
    auto session = newSession(m_server);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    tests::HttpsClient client(m_server.baseUrl(), m_server.caFile());
    const QByteArray token = client.signIn(QStringLiteral("admin"));
    using Factory = api::PagedListLoader *(*)(api::Session *, QObject *);
    const QList<QPair<Factory, domain::json::Resource>> cases{
        {&api::loadOrganizations, domain::json::Resource::Organization},
        {&api::loadBillingAccounts, domain::json::Resource::BillingAccount},
        {&api::loadProductOfferings, domain::json::Resource::ProductOffering},
        {&api::loadIndividuals, domain::json::Resource::Individual},
    };
    for (const auto &[factory, resource] : cases) {
        const QString path = domain::json::collectionPath(resource);
        const qint64 expected = client.get(path + QStringLiteral("?limit=1"), token).totalCount();
        QVERIFY2(expected > 0, qPrintable(path));
        std::unique_ptr<api::PagedListLoader> loader(factory(session.get(), nullptr));
        QSignalSpy finished(loader.get(), &api::PagedListLoader::finished);
        loader->start();
        QVERIFY2(tests::emittedExactlyOnce(finished, 30000), qPrintable(path));
        const auto error = finished.first().first().value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(path + QLatin1Char(' ') + describe(error)));
        QCOMPARE(loader->loaded(), expected);
    }
}

void TestApiServer::get_unknownId_notFoundWithTmfCode() {
    auto session = newSession(m_server);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    api::JsonRequestJob *job =
        session->get(domain::json::hrefFor(domain::json::Resource::BillingAccount, QStringLiteral("999999")));
    QVERIFY(runJob(job));
    QCOMPARE(job->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(job->error().code, QStringLiteral("notFound"));
    QVERIFY(job->error().message.startsWith(QStringLiteral("Not found")));
}

void TestApiServer::expiredToken_request_reauthenticationRequiredThenResumeSucceeds() {
    tests::ServerProcess shortLived; // same database, tokens live one second
    QString error;
    tests::ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    options.extraArguments = {QStringLiteral("--token-ttl"), QStringLiteral("1")};
    QVERIFY2(shortLived.start(options, &error), qPrintable(error));
    auto session = newSession(shortLived);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    QTest::qWait(2100);

    QSignalSpy reauth(session.get(), &api::Session::reauthenticationRequired);
    const QString accounts = domain::json::collectionPath(domain::json::Resource::BillingAccount);
    api::JsonRequestJob *first = session->get(accounts);
    QSignalSpy firstFinished(first, &ApiJob::finished);
    first->start();
    QVERIFY(reauth.wait(10000));
    QCOMPARE(first->state(), ApiJob::State::WaitingForSignIn);
    api::JsonRequestJob *second = session->get(accounts + QStringLiteral("?limit=2"));
    QSignalSpy secondFinished(second, &ApiJob::finished);
    second->start();
    QCOMPARE(second->state(), ApiJob::State::WaitingForSignIn);

    tests::HttpsClient client(shortLived.baseUrl(), shortLived.caFile());
    const QByteArray token = client.signIn(QStringLiteral("admin"));
    QVERIFY(!token.isEmpty());
    session->resumeWithToken(token);
    QVERIFY(tests::emittedExactlyOnce(firstFinished, 10000));
    QVERIFY(tests::emittedExactlyOnce(secondFinished, 10000));
    QVERIFY2(!first->error().isError(), qPrintable(describe(first->error())));
    QVERIFY2(!second->error().isError(), qPrintable(describe(second->error())));
    QCOMPARE(second->json().array().size(), 2);
    QCOMPARE(reauth.size(), 1);
}

void TestApiServer::untrustedCertificate_request_tlsErrorWithCertificateDetails() {
    auto session = newSession(m_server, false); // the system CAs only: the demo CA is unknown
    QVERIFY(session);
    api::SignInJob *job = session->signIn(QStringLiteral("admin"), kPassword);
    QVERIFY(runJob(job));
    const ApiError &error = job->error();
    QCOMPARE(error.kind, ApiError::Kind::Tls);
    QVERIFY2(error.message.startsWith(QStringLiteral("The server's certificate is not trusted: ")),
             qPrintable(error.message));
    QVERIFY2(error.details.contains(QStringLiteral("Certificate subject: ")), qPrintable(error.details));
    QVERIFY2(error.details.contains(QStringLiteral("Issuer: ")), qPrintable(error.details));
    QVERIFY2(error.details.contains(QStringLiteral("Valid from ")), qPrintable(error.details));
    // the server's own certificate, as it sits in the data directory (api-profile.md §9)
    const QList<QSslCertificate> served = QSslCertificate::fromPath(m_server.dataDir() + QStringLiteral("/server.pem"));
    QVERIFY(!served.isEmpty());
    const QString fingerprint =
        QString::fromLatin1(served.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(error.details.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprint), qPrintable(error.details));
    const QString issuer = served.first().issuerInfo(QSslCertificate::CommonName).value(0);
    QVERIFY2(error.details.contains(QStringLiteral("Issuer: CN=") + issuer), qPrintable(error.details));
    QVERIFY(!session->isSignedIn());
}

void TestApiServer::stoppedServer_request_networkErrorWithClearMessage() {
    tests::ServerProcess gone;
    QString error;
    tests::ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    QVERIFY2(gone.start(options, &error), qPrintable(error));
    auto session = newSession(gone);
    QVERIFY(session);
    QVERIFY(signIn(session.get()));
    gone.stop();
    api::JsonRequestJob *job = session->get(domain::json::collectionPath(domain::json::Resource::Organization));
    job->setRetryBaseDelay(std::chrono::milliseconds(20));
    QVERIFY(runJob(job));
    QCOMPARE(job->error().kind, ApiError::Kind::Network);
    const QString expected = QStringLiteral("The server %1:%2 cannot be reached: connection refused.")
                                 .arg(gone.baseUrl().host(), QString::number(gone.baseUrl().port()));
    QCOMPARE(job->error().message, expected);
    QCOMPARE(job->attempts(), 3); // a GET tries again before giving up
}

QList<domain::BillItem> TestApiServer::loadPeriod(const QString &login, const QStringList &accountIds, QDate start,
                                                  QDate end) {
    auto session = newSession(m_server);
    if (!session || !signIn(session.get(), login)) {
        return {};
    }
    std::unique_ptr<api::PagedListLoader> loader(
        api::loadChargesOfPeriod(session.get(), accountIds, {}, {start, end}, nullptr));
    loader->setPageSize(200); // many pages, so that the walk follows many Link headers
    QList<domain::BillItem> items;
    connect(loader.get(), &api::PagedListLoader::pageReady, this,
            [&items](qint64, const QVariant &page) { items += page.value<QList<domain::BillItem>>(); });
    QSignalSpy finished(loader.get(), &api::PagedListLoader::finished);
    loader->start();
    if (!tests::emittedExactlyOnce(finished, 60000) || finished.first().first().value<ApiError>().isError() ||
        loader->loaded() != items.size() || loader->total() != items.size()) {
        qWarning() << "loading the period as" << login << "failed or counted wrong:" << loader->loaded() << items.size()
                   << loader->total();
        return {};
    }
    return items;
}

void TestApiServer::loadChargesOfPeriod_finance_everyBilledLineOfThePeriodOnce() {
    const QDate start(2026, 9, 1);
    const QDate end(2026, 11, 1);
    const QList<domain::BillItem> items = loadPeriod(QStringLiteral("finance"), {}, start, end);
    QVERIFY(items.size() > 1000);
    QSet<QString> ids;
    QSet<QString> bills;
    for (const domain::BillItem &item : items) {
        QVERIFY2(item.isBilled, qPrintable(item.id));
        QVERIFY2(item.periodStart >= start && item.periodStart < end, qPrintable(item.id));
        ids.insert(item.id);
        bills.insert(item.bill.id);
    }
    QCOMPARE(ids.size(), items.size());
    // Counted another way: the bills of those months, each with its own itemization count.
    tests::HttpsClient client(m_server.baseUrl(), m_server.caFile());
    const QByteArray token = client.signIn(QStringLiteral("finance"));
    const QJsonArray periodBills =
        client
            .get(domain::json::collectionPath(domain::json::Resource::CustomerBill) +
                     QStringLiteral("?billingPeriod.startDateTime.gte=2026-09-01&billingPeriod.startDateTime.lt="
                                    "2026-11-01&limit=1000"),
                 token)
            .array();
    QCOMPARE(periodBills.size(), bills.size());
    qint64 lines = 0;
    for (const QJsonValue &bill : periodBills) {
        const QString id = bill.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(bills.contains(id), qPrintable(id));
        lines += client
                     .get(domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate) +
                              QStringLiteral("?bill.id=") + id + QStringLiteral("&limit=1"),
                          token)
                     .totalCount();
    }
    QCOMPARE(lines, qint64(items.size()));
}

void TestApiServer::loadChargesOfPeriod_headOfSales_onlySalesAccounts() {
    const QDate start(2026, 10, 1);
    const QDate end(2026, 11, 1);
    tests::HttpsClient client(m_server.baseUrl(), m_server.caFile());
    const QByteArray token = client.signIn(QStringLiteral("head.sales"));
    QSet<QString> salesAccounts;
    for (const QJsonValue &account :
         client.get(domain::json::collectionPath(domain::json::Resource::BillingAccount), token).array()) {
        salesAccounts.insert(account.toObject().value(QLatin1String("id")).toString());
    }
    QVERIFY(!salesAccounts.isEmpty());
    const QList<domain::BillItem> everything = loadPeriod(QStringLiteral("finance"), {}, start, end);
    const QList<domain::BillItem> sales = loadPeriod(QStringLiteral("head.sales"), {}, start, end);
    QVERIFY(!sales.isEmpty());
    QVERIFY(sales.size() < everything.size());
    qint64 salesInEverything = 0;
    for (const domain::BillItem &item : everything) {
        salesInEverything += salesAccounts.contains(item.billingAccount.id) ? 1 : 0;
    }
    QCOMPARE(qint64(sales.size()), salesInEverything);
    for (const domain::BillItem &item : sales) {
        QVERIFY2(salesAccounts.contains(item.billingAccount.id), qPrintable(item.id));
        QVERIFY2(item.periodStart >= start && item.periodStart < end, qPrintable(item.id));
    }
    // Asking for one account narrows further; an account outside the scope gives nothing.
    const QString oneAccount = sales.first().billingAccount.id;
    const QList<domain::BillItem> ofOne = loadPeriod(QStringLiteral("head.sales"), {oneAccount}, start, end);
    QVERIFY(!ofOne.isEmpty());
    for (const domain::BillItem &item : ofOne) {
        QCOMPARE(item.billingAccount.id, oneAccount);
    }
    QString outside;
    for (const domain::BillItem &item : everything) {
        if (!salesAccounts.contains(item.billingAccount.id)) {
            outside = item.billingAccount.id;
            break;
        }
    }
    QVERIFY(!outside.isEmpty());
    auto session = newSession(m_server);
    QVERIFY(session && signIn(session.get(), QStringLiteral("head.sales")));
    std::unique_ptr<api::PagedListLoader> loader(
        api::loadChargesOfPeriod(session.get(), {outside}, {}, {start, end}, nullptr));
    QSignalSpy finished(loader.get(), &api::PagedListLoader::finished);
    loader->start();
    QVERIFY(tests::emittedExactlyOnce(finished, 30000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    QCOMPARE(loader->loaded(), 0);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_api_server.moc"
