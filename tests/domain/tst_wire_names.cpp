#include "domain/json/paths.h"
#include "domain/json/wire_names.h"
#include "domain/product.h"

#include <QTest>

#include <utility>

using namespace corpcare::domain;
using corpcare::domain::json::Resource;

namespace {

// Every enumerator with its profile spelling (docs/api-profile.md), both directions checked.
template <typename Enum>
void checkTable(const std::initializer_list<std::pair<Enum, const char *>> &expected) {
    for (const auto &[value, text] : expected) {
        const QString spelled = QString::fromLatin1(text);
        QCOMPARE(wire::toWire(value), spelled);
        const std::optional<Enum> back = wire::fromWire<Enum>(spelled);
        QVERIFY2(back.has_value(), text);
        QVERIFY2(*back == value, text);
        // Spellings are case-sensitive: "Active" is not "active".
        const QString flipped =
            spelled.at(0).isUpper() ? spelled.toLower() : QString(spelled.at(0).toUpper() + spelled.mid(1));
        QVERIFY2(!wire::fromWire<Enum>(flipped).has_value(), qPrintable(flipped));
    }
    QVERIFY(!wire::fromWire<Enum>(QStringLiteral("bogus")).has_value());
    QVERIFY(!wire::fromWire<Enum>(QString()).has_value());
}

} // namespace

