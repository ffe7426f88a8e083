#include "models/paced_appender.h"

#include "models/company_data.h"

namespace corpcare::models {

PacedAppender::PacedAppender(CompanyData *data, int slice, QObject *parent)
    : QObject(parent), m_data(data), m_slice(qMax(1, slice)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PacedAppender::appendSlice);
}

void PacedAppender::push(const QList<domain::ServiceUser> &users) {
    if (users.isEmpty()) {
        return;
    }
    m_backlog += users;
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void PacedAppender::clear() {
    m_timer.stop();
    m_backlog.clear();
    m_next = 0;
}

void PacedAppender::appendSlice() {
    const qsizetype count = qMin<qsizetype>(m_slice, m_backlog.size() - m_next);
    if (count > 0) {
        m_data->appendServiceUsers(m_backlog.mid(m_next, count));
        m_next += count;
    }
    if (m_next < m_backlog.size()) {
        m_timer.start();
        return;
    }
    m_backlog.clear();
    m_next = 0;
    emit drained();
}

} // namespace corpcare::models
