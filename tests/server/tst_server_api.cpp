// The reference server over real HTTPS on loopback: sign-in, paging, filters, fields, errors, and the
// exactness of every demo bill.
#include "domain/json/mapping.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/server_process.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace corpcare;
using tests::HttpReply;

using namespace corpcare::tests::paths;

namespace {

QUrlQuery passwordForm(const QString &user, const QString &password) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    return form;
}

// Asserts a TMF Error body with the given status and code.
bool isTmfError(const HttpReply &reply, int status, const QString &code) {
    const QJsonObject body = reply.object();
    return reply.status == status && body.value(QStringLiteral("code")).toString() == code &&
           body.value(QStringLiteral("status")).toString() == QString::number(status) &&
           !body.value(QStringLiteral("reason")).toString().isEmpty() &&
           !body.value(QStringLiteral("message")).toString().isEmpty();
}
} // namespace

class TestServerApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signIn_rightPassword_returnsBearerToken();
    void signIn_wrongPasswordOrUser_401InvalidGrant();
    void signIn_missingFieldOrGrant_400();
    void signIn_getMethod_405();
    void request_withoutToken_401WithTmfBody();
    void request_tamperedToken_401();
    void request_expiredToken_401();
    void me_admin_describesUserAndScope();

    void list_paging_headersAndSlices();
    void list_offsetPastEnd_emptyArray();
    void list_badPaging_400();
    void list_keysetPaging_idGt();
    void filter_equalityAndCommaOr();
    void filter_dotNotation();
    void filter_comparisonsOnDatesAndAmounts();
    void filter_productHasService();
    void filter_unknownOrMalformed_400();
    void fields_selectsTopLevelFields();
    void item_unknownId_404();
    void unknownPath_404();
    void collection_post_405();
    void hugeBody_413();
    void malformedBody_400();
    void clientsGoneBeforeTheAnswer_serverLivesAndAnswersOthers();

    void resources_parseWithDomainReaders();
    void bills_itemizationSumsToEveryBill();
    void usage_sumsToBillUsageLines();
    void usage_withoutProduct_400();
    void payments_allocationsMatchBills();

private:
    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
};

void TestServerApi::initTestCase() {
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY(!m_server.caFile().isEmpty());
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_admin = m_client->signIn(QStringLiteral("admin"));
    QVERIFY(!m_admin.isEmpty());
}

void TestServerApi::cleanupTestCase() {
    m_server.stop();
}

void TestServerApi::signIn_rightPassword_returnsBearerToken() {
    const HttpReply reply =
        m_client->postForm(kToken, passwordForm(QStringLiteral("finance"), QStringLiteral("corpcare-demo")));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.object();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(body.value(QStringLiteral("access_token")).toString().size() >= 40);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
}

