// The /corporate/v1 extensions against the real server: comments on accounts and lines (scoped by
// their target, written by the signed-in user), the operator's news, and a line's currentCharges.
#include "domain/json/mapping.h"
#include "server/security/password_hash.h"
#include "server/store/sqlite.h"
#include "support/https_client.h"
#include "support/profile_paths.h"
#include "support/server_process.h"

#include <QDir>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace corpcare;
using domain::Money;
using tests::HttpReply;

using namespace corpcare::tests::paths;

namespace {
const QString kToday = QStringLiteral("2026-11-25");

QString idOf(const QJsonValue &value) {
    return value.toObject().value(QStringLiteral("id")).toString();
}

QString refId(const QJsonValue &value, const QString &field) {
    return value.toObject().value(field).toObject().value(QStringLiteral("id")).toString();
}

bool isTmfError(const HttpReply &reply, int status, const QString &code) {
    const QJsonObject body = reply.object();
    return reply.status == status && body.value(QStringLiteral("@type")).toString() == QLatin1String("Error") &&
           body.value(QStringLiteral("code")).toString() == code &&
           body.value(QStringLiteral("status")).toString() == QString::number(status) &&
           !body.value(QStringLiteral("reason")).toString().isEmpty() &&
           !body.value(QStringLiteral("message")).toString().isEmpty();
}

QString describe(const HttpReply &reply) {
    return QStringLiteral("%1 %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(400)));
}

QByteArray commentBody(const QString &targetId, const QString &kind, const QString &text) {
    return QJsonDocument(QJsonObject{{QStringLiteral("target"), QJsonObject{{QStringLiteral("id"), targetId},
                                                                            {QStringLiteral("@referredType"), kind}}},
                                     {QStringLiteral("text"), text}})
        .toJson(QJsonDocument::Compact);
}

QString listQuery(const QString &targetId, const QString &kind) {
    return kComments + QStringLiteral("?target.id=%1&target.@referredType=%2").arg(targetId, kind);
}

// Reads a list reply; fails the comparison (empty list) when an element is not a comment.
QList<domain::Comment> comments(const HttpReply &reply) {
    const auto read = domain::json::listFromJson(reply.array(), &domain::json::commentFromJson);
    return read.ok() ? read.value() : QList<domain::Comment>{};
}
} // namespace

class TestServerComments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void post_admin_201WithAuthorTimeAndTrimmedText();
    void post_thenList_lastAndAscendingWithCounts();
    void list_demoComments_presentOnBothKindsAndInScope();
    void list_paging_fieldsOffsetLimitAndKeyset();
    void head_ownLine_postsAndSeesIt();
    void head_foreignTargets_404LikeUnknownAndEmptyLists();
    void post_badBody_400InvalidBody_data();
    void post_badBody_400InvalidBody();
    void post_longestText_accepted();
    void list_missingOrBadTargetFilter_400_data();
    void list_missingOrBadTargetFilter_400();
    void comment_withoutPermissionOrToken_403And401_andOtherMethods405();
    void news_list_sortedRecentAndReadable();
    void news_byId_sameAsInListAndUnknown404();
    void currentCharges_products_equalSumOfUnbilledItems();
    void currentCharges_filter_matchesComputedSets();
    void currentCharges_withoutViewFinance_absentAndFilter403();

private:
    HttpReply post(const QByteArray &body, const QByteArray &token) {
        return m_client->send("POST", kComments, body, "application/json", token);
    }
    void addPortalUser(qint64 id, const QString &login, const QStringList &permissions);

    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
    QByteArray m_head;       // head.sales: Sales (3) with Sales North (4) and Sales South (5)
    QByteArray m_viewer;     // viewAccounts only, whole company
    QByteArray m_noAccounts; // sendSms only
    QSet<QString> m_salesAccounts;
    QString m_salesAccount;
    QString m_salesProduct;
    QString m_foreignAccount;
    QString m_foreignProduct;
    QJsonArray m_allProducts;
};

