#pragma once

#include "api/api_error.h"
#include "api/resource_loaders.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace corpcare::api {
class Session;
}
namespace corpcare::models {
class CompanyData;
}

namespace corpcare::views {

// Reads service users from the server by filters and merges each page into CompanyData as it arrives
// (mergeServiceUsers: a line already loaded is replaced where it stands, another is added). Used for
// the lines a group operation changed and for a search run on the server while the list is not all
// loaded. Several filter sets (an id list cut into chunks) are read one after another; finished()
// comes once, with the first error or none. Deleting it cancels what is still on the wire.
class ServiceUserFetch : public QObject {
    Q_OBJECT
public:
    ServiceUserFetch(api::Session *session, models::CompanyData *data, QList<api::Filters> queries,
                     QObject *parent = nullptr);
    ~ServiceUserFetch() override;

    void start();
    void cancel(); // finished() with a cancelled error, unless it had finished
    bool isFinished() const { return m_finished; }
    qint64 fetched() const { return m_fetched; }

signals:
    void progress(qint64 fetched);
    void finished(const corpcare::api::ApiError &error);

private:
    void startNext();
    void finish(const api::ApiError &error);

    api::Session *m_session;
    models::CompanyData *m_data;
    QList<api::Filters> m_queries;
    qsizetype m_next = 0;
    QPointer<api::PagedListLoader> m_loader;
    qint64 m_fetched = 0;
    bool m_finished = false;
};

} // namespace corpcare::views
