// Readers against the documented examples of docs/api-profile.md: each one is read with the expected
// values, unknown fields anywhere are ignored, and writing what was read gives the example back.

#include "domain/json/delivery_json.h"
#include "domain/json/mapping.h"
#include "examples.h"
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace corpcare::domain;
using namespace corpcare::domain::testing;

namespace {

// The same JSON with unknown fields added to every object at every depth.
QJsonValue withUnknownFields(const QJsonValue &value) {
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &element : value.toArray()) {
            out.append(withUnknownFields(element));
        }
        return out;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.insert(it.key(), withUnknownFields(it.value()));
    }
    out.insert(QStringLiteral("colour"), QStringLiteral("red"));
    out.insert(QStringLiteral("@schemaLocation"), QStringLiteral("https://example.invalid/schema.json"));
    out.insert(QStringLiteral("futureExtension"), QJsonObject{{QStringLiteral("value"), QJsonArray{1, true}}});
    return out;
}

// Reads the example, compares with the expected value, checks unknown fields are ignored and that
// the writer reproduces the example exactly.
template <typename T>
void checkExample(const QJsonObject &example, Result<T> (*read)(const QJsonObject &), const T &expected) {
    QVERIFY(!example.isEmpty());
    const Result<T> parsed = read(example);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY(parsed.value() == expected);

    const Result<T> noisy = read(withUnknownFields(example).toObject());
    QVERIFY2(noisy.ok(), qPrintable(noisy.ok() ? QString() : noisy.error().toString()));
    QVERIFY(noisy.value() == expected);

    const QJsonObject rewritten = json::toJson(parsed.value());
    const QByteArray both = compact(rewritten) + QByteArray("\n  documented: ") + compact(example);
    QVERIFY2(rewritten == example, both.constData());
}

template <typename T>
void checkDocumented(const QJsonObject &block, Result<T> (*read)(const QJsonObject &)) {
    const Result<T> parsed = read(block);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QVERIFY2(json::toJson(parsed.value()) == block, compact(block).constData());
}

} // namespace

class TestJsonExamples : public QObject {
    Q_OBJECT

private slots:
    void organizationFromJson_profileExample_read() {
        checkExample(parseObject(examples::kOrganization), json::organizationFromJson, sampleDepartment());
        QCOMPARE(json::organizationFromJson(parseObject(examples::kOrganization)).value().parent.name,
                 QStringLiteral("Northwind Trading LLC"));
    }

    void individualFromJson_profileExample_read() {
        checkExample(parseObject(examples::kIndividual), json::individualFromJson, sampleIndividual());
    }