void TestServerApi::signIn_wrongPasswordOrUser_401InvalidGrant() {
    for (const auto &[user, password] : {qMakePair(QStringLiteral("admin"), QStringLiteral("wrong")),
                                         qMakePair(QStringLiteral("nobody"), QStringLiteral("corpcare-demo"))}) {
        const HttpReply reply = m_client->postForm(kToken, passwordForm(user, password));
        QVERIFY2(isTmfError(reply, 401, QStringLiteral("invalid_grant")), reply.body.constData());
        QCOMPARE(reply.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QVERIFY(!reply.body.contains("access_token"));
    }
}

void TestServerApi::signIn_missingFieldOrGrant_400() {
    QUrlQuery noPassword;
    noPassword.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    noPassword.addQueryItem(QStringLiteral("username"), QStringLiteral("admin"));
    QVERIFY(isTmfError(m_client->postForm(kToken, noPassword), 400, QStringLiteral("invalid_request")));
    QUrlQuery clientCredentials = passwordForm(QStringLiteral("admin"), QStringLiteral("corpcare-demo"));
    clientCredentials.removeAllQueryItems(QStringLiteral("grant_type"));
    clientCredentials.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    QVERIFY(isTmfError(m_client->postForm(kToken, clientCredentials), 400, QStringLiteral("unsupported_grant_type")));
}

void TestServerApi::signIn_getMethod_405() {
    const HttpReply reply = m_client->get(kToken);
    QVERIFY(isTmfError(reply, 405, QStringLiteral("methodNotAllowed")));
    QCOMPARE(reply.header("Allow"), QByteArray("POST"));
}

void TestServerApi::request_withoutToken_401WithTmfBody() {
    const HttpReply reply = m_client->get(kAccounts);
    QVERIFY2(isTmfError(reply, 401, QStringLiteral("unauthorized")), reply.body.constData());
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer"));
}

void TestServerApi::request_tamperedToken_401() {
    QByteArray tampered = m_admin;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    QCOMPARE(m_client->get(kAccounts, tampered).status, 401);
    QCOMPARE(m_client->get(kAccounts, m_admin + "x").status, 401);
    QCOMPARE(m_client->send("GET", kAccounts, {}, {}, QByteArray()).status, 401);
    QCOMPARE(m_client->get(kAccounts, m_admin).status, 200); // the untouched one still works
}

void TestServerApi::request_expiredToken_401() {
    // A second server on the same database whose tokens live one second.
    tests::ServerProcess shortLived;
    QString error;
    tests::ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    options.extraArguments = {QStringLiteral("--token-ttl"), QStringLiteral("1")};
    QVERIFY2(shortLived.start(options, &error), qPrintable(error));
    tests::HttpsClient client(shortLived.baseUrl(), shortLived.caFile());
    const QByteArray token = client.signIn(QStringLiteral("admin"));
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.get(kAccounts, token).status, 200);
    QTest::qWait(2100);
    const HttpReply reply = client.get(kAccounts, token);
    QVERIFY(isTmfError(reply, 401, QStringLiteral("unauthorized")));
}

void TestServerApi::me_admin_describesUserAndScope() {
    const HttpReply reply = m_client->get(QStringLiteral("/corporate/v1/me"), m_admin);
    QCOMPARE(reply.status, 200);
    const auto user = domain::json::portalUserFromJson(reply.object());
    QVERIFY2(user.ok(), user ? "" : qPrintable(user.error().toString()));
    QCOMPARE(user.value().login, QStringLiteral("admin"));
    QVERIFY(user.value().permissions.contains(QStringLiteral("managePortalUsers")));
    QCOMPARE(user.value().scope.size(), 1);
    QCOMPARE(user.value().scope.first().id, QStringLiteral("1"));
}

void TestServerApi::list_paging_headersAndSlices() {
    const HttpReply all = m_client->get(kProducts + QStringLiteral("?limit=1000"), m_admin);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.totalCount(), 300);
    QCOMPARE(all.header("X-Result-Count"), QByteArray("300"));
    const HttpReply page = m_client->get(kProducts + QStringLiteral("?offset=100&limit=25"), m_admin);
    QCOMPARE(page.totalCount(), 300);
    QCOMPARE(page.header("X-Result-Count"), QByteArray("25"));
    QCOMPARE(page.array().size(), 25);
    for (int i = 0; i < 25; ++i) {
        QCOMPARE(page.array().at(i).toObject(), all.array().at(100 + i).toObject());
    }
    QCOMPARE(m_client->get(kProducts, m_admin).array().size(), 100); // the default limit
}

void TestServerApi::list_offsetPastEnd_emptyArray() {
    const HttpReply reply = m_client->get(kProducts + QStringLiteral("?offset=900000000"), m_admin);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("[]"));
    QCOMPARE(reply.totalCount(), 300);
    QCOMPARE(reply.header("X-Result-Count"), QByteArray("0"));
}

void TestServerApi::list_badPaging_400() {
    for (const char *query :
         {"limit=0", "limit=1001", "limit=abc", "offset=-1", "offset=99999999999999", "offset=1e3"}) {
        const HttpReply reply = m_client->get(kProducts + QLatin1Char('?') + QLatin1String(query), m_admin);
        QVERIFY2(isTmfError(reply, 400, QStringLiteral("badRequest")), query);
    }
}

