#include "server/security/local_ca.h"
#include "server/security/local_ca_p.h"
#include "server/security/password_hash.h"
#include "server/security/token.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace corpcare::server::security;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

// Computed independently with Python's hashlib.pbkdf2_hmac, salt bytes 0..15.
const QString kKnownPassword = QStringLiteral("correct horse battery staple");
const QString kKnownEncoding =
    QStringLiteral("pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4=");
const QString kKnownUnicodePassword = QStringLiteral(u"p\u00e4ssw\u00f6rd \u2713");
const QString kKnownUnicodeEncoding =
    QStringLiteral("pbkdf2-sha256$1000$AAECAwQFBgcICQoLDA0ODw==$+CxwjCKY4Tvu/wZRib8Drnzwvqpm0wLjzWp/8Enovc4=");
const QString kKnownEncodingAt999 =
    QStringLiteral("pbkdf2-sha256$999$AAECAwQFBgcICQoLDA0ODw==$YpMeCsX5NhgIghmqIFgt2cXtTI07PKtIQs55+mc3COA=");

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QSslCertificate loadCertificate(const QString &path) {
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(readAll(path), QSsl::Pem);
    return certificates.size() == 1 ? certificates.first() : QSslCertificate();
}

QSslKey loadKey(const QString &path) {
    return QSslKey(readAll(path), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

std::optional<QSslCertificateExtension> extension(const QSslCertificate &certificate, const QString &name) {
    for (const QSslCertificateExtension &candidate : certificate.extensions()) {
        if (candidate.name() == name) {
            return candidate;
        }
    }
    return std::nullopt;
}

struct Handshake {
    bool encrypted = false;
    QList<QSslError> errors;
};

// A QSslServer on 127.0.0.1 serving `files`; a QSslSocket that trusts exactly `trusted` (nullopt: the system's
// default roots) connects to it and verifies the name `peerName`.
Handshake handshake(const TlsFiles &files, const std::optional<QList<QSslCertificate>> &trusted,
                    const QString &peerName) {
    QSslServer server;
    QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
    serverConfiguration.setLocalCertificate(loadCertificate(files.serverCertificate));
    serverConfiguration.setPrivateKey(loadKey(files.serverKey));
    serverConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(serverConfiguration);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        qWarning("cannot listen: %s", qPrintable(server.errorString()));
        return {};
    }

    QSslSocket client;
    QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
    if (trusted) {
        clientConfiguration.setCaCertificates(*trusted);
    }
    client.setSslConfiguration(clientConfiguration);
    bool finished = false;
    QObject::connect(&client, &QSslSocket::encrypted, &client, [&finished] { finished = true; });
    QObject::connect(&client, &QAbstractSocket::errorOccurred, &client, [&finished] { finished = true; });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), peerName);
    if (!QTest::qWaitFor([&finished] { return finished; }, 10000)) {
        qWarning("the handshake neither succeeded nor failed within 10 s");
    }
    return {client.isEncrypted(), client.sslHandshakeErrors()};
}

// A fresh set of certificates in a temporary directory.
struct Fixture {
    QTemporaryDir dir;
    TlsFiles files;
    QString error;

