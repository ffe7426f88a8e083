#pragma once

#include <QString>

namespace corpcare::server::security {

// Salted slow hash for portal users' passwords: PBKDF2-HMAC-SHA256 with a random 16-byte salt,
// encoded as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" so the cost can rise later.
// The password is hashed as UTF-8, without Unicode normalization. The default cost is 310,000 iterations.
// Returns an empty string (which verifyPassword() never accepts) when iterations is outside [1000, 10,000,000]
// or the random generator fails.
QString hashPassword(const QString &password);
QString hashPassword(const QString &password, int iterations);

// Constant-time comparison; false for a malformed encoding: another scheme, iterations outside
// [1000, 10,000,000] or not plain decimal, salt not 16 or hash not 32 bytes of canonical padded base64.
bool verifyPassword(const QString &password, const QString &encoded);

} // namespace corpcare::server::security
