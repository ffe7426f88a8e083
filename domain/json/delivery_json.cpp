// Report delivery (profile §10): communicationMessage @type ReportDelivery and /corporate/v1/deliverySchedule.

#include "domain/json/delivery_json.h"

#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

constexpr int kMaxReceivers = 50;

template <typename Enum, std::size_t N>
using Names = std::array<std::pair<Enum, QLatin1String>, N>;

constexpr Names<ReportKind, 4> kKinds{{{ReportKind::Itemization, QLatin1String("itemization")},
                                       {ReportKind::Bill, QLatin1String("bill")},
                                       {ReportKind::Payments, QLatin1String("payments")},
                                       {ReportKind::Charges, QLatin1String("charges")}}};
constexpr Names<ReportFormat, 3> kFormats{{{ReportFormat::Csv, QLatin1String("csv")},
                                           {ReportFormat::Xlsx, QLatin1String("xlsx")},
                                           {ReportFormat::Pdf, QLatin1String("pdf")}}};
constexpr Names<DeliveryChannel, 2> kChannels{
    {{DeliveryChannel::Email, QLatin1String("email")}, {DeliveryChannel::Fax, QLatin1String("fax")}}};
constexpr Names<ReceiverState, 3> kReceiverStates{{{ReceiverState::Queued, QLatin1String("queued")},
                                                   {ReceiverState::Sent, QLatin1String("sent")},
                                                   {ReceiverState::Failed, QLatin1String("failed")}}};
constexpr Names<ScheduleState, 2> kScheduleStates{
    {{ScheduleState::Active, QLatin1String("active")}, {ScheduleState::Cancelled, QLatin1String("cancelled")}}};

template <typename Enum, std::size_t N>
QString nameOf(const Names<Enum, N> &names, Enum value) {
    for (const auto &[known, name] : names) {
        if (known == value) {
            return name;
        }
    }
    return {};
}

// The enumeration at key; a missing or unknown value is reported and answers `fallback`.
template <typename Enum, std::size_t N>
Enum readName(const ObjectReader &reader, QStringView key, const Names<Enum, N> &names, Enum fallback = Enum{}) {
    const QString text = reader.string(key);
    for (const auto &[known, name] : names) {
        if (text == name) {
            return known;
        }
    }
    if (!text.isNull()) {
        QStringList expected;
        for (const auto &entry : names) {
            expected.append(entry.second);
        }
        reader.fail(key,
                    QStringLiteral("expected one of %1, got \"%2\"").arg(expected.join(QStringLiteral(", ")), text));
    }
    return fallback;
}

enum class Written { New, Full };

QString schedulePath(const QString &id) {
    return QString(QLatin1String(kDeliverySchedulePath) + QLatin1Char('/') + id);
}

QJsonObject reportJson(const ReportReference &report, Written written) {
    const auto ref = [written](const Ref &value, Resource kind) {
        return written == Written::Full ? detail::refJson(value, kind, detail::ReferredType::Omit)
                                        : QJsonObject{{QStringLiteral("id"), value.id}};
    };
    QJsonObject out{{QStringLiteral("kind"), toWire(report.kind)},
                    {QStringLiteral("billingAccount"), ref(report.account, Resource::BillingAccount)}};
    if (!report.bill.isNull()) {
        out.insert(QStringLiteral("bill"), ref(report.bill, Resource::CustomerBill));
    }
    if (report.periodStart.isValid()) {
        out.insert(QStringLiteral("period"), detail::periodJson(report.periodStart, report.periodEnd));
    }
    return out;
}

ReportReference readReport(const ObjectReader &reader, Written written) {
    ReportReference out;
    out.kind = readName(reader, u"kind", kKinds);
    out.account = reader.ref(u"billingAccount");
    out.bill = reader.optionalRef(u"bill");
    if (reader.has(u"period")) {
        const detail::DayPeriod period = reader.period(u"period");
        out.periodStart = period.start;
        out.periodEnd = period.end;
    }
    if (written == Written::New && !reader.errors().failed()) {
        const bool needsBill = out.kind == ReportKind::Itemization || out.kind == ReportKind::Bill;
        if (needsBill && out.bill.isNull()) {
            reader.fail(u"bill", QStringLiteral("the %1 report needs the bill").arg(toWire(out.kind)));
        } else if (out.kind == ReportKind::Payments &&
                   (!out.periodStart.isValid() || out.periodEnd <= out.periodStart)) {
            reader.fail(u"period", QStringLiteral("the payments report needs a period"));
        }
    }
    return out;
}

QJsonObject receiverJson(const DeliveryReceiver &receiver, Written written) {
    QJsonObject out;
    if (!receiver.faxNumber.isEmpty()) {
        out.insert(QStringLiteral("faxNumber"), receiver.faxNumber);
    }
    if (!receiver.email.isEmpty() && (written == Written::Full || receiver.faxNumber.isEmpty())) {
        out.insert(QStringLiteral("email"), receiver.email);
    }
    if (written == Written::Full) {
        out.insert(QStringLiteral("deliveryState"), toWire(receiver.state));
        if (receiver.stateDate.isValid()) {
            out.insert(QStringLiteral("deliveryStateDate"), detail::dateTimeJson(receiver.stateDate));
        }
        if (!receiver.reason.isEmpty()) {
            out.insert(QStringLiteral("deliveryStateReason"), receiver.reason);
        }
    }
    return out;
}

