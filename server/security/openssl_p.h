#pragma once

// Private to server/security: RAII owners for libcrypto objects and the error text of the OpenSSL error queue.

#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace corpcare::server::security::detail {

template <auto Free>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *object) const noexcept {
        Free(object);
    }
};

template <typename T, auto Free>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<Free>>;

using Asn1TimePtr = OpenSslPtr<ASN1_TIME, ASN1_TIME_free>;
using BigNumPtr = OpenSslPtr<BIGNUM, BN_free>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using PKeyContextPtr = OpenSslPtr<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using PKeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using X509ExtensionPtr = OpenSslPtr<X509_EXTENSION, X509_EXTENSION_free>;
using X509NamePtr = OpenSslPtr<X509_NAME, X509_NAME_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using X509StoreContextPtr = OpenSslPtr<X509_STORE_CTX, X509_STORE_CTX_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, X509_STORE_free>;

// "<what>: <every error in this thread's OpenSSL queue>"; empties the queue.
inline QString openSslError(const QString &what) {
    QString message = what;
    bool first = true;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        message += (first ? QLatin1String(": ") : QLatin1String("; ")) + QString::fromLatin1(text);
        first = false;
    }
    return message;
}

} // namespace corpcare::server::security::detail