void TestServerComments::addPortalUser(qint64 id, const QString &login, const QStringList &permissions) {
    // The demo has no user without viewFinance or viewAccounts; add them beside the running server
    // (WAL: the server sees them at the next sign-in).
    auto db = server::store::Database::open(QDir(m_server.dataDir()).filePath(QStringLiteral("corpcare.db")),
                                            server::store::Database::Mode::ReadWrite);
    server::store::Statement user = db->prepare(
        QStringLiteral("INSERT INTO portal_user(id, login, name, role, password_hash) VALUES (?, ?, ?, 'viewer', ?)"));
    user.bind(1, id).bind(2, login).bind(3, login).bind(
        4, server::security::hashPassword(QStringLiteral("pw-1234"), 1000));
    user.run();
    server::store::Statement grant =
        db->prepare(QStringLiteral("INSERT INTO portal_grant(user_id, kind, object_id) VALUES (?, 'Organization', 1)"));
    grant.bind(1, id).run();
    for (const QString &permission : permissions) {
        server::store::Statement row =
            db->prepare(QStringLiteral("INSERT INTO portal_permission(user_id, permission) VALUES (?, ?)"));
        row.bind(1, id).bind(2, permission).run();
    }
}

void TestServerComments::initTestCase() {
    QString error;
    tests::ServerProcess::Options options;
    options.users = 400;
    options.seed = 7;
    options.today = kToday;
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
    m_admin = m_client->signIn(QStringLiteral("admin"));
    m_head = m_client->signIn(QStringLiteral("head.sales"));
    QVERIFY(!m_admin.isEmpty());
    QVERIFY(!m_head.isEmpty());
    addPortalUser(100, QStringLiteral("viewer"), {QStringLiteral("viewAccounts")});
    addPortalUser(101, QStringLiteral("texter"), {QStringLiteral("sendSms")});
    m_viewer = m_client->signIn(QStringLiteral("viewer"), QStringLiteral("pw-1234"));
    m_noAccounts = m_client->signIn(QStringLiteral("texter"), QStringLiteral("pw-1234"));
    QVERIFY(!m_viewer.isEmpty());
    QVERIFY(!m_noAccounts.isEmpty());

    const QSet<QString> sales{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    for (const QJsonValue &account : m_client->getAll(kAccounts, m_admin)) {
        const QString owner = idOf(account.toObject().value(QStringLiteral("relatedParty")).toArray().first());
        if (sales.contains(owner)) {
            m_salesAccounts.insert(idOf(account));
            if (m_salesAccount.isEmpty()) {
                m_salesAccount = idOf(account);
            }
        } else if (m_foreignAccount.isEmpty()) {
            m_foreignAccount = idOf(account);
        }
    }
    m_allProducts = m_client->getAll(kProducts, m_admin);
    QCOMPARE(m_allProducts.size(), 400);
    for (const QJsonValue &product : std::as_const(m_allProducts)) {
        const bool inSales = m_salesAccounts.contains(refId(product, QStringLiteral("billingAccount")));
        QString &slot = inSales ? m_salesProduct : m_foreignProduct;
        if (slot.isEmpty()) {
            slot = idOf(product);
        }
    }
    QVERIFY(!m_salesAccount.isEmpty() && !m_foreignAccount.isEmpty());
    QVERIFY(!m_salesProduct.isEmpty() && !m_foreignProduct.isEmpty());
}

void TestServerComments::cleanupTestCase() {
    m_server.stop();
}

void TestServerComments::post_admin_201WithAuthorTimeAndTrimmedText() {
    const QDateTime before = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    const HttpReply reply =
        post(commentBody(m_foreignProduct, QStringLiteral("Product"), QStringLiteral("  \n Roaming until Friday.\t ")),
             m_admin);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    const auto read = domain::json::commentFromJson(reply.object());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    const domain::Comment &comment = read.value();
    QVERIFY(!comment.id.isEmpty());
    QCOMPARE(comment.targetId, m_foreignProduct);
    QCOMPARE(comment.targetKind, domain::CommentTargetKind::Product);
    QCOMPARE(comment.author.id, QStringLiteral("1"));
    QCOMPARE(comment.author.name, QStringLiteral("Company Administrator"));
    QCOMPARE(comment.text, QStringLiteral("Roaming until Friday."));
    QVERIFY2(comment.createdAt >= before && comment.createdAt <= after, qPrintable(comment.createdAt.toString()));
    QCOMPARE(reply.header("Location"), (kComments + QLatin1Char('/') + comment.id).toUtf8());

    const HttpReply again = m_client->get(kComments + QLatin1Char('/') + comment.id, m_admin);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object(), reply.object());
}

