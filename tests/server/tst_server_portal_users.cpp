// Portal users against the reference server over HTTPS (issue 6): the administrator creates a
// view-only department head who then sees only his department and may change nothing; a manager
// with a smaller scope manages only users inside it and grants only what he holds; disabling a
// user ends his session at once; every change is in the audit trail, never a password.
#include "support/https_client.h"
#include "support/server_process.h"

#include <QTest>

using namespace corpcare;

namespace {

const QString kUsers = QStringLiteral("/corporate/v1/portalUser");
const QString kMe = QStringLiteral("/corporate/v1/me");
const QString kProducts = QStringLiteral("/tmf-api/productInventory/v4/product");
const QString kThresholds = QStringLiteral("/corporate/v1/chargeThreshold");
const QString kAudit = QStringLiteral("/corporate/v1/auditRecord");
const QString kPassword = QStringLiteral("a-long-enough-password");
// The demo's departments: Sales (3) with Sales North (4) and Sales South (5); Logistics (6).
const QString kSales = QStringLiteral("3");
const QString kSalesNorth = QStringLiteral("4");
const QString kLogistics = QStringLiteral("6");

QByteArray body(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray organizations(const QStringList &ids) {
    QJsonArray out;
    for (const QString &id : ids) {
        out.append(
            QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("@referredType"), QStringLiteral("Organization")}});
    }
    return out;
}

QJsonObject newUser(const QString &login, const QStringList &permissions, const QStringList &departments) {
    return {{QStringLiteral("login"), login},
            {QStringLiteral("name"), QString(QStringLiteral("Test ") + login)},
            {QStringLiteral("role"), QStringLiteral("departmentHead")},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)},
            {QStringLiteral("scope"), organizations(departments)},
            {QStringLiteral("password"), kPassword}};
}

QStringList loginsOf(const QJsonArray &users) {
    QStringList out;
    for (const QJsonValue &user : users) {
        out.append(user.toObject().value(QStringLiteral("login")).toString());
    }
    return out;
}

} // namespace