DeliveryReceiver readReceiver(const ObjectReader &reader, Written written, DeliveryChannel channel) {
    DeliveryReceiver out;
    out.email = reader.optionalString(u"email");
    out.faxNumber = reader.optionalString(u"faxNumber");
    if (written == Written::Full) {
        out.state = readName(reader, u"deliveryState", kReceiverStates);
        out.stateDate = reader.optionalDateTime(u"deliveryStateDate");
        out.reason = reader.optionalString(u"deliveryStateReason");
        return out;
    }
    if (channel == DeliveryChannel::Fax) {
        out.faxNumber = faxDigits(out.faxNumber);
        if (out.faxNumber.isEmpty()) {
            reader.fail(u"faxNumber", QStringLiteral("expected a fax number of 5 to 20 digits"));
        }
        out.email.clear(); // the server makes it from the number
    } else if (!isEmailAddress(out.email)) {
        reader.fail(u"email", QStringLiteral("expected an e-mail address, got \"%1\"").arg(out.email.left(80)));
    }
    return out;
}

void checkChannel(const ObjectReader &reader, DeliveryChannel channel, ReportFormat format) {
    if (!reader.errors().failed() && channel == DeliveryChannel::Fax && format != ReportFormat::Pdf) {
        reader.fail(u"format", QStringLiteral("a fax carries PDF only"));
    }
}

ReportDelivery readDelivery(const QJsonObject &object, ReadErrors &errors, Written written) {
    const ObjectReader reader(errors, object);
    ReportDelivery out;
    if (reader.string(u"@type") != QLatin1String(kReportDeliveryType) && !errors.failed()) {
        reader.fail(u"@type", QStringLiteral("expected \"ReportDelivery\""));
    }
    out.externalId = reader.optionalString(u"externalId");
    out.channel = readName(reader, u"messageType", kChannels);
    out.format = readName(reader, u"format", kFormats);
    out.report = readReport(reader.object(u"report"), written);
    checkChannel(reader, out.channel, out.format);
    for (const ObjectReader &receiver : reader.objects(u"receiver")) {
        out.receivers.append(readReceiver(receiver, written, out.channel));
    }
    if (written == Written::New) {
        if (!errors.failed() && (out.receivers.isEmpty() || out.receivers.size() > kMaxReceivers)) {
            reader.fail(u"receiver", QStringLiteral("expected 1 to %1 receivers").arg(kMaxReceivers));
        }
        return out;
    }
    out.id = reader.id(u"id");
    out.state = reader.enumeration<MessageState>(u"state");
    out.sendTime = reader.optionalDateTime(u"sendTime");
    out.subject = reader.optionalString(u"subject");
    out.schedule = reader.optionalRef(u"schedule");
    for (const ObjectReader &attachment : reader.optionalObjects(u"attachment")) {
        out.attachmentName = attachment.string(u"name");
    }
    return out;
}

QJsonArray scheduleReceivers(const DeliverySchedule &value) {
    QJsonArray out;
    for (const QString &receiver : value.receivers) {
        out.append(value.channel == DeliveryChannel::Fax ? QJsonObject{{QStringLiteral("faxNumber"), receiver}}
                                                         : QJsonObject{{QStringLiteral("email"), receiver}});
    }
    return out;
}

DeliverySchedule readSchedule(const QJsonObject &object, ReadErrors &errors, Written written) {
    const ObjectReader reader(errors, object);
    DeliverySchedule out;
    out.channel = readName(reader, u"messageType", kChannels);
    out.format = readName(reader, u"format", kFormats);
    const ObjectReader report = reader.object(u"report");
    out.kind = readName(report, u"kind", kKinds);
    out.account = report.ref(u"billingAccount");
    checkChannel(reader, out.channel, out.format);
    if (!errors.failed() && out.kind != ReportKind::Itemization && out.kind != ReportKind::Bill) {
        report.fail(u"kind", QStringLiteral("a schedule sends a bill or its itemization"));
    }
    for (const ObjectReader &receiver : reader.objects(u"receiver")) {
        const DeliveryReceiver read = readReceiver(receiver, Written::New, out.channel);
        out.receivers.append(out.channel == DeliveryChannel::Fax ? read.faxNumber : read.email);
    }
    if (!errors.failed() && (out.receivers.isEmpty() || out.receivers.size() > kMaxReceivers)) {
        reader.fail(u"receiver", QStringLiteral("expected 1 to %1 receivers").arg(kMaxReceivers));
    }
    if (written == Written::Full) {
        out.id = reader.id(u"id");
        out.state = readName(reader, u"state", kScheduleStates);
        out.createdAt = reader.optionalDateTime(u"createdAt");
        out.lastBill = reader.optionalRef(u"lastBill");
    }
    return out;
}

} // namespace

