// The one test against a real keychain: a private gnome-keyring through QtKeychain and libsecret.
// Run only through run_with_keyring.sh (CTest does), which starts a private D-Bus session with an
// unlocked throwaway keyring; run on its own it refuses, so it never touches the user's keyring.
#include "api/secrets/keychain_secret_store.h"
#include "store_answers.h"

#include <QCoreApplication>
#include <QTest>

using corpcare::api::secrets::KeychainSecretStore;
using corpcare::api::secrets::SecretKey;
using corpcare::api::secrets::SecretStore;
using namespace corpcare::api::secrets::testing;
using namespace std::chrono_literals;
using Result = SecretStore::Result;

namespace {

constexpr int kWaitMs = 10'000; // a keychain that does not answer fails the test, it does not hang it

SecretKey testKey(const QString &account) {
    return SecretKey{QStringLiteral("billing.test.invalid:8443"),
                     account + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid())};
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_privateKeyring_writeReadOverwriteDeleteNotFound();
    void readSecret_otherAccountOnSameHost_notFound();

private:
    KeychainSecretStore m_store;
};

void TestKeychain::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("CORPCARE_PRIVATE_KEYRING"),
             "run through tests/secrets/run_with_keyring.sh: it provides a private, unlocked keyring");
    m_store.setTimeout(8s); // below kWaitMs: a stuck job answers Unavailable, which fails the comparisons
}

void TestKeychain::roundTrip_privateKeyring_writeReadOverwriteDeleteNotFound() {
    const SecretKey key = testKey(QStringLiteral("anna@corp.example"));
    // Binary-safe: a NUL, non-ASCII bytes and the key separator.
    const QByteArray first = QByteArrayLiteral("first:pa\0ss\xc3\xa4\xff");
    const QByteArray second = QByteArrayLiteral("second-token-0123456789abcdefghijklmnopqrstuvwxyz");

    const Answer written = writeNow(m_store, key, first, kWaitMs);
    QVERIFY2(written.result == Result::Ok, qPrintable(written.errorText));
    QVERIFY(!written.answeredInsideCall);
    QCOMPARE(written.key, key);

    const Answer read = readNow(m_store, key, kWaitMs);
    QVERIFY2(read.result == Result::Ok, qPrintable(read.errorText));
    QCOMPARE(read.secret, first);

    const Answer overwritten = writeNow(m_store, key, second, kWaitMs);
    QVERIFY2(overwritten.result == Result::Ok, qPrintable(overwritten.errorText));
    const Answer readAgain = readNow(m_store, key, kWaitMs);
    QVERIFY2(readAgain.result == Result::Ok, qPrintable(readAgain.errorText));
    QCOMPARE(readAgain.secret, second);

    const Answer deleted = deleteNow(m_store, key, kWaitMs);
    QVERIFY2(deleted.result == Result::Ok, qPrintable(deleted.errorText));

    const Answer gone = readNow(m_store, key, kWaitMs);
    QVERIFY2(gone.answered, qPrintable(gone.errorText));
    QCOMPARE(gone.result, Result::NotFound);
    QVERIFY(gone.secret.isEmpty());

    const Answer deletedAgain = deleteNow(m_store, key, kWaitMs);
    QVERIFY2(deletedAgain.result == Result::Ok, qPrintable(deletedAgain.errorText));
    QVERIFY(m_store.isAvailable());
}

void TestKeychain::readSecret_otherAccountOnSameHost_notFound() {
    const SecretKey anna = testKey(QStringLiteral("anna"));
    const SecretKey boris = testKey(QStringLiteral("boris"));
    const Answer written = writeNow(m_store, anna, "annas-secret", kWaitMs);
    QVERIFY2(written.result == Result::Ok, qPrintable(written.errorText));

    const Answer read = readNow(m_store, boris, kWaitMs);
    QVERIFY2(read.answered, qPrintable(read.errorText));
    QCOMPARE(read.result, Result::NotFound);

    QCOMPARE(deleteNow(m_store, anna, kWaitMs).result, Result::Ok);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
