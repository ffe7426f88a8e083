#pragma once

#include "domain/product.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace corpcare::models {

class CompanyData;

// Hands service users to CompanyData a slice at a time, one slice per pass of the event loop. Pages
// arrive 1,000 lines at once; appending them whole keeps the GUI thread busy for tens of
// milliseconds, and on a busy machine the scheduler stretches that further. Small slices keep every
// event short, so input and painting get their turn in between.
class PacedAppender : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultSlice = 200;

    explicit PacedAppender(CompanyData *data, int slice = kDefaultSlice, QObject *parent = nullptr);

    void push(const QList<domain::ServiceUser> &users);
    void clear(); // drops what has not been appended yet
    bool isIdle() const { return m_backlog.isEmpty(); }
    qsizetype pending() const { return m_backlog.size() - m_next; }

signals:
    void drained(); // everything pushed so far is in CompanyData

private:
    void appendSlice();

    CompanyData *m_data;
    int m_slice;
    QList<domain::ServiceUser> m_backlog;
    qsizetype m_next = 0; // first element of m_backlog not appended yet
    QTimer m_timer;
};

} // namespace corpcare::models