class TestWireNames : public QObject {
    Q_OBJECT

private slots:
    void toWire_organizationType_profileSpelling() {
        checkTable<OrganizationType>(
            {{OrganizationType::Company, "company"}, {OrganizationType::Department, "department"}});
    }
    void toWire_settlementMethod_profileSpelling() {
        checkTable<SettlementMethod>({{SettlementMethod::Prepaid, "prepaid"},
                                      {SettlementMethod::Postpaid, "postpaid"},
                                      {SettlementMethod::Credit, "credit"}});
    }
    void toWire_accountState_profileSpelling() {
        checkTable<AccountState>({{AccountState::Active, "active"},
                                  {AccountState::PartiallySuspended, "partiallySuspended"},
                                  {AccountState::Suspended, "suspended"}});
    }
    void toWire_paymentStatus_profileSpelling() {
        checkTable<PaymentStatus>(
            {{PaymentStatus::Paid, "paid"}, {PaymentStatus::Due, "due"}, {PaymentStatus::Overdue, "overdue"}});
    }
    void toWire_productStatus_profileSpelling() {
        checkTable<ProductStatus>({{ProductStatus::Active, "active"},
                                   {ProductStatus::Suspended, "suspended"},
                                   {ProductStatus::Unknown, "unknown"}});
    }
    void toWire_offeringKind_profileSpelling() {
        checkTable<OfferingKind>({{OfferingKind::Tariff, "tariff"}, {OfferingKind::Service, "service"}});
    }
    void toWire_billState_profileSpelling() {
        checkTable<BillState>(
            {{BillState::Sent, "sent"}, {BillState::PartiallyPaid, "partiallyPaid"}, {BillState::Settled, "settled"}});
    }
    void toWire_chargeType_profileSpelling() {
        checkTable<ChargeType>({{ChargeType::Recurring, "recurring"}, {ChargeType::Usage, "usage"}});
    }
    void toWire_chargeKind_profileSpelling() {
        checkTable<ChargeKind>({{ChargeKind::Tariff, "tariff"},
                                {ChargeKind::Service, "service"},
                                {ChargeKind::Calls, "calls"},
                                {ChargeKind::Sms, "sms"},
                                {ChargeKind::Data, "data"}});
    }
    void toWire_usageType_profileSpelling() {
        checkTable<UsageType>({{UsageType::Call, "call"}, {UsageType::Sms, "sms"}, {UsageType::Data, "data"}});
    }
    void toWire_paymentMethod_profileSpelling() {
        checkTable<PaymentMethod>({{PaymentMethod::BankTransfer, "bankTransfer"},
                                   {PaymentMethod::Card, "card"},
                                   {PaymentMethod::Cash, "cash"}});
    }
    void toWire_scopeKind_referredTypeSpelling() {
        checkTable<ScopeKind>({{ScopeKind::Organization, "Organization"},
                               {ScopeKind::BillingAccount, "BillingAccount"},
                               {ScopeKind::Product, "Product"}});
    }
    void toWire_commentTargetKind_referredTypeSpelling() {
        checkTable<CommentTargetKind>(
            {{CommentTargetKind::BillingAccount, "BillingAccount"}, {CommentTargetKind::Product, "Product"}});
        QVERIFY(!wire::fromWire<CommentTargetKind>(QStringLiteral("Organization")).has_value());
    }
    void toWire_thresholdTargetKind_referredTypeSpelling() {
        checkTable<ThresholdTargetKind>({{ThresholdTargetKind::Organization, "Organization"},
                                         {ThresholdTargetKind::BillingAccount, "BillingAccount"},
                                         {ThresholdTargetKind::Product, "Product"}});
    }
    void toWire_orderStates_profileSpelling() {
        checkTable<OrderItemState>({{OrderItemState::Acknowledged, "acknowledged"},
                                    {OrderItemState::InProgress, "inProgress"},
                                    {OrderItemState::Completed, "completed"},
                                    {OrderItemState::Failed, "failed"},
                                    {OrderItemState::Cancelled, "cancelled"}});
        checkTable<OrderState>({{OrderState::Acknowledged, "acknowledged"},
                                {OrderState::InProgress, "inProgress"},
                                {OrderState::Completed, "completed"},
                                {OrderState::Partial, "partial"},
                                {OrderState::Failed, "failed"},
                                {OrderState::Cancelled, "cancelled"}});
        checkTable<ServiceChange::Action>(
            {{ServiceChange::Action::Add, "add"}, {ServiceChange::Action::Delete, "delete"}});
        checkTable<CancellationState>({{CancellationState::Acknowledged, "acknowledged"},
                                       {CancellationState::InProgress, "inProgress"},
                                       {CancellationState::Done, "done"},
                                       {CancellationState::TerminatedWithError, "terminatedWithError"}});
    }
    void toWire_deliveryStates_profileSpelling() {
        checkTable<DeliveryState>({{DeliveryState::Pending, "pending"},
                                   {DeliveryState::Sent, "sent"},
                                   {DeliveryState::Delivered, "delivered"},
                                   {DeliveryState::Failed, "failed"}});
        checkTable<MessageState>({{MessageState::InProgress, "inProgress"}, {MessageState::Completed, "completed"}});
    }
    void ratingType_settlementMethods_prepaidOrPostpaid() {
        QCOMPARE(wire::ratingType(SettlementMethod::Prepaid), QStringLiteral("prepaid"));
        QCOMPARE(wire::ratingType(SettlementMethod::Postpaid), QStringLiteral("postpaid"));
        QCOMPARE(wire::ratingType(SettlementMethod::Credit), QStringLiteral("postpaid"));
    }

