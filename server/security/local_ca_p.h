#pragma once

// Private to server/security and its tests: ensureLocalCertificates() with an injected clock.

#include "server/security/local_ca.h"

#include <QDateTime>

namespace corpcare::server::security::detail {

// What ensureLocalCertificates() does, as if the clock read `now`: existing certificates are judged at `now`
// and new ones are dated from it. ensureLocalCertificates() calls it with the current time.
bool ensureLocalCertificatesAt(const QString &dataDir, const QDateTime &now, TlsFiles *files, QString *error);

} // namespace corpcare::server::security::detail
