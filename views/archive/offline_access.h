#pragma once

#include "api/secrets/connection_store.h"
#include "store/archive.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace corpcare::api {
class Session;
}

namespace corpcare::store {
class ArchiveNetwork;
}

namespace corpcare::views {

// The client's side of the offline archive (issue 7): which archive belongs to a connection and user,
// opening it for a download while signed in, and working offline — the session then talks to the
// archive (store::ArchiveNetwork) instead of the server, so every window works as it does online.
class OfflineAccess : public QObject {
    Q_OBJECT
public:
    explicit OfflineAccess(QString directory = store::Archive::defaultDirectory(), QObject *parent = nullptr);
    ~OfflineAccess() override;

    static store::ArchiveOwner ownerOf(const api::secrets::SavedConnection &connection);
    std::optional<store::ArchiveSummary> summaryOf(const api::secrets::SavedConnection &connection) const;
    // The archive of the signed-in connection and user.
    std::optional<store::ArchiveSummary> currentSummary() const { return summaryOf(m_connection); }

    // Signed in to the server: the password opens (or makes) the user's archive when he downloads.
    void signedInOnline(const api::secrets::SavedConnection &connection, const QString &password);
    // The archive to read (offline: the one worked on; online: the user's, opened with his password).
    store::Archive *archiveToRead(QString *error);
    // The archive to download into; an archive made with an older password is made anew (*replaced).
    store::Archive *archiveForDownload(QString *error, bool *replaced);

    // Points the session at the archive; false (and *error: no archive, wrong password) leaves it as it was.
    bool goOffline(api::Session *session, const api::secrets::SavedConnection &connection, const QString &password,
                   QString *error);
    // Signing out or in again: back to the network, the archive closed and the password forgotten.
    void reset(api::Session *session);

    bool isOffline() const { return m_offline; }
    QDateTime asOf() const { return m_asOf; }
    // The periods the archive holds (finished downloads first merged where they touch), oldest first.
    QList<domain::Period> periods() const { return m_periods; }
    store::Archive *archive() const;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    api::secrets::SavedConnection m_connection;
    QString m_password;
    std::unique_ptr<store::Archive> m_archive; // online, for downloads
    QPointer<store::ArchiveNetwork> m_network; // offline: it owns the archive it answers from
    bool m_offline = false;
    QDateTime m_asOf;
    QList<domain::Period> m_periods;
};

} // namespace corpcare::views
