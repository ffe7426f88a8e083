// The access matrix (issue 6): every demo role, and a view-only user made for the test, tries every
// kind of write and every permission-bound read, on a line inside his scope and on one outside it. The
// answers follow profile §5 (403 without the permission, 404 out of scope as for an unknown id, an
// order's out-of-scope line refused in its item, an SMS to one refused with 400), and nothing changes
// where it must not: no comment, no threshold, no suspension, no audit line.
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/sales_viewer.h"
#include "support/server_process.h"

#include <QTest>

using namespace corpcare;
using namespace corpcare::tests::paths;

namespace {

const QString kThresholds = QStringLiteral("/corporate/v1/chargeThreshold");
const QString kOrders = QStringLiteral("/tmf-api/productOrderingManagement/v4/productOrder");
const QString kMessages = QStringLiteral("/tmf-api/communicationManagement/v4/communicationMessage");
const QString kAudit = QStringLiteral("/corporate/v1/auditRecord");
const QString kPortalUsers = QStringLiteral("/corporate/v1/portalUser");

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Line {
    QString id;
    QString msisdn;
};

// Who may what (profile §5), as the demo grants it; viewer.sales is made by the test.
struct Actor {
    QString login;
    QStringList permissions;
    bool seesSales; // the Sales line is in his scope
    bool seesLogistics;
};

} // namespace

class TestServerPermissions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void matrix_data();
    void matrix();

private:
    Line lineOf(const QString &department);
    QString statusOf(const Line &line);
    qint64 count(const QString &pathAndQuery);

    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
    Line m_sales;
    Line m_logistics;
    int m_serial = 0;
};

void TestServerPermissions::initTestCase() {
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_admin = m_client->signIn(QStringLiteral("admin"));
    QVERIFY(!m_admin.isEmpty());
    m_sales = lineOf(QStringLiteral("3"));
    m_logistics = lineOf(QStringLiteral("6"));
    QVERIFY(!m_sales.id.isEmpty() && !m_logistics.id.isEmpty());
    const QJsonObject viewer = tests::salesViewer();
    QCOMPARE(m_client->send("POST", kPortalUsers, json(viewer), "application/json", m_admin).status, 201);
}

Line TestServerPermissions::lineOf(const QString &department) {
    const QJsonArray lines =
        m_client->get(kProducts + QStringLiteral("?status=active&limit=1&relatedParty.id=") + department, m_admin)
            .array();
    if (lines.isEmpty()) {
        return {};
    }
    const QJsonObject line = lines.first().toObject();
    return {line.value(QStringLiteral("id")).toString(), line.value(QStringLiteral("productCharacteristic"))
                                                             .toArray()
                                                             .first()
                                                             .toObject()
                                                             .value(QStringLiteral("value"))
                                                             .toString()};
}