    bool ensure() { return ensureLocalCertificates(dir.path(), &files, &error); }
    bool ensureAt(const QDateTime &now) { return detail::ensureLocalCertificatesAt(dir.path(), now, &files, &error); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace

class TestSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // Local CA.
    void ensureLocalCertificates_emptyDir_createsFourFiles();
    void ensureLocalCertificates_created_caIsConstrainedCa();
    void ensureLocalCertificates_created_serverCertificateNamesLocalhost();
    void ensureLocalCertificates_created_keysLoadWithMode0600();
    void ensureLocalCertificates_clientTrustingCa_handshakeSucceeds_data();
    void ensureLocalCertificates_clientTrustingCa_handshakeSucceeds();
    void ensureLocalCertificates_clientNotTrustingCa_handshakeFailsUntrusted_data();
    void ensureLocalCertificates_clientNotTrustingCa_handshakeFailsUntrusted();
    void ensureLocalCertificates_calledTwice_keepsAllFiles();
    void ensureLocalCertificates_badServerFiles_renewsServerKeepsCa_data();
    void ensureLocalCertificates_badServerFiles_renewsServerKeepsCa();
    void ensureLocalCertificates_badCaFiles_renewsCaAndServer_data();
    void ensureLocalCertificates_badCaFiles_renewsCaAndServer();
    void ensureLocalCertificates_clockMoved_renewsOnlyWhenDue_data();
    void ensureLocalCertificates_clockMoved_renewsOnlyWhenDue();
    void ensureLocalCertificates_keptKeyWithLoosePermissions_tightensTo0600();
    void ensureLocalCertificates_nullOutputs_succeeds();
    void ensureLocalCertificates_dirBelowAFile_falseWithError();
    void ensureLocalCertificates_readOnlyDir_falseWithError();

    // Passwords.
    void hashPassword_defaultCost_encodesSchemeIterationsSaltAndHash();
    void verifyPassword_correctPassword_true_data();
    void verifyPassword_correctPassword_true();
    void verifyPassword_wrongPassword_false_data();
    void verifyPassword_wrongPassword_false();
    void verifyPassword_knownVector_true();
    void hashPassword_samePasswordTwice_differentSaltAndHash();
    void hashPassword_iterationsOutOfRange_empty_data();
    void hashPassword_iterationsOutOfRange_empty();
    void verifyPassword_malformedEncoding_false_data();
    void verifyPassword_malformedEncoding_false();

    // Tokens.
    void newBearerToken_called_returns43Base64UrlCharacters();
    void newBearerToken_calledManyTimes_allDiffer();
    void tokenDigest_sameToken_deterministic32Bytes();
    void tokenDigest_knownInput_matchesSha256();
};

void TestSecurity::initTestCase() {
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
}

void TestSecurity::ensureLocalCertificates_emptyDir_createsFourFiles() {
    Fixture fixture;
    QVERIFY(fixture.dir.isValid());
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QVERIFY(fixture.error.isEmpty());
    QCOMPARE(fixture.files.caCertificate, fixture.path(QStringLiteral("ca.pem")));
    QCOMPARE(fixture.files.serverCertificate, fixture.path(QStringLiteral("server.pem")));
    QCOMPARE(fixture.files.serverKey, fixture.path(QStringLiteral("server.key")));
    for (const char *name : {"ca.pem", "ca.key", "server.pem", "server.key"}) {
        QVERIFY2(QFile::exists(fixture.path(QLatin1String(name))), name);
    }
}

void TestSecurity::ensureLocalCertificates_created_caIsConstrainedCa() {
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    const QSslCertificate ca = loadCertificate(fixture.files.caCertificate);
    QVERIFY(!ca.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.version(), QByteArray("3"));
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("CorpCare local CA")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ca.effectiveDate() <= now);
    QVERIFY(ca.expiryDate() > now.addDays(3649) && ca.expiryDate() <= now.addDays(3651));

