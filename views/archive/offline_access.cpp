#include "views/archive/offline_access.h"

#include "api/session.h"
#include "store/archive_network.h"

namespace corpcare::views {

using api::secrets::SavedConnection;

namespace {
// What the archive covers: the downloads' periods, overlapping or adjacent ones joined.
QList<domain::Period> periodsOf(const store::ArchiveSummary &summary) {
    QList<domain::Period> periods;
    for (const store::ArchiveDownload &download : summary.downloads) {
        if (download.period.isValid()) {
            periods.append(download.period);
        }
    }
    std::sort(periods.begin(), periods.end(),
              [](const domain::Period &a, const domain::Period &b) { return a.start < b.start; });
    QList<domain::Period> joined;
    for (const domain::Period &period : std::as_const(periods)) {
        if (!joined.isEmpty() && period.start <= joined.last().end) {
            joined.last().end = qMax(joined.last().end, period.end);
        } else {
            joined.append(period);
        }
    }
    return joined;
}
} // namespace

OfflineAccess::OfflineAccess(QString directory, QObject *parent) : QObject(parent), m_directory(std::move(directory)) {}

OfflineAccess::~OfflineAccess() {
    delete m_network.data();
}

store::Archive *OfflineAccess::archive() const {
    return m_network ? m_network->archive() : m_archive.get();
}

store::ArchiveOwner OfflineAccess::ownerOf(const SavedConnection &connection) {
    // The demo server listens on a new port each time: its archive is the demo's, whatever the port.
    return {connection.isDemo ? QStringLiteral("demo") : connection.baseUrl.toString(QUrl::StripTrailingSlash),
            connection.login};
}

std::optional<store::ArchiveSummary> OfflineAccess::summaryOf(const SavedConnection &connection) const {
    return store::Archive::summaryOf(store::Archive::pathFor(m_directory, ownerOf(connection)));
}

void OfflineAccess::signedInOnline(const SavedConnection &connection, const QString &password) {
    if (m_archive && ownerOf(connection).login == m_archive->owner().login &&
        ownerOf(connection).connection == m_archive->owner().connection && password == m_password) {
        return;
    }
    if (m_network) {
        m_network->deleteLater();
    }
    m_archive.reset();
    m_connection = connection;
    m_password = password;
    m_offline = false;
}

store::Archive *OfflineAccess::archiveToRead(QString *error) {
    if (store::Archive *open = archive()) {
        return open;
    }
    const store::ArchiveOwner owner = ownerOf(m_connection);
    auto result = store::Archive::OpenResult::Failed;
    m_archive =
        store::Archive::open(store::Archive::pathFor(m_directory, owner), owner, m_password, false, &result, error);
    return m_archive.get();
}

store::Archive *OfflineAccess::archiveForDownload(QString *error, bool *replaced) {
    *replaced = false;
    if (m_archive) {
        return m_archive.get();
    }
    const store::ArchiveOwner owner = ownerOf(m_connection);
    const QString path = store::Archive::pathFor(m_directory, owner);
    auto result = store::Archive::OpenResult::Failed;
    m_archive = store::Archive::open(path, owner, m_password, true, &result, error);
    if (result == store::Archive::OpenResult::WrongPassword) {
        // The server took this password just now, so the archive was made with an older one; what it
        // holds can no longer be opened by anyone: it is made anew.
        store::Archive::remove(path);
        *replaced = true;
        m_archive = store::Archive::open(path, owner, m_password, true, &result, error);
    }
    return m_archive.get();
}

bool OfflineAccess::goOffline(api::Session *session, const SavedConnection &connection, const QString &password,
                              QString *error) {
    const store::ArchiveOwner owner = ownerOf(connection);
    auto result = store::Archive::OpenResult::Failed;
    auto archive =
        store::Archive::open(store::Archive::pathFor(m_directory, owner), owner, password, false, &result, error);
    if (!archive) {
        return false;
    }
    const store::ArchiveSummary summary = archive->summary();
    reset(session);
    m_connection = connection;
    m_password = password;
    m_asOf = summary.asOf;
    m_periods = periodsOf(summary);
    m_network = new store::ArchiveNetwork(std::move(archive));
    session->accessManager()->setOfflineNetwork(m_network);
    m_offline = true;
    return true;
}

void OfflineAccess::reset(api::Session *session) {
    session->accessManager()->setOfflineNetwork(nullptr);
    if (m_network) {
        m_network->deleteLater(); // replies of a load being cancelled may still be delivered
    }
    m_archive.reset();
    m_password.clear();
    m_offline = false;
    m_asOf = {};
    m_periods.clear();
}

} // namespace corpcare::views