    void billingAccountFromJson_profileExample_read() {
        BillingAccount expected = sampleCreditAccount();
        expected.state = AccountState::Active;
        expected.paymentStatus = PaymentStatus::Due;
        const Result<BillingAccount> read = json::billingAccountFromJson(parseObject(examples::kBillingAccount));
        QVERIFY(read.ok());
        QCOMPARE(read.value().balance, rub(-4'821'035));
        QCOMPARE(read.value().creditLimit.value_or(Money()), rub(15'000'000));
        QCOMPARE(read.value().expenditureRate, rub(312'040));
        QCOMPARE(read.value().disconnectionForecast.value_or(QDate()), QDate(2027, 1, 10));
        QCOMPARE(read.value().settlementMethod, SettlementMethod::Credit);
        QCOMPARE(read.value().name, QStringLiteral("Sales — mobile"));
        QCOMPARE(read.value().balanceValidFrom, utc(2026, 11, 25));
        checkExample(parseObject(examples::kBillingAccount), json::billingAccountFromJson, expected);
    }

    void serviceUserFromJson_profileExample_read() {
        ServiceUser expected = sampleServiceUser();
        expected.services.removeLast();
        const Result<ServiceUser> read = json::serviceUserFromJson(parseObject(examples::kProduct));
        QVERIFY(read.ok());
        QCOMPARE(read.value().msisdn, QStringLiteral("79161234567"));
        QCOMPARE(read.value().user.id, QStringLiteral("77"));
        QCOMPARE(read.value().department.id, QStringLiteral("2"));
        QCOMPARE(read.value().services.size(), qsizetype(1));
        QCOMPARE(read.value().services.first().offering.id, QStringLiteral("12"));
        checkExample(parseObject(examples::kProduct), json::serviceUserFromJson, expected);
    }

    void productOfferingFromJson_profileExample_read() {
        const Result<ProductOffering> read = json::productOfferingFromJson(parseObject(examples::kProductOffering));
        QVERIFY(read.ok());
        QCOMPARE(read.value().usagePrices.perMegabyte, rub(10));
        QCOMPARE(read.value().monthlyFee, rub(65'000));
        checkExample(parseObject(examples::kProductOffering), json::productOfferingFromJson, sampleTariff());
    }

    void billFromJson_profileExample_read() {
        Bill expected = sampleBill();
        expected.state = BillState::Settled;
        expected.remaining = rub(0);
        const Result<Bill> read = json::billFromJson(parseObject(examples::kCustomerBill));
        QVERIFY(read.ok());
        QCOMPARE(read.value().periodStart, QDate(2026, 10, 1));
        QCOMPARE(read.value().periodEnd, QDate(2026, 11, 1));
        QCOMPARE(read.value().taxRateBasisPoints, 2000);
        // The documented figures agree with profile §2: tax = round(81234.50 * 0.2) = 16246.90.
        QCOMPARE(read.value().taxAmount(), rub(1'624'690));
        QCOMPARE(read.value().taxExcluded.taxAtBasisPoints(2000), read.value().taxAmount());
        checkExample(parseObject(examples::kCustomerBill), json::billFromJson, expected);
    }

    void billItemFromJson_profileExample_read() {
        const Result<BillItem> read = json::billItemFromJson(parseObject(examples::kAppliedCustomerBillingRate));
        QVERIFY(read.ok());
        QCOMPARE(read.value().bill.id, QStringLiteral("310"));
        QCOMPARE(read.value().type, ChargeType::Usage);
        QCOMPARE(read.value().kind, ChargeKind::Calls);
        QCOMPARE(read.value().taxExcluded.taxAtBasisPoints(2000), read.value().taxIncluded - read.value().taxExcluded);
        checkExample(parseObject(examples::kAppliedCustomerBillingRate), json::billItemFromJson, sampleBilledItem());
    }

    void billItemFromJson_sampleSpelledType_read() {
        // TMF678's sample calls the field appliedBillingRateType; the profile accepts it too.
        QJsonObject object = parseObject(examples::kAppliedCustomerBillingRate);
        object.remove(QStringLiteral("type"));
        object.insert(QStringLiteral("appliedBillingRateType"), QStringLiteral("recurring"));
        const Result<BillItem> read = json::billItemFromJson(object);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().type, ChargeType::Recurring);
    }

    void usageRecordFromJson_profileExample_read() {
        const Result<UsageRecord> read = json::usageRecordFromJson(parseObject(examples::kUsage));
        QVERIFY(read.ok());
        QCOMPARE(read.value().quantity, qint64(245));
        QCOMPARE(read.value().date, utc(2026, 10, 14, 9, 31, 7));
        QCOMPARE(read.value().date.timeSpec(), Qt::UTC);
        checkExample(parseObject(examples::kUsage), json::usageRecordFromJson, sampleCall());
    }

    void paymentFromJson_profileExample_read() {
        Payment expected = samplePayment();
        expected.allocations = {{Ref{QStringLiteral("310"), QStringLiteral("B-000005-202610")}, rub(9'748'140)}};
        const Result<Payment> read = json::paymentFromJson(parseObject(examples::kPayment));
        QVERIFY(read.ok());
        QCOMPARE(read.value().method, PaymentMethod::BankTransfer);
        QCOMPARE(read.value().allocations.size(), qsizetype(1));
        checkExample(parseObject(examples::kPayment), json::paymentFromJson, expected);
    }

    void portalUserFromJson_profileExample_read() {
        PortalUser expected = samplePortalUser();
        expected.permissions = {permission::viewAccounts, permission::viewFinance, permission::changeProducts,
                                permission::manageThresholds, permission::sendSms};
        expected.scope = {{ScopeKind::Organization, QStringLiteral("2"), QStringLiteral("Sales")}};
        checkExample(parseObject(examples::kMe), json::portalUserFromJson, expected);
    }

    void commentFromJson_profileExample_read() {
        checkExample(parseObject(examples::kComment), json::commentFromJson, sampleComment());
    }

    void newCommentFromJson_profileExample_readAndWrittenBack() {
        const QJsonObject example = parseObject(examples::kNewComment);
        const Result<Comment> read = json::newCommentFromJson(example);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().targetId, QStringLiteral("1042"));
        QCOMPARE(read.value().targetKind, CommentTargetKind::Product);
        QCOMPARE(read.value().text, sampleComment().text);
        QVERIFY(json::newCommentFromJson(withUnknownFields(example).toObject()).ok());
        QCOMPARE(json::newCommentJson(read.value()), example);
    }

    void newsItemFromJson_profileExample_read() {
        checkExample(parseObject(examples::kNews), json::newsItemFromJson, sampleNewsItem());
    }

    void chargeThresholdFromJson_profileExample_read() {
        ChargeThreshold expected;
        expected.id = QStringLiteral("12");
        expected.target = Ref{QStringLiteral("5"), QStringLiteral("Sales — mobile")};
        expected.targetKind = ThresholdTargetKind::BillingAccount;
        expected.first = rub(150'000);
        expected.second = rub(300'000);
        expected.lastUpdate = utc(2026, 11, 20, 8, 15);
        expected.updatedBy = QStringLiteral("admin");
        checkExample(parseObject(examples::kChargeThreshold), json::chargeThresholdFromJson, expected);
    }

    void newProductOrderFromJson_profileExample_readAndWrittenBack() {
        const QJsonObject example = parseObject(examples::kNewProductOrder);
        const Result<ProductOrder> read = json::newProductOrderFromJson(example);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        const ProductOrder &order = read.value();
        QCOMPARE(order.externalId, QStringLiteral("corpcare-3f7c1e0a-tariff"));
        QVERIFY(order.id.isEmpty());
        QCOMPARE(order.items.size(), qsizetype(1));
        const ProductOrderItem &item = order.items.first();
        QCOMPARE(item.product.id, QStringLiteral("1042"));
        QVERIFY(item.newTariff.has_value());
        QCOMPARE(item.newTariff->id, QStringLiteral("4"));
        QVERIFY(!item.newStatus.has_value());
        QCOMPARE(item.services.size(), qsizetype(1));
        QCOMPARE(item.services.first().action, ServiceChange::Action::Delete);
        QCOMPARE(item.services.first().product, QStringLiteral("1042-12"));
        QVERIFY(json::newProductOrderFromJson(withUnknownFields(example).toObject()).ok());
        QCOMPARE(json::newProductOrderJson(order), example);
    }

    void productOrderFromJson_profileExample_read() {
        const Result<ProductOrder> read = json::productOrderFromJson(parseObject(examples::kProductOrder));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().state, OrderState::Partial);
        QCOMPARE(read.value().completionDate, utc(2026, 11, 26, 10, 0, 9));
        QCOMPARE(read.value().items.size(), qsizetype(2));
        QCOMPARE(read.value().items.at(0).state, OrderItemState::Completed);
        QCOMPARE(read.value().items.at(1).state, OrderItemState::Failed);
        QCOMPARE(read.value().items.at(1).stateReason, QStringLiteral("not allowed"));
        checkExample(parseObject(examples::kProductOrder), json::productOrderFromJson, read.value());
    }

    void communicationMessageFromJson_profileExample_read() {
        CommunicationMessage expected;
        expected.id = QStringLiteral("33");
        expected.content = QStringLiteral("Roaming ends on 1 December");
        expected.state = MessageState::InProgress;
        expected.sendTime = utc(2026, 11, 26, 10);
        expected.sender = Ref{QStringLiteral("corpcare"), QStringLiteral("Aurora Retail Group")};
        expected.receivers = {{QStringLiteral("1042"), QStringLiteral("79161234567"), DeliveryState::Delivered,
                               utc(2026, 11, 26, 10, 0, 4)}};
        checkExample(parseObject(examples::kCommunicationMessage), json::communicationMessageFromJson, expected);
    }

    void auditRecordFromJson_profileExample_read() {
        const Result<AuditRecord> read = json::auditRecordFromJson(parseObject(examples::kAuditRecord));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().action, audit_action::productOrderItem);
        QCOMPARE(read.value().targetType, QStringLiteral("Product"));
        QCOMPARE(read.value().before.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(read.value().after.value(QStringLiteral("product")).toArray().size(), qsizetype(0));
        // before and after are free-form: unknown fields inside them are kept, so compare the plain read.
        const QJsonObject example = parseObject(examples::kAuditRecord);
        QCOMPARE(json::toJson(read.value()), example);
    }

    void fromJson_dateTimeWithOffsetOrMilliseconds_readAsUtc() {
        QJsonObject object = parseObject(examples::kUsage);
        object.insert(QStringLiteral("usageDate"), QStringLiteral("2026-10-14T12:31:07+03:00"));
        const Result<UsageRecord> offset = json::usageRecordFromJson(object);
        QVERIFY(offset.ok());
        QCOMPARE(offset.value().date, utc(2026, 10, 14, 9, 31, 7));
        QCOMPARE(offset.value().date.timeSpec(), Qt::UTC);
        object.insert(QStringLiteral("usageDate"), QStringLiteral("2026-10-14T09:31:07.250Z"));
        const Result<UsageRecord> withMs = json::usageRecordFromJson(object);
        QVERIFY(withMs.ok());
        QCOMPARE(withMs.value().date, utc(2026, 10, 14, 9, 31, 7).addMSecs(250));
    }

    void fromJson_moneyAsDecimalString_readExactly() {
        QJsonObject object = parseObject(examples::kCustomerBill);
        object.insert(QStringLiteral("taxIncludedAmount"),
                      QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")},
                                  {QStringLiteral("value"), QStringLiteral("97481.40")}});
        const Result<Bill> read = json::billFromJson(object);
        QVERIFY(read.ok());
        QCOMPARE(read.value().taxIncluded, rub(9'748'140));
    }

    void fromJson_unknownProductStatus_readAsUnknown() {
        QJsonObject object = parseObject(examples::kProduct);
        object.insert(QStringLiteral("status"), QStringLiteral("pendingActive"));
        QJsonArray children = object.value(QStringLiteral("product")).toArray();
        QJsonObject child = children.first().toObject();
        child.insert(QStringLiteral("status"), QStringLiteral("terminated"));
        children.replace(0, child);
        object.insert(QStringLiteral("product"), children);
        const Result<ServiceUser> read = json::serviceUserFromJson(object);
        QVERIFY(read.ok());
        QCOMPARE(read.value().status, ProductStatus::Unknown);
        QCOMPARE(read.value().services.first().status, ProductStatus::Unknown);
    }

    void fromJson_nullOptionalFields_readAsAbsent() {
        QJsonObject object = parseObject(examples::kBillingAccount);
        object.insert(QStringLiteral("creditLimit"), QJsonValue::Null);
        object.insert(QStringLiteral("disconnectionForecast"), QJsonValue::Null);
        const Result<BillingAccount> read = json::billingAccountFromJson(object);
        QVERIFY(read.ok());
        QVERIFY(!read.value().creditLimit.has_value());
        QVERIFY(!read.value().disconnectionForecast.has_value());
    }

    void docsExamples_everyJsonBlock_readAndWrittenBackIdentically() {
        // The embedded examples above are the document's: every JSON block of the profile is read
        // by its reader and written back unchanged, so a change to the document shows up here.
        const QByteArray sourceDir = qgetenv("CORPCARE_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "CORPCARE_SOURCE_DIR is not set");
        QFile file(QString::fromLocal8Bit(sourceDir) + QStringLiteral("/docs/api-profile.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());

        static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        QStringList seen;
        for (const QRegularExpressionMatch &match : block.globalMatch(text)) {
            const QJsonObject object = parseObject(match.captured(1).toUtf8().constData());
            QVERIFY2(!object.isEmpty(), qPrintable(match.captured(1)));
            // The /corporate/v1 resources carry no @type: they are told apart by their fields.
            QString type = object.value(QStringLiteral("@type")).toString();
            if (type == QLatin1String("ProductOrder") && !object.contains(QStringLiteral("id"))) {
                type = QStringLiteral("newProductOrder");
            } else if (object.contains(QStringLiteral("first"))) {
                type = QStringLiteral("chargeThreshold");
            } else if (object.contains(QStringLiteral("actor"))) {
                type = QStringLiteral("auditRecord");
            } else if (object.contains(QStringLiteral("login"))) {
                type = QStringLiteral("me");
            } else if (object.contains(QStringLiteral("target"))) {
                type = object.contains(QStringLiteral("id")) ? QStringLiteral("comment") : QStringLiteral("newComment");
            } else if (object.contains(QStringLiteral("publishedAt"))) {
                type = QStringLiteral("news");
            } else if (type.isEmpty() && object.contains(QStringLiteral("report"))) {
                type = QStringLiteral("deliverySchedule");
            } else if (type == QLatin1String("ReportDelivery") && !object.contains(QStringLiteral("id"))) {
                type = QStringLiteral("newReportDelivery");
            }
            seen.append(type);
            if (type == QLatin1String("Organization")) {
                QCOMPARE(object, parseObject(examples::kOrganization));
                checkDocumented(object, json::organizationFromJson);
            } else if (type == QLatin1String("Individual")) {
                QCOMPARE(object, parseObject(examples::kIndividual));
                checkDocumented(object, json::individualFromJson);
            } else if (type == QLatin1String("CorporateBillingAccount")) {
                QCOMPARE(object, parseObject(examples::kBillingAccount));
                checkDocumented(object, json::billingAccountFromJson);
            } else if (type == QLatin1String("Product")) {
                QCOMPARE(object, parseObject(examples::kProduct));
                checkDocumented(object, json::serviceUserFromJson);
            } else if (type == QLatin1String("CorporateProductOffering")) {
                QCOMPARE(object, parseObject(examples::kProductOffering));
                checkDocumented(object, json::productOfferingFromJson);
            } else if (type == QLatin1String("CustomerBill")) {
                QCOMPARE(object, parseObject(examples::kCustomerBill));
                checkDocumented(object, json::billFromJson);
            } else if (type == QLatin1String("AppliedCustomerBillingRate")) {
                QCOMPARE(object, parseObject(examples::kAppliedCustomerBillingRate));
                checkDocumented(object, json::billItemFromJson);
            } else if (type == QLatin1String("Usage")) {
                QCOMPARE(object, parseObject(examples::kUsage));
                checkDocumented(object, json::usageRecordFromJson);
            } else if (type == QLatin1String("Payment")) {
                QCOMPARE(object, parseObject(examples::kPayment));
                checkDocumented(object, json::paymentFromJson);
            } else if (type == QLatin1String("me")) {
                QCOMPARE(object, parseObject(examples::kMe));
                checkDocumented(object, json::portalUserFromJson);
            } else if (type == QLatin1String("comment")) {
                QCOMPARE(object, parseObject(examples::kComment));
                checkDocumented(object, json::commentFromJson);
            } else if (type == QLatin1String("newComment")) {
                QCOMPARE(object, parseObject(examples::kNewComment));
                const Result<Comment> read = json::newCommentFromJson(object);
                QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
                QCOMPARE(json::newCommentJson(read.value()), object);
            } else if (type == QLatin1String("news")) {
                QCOMPARE(object, parseObject(examples::kNews));
                checkDocumented(object, json::newsItemFromJson);
            } else if (type == QLatin1String("chargeThreshold")) {
                QCOMPARE(object, parseObject(examples::kChargeThreshold));
                checkDocumented(object, json::chargeThresholdFromJson);
            } else if (type == QLatin1String("newProductOrder")) {
                QCOMPARE(object, parseObject(examples::kNewProductOrder));
                const Result<ProductOrder> read = json::newProductOrderFromJson(object);
                QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
                QCOMPARE(json::newProductOrderJson(read.value()), object);
            } else if (type == QLatin1String("ProductOrder")) {
                QCOMPARE(object, parseObject(examples::kProductOrder));
                checkDocumented(object, json::productOrderFromJson);
            } else if (type == QLatin1String("CommunicationMessage")) {
                QCOMPARE(object, parseObject(examples::kCommunicationMessage));
                checkDocumented(object, json::communicationMessageFromJson);
            } else if (type == QLatin1String("ReportDelivery")) {
                checkDocumented(object, json::reportDeliveryFromJson);
            } else if (type == QLatin1String("newReportDelivery")) {
                const Result<ReportDelivery> read = json::newReportDeliveryFromJson(object);
                QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
                QCOMPARE(json::newReportDeliveryJson(read.value()), object);
            } else if (type == QLatin1String("deliverySchedule")) {
                checkDocumented(object, json::deliveryScheduleFromJson);
            } else if (type == QLatin1String("auditRecord")) {
                QCOMPARE(object, parseObject(examples::kAuditRecord));
                checkDocumented(object, json::auditRecordFromJson);
            } else if (type != QLatin1String("Error")) {
                QFAIL(qPrintable(QStringLiteral("a documented example without a reader: @type \"%1\"").arg(type)));
            }
        }
        seen.sort();
        QCOMPARE(seen, QStringList({QStringLiteral("AppliedCustomerBillingRate"),
                                    QStringLiteral("CommunicationMessage"),
                                    QStringLiteral("CorporateBillingAccount"),
                                    QStringLiteral("CorporateProductOffering"),
                                    QStringLiteral("CustomerBill"),
                                    QStringLiteral("Error"),
                                    QStringLiteral("Individual"),
                                    QStringLiteral("Organization"),
                                    QStringLiteral("Payment"),
                                    QStringLiteral("Product"),
                                    QStringLiteral("ProductOrder"),
                                    QStringLiteral("ReportDelivery"),
                                    QStringLiteral("Usage"),
                                    QStringLiteral("auditRecord"),
                                    QStringLiteral("chargeThreshold"),
                                    QStringLiteral("comment"),
                                    QStringLiteral("deliverySchedule"),
                                    QStringLiteral("me"),
                                    QStringLiteral("newComment"),
                                    QStringLiteral("newProductOrder"),
                                    QStringLiteral("newReportDelivery"),
                                    QStringLiteral("news")}));
    }
};

QTEST_GUILESS_MAIN(TestJsonExamples)
#include "tst_json_examples.moc"