QString TestServerPermissions::statusOf(const Line &line) {
    return m_client->get(kProducts + QLatin1Char('/') + line.id, m_admin)
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

qint64 TestServerPermissions::count(const QString &pathAndQuery) {
    return m_client->get(pathAndQuery, m_admin).totalCount();
}

void TestServerPermissions::matrix_data() {
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("permissions");
    QTest::addColumn<bool>("salesLine"); // the target: the Sales line, else the Logistics one
    QTest::addColumn<bool>("inScope");
    const QStringList all{QStringLiteral("viewAccounts"),   QStringLiteral("viewFinance"),
                          QStringLiteral("changeProducts"), QStringLiteral("manageThresholds"),
                          QStringLiteral("sendSms"),        QStringLiteral("managePortalUsers")};
    const QList<Actor> actors{
        {QStringLiteral("admin"), all, true, true},
        {QStringLiteral("finance"), {QStringLiteral("viewAccounts"), QStringLiteral("viewFinance")}, true, true},
        {QStringLiteral("head.sales"), all.mid(0, 5), true, false},
        {QStringLiteral("head.logistics"), all.mid(0, 5), false, true},
        {QStringLiteral("viewer.sales"), {QStringLiteral("viewAccounts")}, true, false},
    };
    for (const Actor &actor : actors) {
        for (const bool sales : {true, false}) {
            const QString row = actor.login + (sales ? QStringLiteral(" on Sales") : QStringLiteral(" on Logistics"));
            QTest::newRow(qPrintable(row))
                << actor.login << actor.permissions << sales << (sales ? actor.seesSales : actor.seesLogistics);
        }
    }
}

void TestServerPermissions::matrix() {
    QFETCH(QString, login);
    QFETCH(QStringList, permissions);
    QFETCH(bool, salesLine);
    QFETCH(bool, inScope);
    const Line line = salesLine ? m_sales : m_logistics;
    const QByteArray token = m_client->signIn(login);
    QVERIFY(!token.isEmpty());
    const auto may = [&permissions](const QString &permission) { return permissions.contains(permission); };
    const auto expected = [&](const QString &permission, int success) {
        return !may(permission) ? 403 : !inScope ? 404 : success;
    };
    const QString suffix = QString::number(++m_serial);
    const qint64 auditBefore = count(kAudit + QStringLiteral("?limit=1&actor=") + login);
    int changes = 0; // writes that should have been recorded

    // Reading the line.
    QCOMPARE(m_client->get(kProducts + QLatin1Char('/') + line.id, token).status, inScope ? 200 : 404);

    // A comment on it.
    const qint64 commentsBefore =
        count(kComments + QStringLiteral("?limit=1&target.@referredType=Product&target.id=") + line.id);
    const QJsonObject comment{
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("id"), line.id}, {QStringLiteral("@referredType"), QStringLiteral("Product")}}},
        {QStringLiteral("text"), QString(QStringLiteral("matrix ") + suffix)}};
    const int commentStatus = expected(QStringLiteral("viewAccounts"), 201);
    QCOMPARE(m_client->send("POST", kComments, json(comment), "application/json", token).status, commentStatus);
    QCOMPARE(count(kComments + QStringLiteral("?limit=1&target.@referredType=Product&target.id=") + line.id),
             commentsBefore + (commentStatus == 201 ? 1 : 0));

    // Its own thresholds.
    const auto thresholdOf = [&] {
        return m_client->get(kThresholds + QStringLiteral("?target.id=") + line.id, m_admin).array().size();
    };
    const qsizetype thresholdsBefore = thresholdOf();
    const QJsonObject threshold{
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("id"), line.id}, {QStringLiteral("@referredType"), QStringLiteral("Product")}}},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 100 + m_serial}}},
        {QStringLiteral("second"),
         QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 900}}}};
    const tests::HttpReply thresholdReply =
        m_client->send("POST", kThresholds, json(threshold), "application/json", token);
    const int thresholdStatus = expected(QStringLiteral("manageThresholds"), thresholdsBefore == 0 ? 201 : 200);
    QCOMPARE(thresholdReply.status, thresholdStatus);
    changes += thresholdStatus < 300 ? 1 : 0;
    if (thresholdStatus >= 300) {
        QCOMPARE(thresholdOf(), thresholdsBefore);
    }

    // A suspension: without the permission refused whole; out of scope taken, and its item refused.
    const QString statusBefore = statusOf(line);
    const QJsonObject order{
        {QStringLiteral("externalId"), QString(QStringLiteral("matrix-") + suffix)},
        {QStringLiteral("productOrderItem"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("action"), QStringLiteral("modify")},
             {QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), line.id},
                                                     {QStringLiteral("status"), statusBefore == QStringLiteral("active")
                                                                                    ? QStringLiteral("suspended")
                                                                                    : QStringLiteral("active")}}}}}}};
    const tests::HttpReply ordered = m_client->send("POST", kOrders, json(order), "application/json", token);
    QCOMPARE(ordered.status, may(QStringLiteral("changeProducts")) ? 201 : 403);
    if (ordered.status == 201) {
        const QString href = kOrders + QLatin1Char('/') + ordered.object().value(QStringLiteral("id")).toString();
        QJsonObject final;
        QTRY_VERIFY_WITH_TIMEOUT(
            (final = m_client->get(href, token).object()).contains(QStringLiteral("completionDate")), 30000);
        const QJsonObject item = final.value(QStringLiteral("productOrderItem")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(),
                 inScope ? QStringLiteral("completed") : QStringLiteral("failed"));
        if (inScope) {
            QVERIFY(statusOf(line) != statusBefore);
            ++changes;
        } else {
            QCOMPARE(item.value(QStringLiteral("stateReason")).toString(), QStringLiteral("not allowed"));
            QCOMPARE(statusOf(line), statusBefore);
        }
    } else {
        QCOMPARE(statusOf(line), statusBefore);
    }

    // An SMS to it.
    const QJsonObject message{
        {QStringLiteral("type"), QStringLiteral("SMS")},
        {QStringLiteral("content"), QString(QStringLiteral("matrix ") + suffix)},
        {QStringLiteral("receiver"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), line.id}, {QStringLiteral("phoneNumber"), line.msisdn}}}}};
    QCOMPARE(m_client->send("POST", kMessages, json(message), "application/json", token).status,
             !may(QStringLiteral("sendSms")) ? 403
             : inScope                       ? 201
                                             : 400);

    // Reads bound to a permission.
    QCOMPARE(m_client->get(kBills + QStringLiteral("?limit=1"), token).status,
             may(QStringLiteral("viewFinance")) ? 200 : 403);
    QCOMPARE(m_client->get(kAudit + QStringLiteral("?limit=1"), token).status,
             may(QStringLiteral("managePortalUsers")) ? 200 : 403);
    QCOMPARE(m_client->get(kPortalUsers, token).status, may(QStringLiteral("managePortalUsers")) ? 200 : 403);

    // The trail holds this actor's changes and nothing for what was refused (his sign-in came before
    // the first count).
    QCOMPARE(count(kAudit + QStringLiteral("?limit=1&actor=") + login) - auditBefore, qint64(changes));
}

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "tst_server_permissions.moc"