void TestServerApi::list_keysetPaging_idGt() {
    const QJsonArray first = m_client->get(kItems + QStringLiteral("?limit=50"), m_admin).array();
    const QString last = first.last().toObject().value(QStringLiteral("id")).toString();
    const QJsonArray next = m_client->get(kItems + QStringLiteral("?limit=50&id.gt=") + last, m_admin).array();
    const QJsonArray byOffset = m_client->get(kItems + QStringLiteral("?limit=50&offset=50"), m_admin).array();
    QCOMPARE(next.size(), 50);
    QCOMPARE(next, byOffset);
}

void TestServerApi::filter_equalityAndCommaOr() {
    const QJsonArray prepaid = m_client->getAll(kAccounts + QStringLiteral("?settlementMethod=prepaid"), m_admin);
    const QJsonArray credit = m_client->getAll(kAccounts + QStringLiteral("?settlementMethod=credit"), m_admin);
    const QJsonArray both = m_client->getAll(kAccounts + QStringLiteral("?settlementMethod=prepaid,credit"), m_admin);
    QVERIFY(!prepaid.isEmpty());
    QVERIFY(!credit.isEmpty());
    QCOMPARE(both.size(), prepaid.size() + credit.size());
    for (const QJsonValue &account : prepaid) {
        QCOMPARE(account.toObject().value(QStringLiteral("settlementMethod")).toString(), QStringLiteral("prepaid"));
        QCOMPARE(account.toObject().value(QStringLiteral("ratingType")).toString(), QStringLiteral("prepaid"));
    }
    const HttpReply none = m_client->get(kAccounts + QStringLiteral("?settlementMethod=barter"), m_admin);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.totalCount(), 0);
}

void TestServerApi::filter_dotNotation() {
    const QJsonArray bills = m_client->getAll(kBills + QStringLiteral("?billingAccount.id=5"), m_admin);
    QCOMPARE(bills.size(), 12);
    for (const QJsonValue &bill : bills) {
        QCOMPARE(
            bill.toObject().value(QStringLiteral("billingAccount")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("5"));
    }
    const QJsonArray lines = m_client->getAll(kProducts + QStringLiteral("?billingAccount.id=5,6"), m_admin);
    QVERIFY(!lines.isEmpty());
    for (const QJsonValue &line : lines) {
        const QString account =
            line.toObject().value(QStringLiteral("billingAccount")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(account == QLatin1String("5") || account == QLatin1String("6"));
    }
}

void TestServerApi::filter_comparisonsOnDatesAndAmounts() {
    const QJsonArray recent =
        m_client->getAll(kBills + QStringLiteral("?billDate.gte=2026-09-01&billDate.lt=2026-11-01"), m_admin);
    QCOMPARE(recent.size(), 2 * 16); // two bill runs (September and October) of 16 accounts
    for (const QJsonValue &bill : recent) {
        const QString date = bill.toObject().value(QStringLiteral("billDate")).toString();
        QVERIFY2(date >= QLatin1String("2026-09-01") && date < QLatin1String("2026-11-01"), qPrintable(date));
    }
    const QJsonArray inDebt =
        m_client->getAll(kAccounts + QStringLiteral("?accountBalance.amount.value.lt=0"), m_admin);
    const QJsonArray inCredit =
        m_client->getAll(kAccounts + QStringLiteral("?accountBalance.amount.value.gte=0"), m_admin);
    QVERIFY(!inDebt.isEmpty());
    QCOMPARE(inDebt.size() + inCredit.size(), 16);
    for (const QJsonValue &account : inDebt) {
        const auto parsed = domain::json::billingAccountFromJson(account.toObject());
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().balance.minor() < 0);
    }
    const QJsonArray big = m_client->getAll(kBills + QStringLiteral("?amountDue.value.gt=100000.50"), m_admin);
    for (const QJsonValue &bill : big) {
        QVERIFY(domain::json::billFromJson(bill.toObject()).value().taxIncluded.minor() > 10000050);
    }
}

void TestServerApi::filter_productHasService() {
    // Offering 101 is the first service of the demo catalogue (International Roaming).
    const QJsonArray roaming = m_client->getAll(kProducts + QStringLiteral("?product.productOffering.id=101"), m_admin);
    const QJsonArray all = m_client->getAll(kProducts, m_admin);
    QVERIFY(!roaming.isEmpty());
    QVERIFY(roaming.size() < all.size());
    int expected = 0;
    for (const QJsonValue &line : all) {
        const auto parsed = domain::json::serviceUserFromJson(line.toObject());
        QVERIFY(parsed.ok());
        const auto &services = parsed.value().services;
        expected += std::any_of(services.begin(), services.end(),
                                [](const domain::ServiceProduct &s) { return s.offering.id == QLatin1String("101"); });
    }
    QCOMPARE(roaming.size(), expected);
}

void TestServerApi::filter_unknownOrMalformed_400() {
    const QStringList queries{kAccounts + QStringLiteral("?colour=red"),
                              kBills + QStringLiteral("?billDate.gte=yesterday"),
                              kAccounts + QStringLiteral("?accountBalance.amount.value.lt=12.345"),
                              kAccounts + QStringLiteral("?name.gt=A"),
                              kItems + QStringLiteral("?isBilled=maybe"),
                              kBills + QStringLiteral("?billDate.gte=2026-01-01,2026-02-01")};
    for (const QString &query : queries) {
        const HttpReply reply = m_client->get(query, m_admin);
        QVERIFY2(reply.status == 400 &&
                     reply.object().value(QStringLiteral("@type")).toString() == QLatin1String("Error"),
                 qPrintable(query + QStringLiteral(" -> ") + QString::fromUtf8(reply.body)));
    }
    QVERIFY(m_client->get(queries.first(), m_admin)
                .object()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("colour")));
}