void TestServerComments::post_thenList_lastAndAscendingWithCounts() {
    const HttpReply created =
        post(commentBody(m_salesAccount, QStringLiteral("BillingAccount"), QStringLiteral("Limit raised to 200k.")),
             m_admin);
    QVERIFY2(created.status == 201, qPrintable(describe(created)));
    const HttpReply list = m_client->get(listQuery(m_salesAccount, QStringLiteral("BillingAccount")), m_admin);
    QCOMPARE(list.status, 200);
    const QList<domain::Comment> seen = comments(list);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(list.totalCount(), qint64(seen.size()));
    QCOMPARE(list.header("X-Result-Count").toLongLong(), qint64(seen.size()));
    QCOMPARE(seen.last().id, idOf(created.object()));
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i - 1).id.toLongLong() < seen.at(i).id.toLongLong());
    }
    for (const domain::Comment &comment : seen) {
        QCOMPARE(comment.targetId, m_salesAccount);
        QCOMPARE(comment.targetKind, domain::CommentTargetKind::BillingAccount);
    }
    // The same id as a product is another target.
    const HttpReply asProduct = m_client->get(listQuery(m_salesAccount, QStringLiteral("Product")), m_admin);
    for (const domain::Comment &comment : comments(asProduct)) {
        QCOMPARE(comment.targetKind, domain::CommentTargetKind::Product);
    }
}

void TestServerComments::list_demoComments_presentOnBothKindsAndInScope() {
    // The demo wrote its 20 comments (ids 1..20) before any test posted; list each of their targets.
    auto db = server::store::Database::open(QDir(m_server.dataDir()).filePath(QStringLiteral("corpcare.db")),
                                            server::store::Database::Mode::ReadOnly);
    server::store::Statement targets = db->prepare(QStringLiteral(
        "SELECT target_kind, target_id, COUNT(*) FROM comment WHERE id <= 20 GROUP BY 1, 2 ORDER BY 1, 2"));
    const QDateTime startOfToday = QDate::fromString(kToday, Qt::ISODate).startOfDay(QTimeZone::utc());
    qint64 total = 0;
    QSet<QString> kinds;
    QSet<QString> authors;
    while (targets.step()) {
        const QString kind = targets.text(0);
        const QString id = QString::number(targets.int64(1));
        kinds.insert(kind);
        const HttpReply reply = m_client->get(listQuery(id, kind), m_admin);
        QCOMPARE(reply.status, 200);
        qint64 demo = 0;
        for (const domain::Comment &comment : comments(reply)) {
            if (comment.id.toLongLong() > 20) {
                continue;
            }
            ++demo;
            QVERIFY(comment.createdAt < startOfToday);
            QVERIFY(!comment.text.isEmpty());
            authors.insert(comment.author.name);
        }
        QCOMPARE(demo, targets.int64(2));
        total += demo;
    }
    QCOMPARE(total, qint64(20));
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("BillingAccount"), QStringLiteral("Product")}));
    QCOMPARE(authors, (QSet<QString>{QStringLiteral("Company Administrator"), QStringLiteral("Finance Controller"),
                                     QStringLiteral("Head of Sales"), QStringLiteral("Head of Logistics")}));
}

void TestServerComments::list_paging_fieldsOffsetLimitAndKeyset() {
    const QString target = m_allProducts.at(17).toObject().value(QStringLiteral("id")).toString();
    QStringList posted;
    for (int i = 0; i < 3; ++i) {
        const HttpReply reply =
            post(commentBody(target, QStringLiteral("Product"), QStringLiteral("note %1").arg(i)), m_admin);
        QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
        posted.append(idOf(reply.object()));
    }
    const QString base = listQuery(target, QStringLiteral("Product"));
    const HttpReply all = m_client->get(base, m_admin);
    const qint64 total = all.totalCount();
    QVERIFY(total >= 3);

    const HttpReply firstTwo = m_client->get(base + QStringLiteral("&limit=2&fields=text"), m_admin);
    QCOMPARE(firstTwo.status, 200);
    QCOMPARE(firstTwo.totalCount(), total);
    QCOMPARE(firstTwo.header("X-Result-Count"), QByteArray("2"));
    const QJsonObject projected = firstTwo.array().first().toObject();
    QCOMPARE(projected.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("text")}));

    const HttpReply rest = m_client->get(base + QStringLiteral("&offset=%1").arg(total - 2), m_admin);
    QCOMPARE(rest.array().size(), 2);
    QCOMPARE(idOf(rest.array().last()), posted.last());
    const HttpReply past = m_client->get(base + QStringLiteral("&offset=%1").arg(total), m_admin);
    QCOMPARE(past.status, 200);
    QCOMPARE(past.array().size(), 0);
    QCOMPARE(past.totalCount(), total);

    const HttpReply keyset = m_client->get(base + QStringLiteral("&id.gt=") + posted.first(), m_admin);
    QCOMPARE(comments(keyset).size(), 2);
    QCOMPARE(idOf(keyset.array().first()), posted.at(1));
}