    void hrefFor_everyResource_profileBasePath_data() {
        QTest::addColumn<Resource>("kind");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("tmfType");
        QTest::newRow("organization") << Resource::Organization << "/tmf-api/party/v4/organization/7"
                                      << "Organization";
        QTest::newRow("individual") << Resource::Individual << "/tmf-api/party/v4/individual/7"
                                    << "Individual";
        QTest::newRow("billingAccount") << Resource::BillingAccount << "/tmf-api/accountManagement/v4/billingAccount/7"
                                        << "BillingAccount";
        QTest::newRow("product") << Resource::Product << "/tmf-api/productInventory/v4/product/7"
                                 << "Product";
        QTest::newRow("productOffering") << Resource::ProductOffering
                                         << "/tmf-api/productCatalogManagement/v4/productOffering/7"
                                         << "ProductOffering";
        QTest::newRow("customerBill") << Resource::CustomerBill << "/tmf-api/customerBillManagement/v4/customerBill/7"
                                      << "CustomerBill";
        QTest::newRow("appliedCustomerBillingRate")
            << Resource::AppliedCustomerBillingRate << "/tmf-api/customerBillManagement/v4/appliedCustomerBillingRate/7"
            << "AppliedCustomerBillingRate";
        QTest::newRow("usage") << Resource::Usage << "/tmf-api/usageManagement/v4/usage/7"
                               << "Usage";
        QTest::newRow("payment") << Resource::Payment << "/tmf-api/paymentManagement/v4/payment/7"
                                 << "Payment";
        QTest::newRow("productOrder") << Resource::ProductOrder
                                      << "/tmf-api/productOrderingManagement/v4/productOrder/7"
                                      << "ProductOrder";
        QTest::newRow("cancelProductOrder")
            << Resource::CancelProductOrder << "/tmf-api/productOrderingManagement/v4/cancelProductOrder/7"
            << "CancelProductOrder";
        QTest::newRow("communicationMessage")
            << Resource::CommunicationMessage << "/tmf-api/communicationManagement/v4/communicationMessage/7"
            << "CommunicationMessage";
    }
    void hrefFor_everyResource_profileBasePath() {
        QFETCH(Resource, kind);
        QFETCH(QString, href);
        QFETCH(QString, tmfType);
        QCOMPARE(json::hrefFor(kind, QStringLiteral("7")), href);
        QCOMPARE(json::collectionPath(kind) + QStringLiteral("/7"), href);
        QCOMPARE(json::apiBasePath(kind) + QLatin1Char('/') + json::resourceName(kind), json::collectionPath(kind));
        QCOMPARE(json::tmfTypeName(kind), tmfType);
    }
    void hrefFor_allResources_listedOnceEach() {
        QCOMPARE(json::kAllResources.size(), std::size_t(12));
        QStringList collections;
        for (Resource kind : json::kAllResources) {
            collections.append(json::collectionPath(kind));
        }
        collections.removeDuplicates();
        QCOMPARE(collections.size(), qsizetype(12));
    }
    void hrefFor_opaqueIds_percentEncoded() {
        QCOMPARE(json::hrefFor(Resource::Usage, QStringLiteral("1042-202610-c-17")),
                 QStringLiteral("/tmf-api/usageManagement/v4/usage/1042-202610-c-17"));
        QCOMPARE(json::hrefFor(Resource::Product, QStringLiteral("a b/c?d")),
                 QStringLiteral("/tmf-api/productInventory/v4/product/a%20b%2Fc%3Fd"));
    }
    void corporatePaths_extensions_profileSpelling() {
        QCOMPARE(QString::fromLatin1(json::kTokenPath), QStringLiteral("/corporate/v1/oauth2/token"));
        QCOMPARE(QString::fromLatin1(json::kMePath), QStringLiteral("/corporate/v1/me"));
        QVERIFY(QString::fromLatin1(json::kTokenPath).startsWith(QString::fromLatin1(json::kCorporateBasePath)));
        QCOMPARE(QString::fromLatin1(json::kCommentPath), QStringLiteral("/corporate/v1/comment"));
        QCOMPARE(QString::fromLatin1(json::kNewsPath), QStringLiteral("/corporate/v1/news"));
        QCOMPARE(QString::fromLatin1(json::kChargeThresholdPath), QStringLiteral("/corporate/v1/chargeThreshold"));
        QCOMPARE(QString::fromLatin1(json::kAuditRecordPath), QStringLiteral("/corporate/v1/auditRecord"));
    }

    void formatMsisdn_elevenDigits_grouped() {
        QCOMPARE(formatMsisdn(QStringLiteral("79161234567")), QStringLiteral("+7 916 123-45-67"));
        QCOMPARE(formatMsisdn(QStringLiteral("74955550123")), QStringLiteral("+7 495 555-01-23"));
    }
    void formatMsisdn_otherLengths_plusPrefixed() {
        QCOMPARE(formatMsisdn(QStringLiteral("4930123456")), QStringLiteral("+4930123456"));
        QCOMPARE(formatMsisdn(QStringLiteral("491701234567")), QStringLiteral("+491701234567"));
        QCOMPARE(formatMsisdn(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestWireNames)
#include "tst_wire_names.moc"
