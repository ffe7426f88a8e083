#pragma once

#include "domain/communication_message.h"
#include "domain/party.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace corpcare::domain {

// Report delivery by e-mail or fax (issue 7, docs/api-profile.md §10): a TMF681 communicationMessage of
// @type ReportDelivery whose attachment the server makes from its own data, and the schedules that
// send an account's new bills.

enum class ReportKind { Itemization, Bill, Payments, Charges };
enum class ReportFormat { Csv, Xlsx, Pdf };
enum class DeliveryChannel { Email, Fax };
enum class ReceiverState { Queued, Sent, Failed };
enum class ScheduleState { Active, Cancelled };

// Which report: an account's bill (itemization, bill), its payments over a period, or its charges since
// the last bill.
struct ReportReference {
    ReportKind kind = ReportKind::Itemization;
    Ref account;
    Ref bill;          // itemization and bill
    QDate periodStart; // payments: the days [periodStart, periodEnd)
    QDate periodEnd;
    bool operator==(const ReportReference &) const = default;
};

struct DeliveryReceiver {
    QString email;     // the address the mail goes to (for fax: made from the number by the server)
    QString faxNumber; // fax only: digits
    ReceiverState state = ReceiverState::Queued;
    QString reason; // failed: why, in words
    QDateTime stateDate;
    bool operator==(const DeliveryReceiver &) const = default;
};

struct ReportDelivery {
    QString id;
    QString externalId;
    DeliveryChannel channel = DeliveryChannel::Email;
    ReportReference report;
    ReportFormat format = ReportFormat::Xlsx;
    MessageState state = MessageState::InProgress;
    QDateTime sendTime;
    QString subject;
    QString attachmentName;
    Ref schedule; // a scheduled run: the schedule it belongs to
    QList<DeliveryReceiver> receivers;
    bool operator==(const ReportDelivery &) const = default;

    bool isFinal() const { return state == MessageState::Completed; }
};

// "Every month after the bill, send the itemization of account X as XLSX to these addresses."
struct DeliverySchedule {
    QString id;
    ScheduleState state = ScheduleState::Active;
    DeliveryChannel channel = DeliveryChannel::Email;
    ReportKind kind = ReportKind::Itemization; // itemization or bill
    Ref account;
    ReportFormat format = ReportFormat::Xlsx;
    QStringList receivers; // e-mail addresses, or fax numbers for the fax channel
    QDateTime createdAt;
    Ref lastBill; // the newest bill sent (or the one already there when the schedule was made)
    bool operator==(const DeliverySchedule &) const = default;
};

// Checks the user typed: "name@host.tld" without spaces; fax numbers of 5 to 20 digits (a leading '+'
// is allowed and dropped).
bool isEmailAddress(const QString &text);
QString faxDigits(const QString &text); // empty when it is no fax number

} // namespace corpcare::domain
