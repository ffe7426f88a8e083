#include "server/security/token.h"

#include "server/security/openssl_p.h"

#include <QCryptographicHash>
#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace corpcare::server::security {

namespace {

constexpr qsizetype kTokenBytes = 32;

} // namespace

QByteArray newBearerToken() {
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), static_cast<int>(random.size())) != 1) {
        // No fallback: a token from a broken CSPRNG is guessable, and an empty one might be accepted somewhere.
        qFatal("%s", qPrintable(detail::openSslError(QStringLiteral("the OS random number generator failed"))));
    }
    const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    OPENSSL_cleanse(random.data(), static_cast<size_t>(random.size()));
    return token;
}

QByteArray tokenDigest(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace corpcare::server::security
