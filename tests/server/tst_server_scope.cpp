// Scope is the server's job: a department head sees his department's subtree and nothing else, by id,
// by filter and in every count; out-of-scope ids answer 404 exactly like ids that do not exist.
#include "domain/json/mapping.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/server_process.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace corpcare;
using tests::HttpReply;

using namespace corpcare::tests::paths;

namespace {

QString idOf(const QJsonValue &value) {
    return value.toObject().value(QStringLiteral("id")).toString();
}

QString refId(const QJsonValue &value, const QString &field) {
    return value.toObject().value(field).toObject().value(QStringLiteral("id")).toString();
}

QSet<QString> ids(const QJsonArray &items) {
    QSet<QString> out;
    for (const QJsonValue &item : items) {
        out.insert(idOf(item));
    }
    return out;
}
} // namespace

class TestServerScope : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void organizations_head_onlyHisSubtree();
    void accounts_head_onlyHisDepartments();
    void products_head_onlyHisDepartmentsAndCountsMatch();
    void individuals_head_onlyHisPeople();
    void financial_head_onlyHisAccounts();
    void byId_outsideScope_404LikeUnknown();
    void byFilter_outsideScope_emptyAndZeroCount();
    void usage_outsideScope_nothing();
    void me_head_showsHisGrant();
    void finance_hasNoPortalAdministration_butSeesEverything();

private:
    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
    QByteArray m_head; // head.sales: Sales (3) with Sales North (4) and Sales South (5)
    QSet<QString> m_salesOrganizations;
    QSet<QString> m_salesAccounts;
    QJsonArray m_allProducts;
    QJsonArray m_allAccounts;
};