QString toWire(ReportKind value) {
    return nameOf(kKinds, value);
}
QString toWire(ReportFormat value) {
    return nameOf(kFormats, value);
}
QString toWire(DeliveryChannel value) {
    return nameOf(kChannels, value);
}
QString toWire(ReceiverState value) {
    return nameOf(kReceiverStates, value);
}

QString mimeTypeOf(ReportFormat format) {
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("text/csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    case ReportFormat::Pdf:
        return QStringLiteral("application/pdf");
    }
    return {};
}

QJsonObject toJson(const ReportDelivery &value) {
    QJsonObject out =
        detail::resourceJson(Resource::CommunicationMessage, value.id, QLatin1String(kReportDeliveryType));
    if (!value.externalId.isEmpty()) {
        out.insert(QStringLiteral("externalId"), value.externalId);
    }
    out.insert(QStringLiteral("messageType"), toWire(value.channel));
    out.insert(QStringLiteral("state"), wire::toWire(value.state));
    if (value.sendTime.isValid()) {
        out.insert(QStringLiteral("sendTime"), detail::dateTimeJson(value.sendTime));
    }
    out.insert(QStringLiteral("subject"), value.subject);
    out.insert(QStringLiteral("report"), reportJson(value.report, Written::Full));
    out.insert(QStringLiteral("format"), toWire(value.format));
    if (!value.attachmentName.isEmpty()) {
        out.insert(QStringLiteral("attachment"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), value.attachmentName},
                                          {QStringLiteral("mimeType"), mimeTypeOf(value.format)}}});
    }
    if (!value.schedule.isNull()) {
        out.insert(QStringLiteral("schedule"), QJsonObject{{QStringLiteral("id"), value.schedule.id},
                                                           {QStringLiteral("href"), schedulePath(value.schedule.id)}});
    }
    QJsonArray receivers;
    for (const DeliveryReceiver &receiver : value.receivers) {
        receivers.append(receiverJson(receiver, Written::Full));
    }
    out.insert(QStringLiteral("receiver"), receivers);
    return out;
}

Result<ReportDelivery> reportDeliveryFromJson(const QJsonObject &object) {
    ReadErrors errors;
    ReportDelivery out = readDelivery(object, errors, Written::Full);
    return errors.finish(std::move(out));
}

QJsonObject newReportDeliveryJson(const ReportDelivery &value) {
    QJsonArray receivers;
    for (const DeliveryReceiver &receiver : value.receivers) {
        receivers.append(receiverJson(receiver, Written::New));
    }
    QJsonObject out{{QStringLiteral("@type"), QLatin1String(kReportDeliveryType)},
                    {QStringLiteral("messageType"), toWire(value.channel)},
                    {QStringLiteral("report"), reportJson(value.report, Written::New)},
                    {QStringLiteral("format"), toWire(value.format)},
                    {QStringLiteral("receiver"), receivers}};
    if (!value.externalId.isEmpty()) {
        out.insert(QStringLiteral("externalId"), value.externalId);
    }
    return out;
}

Result<ReportDelivery> newReportDeliveryFromJson(const QJsonObject &object) {
    ReadErrors errors;
    ReportDelivery out = readDelivery(object, errors, Written::New);
    return errors.finish(std::move(out));
}

QJsonObject toJson(const DeliverySchedule &value) {
    QJsonObject out = newDeliveryScheduleJson(value);
    out.insert(QStringLiteral("id"), value.id);
    out.insert(QStringLiteral("href"), schedulePath(value.id));
    out.insert(QStringLiteral("state"), nameOf(kScheduleStates, value.state));
    QJsonObject report = out.value(QStringLiteral("report")).toObject();
    report.insert(QStringLiteral("billingAccount"),
                  detail::refJson(value.account, Resource::BillingAccount, detail::ReferredType::Omit));
    out.insert(QStringLiteral("report"), report);
    if (value.createdAt.isValid()) {
        out.insert(QStringLiteral("createdAt"), detail::dateTimeJson(value.createdAt));
    }
    if (!value.lastBill.isNull()) {
        out.insert(QStringLiteral("lastBill"),
                   detail::refJson(value.lastBill, Resource::CustomerBill, detail::ReferredType::Omit));
    }
    return out;
}

Result<DeliverySchedule> deliveryScheduleFromJson(const QJsonObject &object) {
    ReadErrors errors;
    DeliverySchedule out = readSchedule(object, errors, Written::Full);
    return errors.finish(std::move(out));
}

QJsonObject newDeliveryScheduleJson(const DeliverySchedule &value) {
    return {{QStringLiteral("messageType"), toWire(value.channel)},
            {QStringLiteral("report"),
             QJsonObject{{QStringLiteral("kind"), toWire(value.kind)},
                         {QStringLiteral("billingAccount"), QJsonObject{{QStringLiteral("id"), value.account.id}}}}},
            {QStringLiteral("format"), toWire(value.format)},
            {QStringLiteral("receiver"), scheduleReceivers(value)}};
}

Result<DeliverySchedule> newDeliveryScheduleFromJson(const QJsonObject &object) {
    ReadErrors errors;
    DeliverySchedule out = readSchedule(object, errors, Written::New);
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
