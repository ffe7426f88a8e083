#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The offline archive's secrecy (issue 7): another person at the same computer must not read a portal
// user's archive without his password. Every record is sealed with AES-256-GCM under a random data key;
// the data key is stored wrapped (sealed again) under a key derived from the password with
// PBKDF2-HMAC-SHA256. A wrong password fails to unwrap it: that is the offline sign-in check.
namespace corpcare::store::crypto {

inline constexpr int kKeyBytes = 32;
inline constexpr int kSaltBytes = 16;
inline constexpr int kDefaultIterations = 200'000;

// Random bytes from OpenSSL's generator; empty when it fails.
QByteArray randomBytes(int count);

// The key-encryption key of a password (UTF-8) and salt.
QByteArray deriveKey(const QString &password, const QByteArray &salt, int iterations);

// nonce (12) + ciphertext + tag (16). `associated` is authenticated, not stored: a record sealed for
// one (kind, id) does not open as another. Empty on failure (only when OpenSSL itself fails).
QByteArray seal(const QByteArray &key, QByteArrayView plain, QByteArrayView associated = {});
// The plain text, or nothing when the key is wrong or the bytes were changed.
std::optional<QByteArray> open(const QByteArray &key, QByteArrayView sealed, QByteArrayView associated = {});

} // namespace corpcare::store::crypto
