#include "api/secrets/memory_secret_store.h"
#include "store_answers.h"

#include <QTest>

using corpcare::api::secrets::MemorySecretStore;
using corpcare::api::secrets::SecretKey;
using corpcare::api::secrets::SecretStore;
using namespace corpcare::api::secrets::testing;
using Result = SecretStore::Result;

namespace {

constexpr int kWaitMs = 2000;

const SecretKey kAnna{QStringLiteral("billing.example.com"), QStringLiteral("anna@corp.example")};
const SecretKey kBoris{QStringLiteral("billing.example.com"), QStringLiteral("boris@corp.example")};

} // namespace

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private slots:
    void service_any_isCorpCare();
    void keyName_hostAndAccount_scopedByApplicationHostAndAccount();
    void keyName_separatorInsideParts_distinctNames();
    void keyName_upperCaseHost_sameAsLowerCase();
    void isValid_missingHostOrAccount_false();

    void readSecret_nothingStored_answersNotFoundLater();
    void writeSecret_thenRead_returnsSecret();
    void writeSecret_existingKey_overwrites();
    void writeSecret_otherAccount_notVisible();
    void deleteSecret_stored_readAnswersNotFound();
    void deleteSecret_missing_answersOk();
    void operations_queuedTogether_answerInCallOrder();
    void writeSecret_invalidKey_answersErrorLater();
    void writeSecret_emptySecret_answersErrorAndStoresNothing();
    void setUnavailable_everyOperation_answersUnavailable();
    void setUnavailableFalse_afterFailure_secretsStillThere();
    void setFailure_denied_answersDeniedWithText();
};

void TestMemorySecretStore::service_any_isCorpCare() {
    QCOMPARE(kAnna.service(), QStringLiteral("CorpCare"));
}

void TestMemorySecretStore::keyName_hostAndAccount_scopedByApplicationHostAndAccount() {
    QCOMPARE(kAnna.keyName(), QStringLiteral("corpcare:billing.example.com:anna@corp.example"));
    const SecretKey withPort{QStringLiteral("127.0.0.1:8443"), QStringLiteral("admin")};
    QCOMPARE(withPort.keyName(), QStringLiteral("corpcare:127.0.0.1%3A8443:admin"));
}

void TestMemorySecretStore::keyName_separatorInsideParts_distinctNames() {
    const SecretKey first{QStringLiteral("a:1"), QStringLiteral("b")};
    const SecretKey second{QStringLiteral("a"), QStringLiteral("1:b")};
    QVERIFY(first.keyName() != second.keyName());
    const SecretKey percent{QStringLiteral("a%3A1"), QStringLiteral("b")};
    QVERIFY(first.keyName() != percent.keyName());
}

void TestMemorySecretStore::keyName_upperCaseHost_sameAsLowerCase() {
    const SecretKey upper{QStringLiteral("Billing.Example.COM"), kAnna.account};
    QCOMPARE(upper.keyName(), kAnna.keyName());
}

void TestMemorySecretStore::isValid_missingHostOrAccount_false() {
    QVERIFY(kAnna.isValid());
    const SecretKey noHost{QString(), QStringLiteral("anna")};
    const SecretKey noAccount{QStringLiteral("host"), QString()};
    QVERIFY(!noHost.isValid());
    QVERIFY(!noAccount.isValid());
}

void TestMemorySecretStore::readSecret_nothingStored_answersNotFoundLater() {
    MemorySecretStore store;
    const auto answer = readNow(store, kAnna, kWaitMs);
    QVERIFY(answer.answered);
    QVERIFY(!answer.answeredInsideCall);
    QCOMPARE(answer.result, Result::NotFound);
    QCOMPARE(answer.key, kAnna);
    QVERIFY(answer.secret.isEmpty());
}

void TestMemorySecretStore::writeSecret_thenRead_returnsSecret() {
    MemorySecretStore store;
    const auto written = writeNow(store, kAnna, QByteArrayLiteral("s3cret"), kWaitMs);
    QVERIFY(written.answered);
    QVERIFY(!written.answeredInsideCall);
    QCOMPARE(written.result, Result::Ok);
    QVERIFY(store.contains(kAnna));

    const auto read = readNow(store, kAnna, kWaitMs);
    QVERIFY(read.answered);
    QCOMPARE(read.result, Result::Ok);
    QCOMPARE(read.secret, QByteArrayLiteral("s3cret"));
    QVERIFY(read.errorText.isEmpty());
}

void TestMemorySecretStore::writeSecret_existingKey_overwrites() {
    MemorySecretStore store;
    QCOMPARE(writeNow(store, kAnna, "first", kWaitMs).result, Result::Ok);
    QCOMPARE(writeNow(store, kAnna, "second", kWaitMs).result, Result::Ok);
    QCOMPARE(store.count(), 1);
    const auto read = readNow(store, kAnna, kWaitMs);
    QVERIFY(read.answered);
    QCOMPARE(read.secret, QByteArrayLiteral("second"));
}

