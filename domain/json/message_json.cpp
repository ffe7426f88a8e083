// communicationMessage (TMF681, profile §6): an SMS to a group with each receiver's delivery state.

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

const QString kSms = QStringLiteral("SMS");

bool isDigits(const QString &text) {
    if (text.isEmpty()) {
        return false;
    }
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

enum class Written { New, Full };

QJsonObject receiverJson(const MessageReceiver &receiver, Written written) {
    QJsonObject out{{QStringLiteral("id"), receiver.id}, {QStringLiteral("phoneNumber"), receiver.phoneNumber}};
    if (written == Written::Full) {
        out.insert(QStringLiteral("deliveryState"), wire::toWire(receiver.state));
        if (receiver.stateDate.isValid()) {
            out.insert(QStringLiteral("deliveryStateDate"), detail::dateTimeJson(receiver.stateDate));
        }
    }
    return out;
}

QJsonArray receiversJson(const CommunicationMessage &value, Written written) {
    QJsonArray out;
    for (const MessageReceiver &receiver : value.receivers) {
        out.append(receiverJson(receiver, written));
    }
    return out;
}

void readType(const ObjectReader &reader) {
    const QString type = reader.string(u"type");
    if (!type.isNull() && type != kSms) {
        reader.fail(u"type", QStringLiteral("expected \"SMS\", got \"") + type + QLatin1Char('"'));
    }
}

MessageReceiver readReceiver(const ObjectReader &reader, Written written) {
    MessageReceiver out;
    out.id = reader.id(u"id");
    out.phoneNumber = reader.string(u"phoneNumber");
    if (!out.phoneNumber.isNull() && !isDigits(out.phoneNumber)) {
        reader.fail(u"phoneNumber",
                    QStringLiteral("expected digits only, got \"") + out.phoneNumber + QLatin1Char('"'));
    }
    if (written == Written::Full) {
        out.state = reader.enumeration<DeliveryState>(u"deliveryState");
        out.stateDate = reader.optionalDateTime(u"deliveryStateDate");
    }
    return out;
}

} // namespace

QJsonObject toJson(const CommunicationMessage &value) {
    QJsonObject out = detail::resourceJson(Resource::CommunicationMessage, value.id);
    if (!value.externalId.isEmpty()) {
        out.insert(QStringLiteral("externalId"), value.externalId);
    }
    out.insert(QStringLiteral("type"), kSms);
    out.insert(QStringLiteral("content"), value.content);
    out.insert(QStringLiteral("state"), wire::toWire(value.state));
    if (value.sendTime.isValid()) {
        out.insert(QStringLiteral("sendTime"), detail::dateTimeJson(value.sendTime));
    }
    if (!value.sender.isNull()) {
        out.insert(QStringLiteral("sender"),
                   QJsonObject{{QStringLiteral("id"), value.sender.id}, {QStringLiteral("name"), value.sender.name}});
    }
    out.insert(QStringLiteral("receiver"), receiversJson(value, Written::Full));
    return out;
}

Result<CommunicationMessage> communicationMessageFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    CommunicationMessage out;
    out.id = reader.id(u"id");
    out.externalId = reader.optionalString(u"externalId");
    readType(reader);
    out.content = reader.string(u"content");
    out.state = reader.enumeration<MessageState>(u"state");
    out.sendTime = reader.optionalDateTime(u"sendTime");
    out.sender = reader.optionalRef(u"sender");
    for (const ObjectReader &receiver : reader.objects(u"receiver")) {
        out.receivers.append(readReceiver(receiver, Written::Full));
    }
    return errors.finish(std::move(out));
}

QJsonObject newCommunicationMessageJson(const CommunicationMessage &value) {
    QJsonObject out{{QStringLiteral("type"), kSms},
                    {QStringLiteral("content"), value.content},
                    {QStringLiteral("receiver"), receiversJson(value, Written::New)}};
    if (!value.externalId.isEmpty()) {
        out.insert(QStringLiteral("externalId"), value.externalId);
    }
    return out;
}

Result<CommunicationMessage> newCommunicationMessageFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    CommunicationMessage out;
    out.externalId = reader.optionalString(u"externalId");
    readType(reader);
    out.content = reader.string(u"content");
    if (!errors.failed()) {
        // Counted in code points, as comments are: an emoji is one character of the SMS.
        const qsizetype length = commentLength(out.content);
        if (length == 0 || length > kMaxSmsLength) {
            reader.fail(u"content", QStringLiteral("expected 1 to %1 characters, got %2")
                                        .arg(QString::number(kMaxSmsLength), QString::number(length)));
        }
    }
    for (const ObjectReader &receiver : reader.objects(u"receiver")) {
        out.receivers.append(readReceiver(receiver, Written::New));
    }
    if (!errors.failed() && out.receivers.isEmpty()) {
        reader.fail(u"receiver", QStringLiteral("expected at least one receiver"));
    }
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