void TestServerComments::head_ownLine_postsAndSeesIt() {
    const HttpReply created =
        post(commentBody(m_salesProduct, QStringLiteral("Product"), QStringLiteral("New SIM handed over.")), m_head);
    QVERIFY2(created.status == 201, qPrintable(describe(created)));
    QCOMPARE(refId(created.object(), QStringLiteral("author")), QStringLiteral("3"));
    QCOMPARE(created.object().value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Head of Sales"));
    const HttpReply list = m_client->get(listQuery(m_salesProduct, QStringLiteral("Product")), m_head);
    QCOMPARE(list.status, 200);
    QCOMPARE(idOf(list.array().last()), idOf(created.object()));
    // The administrator's comment on the head's account is his to read too.
    const HttpReply adminNote =
        post(commentBody(m_salesAccount, QStringLiteral("BillingAccount"), QStringLiteral("Checked.")), m_admin);
    QCOMPARE(adminNote.status, 201);
    const HttpReply onAccount = m_client->get(listQuery(m_salesAccount, QStringLiteral("BillingAccount")), m_head);
    QCOMPARE(idOf(onAccount.array().last()), idOf(adminNote.object()));
    QCOMPARE(m_client->get(kComments + QLatin1Char('/') + idOf(adminNote.object()), m_head).status, 200);
}

void TestServerComments::head_foreignTargets_404LikeUnknownAndEmptyLists() {
    // Foreign targets that do have comments (written by the administrator).
    const HttpReply onLine =
        post(commentBody(m_foreignProduct, QStringLiteral("Product"), QStringLiteral("Foreign line.")), m_admin);
    const HttpReply onAccount = post(
        commentBody(m_foreignAccount, QStringLiteral("BillingAccount"), QStringLiteral("Foreign account.")), m_admin);
    QCOMPARE(onLine.status, 201);
    QCOMPARE(onAccount.status, 201);

    struct Case {
        QString id;
        QString kind;
        QString unknownId;
    };
    for (const Case &c : {Case{m_foreignProduct, QStringLiteral("Product"), QStringLiteral("987654")},
                          Case{m_foreignAccount, QStringLiteral("BillingAccount"), QStringLiteral("987654")}}) {
        const HttpReply foreign = post(commentBody(c.id, c.kind, QStringLiteral("Peek.")), m_head);
        const HttpReply unknown = post(commentBody(c.unknownId, c.kind, QStringLiteral("Peek.")), m_head);
        QVERIFY2(isTmfError(foreign, 404, QStringLiteral("notFound")), qPrintable(describe(foreign)));
        QVERIFY2(isTmfError(unknown, 404, QStringLiteral("notFound")), qPrintable(describe(unknown)));
        QString foreignMessage = foreign.object().value(QStringLiteral("message")).toString();
        foreignMessage.replace(c.id, c.unknownId);
        QCOMPARE(foreignMessage, unknown.object().value(QStringLiteral("message")).toString());

        const HttpReply list = m_client->get(listQuery(c.id, c.kind), m_head);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 0);
        QCOMPARE(list.header("X-Total-Count"), QByteArray("0"));
        QVERIFY(m_client->get(listQuery(c.id, c.kind), m_admin).totalCount() > 0);
    }
    // Foreign comments by id: 404 exactly like an id that does not exist.
    const HttpReply byId = m_client->get(kComments + QLatin1Char('/') + idOf(onLine.object()), m_head);
    const HttpReply missing = m_client->get(kComments + QStringLiteral("/99999999"), m_head);
    QVERIFY(isTmfError(byId, 404, QStringLiteral("notFound")));
    QVERIFY(isTmfError(missing, 404, QStringLiteral("notFound")));
    // Both kinds and both ids in one query: the head still sees only his own.
    const HttpReply mixed = m_client->get(
        kComments +
            QStringLiteral("?target.id=%1,%2&target.@referredType=Product").arg(m_foreignProduct, m_salesProduct),
        m_head);
    QCOMPARE(mixed.status, 200);
    for (const domain::Comment &comment : comments(mixed)) {
        QCOMPARE(comment.targetId, m_salesProduct);
    }
}

