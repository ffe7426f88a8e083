// Issue 5's mapping (profile §6): thresholds, product orders and their cancellation, SMS and the audit
// trail survive a write and a read, and the POST readers refuse what the profile refuses, with the
// field's path.

#include "domain/json/mapping.h"
#include "examples.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace corpcare::domain;
using namespace corpcare::domain::testing;

namespace {

template <typename T>
void checkRoundTrip(const T &value, QJsonObject (*write)(const T &), Result<T> (*read)(const QJsonObject &)) {
    const Result<T> back = read(write(value));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QVERIFY2(back.value() == value, compact(write(value)).constData());
}

QJsonObject writeFull(const ProductOrder &value) {
    return json::toJson(value);
}
QJsonObject writeFull(const CommunicationMessage &value) {
    return json::toJson(value);
}
QJsonObject writeFull(const ChargeThreshold &value) {
    return json::toJson(value);
}
QJsonObject writeFull(const AuditRecord &value) {
    return json::toJson(value);
}
QJsonObject writeFull(const ProductOrderCancellation &value) {
    return json::toJson(value);
}

ProductOrder sampleOrder() {
    ProductOrder order;
    order.id = QStringLiteral("57");
    order.externalId = QStringLiteral("corpcare-1");
    order.description = QStringLiteral("Suspend and add roaming");
    order.state = OrderState::InProgress;
    order.orderDate = utc(2026, 11, 26, 10);
    ProductOrderItem suspend;
    suspend.id = QStringLiteral("1");
    suspend.product = Ref{QStringLiteral("1042"), QStringLiteral("+7 916 123-45-67")};
    suspend.newStatus = ProductStatus::Suspended;
    suspend.state = OrderItemState::Failed;
    suspend.stateReason = QStringLiteral("already suspended");
    ProductOrderItem services;
    services.id = QStringLiteral("2");
    services.product = Ref{QStringLiteral("1043"), {}};
    services.newTariff = Ref{QStringLiteral("4"), QStringLiteral("Business 1000")};
    services.services = {{QStringLiteral("2.1"), ServiceChange::Action::Add, Ref{QStringLiteral("12"), {}}, {}},
                         {QStringLiteral("2.2"), ServiceChange::Action::Delete, {}, QStringLiteral("1043-13")}};
    services.state = OrderItemState::InProgress;
    order.items = {suspend, services};
    return order;
}

ParseError newOrderError(const QJsonObject &object) {
    const Result<ProductOrder> read = json::newProductOrderFromJson(object);
    return read.ok() ? ParseError{QStringLiteral("<none>"), QStringLiteral("accepted")} : read.error();
}

QJsonObject firstItem(const QJsonObject &order) {
    return order.value(QStringLiteral("productOrderItem")).toArray().first().toObject();
}

QJsonObject withFirstItem(QJsonObject order, const QJsonObject &item) {
    QJsonArray items = order.value(QStringLiteral("productOrderItem")).toArray();
    items.replace(0, item);
    order.insert(QStringLiteral("productOrderItem"), items);
    return order;
}

} // namespace

class TestJsonOrders : public QObject {
    Q_OBJECT

private slots:
    void productOrder_fullAndNew_equalAfterRoundTrip() {
        ProductOrder order = sampleOrder();
        checkRoundTrip<ProductOrder>(order, writeFull, json::productOrderFromJson);
        order.state = OrderState::Partial;
        order.completionDate = utc(2026, 11, 26, 10, 1);
        checkRoundTrip<ProductOrder>(order, writeFull, json::productOrderFromJson);

        // A new order carries no id, state or dates: those are the server's.
        ProductOrder submitted = sampleOrder();
        submitted.id.clear();
        submitted.state = OrderState::Acknowledged;
        submitted.orderDate = {};
        for (ProductOrderItem &item : submitted.items) {
            item.state = OrderItemState::Acknowledged;
            item.stateReason.clear();
        }
        const QJsonObject body = json::newProductOrderJson(submitted);
        QVERIFY(!body.contains(QStringLiteral("id")));
        QVERIFY(!body.contains(QStringLiteral("state")));
        QVERIFY(!firstItem(body).contains(QStringLiteral("state")));
        checkRoundTrip<ProductOrder>(submitted, json::newProductOrderJson, json::newProductOrderFromJson);
    }

