#pragma once

#include <QString>

namespace corpcare::server::security {

// The files of the server's TLS identity, all PEM.
struct TlsFiles {
    QString caCertificate;     // ca.pem: what clients trust
    QString serverCertificate; // server.pem: signed by the CA, for 127.0.0.1, ::1 and localhost
    QString serverKey;         // server.key (mode 0600)
};

// Makes sure dataDir holds a local CA (ca.pem, ca.key; 10 years) and a server certificate signed by it
// (server.pem, server.key; 2 years; subjectAltName IP:127.0.0.1, IP:::1, DNS:localhost). Existing files
// are kept while they load and the server certificate is valid for at least 30 more days; otherwise
// the server certificate is made anew (and the CA too when it is missing or unreadable). Files are
// written atomically; private keys are created with mode 0600. On failure returns false and says why.
// Keys are EC P-256. `files` (absolute paths) is set only on success; `files` and `error` may be null.
// The server certificate is renewed too when it does not chain to ca.pem, its key does not match, or it does not
// name all three hosts; the CA also when its key does not match or it has fewer than 30 days left. A key file kept
// from before is tightened to 0600. Not thread-safe for the same dataDir.
bool ensureLocalCertificates(const QString &dataDir, TlsFiles *files, QString *error);

} // namespace corpcare::server::security