void TestServerComments::post_badBody_400InvalidBody_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // the start of the expected message
    const QString textBounds = QStringLiteral("text: expected 1 to 2000 characters after trimming white space, got ");
    QTest::newRow("empty text") << commentBody(QStringLiteral("1"), QStringLiteral("Product"), QString())
                                << textBounds + QLatin1Char('0');
    QTest::newRow("blank text") << commentBody(QStringLiteral("1"), QStringLiteral("Product"), QStringLiteral(" \n\t "))
                                << textBounds + QLatin1Char('0');
    QTest::newRow("2001 characters") << commentBody(QStringLiteral("1"), QStringLiteral("Product"),
                                                    QString(2001, QLatin1Char('x')))
                                     << textBounds + QStringLiteral("2001");
    QTest::newRow("malformed JSON") << QByteArray(R"({"target": {"id": "1", "@referredType": "Product"}, "text": )")
                                    << QStringLiteral("the body is not valid JSON");
    QTest::newRow("not an object") << QByteArray(R"(["text"])") << QStringLiteral("expected a JSON object");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("the body is not valid JSON");
    QTest::newRow("missing target") << QByteArray(R"({"text": "hello"})")
                                    << QStringLiteral("target: missing required field");
    QTest::newRow("organization target") << commentBody(QStringLiteral("3"), QStringLiteral("Organization"),
                                                        QStringLiteral("hello"))
                                         << QStringLiteral("target.@referredType: unknown value \"Organization\"");
    QTest::newRow("numeric target id") << QByteArray(
                                              R"({"target": {"id": 1, "@referredType": "Product"}, "text": "x"})")
                                       << QStringLiteral("target.id: expected a string, got a number");
    QTest::newRow("numeric text") << QByteArray(R"({"target": {"id": "1", "@referredType": "Product"}, "text": 5})")
                                  << QStringLiteral("text: expected a string, got a number");
}

void TestServerComments::post_badBody_400InvalidBody() {
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const HttpReply reply = post(body, m_admin);
    QVERIFY2(isTmfError(reply, 400, QStringLiteral("invalidBody")), qPrintable(describe(reply)));
    const QString said = reply.object().value(QStringLiteral("message")).toString();
    QVERIFY2(said.startsWith(message), qPrintable(said));
}

void TestServerComments::post_longestText_accepted() {
    const QString longest = QString(2000, QLatin1Char('y'));
    const HttpReply reply = post(commentBody(m_salesProduct, QStringLiteral("Product"), longest), m_admin);
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    QCOMPARE(reply.object().value(QStringLiteral("text")).toString(), longest);
}

void TestServerComments::list_missingOrBadTargetFilter_400_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("no filters") << QString() << QStringLiteral("invalidFilter");
    QTest::newRow("only id") << QStringLiteral("?target.id=1") << QStringLiteral("invalidFilter");
    QTest::newRow("only kind") << QStringLiteral("?target.@referredType=Product") << QStringLiteral("invalidFilter");
    QTest::newRow("organization kind") << QStringLiteral("?target.id=1&target.@referredType=Organization")
                                       << QStringLiteral("invalidFilter");
    QTest::newRow("id compared") << QStringLiteral("?target.id.gt=1&target.@referredType=Product")
                                 << QStringLiteral("invalidFilter");
    QTest::newRow("unknown filter") << QStringLiteral("?target.id=1&target.@referredType=Product&colour=red")
                                    << QStringLiteral("invalidFilter");
    QTest::newRow("bad limit") << QStringLiteral("?target.id=1&target.@referredType=Product&limit=0")
                               << QStringLiteral("badRequest");
}

void TestServerComments::list_missingOrBadTargetFilter_400() {
    QFETCH(QString, query);
    QFETCH(QString, code);
    const HttpReply reply = m_client->get(kComments + query, m_admin);
    QVERIFY2(isTmfError(reply, 400, code), qPrintable(describe(reply)));
}

