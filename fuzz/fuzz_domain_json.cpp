// Fuzz target (issue 9): the domain's JSON mapping of every resource, the same code on the client and
// the server, on any bytes. It must never crash or hit undefined behaviour, whatever a server (or a
// client, for the server) sends; a reader either gives a value or a ParseError.
#include "domain/json/delivery_json.h"
#include "domain/json/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace corpcare::domain::json;

namespace {

template <typename Reader>
void readAndWriteBack(Reader read, const QJsonObject &object) {
    const auto result = read(object);
    if (result.ok()) {
        // What was read can be written again, and that reads again.
        const QJsonObject written = toJson(result.value());
        static_cast<void>(read(written));
    } else {
        static_cast<void>(result.error().toString());
    }
}

void readEveryWay(const QJsonObject &object) {
    readAndWriteBack(organizationFromJson, object);
    readAndWriteBack(individualFromJson, object);
    readAndWriteBack(billingAccountFromJson, object);
    readAndWriteBack(serviceUserFromJson, object);
    readAndWriteBack(productOfferingFromJson, object);
    readAndWriteBack(billFromJson, object);
    readAndWriteBack(billItemFromJson, object);
    readAndWriteBack(usageRecordFromJson, object);
    readAndWriteBack(paymentFromJson, object);
    readAndWriteBack(portalUserFromJson, object);
    readAndWriteBack(commentFromJson, object);
    readAndWriteBack(newsItemFromJson, object);
    readAndWriteBack(chargeThresholdFromJson, object);
    readAndWriteBack(productOrderFromJson, object);
    readAndWriteBack(productOrderCancellationFromJson, object);
    readAndWriteBack(communicationMessageFromJson, object);
    readAndWriteBack(auditRecordFromJson, object);
    readAndWriteBack(reportDeliveryFromJson, object);
    readAndWriteBack(deliveryScheduleFromJson, object);
    static_cast<void>(newReportDeliveryFromJson(object));
    static_cast<void>(newDeliveryScheduleFromJson(object));
    static_cast<void>(newCommentFromJson(object));
    static_cast<void>(newChargeThresholdFromJson(object));
    static_cast<void>(newProductOrderFromJson(object));
    static_cast<void>(cancelProductOrderFromJson(object));
    static_cast<void>(newCommunicationMessageFromJson(object));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        readEveryWay(document.object());
    } else if (document.isArray()) {
        for (const QJsonValue &value : document.array()) {
            readEveryWay(value.toObject());
        }
    }
    return 0;
}
