// KeychainSecretStore without a secret service answers Unavailable quickly; it neither hangs nor
// prompts. Two CTest entries run this executable:
//  - tst_keychain_no_bus: the session bus address points to nothing (set below, before first use);
//  - tst_keychain_no_service: under a bare private bus with no services (run_with_bare_bus.sh,
//    CORPCARE_KEEP_SESSION_BUS=1), so QtKeychain and libsecret really ask and get "no such service".
#include "api/secrets/keychain_secret_store.h"
#include "store_answers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using corpcare::api::secrets::KeychainSecretStore;
using corpcare::api::secrets::SecretKey;
using corpcare::api::secrets::SecretStore;
using namespace corpcare::api::secrets::testing;
using Result = SecretStore::Result;

namespace {

constexpr int kWaitMs = 10'000;
constexpr qint64 kQuickMs = 5'000;

const SecretKey kKey{QStringLiteral("billing.test.invalid"), QStringLiteral("anna")};

} // namespace

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void isAvailable_beforeFirstUse_true();
    void readSecret_noSecretService_unavailableQuickly();
    void writeSecret_noSecretService_unavailableQuickly();
    void deleteSecret_noSecretService_unavailableQuickly();
    void isAvailable_afterUnavailableAnswer_false();

private:
    void checkUnavailableQuickly(const std::function<Answer()> &operation);

    QTemporaryDir m_dir;
    KeychainSecretStore m_store;
};

void TestKeychainUnavailable::initTestCase() {
    QVERIFY(m_dir.isValid());
    // No display: nothing may autolaunch a bus or open a prompt.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    if (!qEnvironmentVariableIsSet("CORPCARE_KEEP_SESSION_BUS")) {
        const QByteArray nowhere = "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus")));
        qputenv("DBUS_SESSION_BUS_ADDRESS", nowhere);
    } else {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run_with_bare_bus.sh provides a bare bus");
    }
}

void TestKeychainUnavailable::isAvailable_beforeFirstUse_true() {
    const KeychainSecretStore fresh;
    QVERIFY(fresh.isAvailable());
}

void TestKeychainUnavailable::checkUnavailableQuickly(const std::function<Answer()> &operation) {
    QElapsedTimer elapsed;
    elapsed.start();
    const Answer answer = operation();
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(answer.answered, qPrintable(answer.errorText));
    QVERIFY(!answer.answeredInsideCall);
    QCOMPARE(answer.result, Result::Unavailable);
    QVERIFY(!answer.errorText.isEmpty());
    QVERIFY2(ms < kQuickMs, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    qInfo("answered Unavailable in %lld ms: %s", ms, qPrintable(answer.errorText));
}

void TestKeychainUnavailable::readSecret_noSecretService_unavailableQuickly() {
    checkUnavailableQuickly([this] { return readNow(m_store, kKey, kWaitMs); });
}

void TestKeychainUnavailable::writeSecret_noSecretService_unavailableQuickly() {
    checkUnavailableQuickly([this] { return writeNow(m_store, kKey, "s3cret", kWaitMs); });
}

void TestKeychainUnavailable::deleteSecret_noSecretService_unavailableQuickly() {
    checkUnavailableQuickly([this] { return deleteNow(m_store, kKey, kWaitMs); });
}

void TestKeychainUnavailable::isAvailable_afterUnavailableAnswer_false() {
    KeychainSecretStore fresh;
    QCOMPARE(readNow(fresh, kKey, kWaitMs).result, Result::Unavailable);
    QVERIFY(!fresh.isAvailable());
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