void TestServerComments::comment_withoutPermissionOrToken_403And401_andOtherMethods405() {
    const QString list = listQuery(m_salesProduct, QStringLiteral("Product"));
    QVERIFY(isTmfError(m_client->get(list, m_noAccounts), 403, QStringLiteral("forbidden")));
    QVERIFY(isTmfError(post(commentBody(m_salesProduct, QStringLiteral("Product"), QStringLiteral("x")), m_noAccounts),
                       403, QStringLiteral("forbidden")));
    QVERIFY(isTmfError(m_client->get(list), 401, QStringLiteral("unauthorized")));
    QVERIFY(isTmfError(post(commentBody(m_salesProduct, QStringLiteral("Product"), QStringLiteral("x")), {}), 401,
                       QStringLiteral("unauthorized")));
    const HttpReply put = m_client->send("PUT", kComments, "{}", "application/json", m_admin);
    QVERIFY(isTmfError(put, 405, QStringLiteral("methodNotAllowed")));
    QCOMPARE(put.header("Allow"), QByteArray("GET, POST"));
    QVERIFY(isTmfError(m_client->send("DELETE", kComments + QStringLiteral("/1"), {}, {}, m_admin), 405,
                       QStringLiteral("methodNotAllowed")));
    // viewAccounts is enough to comment.
    const HttpReply viewer =
        post(commentBody(m_foreignAccount, QStringLiteral("BillingAccount"), QStringLiteral("Seen.")), m_viewer);
    QVERIFY2(viewer.status == 201, qPrintable(describe(viewer)));
}

void TestServerComments::news_list_sortedRecentAndReadable() {
    const HttpReply reply = m_client->get(kNews, m_head);
    QCOMPARE(reply.status, 200);
    const auto read = domain::json::listFromJson(reply.array(), &domain::json::newsItemFromJson);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    const QList<domain::NewsItem> news = read.value();
    QVERIFY2(news.size() >= 4 && news.size() <= 6, qPrintable(QString::number(news.size())));
    QCOMPARE(reply.totalCount(), qint64(news.size()));
    const QDate today = QDate::fromString(kToday, Qt::ISODate);
    const QDateTime endOfToday = today.addDays(1).startOfDay(QTimeZone::utc());
    const QDateTime sixtyDaysAgo = today.addDays(-60).startOfDay(QTimeZone::utc());
    for (qsizetype i = 0; i < news.size(); ++i) {
        const domain::NewsItem &item = news.at(i);
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.body.isEmpty());
        QCOMPARE(item.audience, QStringLiteral("corporate"));
        QVERIFY2(item.publishedAt < endOfToday && item.publishedAt >= sixtyDaysAgo,
                 qPrintable(item.publishedAt.toString(Qt::ISODate)));
        if (i > 0) {
            QVERIFY(news.at(i - 1).id.toLongLong() < item.id.toLongLong());
            QVERIFY(news.at(i - 1).publishedAt <= item.publishedAt);
        }
    }
    // Paging like every list.
    const HttpReply page = m_client->get(kNews + QStringLiteral("?limit=2&offset=1&fields=title"), m_admin);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.totalCount(), qint64(news.size()));
    QCOMPARE(page.array().size(), 2);
    QCOMPARE(idOf(page.array().first()), news.at(1).id);
    QCOMPARE(page.array().first().toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("title")}));
    QVERIFY(isTmfError(m_client->get(kNews + QStringLiteral("?audience=corporate"), m_admin), 400,
                       QStringLiteral("invalidFilter")));
    QVERIFY(isTmfError(m_client->get(kNews), 401, QStringLiteral("unauthorized")));
}

void TestServerComments::news_byId_sameAsInListAndUnknown404() {
    const QJsonArray all = m_client->get(kNews, m_admin).array();
    QVERIFY(!all.isEmpty());
    const HttpReply one = m_client->get(kNews + QLatin1Char('/') + idOf(all.last()), m_noAccounts);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.object(), all.last().toObject());
    QVERIFY(isTmfError(m_client->get(kNews + QStringLiteral("/4711"), m_admin), 404, QStringLiteral("notFound")));
    QVERIFY(isTmfError(m_client->send("POST", kNews, "{}", "application/json", m_admin), 405,
                       QStringLiteral("methodNotAllowed")));
}