    void productOrder_suspendItem_statusInsideProduct() {
        const QJsonObject item = firstItem(json::toJson(sampleOrder()));
        const QJsonObject product = item.value(QStringLiteral("product")).toObject();
        QCOMPARE(product.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        QVERIFY(!product.contains(QStringLiteral("productOffering")));
        QCOMPARE(item.value(QStringLiteral("stateReason")).toString(), QStringLiteral("already suspended"));
    }

    void newProductOrderFromJson_badOrders_pathAndMessage_data() {
        QTest::addColumn<QJsonObject>("order");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QJsonObject example = parseObject(examples::kNewProductOrder);

        QJsonObject empty = example;
        empty.insert(QStringLiteral("productOrderItem"), QJsonArray());
        QTest::newRow("no items") << empty << "productOrderItem"
                                  << "expected at least one item";

        QJsonObject twice = example;
        QJsonArray items = twice.value(QStringLiteral("productOrderItem")).toArray();
        items.append(items.first());
        twice.insert(QStringLiteral("productOrderItem"), items);
        QTest::newRow("repeated id") << twice << "productOrderItem[1].id"
                                     << "expected an id not used by an earlier item, got \"1\"";

        QJsonObject add = firstItem(example);
        add.insert(QStringLiteral("action"), QStringLiteral("add"));
        QTest::newRow("top-level add") << withFirstItem(example, add) << "productOrderItem[0].action"
                                       << "expected \"modify\", got \"add\"";

        QJsonObject nothing = firstItem(example);
        nothing.remove(QStringLiteral("productOrderItem"));
        nothing.insert(QStringLiteral("product"), QJsonObject{{QStringLiteral("id"), QStringLiteral("1042")}});
        QTest::newRow("no change") << withFirstItem(example, nothing) << "productOrderItem[0].product"
                                   << "expected a change: productOffering, status or child items";

        QJsonObject unknownStatus = firstItem(example);
        unknownStatus.insert(QStringLiteral("product"),
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("1042")},
                                         {QStringLiteral("status"), QStringLiteral("unknown")}});
        QTest::newRow("status unknown") << withFirstItem(example, unknownStatus) << "productOrderItem[0].product.status"
                                        << "expected \"active\" or \"suspended\", got \"unknown\"";

