#pragma once

#include "api/api_error.h"
#include "domain/period.h"
#include "store/archive.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace corpcare::api {
class PagedListLoader;
class Session;
} // namespace corpcare::api

namespace corpcare::store {

// "Download for offline" (issue 7): reads, for the chosen accounts (none: every account the user sees)
// and period, the company's lists as of now (departments, people, accounts, lines, tariffs, thresholds,
// news, who the user is), then month by month the bills, itemization, payments and usage records, the
// charges since the last bill and the comments, and files each step in the archive in one transaction.
//
// A download that stopped (cancelled, failed, or the program killed) resumes at its first step not
// done when the same accounts and period are asked for again; a finished period downloaded again is
// read anew and replaces its records, never duplicates them.
class ArchiveDownloader : public QObject {
    Q_OBJECT

public:
    ArchiveDownloader(api::Session *session, Archive *archive, QStringList accounts, const domain::Period &period,
                      QObject *parent = nullptr);
    ~ArchiveDownloader() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    int stepsSkipped() const; // done by an earlier, interrupted download

    static constexpr int kUsageProductsPerRequest = 100; // the profile's limit for usage's product.id

signals:
    // `step` names what is being read; records counts every record filed so far by this download.
    void progress(const QString &step, int stepsDone, int stepsTotal, qint64 records);
    // Kind::None when every step is in the archive; Cancelled after cancel(); else the first failure.
    void finished(const corpcare::api::ApiError &error);

private:
    struct Step {
        Step(QString key_, QString label_, QString kind_, QString pathAndQuery_, bool keyset_ = false,
             bool single_ = false)
            : key(std::move(key_)), label(std::move(label_)), kind(std::move(kind_)),
              pathAndQuery(std::move(pathAndQuery_)), keyset(keyset_), single(single_) {}
        QString key;   // recorded in the archive when done
        QString label; // shown
        QString kind;  // the archive's kind (a collection path)
        QString pathAndQuery;
        bool keyset = false;
        bool single = false; // one object, not a list (me)
    };

    void planLists();
    void readLinesThenPlan();
    void planPeriod(const QStringList &products, const QStringList &accounts);
    void next();
    void runStep(const Step &step);
    void store(const Step &step, const QList<ArchiveRecord> &records);
    void finish(const api::ApiError &error);

    QPointer<api::Session> m_session;
    Archive *m_archive;
    QStringList m_accounts;
    domain::Period m_period;
    ArchiveDownload m_download;
    QList<Step> m_steps;
    bool m_periodPlanned = false;
    int m_done = 0;
    int m_skipped = 0;
    qint64 m_records = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    QPointer<QObject> m_current; // the job or loader of the running step
};

} // namespace corpcare::store