void TestServerComments::currentCharges_products_equalSumOfUnbilledItems() {
    int nonZero = 0;
    for (const int index : {0, 5, 42, 133, 250, 399}) {
        const QString id = idOf(m_allProducts.at(index));
        const HttpReply product = m_client->get(kProducts + QLatin1Char('/') + id, m_admin);
        const auto line = domain::json::serviceUserFromJson(product.object());
        QVERIFY2(line.ok(), qPrintable(describe(product)));
        QVERIFY2(line.value().currentCharges.has_value(), qPrintable(id));

        const auto items = domain::json::listFromJson(
            m_client->getAll(kItems + QStringLiteral("?product.id=%1&isBilled=false").arg(id), m_admin),
            &domain::json::billItemFromJson);
        QVERIFY(items.ok());
        Money sum(0, QStringLiteral("RUB"));
        for (const domain::BillItem &item : items.value()) {
            QVERIFY(!item.isBilled);
            sum += item.taxIncluded;
        }
        QCOMPARE(line.value().currentCharges->minor(), sum.minor());
        QCOMPARE(line.value().currentCharges->currency(), QStringLiteral("RUB"));
        // The list carries the same figure as the single item.
        const QJsonObject inList = m_allProducts.at(index).toObject();
        QCOMPARE(inList.value(QStringLiteral("currentCharges")),
                 product.object().value(QStringLiteral("currentCharges")));
        nonZero += sum.isZero() ? 0 : 1;
    }
    QVERIFY(nonZero >= 4);
}

void TestServerComments::currentCharges_filter_matchesComputedSets() {
    QList<qint64> amounts;
    for (const QJsonValue &product : std::as_const(m_allProducts)) {
        const auto line = domain::json::serviceUserFromJson(product.toObject());
        QVERIFY(line.ok() && line.value().currentCharges);
        amounts.append(line.value().currentCharges->minor());
    }
    QList<qint64> sorted = amounts;
    std::sort(sorted.begin(), sorted.end());
    const qint64 threshold = sorted.at(sorted.size() / 2);
    QSet<QString> atLeast;
    QSet<QString> below;
    for (qsizetype i = 0; i < m_allProducts.size(); ++i) {
        (amounts.at(i) >= threshold ? atLeast : below).insert(idOf(m_allProducts.at(i)));
    }
    const QString value = Money(threshold, QStringLiteral("RUB")).toDecimalString();
    QSet<QString> gotAtLeast;
    for (const QJsonValue &product :
         m_client->getAll(kProducts + QStringLiteral("?currentCharges.value.gte=") + value, m_admin)) {
        gotAtLeast.insert(idOf(product));
    }
    QSet<QString> gotBelow;
    for (const QJsonValue &product :
         m_client->getAll(kProducts + QStringLiteral("?currentCharges.value.lt=") + value, m_admin)) {
        gotBelow.insert(idOf(product));
    }
    QCOMPARE(gotAtLeast, atLeast);
    QCOMPARE(gotBelow, below);
    const HttpReply exact = m_client->get(
        kProducts + QStringLiteral("?currentCharges.value=") + value + QStringLiteral("&limit=1000"), m_admin);
    QCOMPARE(exact.totalCount(), qint64(amounts.count(threshold)));
    QVERIFY(isTmfError(m_client->get(kProducts + QStringLiteral("?currentCharges.value.gt=abc"), m_admin), 400,
                       QStringLiteral("invalidFilter")));
}

void TestServerComments::currentCharges_withoutViewFinance_absentAndFilter403() {
    const HttpReply page = m_client->get(kProducts + QStringLiteral("?limit=20"), m_viewer);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.array().size(), 20);
    for (const QJsonValue &product : page.array()) {
        QVERIFY(!product.toObject().contains(QStringLiteral("currentCharges")));
    }
    QVERIFY(!m_client->get(kProducts + QLatin1Char('/') + m_salesProduct, m_viewer)
                 .object()
                 .contains(QStringLiteral("currentCharges")));
    QVERIFY(isTmfError(m_client->get(kProducts + QStringLiteral("?currentCharges.value.gt=0"), m_viewer), 403,
                       QStringLiteral("forbidden")));
}

QTEST_GUILESS_MAIN(TestServerComments)
#include "tst_server_comments.moc"
