#pragma once

#include "server/delivery/smtp_client.h"
#include "server/store/wakeable_thread.h"

#include <QString>

namespace corpcare::server::store {
class Database;
}

namespace corpcare::server::delivery {

struct DeliveryOptions {
    SmtpRelay relay; // not set: every delivery fails with that reason
    QString faxPattern = QStringLiteral("{number}@fax.corpcare.test");
    QString from = QStringLiteral("reports@corpcare.test");
    int scheduleCheckSeconds = 60;
    QString currency = QStringLiteral("RUB");
};

// What a delivery is called: its subject and its attachment's name; nullopt when the account or the bill
// does not exist.
struct DeliveryTitle {
    QString subject;
    QString attachmentName;
};
std::optional<DeliveryTitle> titleOf(store::Database &db, const domain::ReportReference &report,
                                     domain::ReportFormat format, const QString &currency);

// Makes a run for each bill that is new to an active schedule, as the schedule's owner (his scope and
// permission as they are now: a run he may no longer make fails with that reason). Each bill once per
// schedule, also across restarts. Answers the number of runs made.
int checkSchedules(store::Database &db, const DeliveryOptions &options, qint64 nowMs);

// Makes the file of each delivery with queued receivers and hands it to the relay; the receivers'
// states and an audit record land in one transaction. Blocking: the worker's thread.
void sendQueued(store::Database &db, const DeliveryOptions &options);

// The thread that sends deliveries off the HTTP threads and checks the schedules, at start and every
// scheduleCheckSeconds, on its own connection. It picks up what a previous run left queued.
class DeliveryWorker {
public:
    DeliveryWorker(QString databasePath, DeliveryOptions options);
    ~DeliveryWorker(); // stops and joins
    DeliveryWorker(const DeliveryWorker &) = delete;
    DeliveryWorker &operator=(const DeliveryWorker &) = delete;

    void start();
    void wake(); // a new delivery or schedule is there
    void stop();

private:
    void run();

    QString m_path;
    DeliveryOptions m_options;
    store::WakeableThread m_thread;
};

} // namespace corpcare::server::delivery