void TestServerApi::fields_selectsTopLevelFields() {
    const QJsonArray accounts =
        m_client->get(kAccounts + QStringLiteral("?fields=name,state&limit=3"), m_admin).array();
    QCOMPARE(accounts.size(), 3);
    for (const QJsonValue &account : accounts) {
        QStringList keys = account.toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("@type"), QStringLiteral("href"), QStringLiteral("id"),
                                    QStringLiteral("name"), QStringLiteral("state")}));
    }
    const QJsonObject one = m_client->get(kAccounts + QStringLiteral("/1?fields=balanceNotAField"), m_admin).object();
    QCOMPARE(one.keys().size(), 3);
}

void TestServerApi::item_unknownId_404() {
    QCOMPARE(m_client->get(kAccounts + QStringLiteral("/1"), m_admin).status, 200);
    for (const QString &path : QStringList{kAccounts + QStringLiteral("/999"), kAccounts + QStringLiteral("/abc"),
                                           kBills + QStringLiteral("/0"), kUsage + QStringLiteral("/1-209901-c-1"),
                                           kUsage + QStringLiteral("/garbage")}) {
        QVERIFY2(isTmfError(m_client->get(path, m_admin), 404, QStringLiteral("notFound")), qPrintable(path));
    }
}

void TestServerApi::unknownPath_404() {
    QVERIFY(isTmfError(m_client->get(QStringLiteral("/tmf-api/nothing/v4/here"), m_admin), 404,
                       QStringLiteral("notFound")));
}

void TestServerApi::collection_post_405() {
    const HttpReply reply = m_client->send("POST", kAccounts, "{}", "application/json", m_admin);
    QVERIFY(isTmfError(reply, 405, QStringLiteral("methodNotAllowed")));
    QCOMPARE(reply.header("Allow"), QByteArray("GET"));
    QCOMPARE(m_client->send("DELETE", kAccounts + QStringLiteral("/1"), {}, {}, m_admin).status, 405);
}

void TestServerApi::hugeBody_413() {
    const QByteArray body(2 * 1024 * 1024, 'x');
    const HttpReply reply = m_client->send("POST", kToken, body, "application/x-www-form-urlencoded");
    QVERIFY2(isTmfError(reply, 413, QStringLiteral("payloadTooLarge")), reply.body.left(200).constData());
    QCOMPARE(m_client->get(kAccounts, m_admin).status, 200); // and the server goes on serving
}

