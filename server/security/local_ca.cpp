#include "server/security/local_ca.h"

#include "server/security/local_ca_p.h"
#include "server/security/openssl_p.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/pem.h>
#include <openssl/rand.h>

#include <array>
#include <ctime>
#include <span>
#include <utility>

namespace corpcare::server::security {

namespace {

using namespace detail;

constexpr int kCaValidityDays = 3650;    // 10 years
constexpr int kServerValidityDays = 730; // 2 years
constexpr time_t kMinimumRemainingSeconds = time_t{30} * 24 * 60 * 60;
// notBefore lies an hour back so that a clock stepped back a little does not invalidate a fresh certificate.
constexpr long kBackdateSeconds = 60L * 60;
constexpr int kSerialBytes = 16; // 128 random bits
constexpr qint64 kMaxPemFileBytes = 1 << 20;
constexpr const char *kCaCommonName = "CorpCare local CA";
constexpr const char *kServerCommonName = "localhost";

constexpr QFileDevice::Permissions kPrivateKeyPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kGroupOrOtherPermissions = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                              QFileDevice::WriteOther | QFileDevice::ExeOther;

struct Extension {
    int nid;
    const char *value;
};

constexpr Extension kCaExtensions[] = {
    {NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
    {NID_key_usage, "critical,keyCertSign,cRLSign"},
    {NID_subject_key_identifier, "hash"},
};

constexpr Extension kServerExtensions[] = {
    {NID_basic_constraints, "CA:FALSE"},  {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
    {NID_ext_key_usage, "serverAuth"},    {NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost"},
    {NID_subject_key_identifier, "hash"}, {NID_authority_key_identifier, "keyid:always"},
};

// A certificate with its private key.
struct Identity {
    X509Ptr certificate;
    PKeyPtr key;

    explicit operator bool() const { return certificate && key; }
};

// Never prompt on a terminal for a passphrase: an encrypted key just does not load.
int noPassphrase(char * /*buffer*/, int /*size*/, int /*writing*/, void * /*userData*/) {
    return -1;
}

// The file's bytes; empty when it is missing or unreadable, which the caller treats as "make it anew".
QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(kMaxPemFileBytes);
}

BioPtr memoryBio(const QByteArray &bytes) {
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

X509Ptr parseCertificate(const QByteArray &pem) {
    const BioPtr bio = memoryBio(pem);
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

PKeyPtr parsePrivateKey(const QByteArray &pem) {
    const BioPtr bio = memoryBio(pem);
    return PKeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
}

// The pair when both files load and the key belongs to the certificate; empty otherwise.
Identity loadIdentity(const QString &certificatePath, const QString &keyPath) {
    Identity identity{parseCertificate(readFile(certificatePath)), parsePrivateKey(readFile(keyPath))};
    if (identity && X509_check_private_key(identity.certificate.get(), identity.key.get()) != 1) {
        identity = {};
    }
    ERR_clear_error(); // a file that does not load is no error here: it is made anew
    return identity;
}

// Valid at `now` and for at least kMinimumRemainingSeconds more.
bool isValidLongEnough(const X509 *certificate, time_t now) {
    time_t deadline = now + kMinimumRemainingSeconds - 1; // notAfter > deadline: at least the minimum remains
    // X509_cmp_time: -1 when the time is at or before the reference, 1 when after, 0 on error.
    return X509_cmp_time(X509_get0_notBefore(certificate), &now) == -1 &&
           X509_cmp_time(X509_get0_notAfter(certificate), &deadline) == 1;
}

bool isUsableCa(const Identity &ca, time_t now) {
    X509 *certificate = ca.certificate.get();
    const bool usable = X509_check_ca(certificate) == 1 && X509_verify(certificate, ca.key.get()) == 1 &&
                        isValidLongEnough(certificate, now);
    ERR_clear_error();
    return usable;
}

// Valid long enough, names 127.0.0.1, ::1 and localhost, and chains to `ca` as a TLS server certificate.
bool isUsableServer(const Identity &server, const Identity &ca, time_t now) {
    X509 *certificate = server.certificate.get();
    if (!isValidLongEnough(certificate, now) || X509_check_host(certificate, "localhost", 0, 0, nullptr) != 1 ||
        X509_check_ip_asc(certificate, "127.0.0.1", 0) != 1 || X509_check_ip_asc(certificate, "::1", 0) != 1) {
        ERR_clear_error();
        return false;
    }
    const X509StorePtr store(X509_STORE_new());
    const X509StoreContextPtr context(X509_STORE_CTX_new());
    bool usable = store && context && X509_STORE_add_cert(store.get(), ca.certificate.get()) == 1 &&
                  X509_STORE_CTX_init(context.get(), store.get(), certificate, nullptr) == 1 &&
                  X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_SERVER) == 1;
    if (usable) {
        X509_STORE_CTX_set_time(context.get(), 0, now);
        usable = X509_verify_cert(context.get()) == 1;
    }
    ERR_clear_error();
    return usable;
}

PKeyPtr generateKey(QString *error) {
    const PKeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0 || EVP_PKEY_generate(context.get(), &key) <= 0) {
        *error = openSslError(QStringLiteral("cannot generate an EC P-256 key"));
        return {};
    }
    return PKeyPtr(key);
}

bool setRandomSerial(X509 *certificate, QString *error) {
    std::array<unsigned char, kSerialBytes> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        *error = openSslError(QStringLiteral("cannot draw a random serial number"));
        return false;
    }
    const BigNumPtr serial(BN_bin2bn(bytes.data(), static_cast<int>(bytes.size()), nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate))) {
        *error = openSslError(QStringLiteral("cannot set the serial number"));
        return false;
    }
    return true;
}

// An unsigned v3 certificate for `subjectKey` named CN=`commonName`, issued by `issuerName` (nullptr: itself),
// valid from `now` for `validityDays`, with a random serial and no extensions yet.
X509Ptr newCertificate(const char *commonName, const X509_NAME *issuerName, EVP_PKEY *subjectKey, time_t now,
                       int validityDays, QString *error) {
    X509Ptr certificate(X509_new());
    const X509NamePtr subject(X509_NAME_new());
    if (!certificate || !subject) {
        *error = openSslError(QStringLiteral("cannot allocate a certificate"));
        return {};
    }
    if (!setRandomSerial(certificate.get(), error)) {
        return {};
    }
    X509 *raw = certificate.get();
    if (X509_set_version(raw, X509_VERSION_3) != 1 ||
        !X509_time_adj_ex(X509_getm_notBefore(raw), 0, -kBackdateSeconds, &now) ||
        !X509_time_adj_ex(X509_getm_notAfter(raw), validityDays, 0, &now) ||
        X509_NAME_add_entry_by_NID(subject.get(), NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0) != 1 ||
        X509_set_subject_name(raw, subject.get()) != 1 ||
        X509_set_issuer_name(raw, issuerName ? issuerName : subject.get()) != 1 ||
        X509_set_pubkey(raw, subjectKey) != 1) {
        *error = openSslError(QStringLiteral("cannot fill in the certificate for %1").arg(QLatin1String(commonName)));
        return {};
    }
    return certificate;
}

// Adds `extensions` in order; `issuer` nullptr means self-signed (for the key identifiers).
bool addExtensions(X509 *certificate, X509 *issuer, std::span<const Extension> extensions, QString *error) {
    X509V3_CTX context{};
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    for (const Extension &extension : extensions) {
        const X509ExtensionPtr made(X509V3_EXT_nconf_nid(nullptr, &context, extension.nid, extension.value));
        if (!made || X509_add_ext(certificate, made.get(), -1) != 1) {
            *error = openSslError(QStringLiteral("cannot add the extension %1 = %2")
                                      .arg(QLatin1String(OBJ_nid2sn(extension.nid)), QLatin1String(extension.value)));
            return false;
        }
    }
    return true;
}

bool sign(X509 *certificate, EVP_PKEY *issuerKey, QString *error) {
    if (X509_sign(certificate, issuerKey, EVP_sha256()) <= 0) {
        *error = openSslError(QStringLiteral("cannot sign the certificate"));
        return false;
    }
    return true;
}

Identity makeCa(time_t now, QString *error) {
    ERR_clear_error();
    PKeyPtr key = generateKey(error);
    if (!key) {
        return {};
    }
    X509Ptr certificate = newCertificate(kCaCommonName, nullptr, key.get(), now, kCaValidityDays, error);
    if (!certificate || !addExtensions(certificate.get(), nullptr, kCaExtensions, error) ||
        !sign(certificate.get(), key.get(), error)) {
        return {};
    }
    return {std::move(certificate), std::move(key)};
}

Identity makeServer(const Identity &ca, time_t now, QString *error) {
    ERR_clear_error();
    PKeyPtr key = generateKey(error);
    if (!key) {
        return {};
    }
    X509 *caCertificate = ca.certificate.get();
    X509Ptr certificate = newCertificate(kServerCommonName, X509_get_subject_name(caCertificate), key.get(), now,
                                         kServerValidityDays, error);
    if (!certificate || !addExtensions(certificate.get(), caCertificate, kServerExtensions, error)) {
        return {};
    }
    // Never valid beyond the CA that vouches for it.
    const ASN1_TIME *caNotAfter = X509_get0_notAfter(caCertificate);
    if (ASN1_TIME_compare(X509_get0_notAfter(certificate.get()), caNotAfter) > 0 &&
        X509_set1_notAfter(certificate.get(), caNotAfter) != 1) {
        *error = openSslError(QStringLiteral("cannot limit the server certificate to the CA's validity"));
        return {};
    }
    if (!sign(certificate.get(), ca.key.get(), error)) {
        return {};
    }
    return {std::move(certificate), std::move(key)};
}

// The PEM text `write` puts into a memory BIO; empty (and *error set) on failure.
template <typename Write>
QByteArray toPem(Write write, const QString &what, QString *error) {
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1) {
        *error = openSslError(QStringLiteral("cannot encode the %1 as PEM").arg(what));
        return {};
    }
    QByteArray pem(static_cast<qsizetype>(BIO_ctrl_pending(bio.get())), Qt::Uninitialized);
    if (pem.isEmpty() || BIO_read(bio.get(), pem.data(), static_cast<int>(pem.size())) != pem.size()) {
        *error = openSslError(QStringLiteral("cannot read back the PEM of the %1").arg(what));
        return {};
    }
    return pem;
}

// Replaces `path` atomically; a secret is 0600 before the first byte is written.
bool writeFile(const QString &path, const QByteArray &contents, bool secret, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (secret && !file.setPermissions(kPrivateKeyPermissions)) {
        *error = QStringLiteral("cannot restrict the permissions of %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// The key first: a crash between the two leaves a pair that does not match, which the next run makes anew.
bool writeIdentity(const Identity &identity, const QString &certificatePath, const QString &keyPath, QString *error) {
    const QByteArray certificatePem =
        toPem([&identity](BIO *bio) { return PEM_write_bio_X509(bio, identity.certificate.get()); },
              QStringLiteral("certificate"), error);
    if (certificatePem.isEmpty()) {
        return false;
    }
    const QByteArray keyPem = toPem(
        [&identity](BIO *bio) {
            return PEM_write_bio_PrivateKey(bio, identity.key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        },
        QStringLiteral("private key"), error);
    return !keyPem.isEmpty() && writeFile(keyPath, keyPem, true, error) &&
           writeFile(certificatePath, certificatePem, false, error);
}

// A key kept from an earlier run is tightened to 0600 too, should anything have loosened it.
bool restrictKeyPermissions(const QString &path, QString *error) {
    if (!(QFile::permissions(path) & kGroupOrOtherPermissions)) {
        return true;
    }
    if (!QFile::setPermissions(path, kPrivateKeyPermissions)) {
        *error = QStringLiteral("cannot restrict the permissions of %1").arg(path);
        return false;
    }
    return true;
}

bool ensure(const QString &dataDir, const QDateTime &now, TlsFiles *files, QString *error) {
    if (dataDir.isEmpty()) {
        *error = QStringLiteral("no directory given for the TLS certificates");
        return false;
    }
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create the directory %1").arg(dataDir);
        return false;
    }
    const QDir dir(dataDir);
    const TlsFiles paths{dir.absoluteFilePath(QStringLiteral("ca.pem")),
                         dir.absoluteFilePath(QStringLiteral("server.pem")),
                         dir.absoluteFilePath(QStringLiteral("server.key"))};
    const QString caKeyPath = dir.absoluteFilePath(QStringLiteral("ca.key"));
    const time_t clock = static_cast<time_t>(now.toSecsSinceEpoch());
    QString why;

    Identity ca = loadIdentity(paths.caCertificate, caKeyPath);
    const bool renewCa = !ca || !isUsableCa(ca, clock);
    if (renewCa) {
        ca = makeCa(clock, &why);
        if (!ca || !writeIdentity(ca, paths.caCertificate, caKeyPath, &why)) {
            *error = QStringLiteral("cannot create the local CA in %1: %2").arg(dir.absolutePath(), why);
            return false;
        }
    } else if (!restrictKeyPermissions(caKeyPath, error)) {
        return false;
    }

    const Identity server = renewCa ? Identity{} : loadIdentity(paths.serverCertificate, paths.serverKey);
    if (!server || !isUsableServer(server, ca, clock)) {
        const Identity made = makeServer(ca, clock, &why);
        if (!made || !writeIdentity(made, paths.serverCertificate, paths.serverKey, &why)) {
            *error = QStringLiteral("cannot create the server certificate in %1: %2").arg(dir.absolutePath(), why);
            return false;
        }
    } else if (!restrictKeyPermissions(paths.serverKey, error)) {
        return false;
    }

    ERR_clear_error();
    if (files) {
        *files = paths;
    }
    return true;
}

} // namespace

namespace detail {

bool ensureLocalCertificatesAt(const QString &dataDir, const QDateTime &now, TlsFiles *files, QString *error) {
    QString why;
    const bool ensured = ensure(dataDir, now, files, &why);
    if (!ensured && error) {
        *error = why;
    }
    return ensured;
}

} // namespace detail

bool ensureLocalCertificates(const QString &dataDir, TlsFiles *files, QString *error) {
    return detail::ensureLocalCertificatesAt(dataDir, QDateTime::currentDateTimeUtc(), files, error);
}

} // namespace corpcare::server::security
