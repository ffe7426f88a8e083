#include "api/itemization_loader.h"

#include "api/finance_loaders.h"
#include "api/itemization_csv.h"
#include "api/paged_list_loader.h"
#include "api/session.h"
#include "domain/json/paths.h"

#include <utility>

namespace corpcare::api {

namespace {

QVariant parseCsvPage(const QByteArray &body, QString *error, qint64 *rows) {
    domain::ItemizationPage page = parseItemizationCsv(body, error);
    *rows = page.size();
    return error->isEmpty() ? QVariant::fromValue(std::move(page)) : QVariant();
}

// The months of the period, each cut to the period: [Aug 15, Sep 1), [Sep 1, Oct 1), ...
std::vector<domain::Period> monthsWithin(const domain::Period &period) {
    std::vector<domain::Period> months;
    for (const QDate &month : domain::monthsOf(period)) {
        months.push_back({qMax(month, period.start), qMin(month.addMonths(1), period.end)});
    }
    return months;
}

} // namespace

ItemizationLoader::ItemizationLoader(Session *session, QStringList accountIds, QStringList productIds,
                                     const domain::Period &period, QObject *parent)
    : QObject(parent), m_session(session), m_accountIds(std::move(accountIds)), m_productIds(std::move(productIds)) {
    qRegisterMetaType<corpcare::api::ApiError>();
    qRegisterMetaType<corpcare::domain::ItemizationPage>();
    for (const domain::Period &month : monthsWithin(period)) {
        m_walks.push_back(Walk{month, nullptr, {}, -1, false});
    }
}

ItemizationLoader::~ItemizationLoader() = default;

QString ItemizationLoader::monthQuery(int walk) const {
    const domain::Period &month = m_walks.at(size_t(walk)).period;
    return domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate) +
           filterQuery(chargesOfPeriodFilters(m_accountIds, m_productIds, month));
}

qint64 ItemizationLoader::total() const {
    qint64 sum = 0;
    for (const Walk &walk : m_walks) {
        if (walk.total < 0) {
            return -1;
        }
        sum += walk.total;
    }
    return sum;
}

void ItemizationLoader::start() {
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_session) {
        finish(ApiError{ApiError::Kind::Network, 0, {}, tr("There is no connection to a server."), {}});
        return;
    }
    if (m_walks.empty()) { // an empty period: nothing to load
        finish({});
        return;
    }
    startWalks();
}

void ItemizationLoader::cancel() {
    m_started = true;
    finish(ApiError::cancelled());
}

void ItemizationLoader::startWalks() {
    const QPointer<ItemizationLoader> self(this); // a walk may fail at once and end us
    while (self && !m_finished && m_running < m_parallel && m_nextStart < m_walks.size()) {
        const int index = int(m_nextStart++);
        auto *loader = new PagedListLoader(m_session, monthQuery(index), &parseCsvPage, this);
        loader->setAccept(QByteArrayLiteral("text/csv"));
        loader->setKeysetPaging(true);
        loader->setPageSize(m_pageSize);
        m_walks[size_t(index)].loader = loader;
        ++m_running;
        connect(loader, &PagedListLoader::pageReady, this,
                [this, index](qint64, const QVariant &page) { onWalkPage(index, page); });
        connect(loader, &PagedListLoader::finished, this,
                [this, index](const ApiError &error) { onWalkFinished(index, error); });
        loader->start();
    }
}

void ItemizationLoader::onWalkPage(int index, const QVariant &value) {
    if (m_finished) {
        return;
    }
    Walk &walk = m_walks[size_t(index)];
    if (walk.total < 0) {
        walk.total = walk.loader->total();
    }
    const auto &page = *static_cast<const domain::ItemizationPage *>(value.constData());
    if (size_t(index) == m_current && walk.waiting.isEmpty()) {
        emitPage(page);
    } else {
        walk.waiting.append(page);
    }
}

void ItemizationLoader::onWalkFinished(int index, const ApiError &error) {
    if (m_finished) {
        return;
    }
    if (error.isError()) {
        finish(error);
        return;
    }
    Walk &walk = m_walks[size_t(index)];
    walk.done = true;
    walk.total = walk.loader->loaded(); // exact now, also for a month without lines
    walk.loader->deleteLater();
    walk.loader = nullptr;
    --m_running;
    startWalks();
    if (!m_finished && size_t(index) == m_current) {
        scheduleDelivery();
    }
}

void ItemizationLoader::scheduleDelivery() {
    if (!m_deliveryQueued) {
        m_deliveryQueued = true;
        QMetaObject::invokeMethod(this, &ItemizationLoader::deliverWaiting, Qt::QueuedConnection);
    }
}

// The current walk is complete: the next one's waiting pages go out, ONE per pass of the event loop
// (a month's worth of pages appended at once held the window for 40 ms and more), then its later
// pages as they come; the end when the last walk is complete and delivered.
void ItemizationLoader::deliverWaiting() {
    m_deliveryQueued = false;
    if (m_finished) {
        return;
    }
    while (m_current < m_walks.size() && m_walks[m_current].done && m_walks[m_current].waiting.isEmpty()) {
        ++m_current;
    }
    if (m_current == m_walks.size()) {
        finish({});
        return;
    }
    Walk &walk = m_walks[m_current];
    if (walk.waiting.isEmpty()) {
        return; // its pages go out as they come
    }
    const QPointer<ItemizationLoader> self(this);
    emitPage(walk.waiting.takeFirst());
    if (self && !m_finished) {
        scheduleDelivery();
    }
}

void ItemizationLoader::emitPage(const domain::ItemizationPage &page) {
    const QPointer<ItemizationLoader> self(this); // a slot may cancel or delete us
    m_loaded += page.size();
    emit pageReady(page);
    if (self && !m_finished) {
        emit progress(m_loaded, total());
    }
}

void ItemizationLoader::finish(const ApiError &error) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    for (Walk &walk : m_walks) {
        if (walk.loader) {
            disconnect(walk.loader, nullptr, this, nullptr);
            walk.loader->cancel();
            walk.loader->deleteLater();
            walk.loader = nullptr;
        }
        walk.waiting.clear();
    }
    emit finished(error);
}

ItemizationLoader *loadItemizationRows(Session *session, const QStringList &accountIds, const QStringList &productIds,
                                       const domain::Period &period, QObject *parent) {
    return new ItemizationLoader(session, accountIds, productIds, period, parent);
}

} // namespace corpcare::api