void TestServerApi::malformedBody_400() {
    const HttpReply reply =
        m_client->send("POST", kToken, "{\"grant_type\": \"password\", bad json", "application/json");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object().value(QStringLiteral("@type")).toString(), QStringLiteral("Error"));
}

void TestServerApi::resources_parseWithDomainReaders() {
    using namespace domain::json;
    const auto check = [&](const QString &path, auto reader) {
        const QJsonArray items = m_client->get(path + QStringLiteral("?limit=200"), m_admin).array();
        QVERIFY2(!items.isEmpty(), qPrintable(path));
        const auto parsed = listFromJson(items, reader);
        QVERIFY2(parsed.ok(),
                 qPrintable(path + QStringLiteral(": ") + (parsed ? QString() : parsed.error().toString())));
    };
    check(QStringLiteral("/tmf-api/party/v4/organization"), &organizationFromJson);
    check(QStringLiteral("/tmf-api/party/v4/individual"), &individualFromJson);
    check(kAccounts, &billingAccountFromJson);
    check(kProducts, &serviceUserFromJson);
    check(QStringLiteral("/tmf-api/productCatalogManagement/v4/productOffering"), &productOfferingFromJson);
    check(kBills, &billFromJson);
    check(kItems, &billItemFromJson);
    check(kPayments, &paymentFromJson);
    check(kUsage + QStringLiteral("?product.id=1,2"), &usageRecordFromJson);
}

void TestServerApi::bills_itemizationSumsToEveryBill() {
    using namespace domain;
    const auto bills = json::listFromJson(m_client->getAll(kBills, m_admin), &json::billFromJson);
    QVERIFY(bills.ok());
    QCOMPARE(bills.value().size(), 16 * 12);
    const auto items = json::listFromJson(m_client->getAll(kItems + QStringLiteral("?isBilled=true"), m_admin),
                                          &json::billItemFromJson);
    QVERIFY(items.ok());
    QHash<QString, QPair<qint64, qint64>> sums;
    for (const BillItem &item : items.value()) {
        QVERIFY(item.isBilled);
        QCOMPARE(item.taxIncluded.minor(), item.taxExcluded.minor() + item.taxExcluded.taxAtBasisPoints(2000).minor());
        sums[item.bill.id].first += item.taxExcluded.minor();
        sums[item.bill.id].second += item.taxIncluded.minor();
    }
    for (const Bill &bill : bills.value()) {
        QVERIFY2(sums.contains(bill.id), qPrintable(bill.id));
        QCOMPARE(sums.value(bill.id).first, bill.taxExcluded.minor());
        QCOMPARE(sums.value(bill.id).second, bill.taxIncluded.minor());
        QVERIFY(bill.periodStart < bill.periodEnd);
    }
}

void TestServerApi::usage_sumsToBillUsageLines() {
    using namespace domain;
    for (const QString &product : {QStringLiteral("3"), QStringLiteral("42"), QStringLiteral("299")}) {
        const auto lines = json::listFromJson(
            m_client->getAll(kItems + QStringLiteral("?product.id=%1&type=usage&isBilled=true").arg(product), m_admin),
            &json::billItemFromJson);
        QVERIFY(lines.ok());
        QVERIFY2(!lines.value().isEmpty(), qPrintable(product));
        const auto records = json::listFromJson(
            m_client->getAll(kUsage + QStringLiteral("?product.id=") + product, m_admin), &json::usageRecordFromJson);
        QVERIFY(records.ok());
        QHash<QString, qint64> recordSums; // "<yyyy-MM> <kind>"
        for (const UsageRecord &record : records.value()) {
            const QString kind = record.type == UsageType::Call  ? QStringLiteral("calls")
                                 : record.type == UsageType::Sms ? QStringLiteral("sms")
                                                                 : QStringLiteral("data");
            recordSums[record.date.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + kind] +=
                record.taxExcluded.minor();
        }
        for (const BillItem &line : lines.value()) {
            const QString kind = line.kind == ChargeKind::Calls ? QStringLiteral("calls")
                                 : line.kind == ChargeKind::Sms ? QStringLiteral("sms")
                                                                : QStringLiteral("data");
            const QString key = line.periodStart.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + kind;
            QCOMPARE(recordSums.value(key), line.taxExcluded.minor());
        }
    }
}

