#include "views/common/service_user_fetch.h"

#include "api/service_user_filters.h"
#include "models/company_data.h"

namespace corpcare::views {

ServiceUserFetch::ServiceUserFetch(api::Session *session, models::CompanyData *data, QList<api::Filters> queries,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_data(data), m_queries(std::move(queries)) {}

ServiceUserFetch::~ServiceUserFetch() {
    if (m_loader) {
        m_loader->disconnect(this); // nothing is said from an object being destroyed
        m_loader->cancel();
    }
}

void ServiceUserFetch::start() {
    startNext();
}

void ServiceUserFetch::cancel() {
    if (m_finished) {
        return;
    }
    if (m_loader) {
        m_loader->disconnect(this);
        m_loader->cancel();
        m_loader->deleteLater();
    }
    finish(api::ApiError::cancelled());
}

void ServiceUserFetch::startNext() {
    if (m_next >= m_queries.size()) {
        finish({});
        return;
    }
    m_loader = api::loadServiceUsers(m_session, m_queries.at(m_next++), this);
    api::PagedListLoader *loader = m_loader;
    connect(loader, &api::PagedListLoader::pageReady, this, [this](qint64, const QVariant &page) {
        const auto lines = page.value<QList<domain::ServiceUser>>();
        m_data->mergeServiceUsers(lines);
        m_fetched += lines.size();
        emit progress(m_fetched);
    });
    connect(loader, &api::PagedListLoader::finished, this, [this, loader](const api::ApiError &error) {
        loader->deleteLater();
        if (error.isError()) {
            finish(error);
        } else {
            startNext();
        }
    });
    loader->start();
}

void ServiceUserFetch::finish(const api::ApiError &error) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(error);
}

} // namespace corpcare::views