void TestMemorySecretStore::writeSecret_otherAccount_notVisible() {
    MemorySecretStore store;
    QCOMPARE(writeNow(store, kAnna, "annas", kWaitMs).result, Result::Ok);
    const auto read = readNow(store, kBoris, kWaitMs);
    QVERIFY(read.answered);
    QCOMPARE(read.result, Result::NotFound);
    const SecretKey otherHost{QStringLiteral("billing.other.example"), kAnna.account};
    QCOMPARE(readNow(store, otherHost, kWaitMs).result, Result::NotFound);
}

void TestMemorySecretStore::deleteSecret_stored_readAnswersNotFound() {
    MemorySecretStore store;
    QCOMPARE(writeNow(store, kAnna, "s3cret", kWaitMs).result, Result::Ok);
    const auto deleted = deleteNow(store, kAnna, kWaitMs);
    QVERIFY(deleted.answered);
    QVERIFY(!deleted.answeredInsideCall);
    QCOMPARE(deleted.result, Result::Ok);
    QVERIFY(!store.contains(kAnna));
    QCOMPARE(readNow(store, kAnna, kWaitMs).result, Result::NotFound);
}

void TestMemorySecretStore::deleteSecret_missing_answersOk() {
    MemorySecretStore store;
    const auto deleted = deleteNow(store, kAnna, kWaitMs);
    QVERIFY(deleted.answered);
    QCOMPARE(deleted.result, Result::Ok);
}

void TestMemorySecretStore::operations_queuedTogether_answerInCallOrder() {
    MemorySecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    store.readSecret(kAnna);
    store.writeSecret(kAnna, "one");
    store.readSecret(kAnna);
    store.writeSecret(kAnna, "two");
    store.readSecret(kAnna);
    QCOMPARE(reads.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 3, kWaitMs);
    QCOMPARE(writes.size(), 2);
    QCOMPARE(reads.at(0).at(2).value<Result>(), Result::NotFound);
    QCOMPARE(reads.at(1).at(1).toByteArray(), QByteArrayLiteral("one"));
    QCOMPARE(reads.at(2).at(1).toByteArray(), QByteArrayLiteral("two"));
}

void TestMemorySecretStore::writeSecret_invalidKey_answersErrorLater() {
    MemorySecretStore store;
    const SecretKey noAccount{QStringLiteral("billing.example.com"), QString()};
    const auto written = writeNow(store, noAccount, "s3cret", kWaitMs);
    QVERIFY(written.answered);
    QVERIFY(!written.answeredInsideCall);
    QCOMPARE(written.result, Result::Error);
    QVERIFY(!written.errorText.isEmpty());
    QCOMPARE(store.count(), 0);
    QCOMPARE(readNow(store, noAccount, kWaitMs).result, Result::Error);
    QCOMPARE(deleteNow(store, noAccount, kWaitMs).result, Result::Error);
}

void TestMemorySecretStore::writeSecret_emptySecret_answersErrorAndStoresNothing() {
    MemorySecretStore store;
    const auto written = writeNow(store, kAnna, QByteArray(), kWaitMs);
    QVERIFY(written.answered);
    QCOMPARE(written.result, Result::Error);
    QVERIFY(!store.contains(kAnna));
}

void TestMemorySecretStore::setUnavailable_everyOperation_answersUnavailable() {
    MemorySecretStore store;
    QVERIFY(store.isAvailable());
    store.setUnavailable(true);
    QVERIFY(!store.isAvailable());
    const auto written = writeNow(store, kAnna, "s3cret", kWaitMs);
    QVERIFY(written.answered);
    QVERIFY(!written.answeredInsideCall);
    QCOMPARE(written.result, Result::Unavailable);
    QVERIFY(!written.errorText.isEmpty());
    QVERIFY(!store.contains(kAnna));
    QCOMPARE(readNow(store, kAnna, kWaitMs).result, Result::Unavailable);
    QCOMPARE(deleteNow(store, kAnna, kWaitMs).result, Result::Unavailable);
}

void TestMemorySecretStore::setUnavailableFalse_afterFailure_secretsStillThere() {
    MemorySecretStore store;
    QCOMPARE(writeNow(store, kAnna, "s3cret", kWaitMs).result, Result::Ok);
    store.setUnavailable(true);
    QCOMPARE(deleteNow(store, kAnna, kWaitMs).result, Result::Unavailable);
    store.setUnavailable(false);
    QVERIFY(store.isAvailable());
    const auto read = readNow(store, kAnna, kWaitMs);
    QVERIFY(read.answered);
    QCOMPARE(read.result, Result::Ok);
    QCOMPARE(read.secret, QByteArrayLiteral("s3cret"));
}

void TestMemorySecretStore::setFailure_denied_answersDeniedWithText() {
    MemorySecretStore store;
    store.setFailure(Result::Denied, QStringLiteral("locked"));
    QVERIFY(store.isAvailable());
    const auto read = readNow(store, kAnna, kWaitMs);
    QVERIFY(read.answered);
    QCOMPARE(read.result, Result::Denied);
    QCOMPARE(read.errorText, QStringLiteral("locked"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memory_secret_store.moc"