void TestServerApi::usage_withoutProduct_400() {
    QVERIFY(isTmfError(m_client->get(kUsage, m_admin), 400, QStringLiteral("invalidFilter")));
    QVERIFY(isTmfError(m_client->get(kUsage + QStringLiteral("?product.id=1&usageType=fax"), m_admin), 400,
                       QStringLiteral("invalidFilter")));
    const HttpReply calls = m_client->get(
        kUsage + QStringLiteral("?product.id=1&usageType=call&usageDate.gte=2026-10-01&usageDate.lt=2026-10-08"),
        m_admin);
    QCOMPARE(calls.status, 200);
    for (const QJsonValue &record : calls.array()) {
        const auto parsed = domain::json::usageRecordFromJson(record.toObject());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().type, domain::UsageType::Call);
        QVERIFY(parsed.value().date >= QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(parsed.value().date < QDateTime(QDate(2026, 10, 8), QTime(0, 0), QTimeZone::utc()));
    }
    // One record by its id gives the same record as the list.
    if (!calls.array().isEmpty()) {
        const QJsonObject first = calls.array().first().toObject();
        const HttpReply one =
            m_client->get(kUsage + QLatin1Char('/') + first.value(QStringLiteral("id")).toString(), m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object(), first);
    }
}

void TestServerApi::payments_allocationsMatchBills() {
    using namespace domain;
    const auto bills = json::listFromJson(m_client->getAll(kBills, m_admin), &json::billFromJson);
    const auto payments = json::listFromJson(m_client->getAll(kPayments, m_admin), &json::paymentFromJson);
    QVERIFY(bills.ok());
    QVERIFY(payments.ok());
    QHash<QString, qint64> applied;
    for (const Payment &payment : payments.value()) {
        for (const PaymentAllocation &allocation : payment.allocations) {
            applied[allocation.bill.id] += allocation.amount.minor();
        }
    }
    bool sawOpen = false;
    for (const Bill &bill : bills.value()) {
        if (bill.state == BillState::Settled && applied.contains(bill.id)) {
            QCOMPARE(applied.value(bill.id), bill.taxIncluded.minor());
        }
        if (bill.state != BillState::Settled) {
            sawOpen = true;
            QCOMPARE(bill.remaining.minor(), bill.taxIncluded.minor() - applied.value(bill.id));
        }
    }
    QVERIFY(sawOpen);
}

QTEST_GUILESS_MAIN(TestServerApi)
void TestServerApi::clientsGoneBeforeTheAnswer_serverLivesAndAnswersOthers() {
    // A client that cancels (a load cancelled with pages on the wire) closes connections whose answers
    // are still being computed on the workers. Qt 6.4 wrote such answers to the deleted socket and the
    // server crashed; now they are dropped.
    QNetworkAccessManager manager;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    for (int round = 0; round < 6; ++round) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(
                m_server.baseUrl().resolved(QUrl(kItems + QStringLiteral("?limit=1000&offset=%1").arg(i * 1000))));
            request.setSslConfiguration(tls);
            request.setRawHeader("Authorization", "Bearer " + m_admin);
            replies.append(manager.get(request));
        }
        QTest::qWait(5 + round * 10); // sent, answers being computed or written
        for (QNetworkReply *reply : replies) {
            reply->abort();
            reply->deleteLater();
        }
    }
    QTest::qWait(1000); // the abandoned answers come back from the workers
    const HttpReply reply = m_client->get(kProducts + QStringLiteral("?limit=1"), m_admin);
    QVERIFY2(reply.status == 200, qPrintable(reply.networkError + QStringLiteral("\n") + m_server.log()));
}

#include "tst_server_api.moc"
