#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace corpcare::store {

class Archive;

// An HTTP answer made from the archive.
struct ArchiveAnswer {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// Answers a GET of the profile (docs/api-profile.md) from the archive, as the server would have
// answered it when the data was downloaded: lists with the profile's filters, offset / limit paging
// with X-Total-Count, keyset paging (id.gt and the Link header), single items by id, `me`, and
// itemization as text/csv. Offline the user may only look: `me` keeps the permissions to view.
// A filter or resource the archive cannot answer gets a TMF error that says so, never a wrong list.
// `path` starts at "/tmf-api/" or "/corporate/"; `fullPath` is what the request named (for links).
// Runs on the archive's thread.
ArchiveAnswer answerFromArchive(Archive &archive, const QString &path, const QString &fullPath, const QUrlQuery &query,
                                bool csv);

// The TMF error of a request that needs the server (writes, and what was not downloaded).
ArchiveAnswer offlineRefusal(const QString &what);

// The resources the archive answers for (their collection paths).
const QStringList &archivedKinds();

} // namespace corpcare::store
