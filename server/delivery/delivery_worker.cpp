#include "server/delivery/delivery_worker.h"

#include "domain/json/delivery_json.h"
#include "domain/portal_user.h"
#include "server/auth/authenticator.h"
#include "server/delivery/delivery_store.h"
#include "server/delivery/report_table.h"
#include "server/store/audit_log.h"
#include "server/store/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcDelivery, "corpcare.server.delivery")

namespace corpcare::server::delivery {

using domain::ReceiverState;
namespace json = domain::json;

namespace {

QString loginOf(store::Database &db, qint64 userId) {
    return db.scalar(QStringLiteral("SELECT login FROM portal_user WHERE id = ?"), {userId}).toString();
}

QJsonObject receiversAudit(const domain::ReportDelivery &delivery) {
    QJsonArray receivers;
    for (const domain::DeliveryReceiver &receiver : delivery.receivers) {
        QJsonObject entry{{QStringLiteral("email"), receiver.email},
                          {QStringLiteral("deliveryState"), json::toWire(receiver.state)}};
        if (!receiver.reason.isEmpty()) {
            entry.insert(QStringLiteral("deliveryStateReason"), receiver.reason);
        }
        receivers.append(entry);
    }
    return {{QStringLiteral("id"), delivery.id},
            {QStringLiteral("report"), json::toWire(delivery.report.kind)},
            {QStringLiteral("format"), json::toWire(delivery.format)},
            {QStringLiteral("receiver"), receivers}};
}

void failQueued(store::Database &db, qint64 id, const domain::ReportDelivery &delivery, const QString &reason,
                qint64 nowMs) {
    for (qsizetype seq = 0; seq < delivery.receivers.size(); ++seq) {
        if (delivery.receivers.at(seq).state == ReceiverState::Queued) {
            setReceiverState(db, id, int(seq), ReceiverState::Failed, reason, nowMs);
        }
    }
}

void sendOne(store::Database &db, const DeliveryOptions &options, qint64 id) {
    const std::optional<domain::ReportDelivery> delivery = loadDelivery(db, id);
    if (!delivery) {
        return;
    }
    QString error;
    ReportFile file;
    const std::optional<ReportTable> table = buildReport(db, delivery->report, options.currency);
    if (!table) {
        error = QStringLiteral("the report's account or bill no longer exists");
    } else if (!options.relay.isSet()) {
        error = QStringLiteral("no SMTP relay is configured (corpcare-server --smtp host:port)");
    } else {
        file = renderReport(db, delivery->report, *table, delivery->format, &error);
    }
    QList<int> queued;
    MailMessage message{options.from, {}, delivery->subject, {}, file};
    for (qsizetype seq = 0; seq < delivery->receivers.size(); ++seq) {
        if (delivery->receivers.at(seq).state == ReceiverState::Queued) {
            queued.append(int(seq));
            message.to.append(delivery->receivers.at(seq).email);
        }
    }
    QList<RecipientOutcome> outcomes;
    if (error.isEmpty()) {
        message.text = QStringLiteral("%1\r\n%2\r\n\r\nThe report is attached (%3).\r\n")
                           .arg(table->title, table->headerLines.join(QStringLiteral("\r\n")), file.name);
        outcomes = sendMail(options.relay, message); // outside any transaction: the relay may take its time
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    store::Transaction transaction(db);
    if (!error.isEmpty()) {
        failQueued(db, id, *delivery, error, nowMs);
    } else {
        for (qsizetype i = 0; i < queued.size() && i < outcomes.size(); ++i) {
            const RecipientOutcome &outcome = outcomes.at(i);
            setReceiverState(db, id, queued.at(i), outcome.sent ? ReceiverState::Sent : ReceiverState::Failed,
                             outcome.reason, nowMs);
        }
    }
    const domain::ReportDelivery done = *loadDelivery(db, id);
    store::appendAudit(db,
                       {loginOf(db, deliveryOwner(db, id)),
                        QStringLiteral("reportDelivery.result"),
                        QStringLiteral("BillingAccount"),
                        done.report.account.id,
                        done.report.account.name,
                        {},
                        receiversAudit(done),
                        std::nullopt,
                        std::nullopt,
                        {}},
                       utcFromMs(nowMs));
    transaction.commit();
    qCInfo(lcDelivery) << "delivery" << done.id << "done:" << outcomes.size() << "receivers asked";
}

// Whether the owner may still send the account's reports: viewFinance and the account in his scope.
QString refusalFor(store::Database &db, qint64 userId, qint64 accountId) {
    const std::optional<auth::Caller> owner = auth::Authenticator::loadCaller(db, userId);
    if (!owner || !owner->may(domain::permission::viewFinance)) {
        return QStringLiteral("the schedule's owner no longer holds the permission viewFinance");
    }
    if (!owner->seesEverything && !owner->accountIds.contains(accountId)) {
        return QStringLiteral("the account is no longer in the scope of the schedule's owner");
    }
    return {};
}

} // namespace

std::optional<DeliveryTitle> titleOf(store::Database &db, const domain::ReportReference &report,
                                     domain::ReportFormat format, const QString &currency) {
    const std::optional<ReportTable> table = buildReport(db, report, currency, Detail::HeaderOnly);
    if (!table) {
        return std::nullopt;
    }
    return DeliveryTitle{QStringLiteral("%1 (%2)").arg(table->title, table->accountName),
                         table->fileStem + QLatin1Char('.') + json::toWire(format)};
}

int checkSchedules(store::Database &db, const DeliveryOptions &options, qint64 nowMs) {
    int made = 0;
    for (const DueRun &due : dueRuns(db)) {
        const std::optional<domain::DeliverySchedule> schedule = loadSchedule(db, due.scheduleId, due.userId);
        if (!schedule) {
            continue;
        }
        NewDelivery run;
        run.userId = due.userId;
        run.scheduleId = due.scheduleId;
        run.value.channel = schedule->channel;
        run.value.format = schedule->format;
        run.value.report = {schedule->kind, schedule->account, {QString::number(due.billId), {}}, {}, {}};
        for (const QString &receiver : schedule->receivers) {
            domain::DeliveryReceiver to;
            (schedule->channel == domain::DeliveryChannel::Fax ? to.faxNumber : to.email) = receiver;
            run.value.receivers.append(to);
        }
        const std::optional<DeliveryTitle> title = titleOf(db, run.value.report, run.value.format, options.currency);
        if (!title) {
            continue;
        }
        run.subject = title->subject;
        run.attachmentName = title->attachmentName;
        store::Transaction transaction(db);
        const StoredDelivery stored = storeDelivery(db, run, options.faxPattern, nowMs);
        const QString refusal = refusalFor(db, due.userId, schedule->account.id.toLongLong());
        if (!refusal.isEmpty()) {
            failQueued(db, stored.id, *loadDelivery(db, stored.id), refusal, nowMs);
        }
        markBillHandled(db, due.scheduleId, due.billId);
        store::appendAudit(db,
                           {loginOf(db, due.userId),
                            QStringLiteral("deliverySchedule.run"),
                            QStringLiteral("BillingAccount"),
                            schedule->account.id,
                            schedule->account.name,
                            {},
                            QJsonObject{{QStringLiteral("schedule"), schedule->id},
                                        {QStringLiteral("bill"), QString::number(due.billId)},
                                        {QStringLiteral("message"), deliveryWireId(stored.id)}},
                            std::nullopt,
                            std::nullopt,
                            {}},
                           utcFromMs(nowMs));
        transaction.commit();
        ++made;
    }
    return made;
}

void sendQueued(store::Database &db, const DeliveryOptions &options) {
    for (const qint64 id : queuedDeliveries(db)) {
        sendOne(db, options, id);
    }
}

DeliveryWorker::DeliveryWorker(QString databasePath, DeliveryOptions options)
    : m_path(std::move(databasePath)), m_options(std::move(options)) {}

DeliveryWorker::~DeliveryWorker() {
    stop();
}

void DeliveryWorker::start() {
    m_thread.start([this] { run(); });
}

void DeliveryWorker::wake() {
    m_thread.wake();
}

void DeliveryWorker::stop() {
    m_thread.stop();
}

void DeliveryWorker::run() {
    const auto db = store::Database::open(m_path, store::Database::Mode::ReadWrite);
    auto nextCheck = std::chrono::steady_clock::now();
    do {
        try {
            if (std::chrono::steady_clock::now() >= nextCheck) {
                checkSchedules(*db, m_options, QDateTime::currentMSecsSinceEpoch());
                nextCheck = std::chrono::steady_clock::now() + std::chrono::seconds(m_options.scheduleCheckSeconds);
            }
            sendQueued(*db, m_options);
        } catch (const store::SqlError &e) {
            qCWarning(lcDelivery) << "delivery worker:" << e.what(); // tried again on the next pass
        }
    } while (!m_thread.sleepUntil(nextCheck));
}

} // namespace corpcare::server::delivery