void TestServerScope::initTestCase() {
    QString error;
    tests::ServerProcess::Options options;
    options.users = 400;
    options.seed = 11;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_admin = m_client->signIn(QStringLiteral("admin"));
    m_head = m_client->signIn(QStringLiteral("head.sales"));
    QVERIFY(!m_admin.isEmpty());
    QVERIFY(!m_head.isEmpty());

    // The expected scope, worked out from the administrator's complete view.
    const QJsonArray organizations = m_client->getAll(kOrganizations, m_admin);
    m_salesOrganizations = {QStringLiteral("3")};
    for (const QJsonValue &organization : organizations) {
        const QString parent = organization.toObject()
                                   .value(QStringLiteral("organizationParentRelationship"))
                                   .toObject()
                                   .value(QStringLiteral("organization"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        if (parent == QLatin1String("3")) {
            m_salesOrganizations.insert(idOf(organization));
        }
    }
    QCOMPARE(m_salesOrganizations.size(), 3);
    m_allAccounts = m_client->getAll(kAccounts, m_admin);
    for (const QJsonValue &account : m_allAccounts) {
        const QJsonArray parties = account.toObject().value(QStringLiteral("relatedParty")).toArray();
        if (m_salesOrganizations.contains(idOf(parties.first()))) {
            m_salesAccounts.insert(idOf(account));
        }
    }
    QVERIFY(!m_salesAccounts.isEmpty());
    QVERIFY(m_salesAccounts.size() < m_allAccounts.size());
    m_allProducts = m_client->getAll(kProducts, m_admin);
    QCOMPARE(m_allProducts.size(), 400);
}

void TestServerScope::cleanupTestCase() {
    m_server.stop();
}

void TestServerScope::organizations_head_onlyHisSubtree() {
    const QJsonArray seen = m_client->getAll(kOrganizations, m_head);
    QCOMPARE(ids(seen), m_salesOrganizations);
}

void TestServerScope::accounts_head_onlyHisDepartments() {
    const HttpReply reply = m_client->get(kAccounts + QStringLiteral("?limit=1000"), m_head);
    QCOMPARE(reply.status, 200);
    QCOMPARE(ids(reply.array()), m_salesAccounts);
    QCOMPARE(reply.totalCount(), m_salesAccounts.size());
}

void TestServerScope::products_head_onlyHisDepartmentsAndCountsMatch() {
    QSet<QString> expected;
    for (const QJsonValue &product : m_allProducts) {
        if (m_salesAccounts.contains(refId(product, QStringLiteral("billingAccount")))) {
            expected.insert(idOf(product));
        }
    }
    QVERIFY(!expected.isEmpty());
    const HttpReply first = m_client->get(kProducts + QStringLiteral("?limit=10"), m_head);
    QCOMPARE(first.totalCount(), expected.size());
    QCOMPARE(ids(m_client->getAll(kProducts, m_head)), expected);
    // A filter that the administrator answers with many rows answers only in-scope rows for the head.
    const HttpReply active = m_client->get(kProducts + QStringLiteral("?status=active&limit=1000"), m_head);
    for (const QJsonValue &product : active.array()) {
        QVERIFY(expected.contains(idOf(product)));
    }
    QCOMPARE(active.totalCount(), active.array().size());
}

void TestServerScope::individuals_head_onlyHisPeople() {
    const QJsonArray people = m_client->getAll(kIndividuals, m_head);
    QVERIFY(!people.isEmpty());
    for (const QJsonValue &person : people) {
        const QJsonArray parties = person.toObject().value(QStringLiteral("relatedParty")).toArray();
        QVERIFY(m_salesOrganizations.contains(idOf(parties.first())));
    }
}

void TestServerScope::financial_head_onlyHisAccounts() {
    const QJsonArray bills = m_client->getAll(kBills, m_head);
    QCOMPARE(bills.size(), m_salesAccounts.size() * 12);
    for (const QJsonValue &bill : bills) {
        QVERIFY(m_salesAccounts.contains(refId(bill, QStringLiteral("billingAccount"))));
    }
    const QJsonArray payments = m_client->getAll(kPayments, m_head);
    QVERIFY(!payments.isEmpty());
    for (const QJsonValue &payment : payments) {
        QVERIFY(m_salesAccounts.contains(refId(payment, QStringLiteral("account"))));
    }
    const HttpReply unbilled = m_client->get(kItems + QStringLiteral("?isBilled=false&limit=1000"), m_head);
    QVERIFY(unbilled.totalCount() > 0);
    for (const QJsonValue &item : unbilled.array()) {
        QVERIFY(m_salesAccounts.contains(refId(item, QStringLiteral("billingAccount"))));
    }
}

void TestServerScope::byId_outsideScope_404LikeUnknown() {
    QString foreignAccount;
    for (const QJsonValue &account : m_allAccounts) {
        if (!m_salesAccounts.contains(idOf(account))) {
            foreignAccount = idOf(account);
            break;
        }
    }
    QString foreignProduct;
    for (const QJsonValue &product : m_allProducts) {
        if (!m_salesAccounts.contains(refId(product, QStringLiteral("billingAccount")))) {
            foreignProduct = idOf(product);
            break;
        }
    }
    const QJsonArray foreignBills =
        m_client->getAll(kBills + QStringLiteral("?billingAccount.id=") + foreignAccount, m_admin);
    const QJsonArray foreignPayments =
        m_client->getAll(kPayments + QStringLiteral("?account.id=") + foreignAccount, m_admin);
    const QJsonArray foreignItems =
        m_client->get(kItems + QStringLiteral("?product.id=") + foreignProduct, m_admin).array();
    QVERIFY(!foreignBills.isEmpty());
    QVERIFY(!foreignItems.isEmpty());

    const QStringList outside{kAccounts + QLatin1Char('/') + foreignAccount,
                              kProducts + QLatin1Char('/') + foreignProduct,
                              kBills + QLatin1Char('/') + idOf(foreignBills.first()),
                              kItems + QLatin1Char('/') + idOf(foreignItems.first()),
                              kOrganizations + QStringLiteral("/1"),
                              kOrganizations + QStringLiteral("/6")};
    for (const QString &path : outside) {
        QCOMPARE(m_client->get(path, m_admin).status, 200); // it exists...
        const HttpReply reply = m_client->get(path, m_head);
        QVERIFY2(reply.status == 404, qPrintable(path)); // ...but not for him, and he cannot tell
        const HttpReply unknown = m_client->get(path + QStringLiteral("999999"), m_head);
        QCOMPARE(reply.object().value(QStringLiteral("code")), unknown.object().value(QStringLiteral("code")));
        QCOMPARE(reply.object().value(QStringLiteral("reason")), unknown.object().value(QStringLiteral("reason")));
    }
    if (!foreignPayments.isEmpty()) {
        QCOMPARE(m_client->get(kPayments + QLatin1Char('/') + idOf(foreignPayments.first()), m_head).status, 404);
    }
}

void TestServerScope::byFilter_outsideScope_emptyAndZeroCount() {
    QString foreignAccount;
    for (const QJsonValue &account : m_allAccounts) {
        if (!m_salesAccounts.contains(idOf(account))) {
            foreignAccount = idOf(account);
            break;
        }
    }
    const QStringList queries{kProducts + QStringLiteral("?billingAccount.id=") + foreignAccount,
                              kBills + QStringLiteral("?billingAccount.id=") + foreignAccount,
                              kPayments + QStringLiteral("?account.id=") + foreignAccount,
                              kItems + QStringLiteral("?billingAccount.id=") + foreignAccount,
                              kAccounts + QStringLiteral("?relatedParty.id=6"),
                              kIndividuals + QStringLiteral("?relatedParty.id=6"),
                              kOrganizations + QStringLiteral("?organizationType=company")};
    for (const QString &query : queries) {
        QVERIFY2(m_client->get(query, m_admin).totalCount() > 0, qPrintable(query));
        const HttpReply reply = m_client->get(query, m_head);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.array().isEmpty(), qPrintable(query));
        QCOMPARE(reply.header("X-Total-Count"), QByteArray("0"));
    }
}

void TestServerScope::usage_outsideScope_nothing() {
    QString foreignProduct;
    QString ownProduct;
    for (const QJsonValue &product : m_allProducts) {
        const bool own = m_salesAccounts.contains(refId(product, QStringLiteral("billingAccount")));
        (own ? ownProduct : foreignProduct) = idOf(product);
    }
    QVERIFY(m_client->get(kUsage + QStringLiteral("?product.id=") + foreignProduct, m_admin).totalCount() > 0);
    const HttpReply foreign = m_client->get(kUsage + QStringLiteral("?product.id=") + foreignProduct, m_head);
    QCOMPARE(foreign.status, 200);
    QCOMPARE(foreign.totalCount(), 0);
    const HttpReply own = m_client->get(kUsage + QStringLiteral("?product.id=") + ownProduct, m_head);
    QVERIFY(own.totalCount() > 0);
    const QString foreignRecord =
        idOf(m_client->get(kUsage + QStringLiteral("?limit=1&product.id=") + foreignProduct, m_admin).array().first());
    QCOMPARE(m_client->get(kUsage + QLatin1Char('/') + foreignRecord, m_admin).status, 200);
    QCOMPARE(m_client->get(kUsage + QLatin1Char('/') + foreignRecord, m_head).status, 404);
}

void TestServerScope::me_head_showsHisGrant() {
    const auto me =
        domain::json::portalUserFromJson(m_client->get(QStringLiteral("/corporate/v1/me"), m_head).object());
    QVERIFY(me.ok());
    QCOMPARE(me.value().login, QStringLiteral("head.sales"));
    QCOMPARE(me.value().scope.size(), 1);
    QCOMPARE(me.value().scope.first().id, QStringLiteral("3"));
    QCOMPARE(me.value().scope.first().name, QStringLiteral("Sales"));
    QVERIFY(!me.value().permissions.contains(QStringLiteral("managePortalUsers")));
}

void TestServerScope::finance_hasNoPortalAdministration_butSeesEverything() {
    const QByteArray finance = m_client->signIn(QStringLiteral("finance"));
    QVERIFY(!finance.isEmpty());
    QCOMPARE(m_client->get(kBills + QStringLiteral("?limit=1"), finance).totalCount(), m_allAccounts.size() * 12);
    QCOMPARE(m_client->get(kProducts + QStringLiteral("?limit=1"), finance).totalCount(), 400);
    const auto me =
        domain::json::portalUserFromJson(m_client->get(QStringLiteral("/corporate/v1/me"), finance).object());
    QVERIFY(me.ok());
    QCOMPARE(me.value().permissions.size(), 2);
}

QTEST_GUILESS_MAIN(TestServerScope)
#include "tst_server_scope.moc"
