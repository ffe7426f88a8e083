// Writers: every resource reads back equal, and the written shape follows docs/api-profile.md §3/§4.

#include "domain/json/mapping.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace corpcare::domain;
using namespace corpcare::domain::testing;

namespace {

// toJson -> fromJson is the identity, directly and through JSON text (as on the wire), and writing
// what was read gives the same JSON again.
template <typename T>
void checkRoundTrip(const T &value, Result<T> (*read)(const QJsonObject &)) {
    const QJsonObject written = json::toJson(value);
    const Result<T> direct = read(written);
    QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().toString()));
    QVERIFY2(direct.value() == value, compact(written).constData());

    QJsonParseError error{};
    const QJsonDocument reparsed = QJsonDocument::fromJson(compact(written), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Result<T> viaText = read(reparsed.object());
    QVERIFY2(viaText.ok(), qPrintable(viaText.ok() ? QString() : viaText.error().toString()));
    QVERIFY2(viaText.value() == value, compact(written).constData());
    QVERIFY(json::toJson(viaText.value()) == written);
}

QJsonObject at(const QJsonObject &object, const QString &key) {
    return object.value(key).toObject();
}
QJsonObject first(const QJsonObject &object, const QString &key) {
    return object.value(key).toArray().first().toObject();
}

} // namespace

class TestJsonRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void fromJson_organizations_equalAfterRoundTrip() {
        checkRoundTrip(sampleCompany(), json::organizationFromJson);
        checkRoundTrip(sampleDepartment(), json::organizationFromJson);
    }
    void fromJson_individuals_equalAfterRoundTrip() {
        checkRoundTrip(sampleIndividual(), json::individualFromJson);
        Individual unemployed = sampleIndividual();
        unemployed.employer = {};
        checkRoundTrip(unemployed, json::individualFromJson);
    }
    void fromJson_billingAccounts_equalAfterRoundTrip() {
        checkRoundTrip(sampleCreditAccount(), json::billingAccountFromJson);
        checkRoundTrip(samplePrepaidAccount(), json::billingAccountFromJson);
        BillingAccount extremes = sampleCreditAccount();
        extremes.settlementMethod = SettlementMethod::Postpaid;
        extremes.state = AccountState::Suspended;
        extremes.paymentStatus = PaymentStatus::Due;
        extremes.balance = rub(-(Money::kMaxAbsMinor - 1));
        extremes.creditLimit = rub(Money::kMaxAbsMinor - 1);
        extremes.expenditureRate = rub(1);
        checkRoundTrip(extremes, json::billingAccountFromJson);
    }
    void fromJson_serviceUsers_equalAfterRoundTrip() {
        checkRoundTrip(sampleServiceUser(), json::serviceUserFromJson);
        ServiceUser bare = sampleServiceUser();
        bare.services.clear();
        bare.user = {};
        bare.department = {};
        bare.status = ProductStatus::Unknown;
        bare.currentCharges.reset();
        checkRoundTrip(bare, json::serviceUserFromJson);
        ServiceUser nothingYet = sampleServiceUser();
        nothingYet.currentCharges = rub(0);
        checkRoundTrip(nothingYet, json::serviceUserFromJson);
        ServiceUser credited = sampleServiceUser();
        credited.currentCharges = rub(-1);
        checkRoundTrip(credited, json::serviceUserFromJson);
    }
    void fromJson_comments_equalAfterRoundTrip() {
        checkRoundTrip(sampleComment(), json::commentFromJson);
        Comment onAccount = sampleComment();
        onAccount.targetKind = CommentTargetKind::BillingAccount;
        onAccount.targetId = QStringLiteral("5");
        onAccount.author.name.clear();
        onAccount.text = QStringLiteral("Line one\nline two — «quoted» 😀");
        checkRoundTrip(onAccount, json::commentFromJson);
    }
    void fromJson_newsItems_equalAfterRoundTrip() {
        checkRoundTrip(sampleNewsItem(), json::newsItemFromJson);
        NewsItem other = sampleNewsItem();
        other.audience = QStringLiteral("partner");
        other.body.clear();
        checkRoundTrip(other, json::newsItemFromJson);
    }
    void newCommentFromJson_writtenBody_readBackTargetAndText() {
        const Comment comment = sampleComment();
        const QJsonObject body = json::newCommentJson(comment);
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("target"), QStringLiteral("text")}));
        const Result<Comment> read = json::newCommentFromJson(body);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(read.value().targetId, comment.targetId);
        QCOMPARE(read.value().targetKind, comment.targetKind);
        QCOMPARE(read.value().text, comment.text);
        QVERIFY(read.value().id.isEmpty());
        QVERIFY(read.value().author.isNull());
        QVERIFY(!read.value().createdAt.isValid());
    }
    void fromJson_productOfferings_equalAfterRoundTrip() {
        checkRoundTrip(sampleTariff(), json::productOfferingFromJson);
        checkRoundTrip(sampleService(), json::productOfferingFromJson);
        ProductOffering pricedService = sampleService();
        pricedService.usagePrices = {rub(0), rub(5), rub(0)};
        checkRoundTrip(pricedService, json::productOfferingFromJson);
    }
    void fromJson_bills_equalAfterRoundTrip() {
        checkRoundTrip(sampleBill(), json::billFromJson);
        for (int basisPoints : {0, 1, 1800, 2000, 9999, 10000}) {
            Bill bill = sampleBill();
            bill.taxRateBasisPoints = basisPoints;
            bill.state = BillState::Settled;
            checkRoundTrip(bill, json::billFromJson);
        }
    }
    void fromJson_billItems_equalAfterRoundTrip() {
        checkRoundTrip(sampleBilledItem(), json::billItemFromJson);
        checkRoundTrip(sampleUnbilledServiceItem(), json::billItemFromJson);
        BillItem data = sampleBilledItem();
        data.kind = ChargeKind::Data;
        data.date = utc(2026, 11, 1, 3, 4, 5);
        checkRoundTrip(data, json::billItemFromJson);
    }
    void fromJson_usageRecords_equalAfterRoundTrip() {
        checkRoundTrip(sampleCall(), json::usageRecordFromJson);
        checkRoundTrip(sampleSms(), json::usageRecordFromJson);
        checkRoundTrip(sampleData(), json::usageRecordFromJson);
        UsageRecord silent = sampleCall();
        silent.counterpart.clear();
        silent.description.clear();
        silent.quantity = 0;
        checkRoundTrip(silent, json::usageRecordFromJson);
    }
    void fromJson_payments_equalAfterRoundTrip() {
        checkRoundTrip(samplePayment(), json::paymentFromJson);
        checkRoundTrip(sampleTopUp(), json::paymentFromJson);
        Payment cash = sampleTopUp();
        cash.method = PaymentMethod::Cash;
        checkRoundTrip(cash, json::paymentFromJson);
    }
    void fromJson_portalUsers_equalAfterRoundTrip() {
        checkRoundTrip(samplePortalUser(), json::portalUserFromJson);
        PortalUser nobody = samplePortalUser();
        nobody.permissions.clear();
        nobody.scope.clear();
        checkRoundTrip(nobody, json::portalUserFromJson);
    }

    void toJson_company_noParentAndHeadOffice() {
        const QJsonObject out = json::toJson(sampleCompany());
        QVERIFY(!out.contains(QStringLiteral("organizationParentRelationship")));
        QCOMPARE(out.value(QStringLiteral("href")).toString(), QStringLiteral("/tmf-api/party/v4/organization/1"));
        QCOMPARE(out.value(QStringLiteral("@type")).toString(), QStringLiteral("Organization"));
        QVERIFY(!out.contains(QStringLiteral("@baseType")));
        QCOMPARE(out.value(QStringLiteral("organizationType")).toString(), QStringLiteral("company"));
        QCOMPARE(out.value(QStringLiteral("isHeadOffice")).toBool(), true);
        QCOMPARE(out.value(QStringLiteral("isLegalEntity")).toBool(), true);
    }
    void toJson_department_parentRefWithReferredType() {
        const QJsonObject parent =
            at(at(json::toJson(sampleDepartment()), QStringLiteral("organizationParentRelationship")),
               QStringLiteral("organization"));
        QCOMPARE(parent.value(QStringLiteral("href")).toString(), QStringLiteral("/tmf-api/party/v4/organization/1"));
        QCOMPARE(parent.value(QStringLiteral("@referredType")).toString(), QStringLiteral("Organization"));
        QCOMPARE(parent.value(QStringLiteral("name")).toString(), QStringLiteral("Northwind Trading LLC"));
    }
    void toJson_prepaidAccount_optionalFieldsOmitted() {
        const QJsonObject out = json::toJson(samplePrepaidAccount());
        QVERIFY(!out.contains(QStringLiteral("creditLimit")));
        QVERIFY(!out.contains(QStringLiteral("disconnectionForecast")));
        QVERIFY(!first(out, QStringLiteral("accountBalance")).contains(QStringLiteral("validFor")));
        QVERIFY(!first(out, QStringLiteral("relatedParty")).contains(QStringLiteral("name")));
        QCOMPARE(out.value(QStringLiteral("ratingType")).toString(), QStringLiteral("prepaid"));
        QCOMPARE(out.value(QStringLiteral("settlementMethod")).toString(), QStringLiteral("prepaid"));
    }
    void toJson_creditAccount_extensionFieldsAndSubclassType() {
        const QJsonObject out = json::toJson(sampleCreditAccount());
        QCOMPARE(out.value(QStringLiteral("@type")).toString(), QStringLiteral("CorporateBillingAccount"));
        QCOMPARE(out.value(QStringLiteral("@baseType")).toString(), QStringLiteral("BillingAccount"));
        QCOMPARE(out.value(QStringLiteral("href")).toString(),
                 QStringLiteral("/tmf-api/accountManagement/v4/billingAccount/5"));
        QCOMPARE(out.value(QStringLiteral("ratingType")).toString(), QStringLiteral("postpaid"));
        QCOMPARE(out.value(QStringLiteral("state")).toString(), QStringLiteral("partiallySuspended"));
        QCOMPARE(out.value(QStringLiteral("disconnectionForecast")).toString(), QStringLiteral("2027-01-10"));
        const QJsonObject balance = first(out, QStringLiteral("accountBalance"));
        QCOMPARE(balance.value(QStringLiteral("balanceType")).toString(), QStringLiteral("current"));
        QCOMPARE(at(balance, QStringLiteral("validFor")).value(QStringLiteral("startDateTime")).toString(),
                 QStringLiteral("2026-11-25T00:00:00Z"));
        const QJsonValue value = at(balance, QStringLiteral("amount")).value(QStringLiteral("value"));
        QVERIFY(value.isDouble());
        QCOMPARE(value.toDouble(), -48210.35);
        QVERIFY(compact(out).contains("{\"unit\":\"RUB\",\"value\":-48210.35}"));
        QCOMPARE(first(out, QStringLiteral("relatedParty")).value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));
    }
    void toJson_bill_periodEndIsNextDayMidnight() {
        const QJsonObject out = json::toJson(sampleBill());
        const QJsonObject period = at(out, QStringLiteral("billingPeriod"));
        QCOMPARE(period.value(QStringLiteral("startDateTime")).toString(), QStringLiteral("2026-10-01T00:00:00Z"));
        QCOMPARE(period.value(QStringLiteral("endDateTime")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(out.value(QStringLiteral("billDate")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(out.value(QStringLiteral("state")).toString(), QStringLiteral("partiallyPaid"));
        QCOMPARE(out.value(QStringLiteral("amountDue")), out.value(QStringLiteral("taxIncludedAmount")));
        const QJsonObject tax = first(out, QStringLiteral("taxItem"));
        QCOMPARE(tax.value(QStringLiteral("taxRate")).toDouble(), 0.2);
        QCOMPARE(at(tax, QStringLiteral("taxAmount")).value(QStringLiteral("value")).toDouble(), 16246.9);
    }
    void toJson_unbilledItem_noBillAndServiceOffering() {
        const QJsonObject out = json::toJson(sampleUnbilledServiceItem());
        QVERIFY(!out.contains(QStringLiteral("bill")));
        QCOMPARE(out.value(QStringLiteral("isBilled")).toBool(true), false);
        QCOMPARE(out.value(QStringLiteral("type")).toString(), QStringLiteral("recurring"));
        QCOMPARE(out.value(QStringLiteral("chargeKind")).toString(), QStringLiteral("service"));
        const QJsonObject offering = at(out, QStringLiteral("productOffering"));
        QCOMPARE(offering.value(QStringLiteral("@referredType")).toString(), QStringLiteral("ProductOffering"));
        QCOMPARE(offering.value(QStringLiteral("href")).toString(),
                 QStringLiteral("/tmf-api/productCatalogManagement/v4/productOffering/12"));
        QCOMPARE(at(out, QStringLiteral("periodCoverage")).value(QStringLiteral("endDateTime")).toString(),
                 QStringLiteral("2026-11-26T00:00:00Z"));
    }
    void toJson_billedItem_billRefWithoutReferredType() {
        const QJsonObject out = json::toJson(sampleBilledItem());
        QCOMPARE(at(out, QStringLiteral("bill")),
                 (QJsonObject{
                     {QStringLiteral("id"), QStringLiteral("310")},
                     {QStringLiteral("href"), QStringLiteral("/tmf-api/customerBillManagement/v4/customerBill/310")}}));
        QVERIFY(!out.contains(QStringLiteral("productOffering")));
        QCOMPARE(out.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
    }
    void toJson_productWithoutServices_noChildProducts() {
        ServiceUser bare = sampleServiceUser();
        bare.services.clear();
        bare.user = {};
        const QJsonObject out = json::toJson(bare);
        QVERIFY(!out.contains(QStringLiteral("product")));
        QCOMPARE(out.value(QStringLiteral("isBundle")).toBool(true), false);
        QCOMPARE(out.value(QStringLiteral("relatedParty")).toArray().size(), qsizetype(1));
        QCOMPARE(out.value(QStringLiteral("name")).toString(), QStringLiteral("+7 916 123-45-67"));
    }
    void toJson_productWithoutCurrentCharges_fieldOmitted() {
        ServiceUser line = sampleServiceUser();
        QCOMPARE(at(json::toJson(line), QStringLiteral("currentCharges")),
                 (QJsonObject{{QStringLiteral("unit"), QStringLiteral("RUB")}, {QStringLiteral("value"), 812.4}}));
        line.currentCharges.reset();
        QVERIFY(!json::toJson(line).contains(QStringLiteral("currentCharges")));
    }
    void toJson_comment_profileShape() {
        const QJsonObject out = json::toJson(sampleComment());
        QCOMPARE(out.keys(), (QStringList{QStringLiteral("author"), QStringLiteral("createdAt"), QStringLiteral("id"),
                                          QStringLiteral("target"), QStringLiteral("text")}));
        QCOMPARE(at(out, QStringLiteral("target")),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("1042")},
                              {QStringLiteral("@referredType"), QStringLiteral("Product")}}));
        QCOMPARE(at(out, QStringLiteral("author")),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                              {QStringLiteral("name"), QStringLiteral("Head of Sales")}}));
        QCOMPARE(out.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-11-20T09:15:00Z"));
        Comment onAccount = sampleComment();
        onAccount.targetKind = CommentTargetKind::BillingAccount;
        QCOMPARE(at(json::toJson(onAccount), QStringLiteral("target")).value(QStringLiteral("@referredType")),
                 QJsonValue(QStringLiteral("BillingAccount")));
    }
    void toJson_newsItem_profileShape() {
        const QJsonObject out = json::toJson(sampleNewsItem());
        QCOMPARE(out.keys(), (QStringList{QStringLiteral("audience"), QStringLiteral("body"), QStringLiteral("id"),
                                          QStringLiteral("publishedAt"), QStringLiteral("title")}));
        QCOMPARE(out.value(QStringLiteral("publishedAt")).toString(), QStringLiteral("2026-10-28T10:00:00Z"));
        QCOMPARE(out.value(QStringLiteral("audience")).toString(), QStringLiteral("corporate"));
    }
    void toJson_serviceOffering_noUsagePrices() {
        const QJsonObject service = json::toJson(sampleService());
        QVERIFY(!service.contains(QStringLiteral("usagePrices")));
        QVERIFY(!service.contains(QStringLiteral("description")));
        QCOMPARE(first(service, QStringLiteral("category")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("service"));
        QCOMPARE(service.value(QStringLiteral("@type")).toString(), QStringLiteral("CorporateProductOffering"));
        QCOMPARE(service.value(QStringLiteral("@baseType")).toString(), QStringLiteral("ProductOffering"));
        QVERIFY(json::toJson(sampleTariff()).contains(QStringLiteral("usagePrices")));
    }
    void toJson_smsAndData_characteristicsPerType() {
        const QJsonArray sms = json::toJson(sampleSms()).value(QStringLiteral("usageCharacteristic")).toArray();
        QCOMPARE(sms.size(), qsizetype(1));
        QCOMPARE(sms.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("counterpart"));
        const QJsonArray data = json::toJson(sampleData()).value(QStringLiteral("usageCharacteristic")).toArray();
        QCOMPARE(data.size(), qsizetype(1));
        QCOMPARE(data.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("volume"));
        QCOMPARE(data.first().toObject().value(QStringLiteral("value")).toInteger(), qint64(1048577));
    }
    void toJson_topUp_noPaymentItem() {
        const QJsonObject out = json::toJson(sampleTopUp());
        QVERIFY(!out.contains(QStringLiteral("paymentItem")));
        QCOMPARE(at(out, QStringLiteral("paymentMethod")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("card"));
        QCOMPARE(out.value(QStringLiteral("totalAmount")), out.value(QStringLiteral("amount")));
        QCOMPARE(out.value(QStringLiteral("paymentDate")).toString(), QStringLiteral("2026-11-19T08:15:00Z"));
    }
    void toJson_dateTimeWithOffset_writtenInUtc() {
        UsageRecord call = sampleCall();
        call.date = QDateTime(QDate(2026, 10, 14), QTime(12, 31, 7), QTimeZone(3 * 3600));
        QCOMPARE(json::toJson(call).value(QStringLiteral("usageDate")).toString(),
                 QStringLiteral("2026-10-14T09:31:07Z"));
    }
};

QTEST_GUILESS_MAIN(TestJsonRoundTrip)
#include "tst_json_roundtrip.moc"