class TestServerPortalUsers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
        m_admin = m_client->signIn(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void admin_listsEveryUser_financeMayNot() {
        const tests::HttpReply list = m_client->get(kUsers, m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(loginsOf(list.array()), (QStringList{QStringLiteral("admin"), QStringLiteral("finance"),
                                                      QStringLiteral("head.sales"), QStringLiteral("head.logistics")}));
        QCOMPARE(list.totalCount(), 4);
        QCOMPARE(m_client->get(kUsers, m_client->signIn(QStringLiteral("finance"))).status, 403);
    }

    void viewOnlyDepartmentHead_seesOnlyHisDepartmentAndChangesNothing() {
        const tests::HttpReply created = m_client->send(
            "POST", kUsers, body(newUser(QStringLiteral("viewer.sales"), {QStringLiteral("viewAccounts")}, {kSales})),
            "application/json", m_admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("permissions")).toArray(),
                 QJsonArray{QStringLiteral("viewAccounts")});
        const QByteArray viewer = m_client->signIn(QStringLiteral("viewer.sales"), kPassword);
        QVERIFY(!viewer.isEmpty());
        const QJsonObject me = m_client->get(kMe, viewer).object();
        QCOMPARE(
            me.value(QStringLiteral("scope")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Sales"));
        // The same lines as the Head of Sales, and not one of Logistics.
        const QByteArray head = m_client->signIn(QStringLiteral("head.sales"));
        const qint64 his = m_client->get(kProducts + QStringLiteral("?limit=1"), viewer).totalCount();
        QVERIFY(his > 0);
        QCOMPARE(his, m_client->get(kProducts + QStringLiteral("?limit=1"), head).totalCount());
        QCOMPARE(
            m_client->get(kProducts + QStringLiteral("?limit=1&relatedParty.id=") + kLogistics, viewer).totalCount(),
            0);
        // Every change refused: thresholds, users, finance.
        const QJsonObject threshold{
            {QStringLiteral("target"), QJsonObject{{QStringLiteral("id"), kSales},
                                                   {QStringLiteral("@referredType"), QStringLiteral("Organization")}}},
            {QStringLiteral("first"),
             QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 100}}},
            {QStringLiteral("second"),
             QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 200}}}};
        QCOMPARE(m_client->send("POST", kThresholds, body(threshold), "application/json", viewer).status, 403);
        QCOMPARE(
            m_client
                ->send("POST", kUsers, body(newUser(QStringLiteral("x.y"), {}, {kSales})), "application/json", viewer)
                .status,
            403);
        QCOMPARE(m_client->get(QStringLiteral("/tmf-api/customerBillManagement/v4/customerBill"), viewer).status, 403);
    }

    void badRequests_saySo() {
        const auto post = [this](const QJsonObject &user) {
            return m_client->send("POST", kUsers, body(user), "application/json", m_admin);
        };
        QJsonObject user = newUser(QStringLiteral("Bad Login"), {QStringLiteral("viewAccounts")}, {kSales});
        QCOMPARE(post(user).status, 400);
        user = newUser(QStringLiteral("viewer.sales"), {QStringLiteral("viewAccounts")}, {kSales});
        QCOMPARE(post(user).status, 409); // taken by the test before
        user = newUser(QStringLiteral("short.pass"), {QStringLiteral("viewAccounts")}, {kSales});
        user.insert(QStringLiteral("password"), QStringLiteral("short"));
        QCOMPARE(post(user).status, 400);
        QCOMPARE(post(newUser(QStringLiteral("no.such.right"), {QStringLiteral("flyPlanes")}, {kSales})).status, 400);
        QCOMPARE(
            post(newUser(QStringLiteral("no.such.place"), {QStringLiteral("viewAccounts")}, {QStringLiteral("9999")}))
                .status,
            404);
        QJsonObject noScope = newUser(QStringLiteral("no.scope"), {QStringLiteral("viewAccounts")}, {});
        QCOMPARE(post(noScope).status, 400);
    }

    void smallerManager_managesOnlyInsideHisScope_grantsOnlyWhatHeHolds() {
        const tests::HttpReply made = m_client->send(
            "POST", kUsers,
            body(newUser(QStringLiteral("manager.sales"),
                         {QStringLiteral("viewAccounts"), QStringLiteral("managePortalUsers")}, {kSales})),
            "application/json", m_admin);
        QCOMPARE(made.status, 201);
        const QByteArray manager = m_client->signIn(QStringLiteral("manager.sales"), kPassword);
        QVERIFY(!manager.isEmpty());
        const auto post = [&](const QJsonObject &user) {
            return m_client->send("POST", kUsers, body(user), "application/json", manager);
        };
        QCOMPARE(post(newUser(QStringLiteral("north.finance"), {QStringLiteral("viewFinance")}, {kSalesNorth})).status,
                 403); // he does not hold viewFinance
        QCOMPARE(
            post(newUser(QStringLiteral("logistics.viewer"), {QStringLiteral("viewAccounts")}, {kLogistics})).status,
            404); // Logistics is outside his scope: as unknown as any id out of scope
        QCOMPARE(post(newUser(QStringLiteral("north.viewer"), {QStringLiteral("viewAccounts")}, {kSalesNorth})).status,
                 201);
        const QStringList his = loginsOf(m_client->get(kUsers, manager).array());
        QVERIFY2(his.contains(QStringLiteral("north.viewer")) && his.contains(QStringLiteral("head.sales")) &&
                     his.contains(QStringLiteral("viewer.sales")),
                 qPrintable(his.join(u',')));
        for (const QString &other :
             {QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("head.logistics")}) {
            QVERIFY2(!his.contains(other), qPrintable(other));
        }
        // Not his to manage: as if it did not exist.
        const QString adminId = m_client->get(kMe, m_admin).object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->get(kUsers + QLatin1Char('/') + adminId, manager).status, 404);
        QCOMPARE(m_client
                     ->send("PATCH", kUsers + QLatin1Char('/') + adminId, R"({"disabled":true})", "application/json",
                            manager)
                     .status,
                 404);
    }

    void disabled_sessionEndsAtOnce_thenEnabledAgain() {
        const QByteArray viewer = m_client->signIn(QStringLiteral("viewer.sales"), kPassword);
        QCOMPARE(m_client->get(kMe, viewer).status, 200);
        const QString id = idOf(QStringLiteral("viewer.sales"));
        const tests::HttpReply disabled = m_client->send("PATCH", kUsers + QLatin1Char('/') + id,
                                                         R"({"disabled":true})", "application/json", m_admin);
        QCOMPARE(disabled.status, 200);
        QCOMPARE(disabled.object().value(QStringLiteral("disabled")).toBool(), true);
        QCOMPARE(m_client->get(kMe, viewer).status, 401);
        QVERIFY(m_client->signIn(QStringLiteral("viewer.sales"), kPassword).isEmpty());
        QCOMPARE(
            m_client
                ->send("PATCH", kUsers + QLatin1Char('/') + id, R"({"disabled":false})", "application/json", m_admin)
                .status,
            200);
        QVERIFY(!m_client->signIn(QStringLiteral("viewer.sales"), kPassword).isEmpty());
        // Nobody disables himself.
        const QString adminId = m_client->get(kMe, m_admin).object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_client
                     ->send("PATCH", kUsers + QLatin1Char('/') + adminId, R"({"disabled":true})", "application/json",
                            m_admin)
                     .status,
                 400);
    }

    void passwordReset_oldSessionEnds_newPasswordWorks_auditSaysResetOnly() {
        const QByteArray before = m_client->signIn(QStringLiteral("viewer.sales"), kPassword);
        const QString id = idOf(QStringLiteral("viewer.sales"));
        QCOMPARE(m_client
                     ->send("PATCH", kUsers + QLatin1Char('/') + id, R"({"password":"another-long-password"})",
                            "application/json", m_admin)
                     .status,
                 200);
        QCOMPARE(m_client->get(kMe, before).status, 401);
        QVERIFY(!m_client->signIn(QStringLiteral("viewer.sales"), QStringLiteral("another-long-password")).isEmpty());
        const QJsonArray changes =
            m_client
                ->get(kAudit + QStringLiteral("?action=portalUser.change&target.@referredType=PortalUser&target.id=") +
                          id,
                      m_admin)
                .array();
        QVERIFY(changes.size() >= 3);
        const QJsonObject last = changes.first().toObject(); // newest first
        QCOMPARE(last.value(QStringLiteral("after")).toObject().value(QStringLiteral("password")).toString(),
                 QStringLiteral("reset"));
        QCOMPARE(last.value(QStringLiteral("source")).toString(), QStringLiteral("127.0.0.1")); // from where
        QVERIFY(!QJsonDocument(changes).toJson().contains("another-long-password"));
        QVERIFY(!QJsonDocument(changes).toJson().contains("pbkdf2"));
        const QJsonArray created =
            m_client->get(kAudit + QStringLiteral("?action=portalUser.create&actor=admin"), m_admin).array();
        QVERIFY(loginsOf(QJsonArray{created.last().toObject().value(QStringLiteral("after"))})
                    .contains(QStringLiteral("viewer.sales")));
    }

private:
    QString idOf(const QString &login) {
        const QJsonArray users = m_client->get(kUsers + QStringLiteral("?login=") + login, m_admin).array();
        return users.isEmpty() ? QString() : users.first().toObject().value(QStringLiteral("id")).toString();
    }

    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
};

QTEST_GUILESS_MAIN(TestServerPortalUsers)
#include "tst_server_portal_users.moc"
