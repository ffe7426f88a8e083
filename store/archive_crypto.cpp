#include "store/archive_crypto.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace corpcare::store::crypto {

namespace {

constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view) {
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(QByteArray &array) {
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1) {
        return {};
    }
    return out;
}

QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations) {
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), bytes(salt), int(salt.size()), iterations, EVP_sha256(),
                          kKeyBytes, bytes(key)) != 1) {
        return {};
    }
    return key;
}

QByteArray seal(const QByteArray &key, QByteArrayView plain, QByteArrayView associated) {
    if (key.size() != kKeyBytes) {
        return {};
    }
    QByteArray out = randomBytes(kNonceBytes);
    if (out.isEmpty()) {
        return {};
    }
    out.resize(kNonceBytes + plain.size() + kTagBytes);
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int ignored = 0;
    unsigned char *nonce = bytes(out);
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), nonce) != 1 ||
        (!associated.isEmpty() &&
         EVP_EncryptUpdate(context.get(), nullptr, &ignored, bytes(associated), int(associated.size())) != 1) ||
        EVP_EncryptUpdate(context.get(), nonce + kNonceBytes, &written, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), nonce + kNonceBytes + written, &ignored) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, nonce + kNonceBytes + plain.size()) != 1) {
        return {};
    }
    return out;
}

std::optional<QByteArray> open(const QByteArray &key, QByteArrayView sealed, QByteArrayView associated) {
    if (key.size() != kKeyBytes || sealed.size() < kNonceBytes + kTagBytes) {
        return std::nullopt;
    }
    const qsizetype plainSize = sealed.size() - kNonceBytes - kTagBytes;
    QByteArray plain(plainSize, Qt::Uninitialized);
    QByteArray tag(sealed.sliced(kNonceBytes + plainSize).toByteArray());
    const CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int ignored = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed)) != 1 ||
        (!associated.isEmpty() &&
         EVP_DecryptUpdate(context.get(), nullptr, &ignored, bytes(associated), int(associated.size())) != 1) ||
        EVP_DecryptUpdate(context.get(), bytes(plain), &written, bytes(sealed) + kNonceBytes, int(plainSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plain) + written, &ignored) != 1) {
        return std::nullopt;
    }
    return plain;
}

} // namespace corpcare::store::crypto
