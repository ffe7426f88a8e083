// Sign-in hardening against the reference server over HTTPS (issue 6, profile §4): repeated failures
// lock a login for a while (known or not, the same answers), a success starts the count again,
// signing out ends the token at once, and every sign-in, failure, lockout and sign-out is in the
// audit trail with the address it came from.
#include "support/https_client.h"
#include "support/server_process.h"

#include <QTest>

using namespace corpcare;

namespace {

const QString kToken = QStringLiteral("/corporate/v1/oauth2/token");
const QString kRevoke = QStringLiteral("/corporate/v1/oauth2/revoke");
const QString kMe = QStringLiteral("/corporate/v1/me");
const QString kAudit = QStringLiteral("/corporate/v1/auditRecord");
constexpr int kLockSeconds = 3; // the test server's --lockout-seconds

QUrlQuery passwordForm(const QString &user, const QString &password) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), user);
    form.addQueryItem(QStringLiteral("password"), password);
    return form;
}

} // namespace

class TestServerSignIn : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        tests::ServerProcess::Options options;
        options.extraArguments = {QStringLiteral("--lockout-seconds"), QString::number(kLockSeconds)};
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_client = std::make_unique<tests::HttpsClient>(m_server.baseUrl(), m_server.caFile());
        m_admin = m_client->signIn(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanupTestCase() { m_server.stop(); }

    void fiveFailures_lockTheLoginEvenForTheRightPassword_thenItOpensAgain() {
        const QString login = QStringLiteral("finance");
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QCOMPARE(signIn(login, QStringLiteral("wrong")).status, 401);
        }
        const tests::HttpReply fifth = signIn(login, QStringLiteral("wrong"));
        QCOMPARE(fifth.status, 429);
        QCOMPARE(fifth.object().value(QStringLiteral("code")).toString(), QStringLiteral("tooManyAttempts"));
        const int retryAfter = fifth.header("Retry-After").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= kLockSeconds);
        const tests::HttpReply right = signIn(login, QStringLiteral("corpcare-demo"));
        QCOMPARE(right.status, 429); // locked: the right password does not open it either
        QVERIFY(right.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("try again")));
        QTest::qWait(kLockSeconds * 1000 + 300);
        QCOMPARE(signIn(login, QStringLiteral("corpcare-demo")).status, 200);
    }

    void successStartsTheCountAgain() {
        const QString login = QStringLiteral("head.sales");
        for (int attempt = 0; attempt < 4; ++attempt) {
            QCOMPARE(signIn(login, QStringLiteral("wrong")).status, 401);
        }
        QCOMPARE(signIn(login, QStringLiteral("corpcare-demo")).status, 200);
        for (int attempt = 0; attempt < 4; ++attempt) {
            QCOMPARE(signIn(login, QStringLiteral("wrong")).status, 401); // 4 again, not 8
        }
        QCOMPARE(signIn(login, QStringLiteral("corpcare-demo")).status, 200);
    }

    void unknownLogin_answeredAndLockedLikeAKnownOne() {
        const QString login = QStringLiteral("nobody.here");
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const tests::HttpReply reply = signIn(login, QStringLiteral("wrong"));
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.object().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_grant"));
        }
        QCOMPARE(signIn(login, QStringLiteral("wrong")).status, 429);
    }

    void signOut_endsTheTokenAtOnce() {
        const QByteArray token = m_client->signIn(QStringLiteral("head.logistics"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(m_client->get(kMe, token).status, 200);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(token));
        QCOMPARE(m_client->postForm(kRevoke, form).status, 200);
        QCOMPARE(m_client->get(kMe, token).status, 401);
        QCOMPARE(m_client->postForm(kRevoke, form).status, 200); // again, or any token: the same answer
        QUrlQuery unknown;
        unknown.addQueryItem(QStringLiteral("token"), QStringLiteral("not-a-token"));
        QCOMPARE(m_client->postForm(kRevoke, unknown).status, 200);
        QCOMPARE(m_client->get(kMe, m_admin).status, 200); // other tokens live on
    }

    void everySignInInTheAuditTrail_withWhereItCameFrom() {
        const auto records = [this](const QString &action, const QString &actor) {
            return m_client->get(kAudit + QStringLiteral("?action=%1&actor=%2&limit=1000").arg(action, actor), m_admin)
                .array();
        };
        const QJsonArray failed = records(QStringLiteral("signIn.failed"), QStringLiteral("finance"));
        QVERIFY(failed.size() >= 5);
        const QJsonObject one = failed.first().toObject();
        QCOMPARE(one.value(QStringLiteral("source")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(one.value(QStringLiteral("target")).toObject().value(QStringLiteral("@referredType")).toString(),
                 QStringLiteral("PortalUser"));
        QCOMPARE(records(QStringLiteral("signIn.locked"), QStringLiteral("finance")).size(), 1);
        QVERIFY(records(QStringLiteral("signIn"), QStringLiteral("finance")).size() >= 1);
        QCOMPARE(records(QStringLiteral("signIn.locked"), QStringLiteral("nobody.here")).size(), 1);
        QCOMPARE(records(QStringLiteral("signOut"), QStringLiteral("head.logistics")).size(), 1);
        // The trail is read only: nothing writes to it through the API.
        QCOMPARE(m_client->send("POST", kAudit, "{}", "application/json", m_admin).status, 405);
    }

private:
    tests::HttpReply signIn(const QString &login, const QString &password) {
        return m_client->postForm(kToken, passwordForm(login, password));
    }

    tests::ServerProcess m_server;
    std::unique_ptr<tests::HttpsClient> m_client;
    QByteArray m_admin;
};

QTEST_GUILESS_MAIN(TestServerSignIn)
#include "tst_server_signin.moc"