        QJsonObject badChild = firstItem(example);
        badChild.insert(QStringLiteral("productOrderItem"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1.1")},
                                               {QStringLiteral("action"), QStringLiteral("add")}}});
        QTest::newRow("add without offering")
            << withFirstItem(example, badChild) << "productOrderItem[0].productOrderItem[0].productOffering"
            << "missing required field";

        QJsonObject noProduct = firstItem(example);
        noProduct.remove(QStringLiteral("product"));
        QTest::newRow("no product") << withFirstItem(example, noProduct) << "productOrderItem[0].product"
                                    << "missing required field";
    }
    void newProductOrderFromJson_badOrders_pathAndMessage() {
        QFETCH(QJsonObject, order);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ParseError error = newOrderError(order);
        QCOMPARE(error.path, path);
        QCOMPARE(error.message, message);
    }

    void cancellation_requestAndAnswer_roundTrip() {
        ProductOrderCancellation request;
        request.orderId = QStringLiteral("57");
        request.reason = QStringLiteral("wrong tariff");
        checkRoundTrip<ProductOrderCancellation>(request, json::cancelProductOrderJson,
                                                 json::cancelProductOrderFromJson);
        QCOMPARE(
            json::cancelProductOrderJson(request),
            QJsonObject({{QStringLiteral("productOrder"), QJsonObject{{QStringLiteral("id"), QStringLiteral("57")}}},
                         {QStringLiteral("cancellationReason"), QStringLiteral("wrong tariff")}}));
        ProductOrderCancellation answer = request;
        answer.id = QStringLiteral("3");
        answer.state = CancellationState::Done;
        answer.effectiveDate = utc(2026, 11, 26, 10, 2);
        checkRoundTrip<ProductOrderCancellation>(answer, writeFull, json::productOrderCancellationFromJson);
        QCOMPARE(json::toJson(answer).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const Result<ProductOrderCancellation> noOrder = json::cancelProductOrderFromJson(QJsonObject());
        QVERIFY(!noOrder.ok());
        QCOMPARE(noOrder.error().path, QStringLiteral("productOrder"));
    }

    void chargeThreshold_fullAndNew_roundTrip() {
        const ChargeThreshold example = json::chargeThresholdFromJson(parseObject(examples::kChargeThreshold)).value();
        checkRoundTrip<ChargeThreshold>(example, writeFull, json::chargeThresholdFromJson);
        ChargeThreshold submitted;
        submitted.target = Ref{QStringLiteral("1"), {}};
        submitted.targetKind = ThresholdTargetKind::Organization;
        submitted.first = rub(100'000);
        submitted.second = rub(100'000); // equal is allowed
        checkRoundTrip<ChargeThreshold>(submitted, json::newChargeThresholdJson, json::newChargeThresholdFromJson);
    }

    void newChargeThresholdFromJson_badAmounts_refused_data() {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<QString>("secondCurrency");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero first") << qint64(0) << qint64(100) << "RUB"
                                    << "first"
                                    << "expected a positive amount";
        QTest::newRow("negative first") << qint64(-5) << qint64(100) << "RUB"
                                        << "first"
                                        << "expected a positive amount";
        QTest::newRow("second below") << qint64(300'000) << qint64(299'999) << "RUB"
                                      << "second"
                                      << "expected an amount not below first";
        QTest::newRow("currencies") << qint64(100) << qint64(200) << "EUR"
                                    << "second"
                                    << "expected the currency of first, RUB";
    }
    void newChargeThresholdFromJson_badAmounts_refused() {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(QString, secondCurrency);
        QFETCH(QString, path);
        QFETCH(QString, message);
        ChargeThreshold value;
        value.target = Ref{QStringLiteral("5"), {}};
        value.targetKind = ThresholdTargetKind::BillingAccount;
        value.first = rub(first);
        value.second = Money(second, secondCurrency);
        const Result<ChargeThreshold> read = json::newChargeThresholdFromJson(json::newChargeThresholdJson(value));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().path, path);
        QCOMPARE(read.error().message, message);
    }

    void newChargeThresholdFromJson_unknownTargetType_refused() {
        QJsonObject body = json::newChargeThresholdJson(
            json::chargeThresholdFromJson(parseObject(examples::kChargeThreshold)).value());
        body.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("id"), QStringLiteral("5")},
                                                          {QStringLiteral("@referredType"), QStringLiteral("Bill")}});
        const Result<ChargeThreshold> read = json::newChargeThresholdFromJson(body);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().path, QStringLiteral("target.@referredType"));
    }

    void communicationMessage_fullAndNew_roundTrip() {
        CommunicationMessage message =
            json::communicationMessageFromJson(parseObject(examples::kCommunicationMessage)).value();
        message.externalId = QStringLiteral("corpcare-sms-1");
        message.receivers.append({QStringLiteral("1043"), QStringLiteral("79161234568"), DeliveryState::Pending, {}});
        checkRoundTrip<CommunicationMessage>(message, writeFull, json::communicationMessageFromJson);

        CommunicationMessage submitted;
        submitted.externalId = QStringLiteral("corpcare-sms-1");
        submitted.content = QStringLiteral("Roaming ends on 1 December");
        submitted.receivers = {{QStringLiteral("1042"), QStringLiteral("79161234567"), DeliveryState::Pending, {}}};
        checkRoundTrip<CommunicationMessage>(submitted, json::newCommunicationMessageJson,
                                             json::newCommunicationMessageFromJson);
        QVERIFY(!json::newCommunicationMessageJson(submitted).contains(QStringLiteral("state")));
    }

    void newCommunicationMessageFromJson_badMessages_refused_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("noReceivers");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << "79161234567" << false << "content"
                               << "expected 1 to 480 characters, got 0";
        QTest::newRow("too long") << QString(481, QLatin1Char('a')) << "79161234567" << false << "content"
                                  << "expected 1 to 480 characters, got 481";
        QTest::newRow("phone") << "Hi"
                               << "+7 916" << false << "receiver[0].phoneNumber"
                               << "expected digits only, got \"+7 916\"";
        QTest::newRow("nobody") << "Hi"
                                << "79161234567" << true << "receiver"
                                << "expected at least one receiver";
    }
    void newCommunicationMessageFromJson_badMessages_refused() {
        QFETCH(QString, content);
        QFETCH(QString, phone);
        QFETCH(bool, noReceivers);
        QFETCH(QString, path);
        QFETCH(QString, message);
        CommunicationMessage value;
        value.content = content;
        if (!noReceivers) {
            value.receivers = {{QStringLiteral("1042"), phone, DeliveryState::Pending, {}}};
        }
        const Result<CommunicationMessage> read =
            json::newCommunicationMessageFromJson(json::newCommunicationMessageJson(value));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().path, path);
        QCOMPARE(read.error().message, message);
    }

    void newCommunicationMessageFromJson_480EmojiAccepted_typeOtherThanSmsRefused() {
        CommunicationMessage value;
        QString emoji;
        for (int i = 0; i < 480; ++i) {
            emoji += QString::fromUtf8("😀");
        }
        value.content = emoji;
        value.receivers = {{QStringLiteral("1042"), QStringLiteral("79161234567"), DeliveryState::Pending, {}}};
        QVERIFY(json::newCommunicationMessageFromJson(json::newCommunicationMessageJson(value)).ok());
        QJsonObject email = json::newCommunicationMessageJson(value);
        email.insert(QStringLiteral("type"), QStringLiteral("email"));
        const Result<CommunicationMessage> read = json::newCommunicationMessageFromJson(email);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().toString(), QStringLiteral("type: expected \"SMS\", got \"email\""));
    }

    void auditRecord_creationWithoutBefore_nullAndRoundTrip() {
        AuditRecord record;
        record.id = QStringLiteral("9");
        record.date = utc(2026, 11, 26, 10, 0, 3);
        record.actor = QStringLiteral("admin");
        record.action = audit_action::chargeThresholdSet;
        record.target = Ref{QStringLiteral("1"), QStringLiteral("Northwind")};
        record.targetType = QStringLiteral("Organization");
        record.after = QJsonObject{{QStringLiteral("first"), 1500}};
        const QJsonObject written = json::toJson(record);
        QVERIFY(written.value(QStringLiteral("before")).isNull());
        checkRoundTrip<AuditRecord>(record, writeFull, json::auditRecordFromJson);
        QJsonObject bad = written;
        bad.insert(QStringLiteral("after"), QStringLiteral("x"));
        const Result<AuditRecord> read = json::auditRecordFromJson(bad);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().toString(), QStringLiteral("after: expected an object, got a string"));
    }

    void productOffering_notSellableWithIncompatibleTariffs_roundTrip() {
        ProductOffering roaming;
        roaming.id = QStringLiteral("12");
        roaming.name = QStringLiteral("Roaming");
        roaming.kind = OfferingKind::Service;
        roaming.monthlyFee = rub(30'000);
        roaming.isSellable = false;
        roaming.incompatibleTariffs = {Ref{QStringLiteral("9"), QStringLiteral("Data Only 20GB")},
                                       Ref{QStringLiteral("10"), {}}};
        checkRoundTrip<ProductOffering>(
            roaming, [](const ProductOffering &value) { return json::toJson(value); }, json::productOfferingFromJson);
        const QJsonObject written = json::toJson(roaming);
        QCOMPARE(written.value(QStringLiteral("isSellable")), QJsonValue(false));
        QCOMPARE(written.value(QStringLiteral("productOfferingRelationship")).toArray().first().toObject(),
                 QJsonObject({{QStringLiteral("id"), QStringLiteral("9")},
                              {QStringLiteral("name"), QStringLiteral("Data Only 20GB")},
                              {QStringLiteral("relationshipType"), QStringLiteral("incompatibleWith")}}));
        // Other relationship types are not incompatibilities; an offering without isSellable is sellable.
        QJsonObject other = written;
        other.remove(QStringLiteral("isSellable"));
        other.insert(QStringLiteral("productOfferingRelationship"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                                            {QStringLiteral("relationshipType"), QStringLiteral("bundles")}}});
        const Result<ProductOffering> read = json::productOfferingFromJson(other);
        QVERIFY(read.ok());
        QVERIFY(read.value().isSellable);
        QVERIFY(read.value().incompatibleTariffs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonOrders)
#include "tst_json_orders.moc"
