#pragma once

#include <QByteArray>

namespace corpcare::server::security {

// A new bearer token: 32 random bytes from the OS CSPRNG, base64url without padding (43 characters).
// Never empty: if the CSPRNG fails the process aborts (qFatal) rather than hand out a guessable token.
QByteArray newBearerToken();

// What the server stores of a token: its SHA-256 (raw 32 bytes). A stolen database reveals no token.
QByteArray tokenDigest(const QByteArray &token);

} // namespace corpcare::server::security