    const std::optional<QSslCertificateExtension> basic = extension(ca, QStringLiteral("basicConstraints"));
    QVERIFY(basic);
    QVERIFY(basic->isCritical());
    QCOMPARE(basic->value().toMap().value(QStringLiteral("ca")), QVariant(true));
    const std::optional<QSslCertificateExtension> usage = extension(ca, QStringLiteral("keyUsage"));
    QVERIFY(usage);
    QVERIFY(usage->isCritical());
    QCOMPARE(usage->value().toStringList(),
             (QStringList{QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign")}));
    QVERIFY(extension(ca, QStringLiteral("subjectKeyIdentifier")));
}

void TestSecurity::ensureLocalCertificates_created_serverCertificateNamesLocalhost() {
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    const QSslCertificate server = loadCertificate(fixture.files.serverCertificate);
    const QSslCertificate ca = loadCertificate(fixture.files.caCertificate);
    QVERIFY(!server.isNull());
    QCOMPARE(server.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
    QCOMPARE(server.issuerDisplayName(), ca.subjectDisplayName());
    QCOMPARE(server.serialNumber().count(':'), 15); // 16 bytes, printed aa:bb:...
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(server.effectiveDate() <= now);
    QVERIFY(server.expiryDate() > now.addDays(729) && server.expiryDate() <= now.addDays(731));

    const auto names = server.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));

    const std::optional<QSslCertificateExtension> basic = extension(server, QStringLiteral("basicConstraints"));
    QVERIFY(basic);
    QCOMPARE(basic->value().toMap().value(QStringLiteral("ca")), QVariant(false));
    const std::optional<QSslCertificateExtension> usage = extension(server, QStringLiteral("keyUsage"));
    QVERIFY(usage);
    QCOMPARE(usage->value().toStringList(),
             (QStringList{QStringLiteral("Digital Signature"), QStringLiteral("Key Encipherment")}));
    const std::optional<QSslCertificateExtension> extended = extension(server, QStringLiteral("extendedKeyUsage"));
    QVERIFY(extended);
    QCOMPARE(extended->value().toStringList(), QStringList{QStringLiteral("TLS Web Server Authentication")});
    const std::optional<QSslCertificateExtension> authority =
        extension(server, QStringLiteral("authorityKeyIdentifier"));
    const std::optional<QSslCertificateExtension> caSubject = extension(ca, QStringLiteral("subjectKeyIdentifier"));
    QVERIFY(authority && caSubject);
    QCOMPARE(authority->value().toMap().value(QStringLiteral("keyid")).toByteArray(),
             caSubject->value().toString().remove(u':').toLower().toLatin1());
}

void TestSecurity::ensureLocalCertificates_created_keysLoadWithMode0600() {
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    for (const QString &path : {fixture.files.serverKey, fixture.path(QStringLiteral("ca.key"))}) {
        const QSslKey key = loadKey(path);
        QVERIFY2(!key.isNull(), qPrintable(path));
        QCOMPARE(key.algorithm(), QSsl::Ec);
        QCOMPARE(key.length(), 256);
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        QVERIFY2(!(permissions & kGroupOrOther), qPrintable(path));
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!permissions.testFlag(QFileDevice::ExeOwner));
    }
    QVERIFY(QFile::permissions(fixture.files.caCertificate).testFlag(QFileDevice::ReadOther));
}

void TestSecurity::ensureLocalCertificates_clientTrustingCa_handshakeSucceeds_data() {
    QTest::addColumn<QString>("peerName");
    QTest::newRow("IPv4 address") << QStringLiteral("127.0.0.1");
    QTest::newRow("localhost") << QStringLiteral("localhost");
}

void TestSecurity::ensureLocalCertificates_clientTrustingCa_handshakeSucceeds() {
    QFETCH(QString, peerName);
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    const Handshake result =
        handshake(fixture.files, QList<QSslCertificate>{loadCertificate(fixture.files.caCertificate)}, peerName);
    QVERIFY(result.encrypted);
    QVERIFY(result.errors.isEmpty());
}

void TestSecurity::ensureLocalCertificates_clientNotTrustingCa_handshakeFailsUntrusted_data() {
    QTest::addColumn<bool>("systemRoots");
    QTest::newRow("no roots") << false;
    QTest::newRow("system roots") << true;
}

void TestSecurity::ensureLocalCertificates_clientNotTrustingCa_handshakeFailsUntrusted() {
    QFETCH(bool, systemRoots);
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    const Handshake result =
        handshake(fixture.files, systemRoots ? std::nullopt : std::optional(QList<QSslCertificate>{}),
                  QStringLiteral("localhost"));
    QVERIFY(!result.encrypted);
    QVERIFY(!result.errors.isEmpty());
    // The server sends its leaf only; the client finds no issuer for it among the roots it trusts (OpenSSL 3.0
    // says "unable to verify the first certificate"). Nothing else is wrong: no name mismatch, no expiry.
    for (const QSslError &error : result.errors) {
        QVERIFY2(error.error() == QSslError::UnableToVerifyFirstCertificate ||
                     error.error() == QSslError::UnableToGetLocalIssuerCertificate,
                 qPrintable(error.errorString()));
    }
}

void TestSecurity::ensureLocalCertificates_calledTwice_keepsAllFiles() {
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QList<QByteArray> before;
    for (const char *name : {"ca.pem", "ca.key", "server.pem", "server.key"}) {
        before << readAll(fixture.path(QLatin1String(name)));
    }
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QList<QByteArray> after;
    for (const char *name : {"ca.pem", "ca.key", "server.pem", "server.key"}) {
        after << readAll(fixture.path(QLatin1String(name)));
    }
    QCOMPARE(after, before);
}

void TestSecurity::ensureLocalCertificates_badServerFiles_renewsServerKeepsCa_data() {
    QTest::addColumn<QString>("damage");
    for (const char *damage :
         {"garbage server.pem", "empty server.pem", "no server.pem", "no server.key", "garbage server.key",
          "server.key of another pair", "pair signed by another CA", "CA certificate as server.pem"}) {
        QTest::newRow(damage) << QString::fromLatin1(damage);
    }
}

void TestSecurity::ensureLocalCertificates_badServerFiles_renewsServerKeepsCa() {
    QFETCH(QString, damage);
    Fixture fixture;
    Fixture other;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QVERIFY2(other.ensure(), qPrintable(other.error));
    const QByteArray caBefore = readAll(fixture.files.caCertificate);
    const QByteArray caKeyBefore = readAll(fixture.path(QStringLiteral("ca.key")));
    const QByteArray serverBefore = readAll(fixture.files.serverCertificate);
    const QString server = fixture.files.serverCertificate;
    const QString key = fixture.files.serverKey;

    if (damage == QLatin1String("garbage server.pem")) {
        QVERIFY(writeAll(server, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));
    } else if (damage == QLatin1String("empty server.pem")) {
        QVERIFY(writeAll(server, {}));
    } else if (damage == QLatin1String("no server.pem")) {
        QVERIFY(QFile::remove(server));
    } else if (damage == QLatin1String("no server.key")) {
        QVERIFY(QFile::remove(key));
    } else if (damage == QLatin1String("garbage server.key")) {
        QVERIFY(writeAll(key, "garbage"));
    } else if (damage == QLatin1String("server.key of another pair")) {
        QVERIFY(writeAll(key, readAll(other.files.serverKey)));
    } else if (damage == QLatin1String("pair signed by another CA")) {
        QVERIFY(writeAll(server, readAll(other.files.serverCertificate)));
        QVERIFY(writeAll(key, readAll(other.files.serverKey)));
    } else if (damage == QLatin1String("CA certificate as server.pem")) {
        QVERIFY(writeAll(server, readAll(fixture.files.caCertificate)));
        QVERIFY(writeAll(key, readAll(fixture.path(QStringLiteral("ca.key")))));
    } else {
        QFAIL("unknown damage");
    }

    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QCOMPARE(readAll(fixture.files.caCertificate), caBefore);
    QCOMPARE(readAll(fixture.path(QStringLiteral("ca.key"))), caKeyBefore);
    QVERIFY(readAll(server) != serverBefore);
    QVERIFY(readAll(server) != readAll(other.files.serverCertificate));
    const Handshake result =
        handshake(fixture.files, QList<QSslCertificate>{loadCertificate(fixture.files.caCertificate)},
                  QStringLiteral("localhost"));
    QVERIFY(result.encrypted);
    QVERIFY(result.errors.isEmpty());
}

void TestSecurity::ensureLocalCertificates_badCaFiles_renewsCaAndServer_data() {
    QTest::addColumn<QString>("damage");
    for (const char *damage : {"no ca.pem", "no ca.key", "garbage ca.pem", "garbage ca.key", "ca.key of another CA",
                               "server pair as the CA"}) {
        QTest::newRow(damage) << QString::fromLatin1(damage);
    }
}

void TestSecurity::ensureLocalCertificates_badCaFiles_renewsCaAndServer() {
    QFETCH(QString, damage);
    Fixture fixture;
    Fixture other;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QVERIFY2(other.ensure(), qPrintable(other.error));
    const QString ca = fixture.files.caCertificate;
    const QString caKey = fixture.path(QStringLiteral("ca.key"));
    const QByteArray caBefore = readAll(ca);
    const QByteArray serverBefore = readAll(fixture.files.serverCertificate);

    if (damage == QLatin1String("no ca.pem")) {
        QVERIFY(QFile::remove(ca));
    } else if (damage == QLatin1String("no ca.key")) {
        QVERIFY(QFile::remove(caKey));
    } else if (damage == QLatin1String("garbage ca.pem")) {
        QVERIFY(writeAll(ca, "garbage"));
    } else if (damage == QLatin1String("garbage ca.key")) {
        QVERIFY(writeAll(caKey, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
    } else if (damage == QLatin1String("ca.key of another CA")) {
        QVERIFY(writeAll(caKey, readAll(other.path(QStringLiteral("ca.key")))));
    } else if (damage == QLatin1String("server pair as the CA")) {
        QVERIFY(writeAll(ca, readAll(fixture.files.serverCertificate)));
        QVERIFY(writeAll(caKey, readAll(fixture.files.serverKey)));
    } else {
        QFAIL("unknown damage");
    }

    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QVERIFY(readAll(ca) != caBefore);
    QVERIFY(readAll(fixture.files.serverCertificate) != serverBefore);
    QVERIFY(!loadKey(caKey).isNull());
    const Handshake result =
        handshake(fixture.files, QList<QSslCertificate>{loadCertificate(ca)}, QStringLiteral("localhost"));
    QVERIFY(result.encrypted);
    QVERIFY(result.errors.isEmpty());
}

void TestSecurity::ensureLocalCertificates_clockMoved_renewsOnlyWhenDue_data() {
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("serverRenewed");
    QTest::addColumn<bool>("caRenewed");
    QTest::newRow("next day") << 1 << false << false;
    QTest::newRow("server has 31 days left") << 730 - 31 << false << false;
    QTest::newRow("server has 30 days left") << 730 - 30 << false << false;
    QTest::newRow("server has 29 days left") << 730 - 29 << true << false;
    QTest::newRow("server expired") << 731 << true << false;
    QTest::newRow("CA has 29 days left") << 3650 - 29 << true << true;
    QTest::newRow("CA expired") << 3651 << true << true;
    QTest::newRow("before the certificates were made") << -1 << true << true;
}

void TestSecurity::ensureLocalCertificates_clockMoved_renewsOnlyWhenDue() {
    QFETCH(int, days);
    QFETCH(bool, serverRenewed);
    QFETCH(bool, caRenewed);
    Fixture fixture;
    // Whole seconds: certificates carry no fractions, and the 30-day boundary is then exact.
    const QDateTime made = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QVERIFY2(fixture.ensureAt(made), qPrintable(fixture.error));
    const QByteArray caBefore = readAll(fixture.files.caCertificate);
    const QByteArray serverBefore = readAll(fixture.files.serverCertificate);

    const QDateTime later = made.addDays(days);
    QVERIFY2(fixture.ensureAt(later), qPrintable(fixture.error));
    QCOMPARE(readAll(fixture.files.caCertificate) != caBefore, caRenewed);
    QCOMPARE(readAll(fixture.files.serverCertificate) != serverBefore, serverRenewed);
    const QSslCertificate server = loadCertificate(fixture.files.serverCertificate);
    QVERIFY(server.effectiveDate() <= later);
    QVERIFY(server.expiryDate() >= later.addDays(30));
}

void TestSecurity::ensureLocalCertificates_keptKeyWithLoosePermissions_tightensTo0600() {
    Fixture fixture;
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    const QByteArray keyBefore = readAll(fixture.files.serverKey);
    QVERIFY(QFile::setPermissions(fixture.files.serverKey, QFile::permissions(fixture.files.serverKey) |
                                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY2(fixture.ensure(), qPrintable(fixture.error));
    QCOMPARE(readAll(fixture.files.serverKey), keyBefore);
    QVERIFY(!(QFile::permissions(fixture.files.serverKey) & kGroupOrOther));
}

void TestSecurity::ensureLocalCertificates_nullOutputs_succeeds() {
    QTemporaryDir dir;
    QVERIFY(ensureLocalCertificates(dir.path(), nullptr, nullptr));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("server.pem"))));
}

void TestSecurity::ensureLocalCertificates_dirBelowAFile_falseWithError() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeAll(file, "not a directory"));
    TlsFiles files;
    QString error;
    QVERIFY(!ensureLocalCertificates(file + QStringLiteral("/certs"), &files, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(files.serverCertificate.isEmpty());
    QVERIFY(!ensureLocalCertificates(file, &files, &error));
    QVERIFY(!ensureLocalCertificates(QString(), &files, &error));
}

void TestSecurity::ensureLocalCertificates_readOnlyDir_falseWithError() {
    // /proc refuses new files even to root (CI runs as root, who writes into any chmod-read-only folder).
    const QString unwritable = QStringLiteral("/proc/self/corpcare-certs");
    TlsFiles files;
    QString error;
    QVERIFY(!ensureLocalCertificates(unwritable, &files, &error));
    QVERIFY2(error.contains(unwritable), qPrintable(error));
    QVERIFY(files.caCertificate.isEmpty());
}

void TestSecurity::hashPassword_defaultCost_encodesSchemeIterationsSaltAndHash() {
    const QString encoded = hashPassword(kKnownPassword);
    const QStringList fields = encoded.split(u'$');
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(fields.at(1), QStringLiteral("310000"));
    QCOMPARE(QByteArray::fromBase64(fields.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(fields.at(3).toLatin1()).size(), 32);
    QVERIFY(verifyPassword(kKnownPassword, encoded));
    QVERIFY(!verifyPassword(kKnownPassword + u'!', encoded));
}

void TestSecurity::verifyPassword_correctPassword_true_data() {
    QTest::addColumn<QString>("password");
    QTest::newRow("ASCII") << kKnownPassword;
    QTest::newRow("empty") << QString();
    QTest::newRow("non-Latin") << kKnownUnicodePassword;
    QTest::newRow("1000 characters") << QString(1000, u'x');
    QTest::newRow("contains $ and NUL") << QStringLiteral("a$b") + QChar(u'\0') + QStringLiteral("c");
}

void TestSecurity::verifyPassword_correctPassword_true() {
    QFETCH(QString, password);
    QVERIFY(verifyPassword(password, hashPassword(password, 1000)));
}

void TestSecurity::verifyPassword_wrongPassword_false_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::newRow("other case") << kKnownPassword << kKnownPassword.toUpper();
    QTest::newRow("trailing space") << kKnownPassword << kKnownPassword + u' ';
    QTest::newRow("prefix") << kKnownPassword << kKnownPassword.chopped(1);
    QTest::newRow("empty attempt") << kKnownPassword << QString();
    QTest::newRow("empty password") << QString() << QStringLiteral("x");
    QTest::newRow("attempt cut at a NUL") << QStringLiteral("ab") + QChar(u'\0') + u'c' << QStringLiteral("ab");
}

void TestSecurity::verifyPassword_wrongPassword_false() {
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QVERIFY(!verifyPassword(attempt, hashPassword(password, 1000)));
}

void TestSecurity::verifyPassword_knownVector_true() {
    QVERIFY(verifyPassword(kKnownPassword, kKnownEncoding));
    QVERIFY(verifyPassword(kKnownUnicodePassword, kKnownUnicodeEncoding));
    QVERIFY(!verifyPassword(kKnownUnicodePassword, kKnownEncoding));
}

void TestSecurity::hashPassword_samePasswordTwice_differentSaltAndHash() {
    const QStringList first = hashPassword(kKnownPassword, 1000).split(u'$');
    const QStringList second = hashPassword(kKnownPassword, 1000).split(u'$');
    QCOMPARE(first.size(), 4);
    QCOMPARE(second.size(), 4);
    QVERIFY(first.at(2) != second.at(2));
    QVERIFY(first.at(3) != second.at(3));
}

void TestSecurity::hashPassword_iterationsOutOfRange_empty_data() {
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("INT_MIN") << INT_MIN << false;
    QTest::newRow("0") << 0 << false;
    QTest::newRow("999") << 999 << false;
    QTest::newRow("1000") << 1000 << true;
    QTest::newRow("1001") << 1001 << true;
    QTest::newRow("10000001") << 10000001 << false;
    QTest::newRow("INT_MAX") << INT_MAX << false;
}

void TestSecurity::hashPassword_iterationsOutOfRange_empty() {
    QFETCH(int, iterations);
    QFETCH(bool, accepted);
    const QString encoded = hashPassword(kKnownPassword, iterations);
    QCOMPARE(!encoded.isEmpty(), accepted);
    if (accepted) {
        QVERIFY(encoded.startsWith(QStringLiteral("pbkdf2-sha256$") + QString::number(iterations) + u'$'));
        QVERIFY(verifyPassword(kKnownPassword, encoded));
    } else {
        QVERIFY(!verifyPassword(kKnownPassword, encoded));
    }
}

void TestSecurity::verifyPassword_malformedEncoding_false_data() {
    QTest::addColumn<QString>("encoded");
    const QString salt = QStringLiteral("AAECAwQFBgcICQoLDA0ODw==");
    const QString hash = QStringLiteral("ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4=");
    const auto join = [](const QStringList &fields) { return fields.join(u'$'); };

    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << QStringLiteral("not an encoding");
    QTest::newRow("three fields") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt});
    QTest::newRow("five fields") << kKnownEncoding + QStringLiteral("$");
    QTest::newRow("leading $") << QStringLiteral("$") + kKnownEncoding;
    // Scheme.
    QTest::newRow("scheme sha1") << join({QStringLiteral("pbkdf2-sha1"), QStringLiteral("1000"), salt, hash});
    QTest::newRow("scheme upper case") << join({QStringLiteral("PBKDF2-SHA256"), QStringLiteral("1000"), salt, hash});
    QTest::newRow("scheme empty") << join({QString(), QStringLiteral("1000"), salt, hash});
    // Iterations.
    QTest::newRow("iterations changed") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1001"), salt, hash});
    QTest::newRow("iterations empty") << join({QStringLiteral("pbkdf2-sha256"), QString(), salt, hash});
    QTest::newRow("iterations letters") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1e3"), salt, hash});
    QTest::newRow("iterations plus") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("+1000"), salt, hash});
    QTest::newRow("iterations space") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral(" 1000"), salt, hash});
    QTest::newRow("iterations leading 0")
        << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("01000"), salt, hash});
    QTest::newRow("iterations negative") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("-1000"), salt, hash});
    QTest::newRow("iterations 10000001") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("10000001"), salt, hash});
    QTest::newRow("iterations overflow") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("4294968296"), salt, hash});
    QTest::newRow("iterations 999, hash right for 999") << kKnownEncodingAt999;
    // Salt.
    QTest::newRow("salt changed") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QStringLiteral("AAECAwQFBgcICQoLDA0ODg=="), hash});
    QTest::newRow("salt empty") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QString(), hash});
    QTest::newRow("salt not base64") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QStringLiteral("AAECAwQFBgcICQoLDA0OD!=="), hash});
    QTest::newRow("salt base64url") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QStringLiteral("AAECAwQFBgcICQoLDA0OD_=="), hash});
    QTest::newRow("salt unpadded") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QStringLiteral("AAECAwQFBgcICQoLDA0ODw"), hash});
    QTest::newRow("salt 15 bytes") << join(
        {QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), QStringLiteral("AAECAwQFBgcICQoLDA0O"), hash});
    QTest::newRow("salt non-Latin") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"),
                                             QStringLiteral(u"AAECAwQFBgcICQoLDA0OD\u00e9=="), hash});
    // Hash.
    QTest::newRow("hash changed") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt,
                                           QStringLiteral("qpsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ4=")});
    QTest::newRow("hash empty") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt, QString()});
    QTest::newRow("hash truncated to 31 bytes")
        << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt,
                 QString::fromLatin1(QByteArray::fromBase64(hash.toLatin1()).left(31).toBase64())});
    QTest::newRow("hash with an extra byte")
        << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt,
                 QString::fromLatin1(QByteArray(QByteArray::fromBase64(hash.toLatin1()) + '\0').toBase64())});
    QTest::newRow("hash not base64") << join({QStringLiteral("pbkdf2-sha256"), QStringLiteral("1000"), salt,
                                              QStringLiteral("ppsXnjrdPB4KryJ6DrOqKqhkWrhv7PbKAMF1Eml8cZ*=")});
    QTest::newRow("hash trailing newline") << kKnownEncoding + u'\n';
}

void TestSecurity::verifyPassword_malformedEncoding_false() {
    QFETCH(QString, encoded);
    QVERIFY(!verifyPassword(kKnownPassword, encoded));
}

void TestSecurity::newBearerToken_called_returns43Base64UrlCharacters() {
    const QByteArray token = newBearerToken();
    QCOMPARE(token.size(), 43);
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY2(alphabet.match(QString::fromLatin1(token)).hasMatch(), token.constData());
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 32);
}

void TestSecurity::newBearerToken_calledManyTimes_allDiffer() {
    QSet<QByteArray> tokens;
    for (int i = 0; i < 1000; ++i) {
        tokens.insert(newBearerToken());
    }
    QCOMPARE(tokens.size(), 1000);
}

void TestSecurity::tokenDigest_sameToken_deterministic32Bytes() {
    const QByteArray token = newBearerToken();
    const QByteArray digest = tokenDigest(token);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(tokenDigest(token), digest);
    QVERIFY(tokenDigest(newBearerToken()) != digest);
    QVERIFY(!digest.contains(token));
}

void TestSecurity::tokenDigest_knownInput_matchesSha256() {
    QCOMPARE(tokenDigest("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
