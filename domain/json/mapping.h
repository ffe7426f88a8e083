#pragma once

#include "domain/audit_record.h"
#include "domain/bill.h"
#include "domain/billing_account.h"
#include "domain/comment.h"
#include "domain/communication_message.h"
#include "domain/news.h"
#include "domain/party.h"
#include "domain/payment.h"
#include "domain/portal_user.h"
#include "domain/product.h"
#include "domain/product_order.h"
#include "domain/product_order_cancellation.h"
#include "domain/result.h"
#include "domain/threshold.h"
#include "domain/usage.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON mapping of docs/api-profile.md, shared by client and server. Writers produce exactly the
// documented shape (with href and @type); readers ignore unknown fields and answer a precise
// ParseError (path + what is wrong) for wrong types and missing required fields — never a crash or a
// silent zero.
namespace corpcare::domain::json {

QJsonObject toJson(const Organization &value);
QJsonObject toJson(const Individual &value);
QJsonObject toJson(const BillingAccount &value);
QJsonObject toJson(const ServiceUser &value);
QJsonObject toJson(const ProductOffering &value);
QJsonObject toJson(const Bill &value);
QJsonObject toJson(const BillItem &value);
QJsonObject toJson(const UsageRecord &value);
QJsonObject toJson(const Payment &value);
QJsonObject toJson(const PortalUser &value);
QJsonObject toJson(const Comment &value);
QJsonObject toJson(const NewsItem &value);
QJsonObject toJson(const ChargeThreshold &value);
QJsonObject toJson(const ProductOrder &value);
QJsonObject toJson(const ProductOrderCancellation &value);
QJsonObject toJson(const CommunicationMessage &value);
QJsonObject toJson(const AuditRecord &value);

namespace detail {
class JsonText;
}
// Straight to JSON text: the server's path for the product collection, which it sends by the
// hundred thousand. toJson(const ServiceUser &) gives the same object.
void writeJson(detail::JsonText &json, const ServiceUser &value);
void writeJson(detail::JsonText &json, const BillItem &value); // itemization: up to a million lines

Result<Organization> organizationFromJson(const QJsonObject &object);
Result<Individual> individualFromJson(const QJsonObject &object);
Result<BillingAccount> billingAccountFromJson(const QJsonObject &object);
Result<ServiceUser> serviceUserFromJson(const QJsonObject &object);
Result<ProductOffering> productOfferingFromJson(const QJsonObject &object);
Result<Bill> billFromJson(const QJsonObject &object);
Result<BillItem> billItemFromJson(const QJsonObject &object);
Result<UsageRecord> usageRecordFromJson(const QJsonObject &object);
Result<Payment> paymentFromJson(const QJsonObject &object);
Result<PortalUser> portalUserFromJson(const QJsonObject &object);
Result<Comment> commentFromJson(const QJsonObject &object);
Result<NewsItem> newsItemFromJson(const QJsonObject &object);
Result<ChargeThreshold> chargeThresholdFromJson(const QJsonObject &object);
Result<ProductOrder> productOrderFromJson(const QJsonObject &object);
Result<ProductOrderCancellation> productOrderCancellationFromJson(const QJsonObject &object);
Result<CommunicationMessage> communicationMessageFromJson(const QJsonObject &object);
Result<AuditRecord> auditRecordFromJson(const QJsonObject &object);

// The body of POST /corporate/v1/comment: {"target": {"id", "@referredType"}, "text"}. The reader
// trims the text and rejects it (path "text") unless 1 to kMaxCommentLength characters remain; it
// fills targetId, targetKind and text only.
QJsonObject newCommentJson(const Comment &value);
Result<Comment> newCommentFromJson(const QJsonObject &object);

// The body of POST /corporate/v1/chargeThreshold: {"target": {"id", "@referredType"}, "first",
// "second"}. The reader fills target, targetKind, first and second, and rejects (path "first" or
// "second") amounts that are not positive, of different currencies, or second below first.
QJsonObject newChargeThresholdJson(const ChargeThreshold &value);
Result<ChargeThreshold> newChargeThresholdFromJson(const QJsonObject &object);

// The body of POST /productOrder: the order without id, href, state, dates and item states. The reader
// rejects an order without items, repeated item ids, a top-level action other than "modify", an item
// that changes nothing, and a status other than "active" or "suspended".
QJsonObject newProductOrderJson(const ProductOrder &value);
Result<ProductOrder> newProductOrderFromJson(const QJsonObject &object);

// The body of POST /cancelProductOrder: {"productOrder": {"id"}, "cancellationReason"}. The reader
// fills orderId and reason only.
QJsonObject cancelProductOrderJson(const ProductOrderCancellation &value);
Result<ProductOrderCancellation> cancelProductOrderFromJson(const QJsonObject &object);

// The body of POST /communicationMessage: {"type": "SMS", "content", "receiver": [{"id",
// "phoneNumber"}], "externalId"?}. The reader rejects another type, a content outside 1 to
// kMaxSmsLength characters (code points), no receivers, and phone numbers that are not digits.
inline constexpr qsizetype kMaxSmsLength = 480;
QJsonObject newCommunicationMessageJson(const CommunicationMessage &value);
Result<CommunicationMessage> newCommunicationMessageFromJson(const QJsonObject &object);

// Reads every element of a list reply; the first bad element fails the whole list, its path
// prefixed with "[index]".
template <typename T>
Result<QList<T>> listFromJson(const QJsonArray &array, Result<T> (*readOne)(const QJsonObject &)) {
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            return ParseError{where, QStringLiteral("expected an object")};
        }
        Result<T> one = readOne(array.at(i).toObject());
        if (!one) {
            const ParseError &e = one.error();
            return ParseError{e.path.isEmpty() ? where : where + QLatin1Char('.') + e.path, e.message};
        }
        out.append(std::move(one).value());
    }
    return out;
}

} // namespace corpcare::domain::json
