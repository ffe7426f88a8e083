#include "server/security/password_hash.h"

#include "server/security/openssl_p.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <limits>
#include <optional>

namespace corpcare::server::security {

namespace {

// OWASP (2021) for PBKDF2-HMAC-SHA256. One hash at this cost takes about 71-74 ms on the development machine
// (one core of an AMD EPYC VM, Debian 12, OpenSSL 3.0.19); a login costs one hash, so this is also the
// CPU a wrong-password attempt costs the server.
constexpr int kDefaultIterations = 310000;
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10000000;
constexpr qsizetype kMaxIterationDigits = 8; // kMaxIterations has 8 digits
constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kHashBytes = 32;
constexpr QLatin1String kScheme("pbkdf2-sha256");
constexpr QChar kSeparator = u'$';

bool isValidIterations(int iterations) {
    return iterations >= kMinIterations && iterations <= kMaxIterations;
}

// PBKDF2-HMAC-SHA256 of the password's UTF-8; empty on failure.
QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations) {
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max()) {
        return {};
    }
    QByteArray hash(kHashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(hash.size()),
                          reinterpret_cast<unsigned char *>(hash.data())) != 1) {
        ERR_clear_error();
        return {};
    }
    return hash;
}

// Decimal without sign, spaces or leading zeros, within [kMinIterations, kMaxIterations].
std::optional<int> parseIterations(const QString &text) {
    if (text.isEmpty() || text.size() > kMaxIterationDigits || text.front() == u'0') {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    const int iterations = text.toInt();
    return isValidIterations(iterations) ? std::optional<int>(iterations) : std::nullopt;
}

// Canonical standard base64 (with padding) of exactly `size` bytes.
std::optional<QByteArray> parseBase64(const QString &text, qsizetype size) {
    const QByteArray ascii = text.toLatin1(); // anything beyond Latin-1 becomes '?', which is no base64
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != ascii) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace

QString hashPassword(const QString &password) {
    return hashPassword(password, kDefaultIterations);
}

QString hashPassword(const QString &password, int iterations) {
    if (!isValidIterations(iterations)) {
        return {};
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), static_cast<int>(salt.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    const QByteArray hash = pbkdf2(password, salt, iterations);
    if (hash.isEmpty()) {
        return {};
    }
    return kScheme + kSeparator + QString::number(iterations) + kSeparator + QString::fromLatin1(salt.toBase64()) +
           kSeparator + QString::fromLatin1(hash.toBase64());
}

bool verifyPassword(const QString &password, const QString &encoded) {
    const QStringList fields = encoded.split(kSeparator);
    if (fields.size() != 4 || fields.at(0) != kScheme) {
        return false;
    }
    const std::optional<int> iterations = parseIterations(fields.at(1));
    const std::optional<QByteArray> salt = parseBase64(fields.at(2), kSaltBytes);
    const std::optional<QByteArray> expected = parseBase64(fields.at(3), kHashBytes);
    if (!iterations || !salt || !expected) {
        return false;
    }
    const QByteArray actual = pbkdf2(password, *salt, *iterations);
    return actual.size() == kHashBytes && CRYPTO_memcmp(actual.constData(), expected->constData(), kHashBytes) == 0;
}

} // namespace corpcare::server::security
