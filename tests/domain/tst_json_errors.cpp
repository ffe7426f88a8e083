// Readers reject bad input with the exact path and message: each row changes one field of a
// documented example (docs/api-profile.md) and names the error the reader must report.

#include "domain/json/mapping.h"
#include "examples.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QTest>

#include <span>
#include <variant>
#include <vector>

using namespace corpcare::domain;
using namespace corpcare::domain::testing;

namespace {

using Step = std::variant<QString, qsizetype>;

// "accountBalance[0].amount.value" -> accountBalance, 0, amount, value.
std::vector<Step> stepsOf(const QString &path) {
    std::vector<Step> steps;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        steps.emplace_back(part.left(bracket));
        if (bracket >= 0) {
            steps.emplace_back(part.mid(bracket + 1, part.size() - bracket - 2).toLongLong());
        }
    }
    return steps;
}

// The node with the value at steps replaced; an undefined value removes the field.
QJsonValue replaced(const QJsonValue &node, std::span<const Step> steps, const QJsonValue &value) {
    if (steps.empty()) {
        return value;
    }
    const bool last = steps.size() == 1;
    if (const QString *key = std::get_if<QString>(&steps.front())) {
        QJsonObject object = node.toObject();
        if (last && value.isUndefined()) {
            object.remove(*key);
        } else {
            object.insert(*key, replaced(object.value(*key), steps.subspan(1), value));
        }
        return object;
    }
    const qsizetype index = std::get<qsizetype>(steps.front());
    QJsonArray array = node.toArray();
    if (last && value.isUndefined()) {
        array.removeAt(index);
    } else {
        array.replace(index, replaced(array.at(index), steps.subspan(1), value));
    }
    return array;
}

QJsonObject changed(const QJsonObject &object, const QString &path, const QJsonValue &value) {
    const std::vector<Step> steps = stepsOf(path);
    return replaced(object, steps, value).toObject();
}

const QJsonValue kRemove(QJsonValue::Undefined);

// The error a reader reports for the object, or an empty path and "accepted".
template <typename T>
ParseError errorOf(Result<T> result) {
    return result.ok() ? ParseError{QString(), QStringLiteral("accepted")} : result.error();
}

ParseError readAs(const QString &resource, const QJsonObject &object) {
    if (resource == QLatin1String("organization")) {
        return errorOf(json::organizationFromJson(object));
    }
    if (resource == QLatin1String("individual")) {
        return errorOf(json::individualFromJson(object));
    }
    if (resource == QLatin1String("billingAccount")) {
        return errorOf(json::billingAccountFromJson(object));
    }
    if (resource == QLatin1String("product")) {
        return errorOf(json::serviceUserFromJson(object));
    }
    if (resource == QLatin1String("productOffering")) {
        return errorOf(json::productOfferingFromJson(object));
    }
    if (resource == QLatin1String("customerBill")) {
        return errorOf(json::billFromJson(object));
    }
    if (resource == QLatin1String("appliedCustomerBillingRate")) {
        return errorOf(json::billItemFromJson(object));
    }
    if (resource == QLatin1String("usage")) {
        return errorOf(json::usageRecordFromJson(object));
    }
    if (resource == QLatin1String("payment")) {
        return errorOf(json::paymentFromJson(object));
    }
    if (resource == QLatin1String("comment")) {
        return errorOf(json::commentFromJson(object));
    }
    if (resource == QLatin1String("newComment")) {
        return errorOf(json::newCommentFromJson(object));
    }
    if (resource == QLatin1String("news")) {
        return errorOf(json::newsItemFromJson(object));
    }
    return errorOf(json::portalUserFromJson(object));
}

QJsonObject exampleOf(const QString &resource) {
    if (resource == QLatin1String("organization")) {
        return parseObject(examples::kOrganization);
    }
    if (resource == QLatin1String("individual")) {
        return parseObject(examples::kIndividual);
    }
    if (resource == QLatin1String("billingAccount")) {
        return parseObject(examples::kBillingAccount);
    }
    if (resource == QLatin1String("product")) {
        return parseObject(examples::kProduct);
    }
    if (resource == QLatin1String("productOffering")) {
        return parseObject(examples::kProductOffering);
    }
    if (resource == QLatin1String("customerBill")) {
        return parseObject(examples::kCustomerBill);
    }
    if (resource == QLatin1String("appliedCustomerBillingRate")) {
        return parseObject(examples::kAppliedCustomerBillingRate);
    }
    if (resource == QLatin1String("usage")) {
        return parseObject(examples::kUsage);
    }
    if (resource == QLatin1String("payment")) {
        return parseObject(examples::kPayment);
    }
    if (resource == QLatin1String("comment")) {
        return parseObject(examples::kComment);
    }
    if (resource == QLatin1String("newComment")) {
        return parseObject(examples::kNewComment);
    }
    if (resource == QLatin1String("news")) {
        return parseObject(examples::kNews);
    }
    return parseObject(examples::kMe);
}

const QString kMissing = QStringLiteral("missing required field");
const QString kBadNumber = QStringLiteral("expected at most 2 decimals and a magnitude below 10^13, got ");
const QString kBadDecimal =
    QStringLiteral("expected a decimal with at most 2 decimals and a magnitude below 10^13, got ");
const QString kBadDate = QStringLiteral("expected a date YYYY-MM-DD, got ");
const QString kBadDateTime = QStringLiteral("expected a date-time YYYY-MM-DDThh:mm:ssZ, got ");

} // namespace

class TestJsonErrors : public QObject {
    Q_OBJECT

private slots:
    void fromJson_oneBadField_exactPathAndMessage_data();
    void fromJson_oneBadField_exactPathAndMessage();
    void fromJson_documentedExamples_accepted();
    void newCommentFromJson_textAtBounds_trimmedAndCountedInCharacters();
    void fromJson_twoBadFields_firstInReadingOrderReported();
    void listFromJson_badElementAtIndexTwo_pathPrefixedWithIndex();
    void listFromJson_nonObjectElement_indexPath();
    void listFromJson_validElements_allReadInOrder();
};

void TestJsonErrors::fromJson_oneBadField_exactPathAndMessage_data() {
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *resource, const char *field, const QJsonValue &value,
                        const char *path, const QString &message) {
        QTest::newRow(name) << QString::fromLatin1(resource) << QString::fromLatin1(field) << value
                            << QString::fromLatin1(path) << message;
    };
    const char *balance = "accountBalance[0].amount.value";

    row("account money word", "billingAccount", balance, QStringLiteral("abc"), balance, kBadDecimal + "\"abc\"");
    row("account money boolean", "billingAccount", balance, true, balance,
        QStringLiteral("expected a number, got a boolean"));
    row("account money three decimals", "billingAccount", balance, 12.345, balance, kBadNumber + "12.345");
    row("account money three decimals text", "billingAccount", balance, QStringLiteral("12.345"), balance,
        kBadDecimal + "\"12.345\"");
    row("account money too large", "billingAccount", balance, 1e13, balance, kBadNumber + "1e+13");
    row("account money missing value", "billingAccount", balance, kRemove, balance, kMissing);
    row("account missing id", "billingAccount", "id", kRemove, "id", kMissing);
    row("account empty id", "billingAccount", "id", QStringLiteral(""), "id",
        QStringLiteral("expected a non-empty id"));
    row("account numeric id", "billingAccount", "id", 5, "id", QStringLiteral("expected a string, got a number"));
    row("account missing money", "billingAccount", "expenditureRate", kRemove, "expenditureRate", kMissing);
    row("account null money", "billingAccount", "expenditureRate", QJsonValue::Null, "expenditureRate",
        QStringLiteral("expected an object, got null"));
    row("account lower-case currency", "billingAccount", "creditLimit.unit", QStringLiteral("rub"), "creditLimit.unit",
        QStringLiteral("expected an ISO 4217 currency code, got \"rub\""));
    row("account missing currency", "billingAccount", "creditLimit.unit", kRemove, "creditLimit.unit", kMissing);
    row("account bad state", "billingAccount", "state", QStringLiteral("closed"), "state",
        QStringLiteral("unknown value \"closed\""));
    row("account numeric state", "billingAccount", "state", 1, "state",
        QStringLiteral("expected a string, got a number"));
    row("account bad settlement", "billingAccount", "settlementMethod", QStringLiteral("Credit"), "settlementMethod",
        QStringLiteral("unknown value \"Credit\""));
    row("account month 13", "billingAccount", "disconnectionForecast", QStringLiteral("2027-13-01"),
        "disconnectionForecast", kBadDate + "\"2027-13-01\"");
    row("account short month", "billingAccount", "disconnectionForecast", QStringLiteral("2027-1-10"),
        "disconnectionForecast", kBadDate + "\"2027-1-10\"");
    row("account 30 February", "billingAccount", "disconnectionForecast", QStringLiteral("2027-02-30"),
        "disconnectionForecast", kBadDate + "\"2027-02-30\"");
    row("account no owner", "billingAccount", "relatedParty[0].role", QStringLiteral("payer"), "relatedParty",
        QStringLiteral("expected an entry with role \"owner\""));
    row("account owner without id", "billingAccount", "relatedParty[0].id", kRemove, "relatedParty[0].id", kMissing);
    row("account no current balance", "billingAccount", "accountBalance[0].balanceType", QStringLiteral("available"),
        "accountBalance", QStringLiteral("expected an entry with balanceType \"current\""));
    row("account balance not object", "billingAccount", "accountBalance[0]", QStringLiteral("x"), "accountBalance[0]",
        QStringLiteral("expected an object, got a string"));
    row("account balance date only", "billingAccount", "accountBalance[0].validFor.startDateTime",
        QStringLiteral("2026-11-25"), "accountBalance[0].validFor.startDateTime", kBadDateTime + "\"2026-11-25\"");
    row("account null name", "billingAccount", "name", QJsonValue::Null, "name",
        QStringLiteral("expected a string, got null"));

    row("organization bad type", "organization", "organizationType", QStringLiteral("division"), "organizationType",
        QStringLiteral("unknown value \"division\""));
    row("organization parent without id", "organization", "organizationParentRelationship.organization.id", kRemove,
        "organizationParentRelationship.organization.id", kMissing);
    row("organization parent string", "organization", "organizationParentRelationship", QStringLiteral("1"),
        "organizationParentRelationship", QStringLiteral("expected an object, got a string"));

    row("individual party string", "individual", "relatedParty[0]", QStringLiteral("2"), "relatedParty[0]",
        QStringLiteral("expected an object, got a string"));
    row("individual parties object", "individual", "relatedParty", QJsonObject(), "relatedParty",
        QStringLiteral("expected an array, got an object"));
    row("individual missing given name", "individual", "givenName", kRemove, "givenName", kMissing);

    row("product numeric status", "product", "status", 5, "status", QStringLiteral("expected a string, got a number"));
    row("product msisdn with plus", "product", "productCharacteristic[0].value", QStringLiteral("+79161234567"),
        "productCharacteristic[0].value", QStringLiteral("expected an MSISDN of digits only, got \"+79161234567\""));
    row("product no msisdn", "product", "productCharacteristic[0].name", QStringLiteral("IMSI"),
        "productCharacteristic", QStringLiteral("expected an entry named \"MSISDN\""));
    row("product service offering without id", "product", "product[0].productOffering.id", kRemove,
        "product[0].productOffering.id", kMissing);
    row("product dotted date", "product", "startDate", QStringLiteral("01.03.2024"), "startDate",
        kBadDate + "\"01.03.2024\"");
    row("product missing account", "product", "billingAccount", kRemove, "billingAccount", kMissing);

    row("product current charges three decimals", "product", "currentCharges.value", 812.405, "currentCharges.value",
        kBadNumber + "812.405");
    row("product current charges number", "product", "currentCharges", 812.4, "currentCharges",
        QStringLiteral("expected an object, got a number"));
    row("product current charges no unit", "product", "currentCharges.unit", kRemove, "currentCharges.unit", kMissing);

    row("offering tariff without prices", "productOffering", "usagePrices", kRemove, "usagePrices", kMissing);
    row("offering sms price tenth of kopeck", "productOffering", "usagePrices.sms.value", 2.005,
        "usagePrices.sms.value", kBadNumber + "2.005");
    row("offering bad kind", "productOffering", "offeringKind", QStringLiteral("bundle"), "offeringKind",
        QStringLiteral("unknown value \"bundle\""));

    row("bill end at noon", "customerBill", "billingPeriod.endDateTime", QStringLiteral("2026-11-01T12:00:00Z"),
        "billingPeriod.endDateTime",
        QStringLiteral("expected midnight UTC (a period bound is a whole day), got \"2026-11-01T12:00:00Z\""));
    row("bill start is a date", "customerBill", "billingPeriod.startDateTime", QStringLiteral("2026-10-01"),
        "billingPeriod.startDateTime", kBadDateTime + "\"2026-10-01\"");
    row("bill start without zone", "customerBill", "billingPeriod.startDateTime", QStringLiteral("2026-10-01T00:00:00"),
        "billingPeriod.startDateTime", kBadDateTime + "\"2026-10-01T00:00:00\"");
    row("bill end before start", "customerBill", "billingPeriod.startDateTime", QStringLiteral("2026-12-01T00:00:00Z"),
        "billingPeriod.endDateTime", QStringLiteral("expected an end not before the start"));
    row("bill rate five decimals", "customerBill", "taxItem[0].taxRate", 0.12345, "taxItem[0].taxRate",
        QStringLiteral("expected a rate with at most 4 decimals"));
    row("bill rate above one", "customerBill", "taxItem[0].taxRate", 1.5, "taxItem[0].taxRate",
        QStringLiteral("expected a rate between 0 and 1"));
    row("bill no tax items", "customerBill", "taxItem", QJsonArray(), "taxItem",
        QStringLiteral("expected at least one entry"));
    row("bill decimal comma", "customerBill", "remainingAmount.value", QStringLiteral("0,00"), "remainingAmount.value",
        kBadDecimal + "\"0,00\"");
    row("bill bad state", "customerBill", "state", QStringLiteral("paid"), "state",
        QStringLiteral("unknown value \"paid\""));

    row("item billed without bill", "appliedCustomerBillingRate", "bill", kRemove, "bill", kMissing);
    row("item without type", "appliedCustomerBillingRate", "type", kRemove, "type", kMissing);
    row("item bad type", "appliedCustomerBillingRate", "type", QStringLiteral("oneTime"), "type",
        QStringLiteral("unknown value \"oneTime\""));
    row("item string boolean", "appliedCustomerBillingRate", "isBilled", QStringLiteral("true"), "isBilled",
        QStringLiteral("expected a boolean, got a string"));
    row("item bad date", "appliedCustomerBillingRate", "date", QStringLiteral("yesterday"), "date",
        kBadDateTime + "\"yesterday\"");
    row("item bad kind", "appliedCustomerBillingRate", "chargeKind", QStringLiteral("roaming"), "chargeKind",
        QStringLiteral("unknown value \"roaming\""));

    row("usage fractional duration", "usage", "usageCharacteristic[0].value", 2.5, "usageCharacteristic[0].value",
        QStringLiteral("expected an integer, got 2.5"));
    row("usage negative duration", "usage", "usageCharacteristic[0].value", -1, "usageCharacteristic[0].value",
        QStringLiteral("expected a non-negative integer"));
    row("usage duration as text", "usage", "usageCharacteristic[0].value", QStringLiteral("245"),
        "usageCharacteristic[0].value", QStringLiteral("expected a number, got a string"));
    row("usage call without duration", "usage", "usageCharacteristic[0].name", QStringLiteral("seconds"),
        "usageCharacteristic", QStringLiteral("expected an entry named \"duration\" for usageType \"call\""));
    row("usage amount three decimals", "usage", "ratedProductUsage[0].taxExcludedRatingAmount.value", 6.155,
        "ratedProductUsage[0].taxExcludedRatingAmount.value", kBadNumber + "6.155");
    row("usage product without id", "usage", "ratedProductUsage[0].productRef.id", kRemove,
        "ratedProductUsage[0].productRef.id", kMissing);
    row("usage bad type", "usage", "usageType", QStringLiteral("mms"), "usageType",
        QStringLiteral("unknown value \"mms\""));
    row("usage date with space", "usage", "usageDate", QStringLiteral("2026-10-14 09:31:07Z"), "usageDate",
        kBadDateTime + "\"2026-10-14 09:31:07Z\"");

    row("payment bad method", "payment", "paymentMethod.id", QStringLiteral("cheque"), "paymentMethod.id",
        QStringLiteral("unknown value \"cheque\""));
    row("payment item without bill", "payment", "paymentItem[0].item", kRemove, "paymentItem[0].item", kMissing);
    row("payment missing amount", "payment", "amount", kRemove, "amount", kMissing);
    row("payment long currency", "payment", "paymentItem[0].amount.unit", QStringLiteral("RUBLE"),
        "paymentItem[0].amount.unit", QStringLiteral("expected an ISO 4217 currency code, got \"RUBLE\""));

    row("comment missing id", "comment", "id", kRemove, "id", kMissing);
    row("comment missing target", "comment", "target", kRemove, "target", kMissing);
    row("comment target string", "comment", "target", QStringLiteral("1042"), "target",
        QStringLiteral("expected an object, got a string"));
    row("comment target numeric id", "comment", "target.id", 1042, "target.id",
        QStringLiteral("expected a string, got a number"));
    row("comment organization target", "comment", "target.@referredType", QStringLiteral("Organization"),
        "target.@referredType", QStringLiteral("unknown value \"Organization\""));
    row("comment missing target kind", "comment", "target.@referredType", kRemove, "target.@referredType", kMissing);
    row("comment author without id", "comment", "author.id", kRemove, "author.id", kMissing);
    row("comment date only", "comment", "createdAt", QStringLiteral("2026-11-20"), "createdAt",
        kBadDateTime + "\"2026-11-20\"");
    row("comment text array", "comment", "text", QJsonArray{QStringLiteral("a")}, "text",
        QStringLiteral("expected a string, got an array"));

    const QString textBounds = QStringLiteral("expected 1 to 2000 characters after trimming white space, got ");
    row("new comment missing target", "newComment", "target", kRemove, "target", kMissing);
    row("new comment product kind lower case", "newComment", "target.@referredType", QStringLiteral("product"),
        "target.@referredType", QStringLiteral("unknown value \"product\""));
    row("new comment empty target id", "newComment", "target.id", QStringLiteral(""), "target.id",
        QStringLiteral("expected a non-empty id"));
    row("new comment missing text", "newComment", "text", kRemove, "text", kMissing);
    row("new comment numeric text", "newComment", "text", 42, "text",
        QStringLiteral("expected a string, got a number"));
    row("new comment null text", "newComment", "text", QJsonValue::Null, "text",
        QStringLiteral("expected a string, got null"));
    row("new comment empty text", "newComment", "text", QStringLiteral(""), "text", textBounds + "0");
    row("new comment blank text", "newComment", "text", QStringLiteral(" \t\n "), "text", textBounds + "0");
    row("new comment 2001 characters", "newComment", "text", QString(2001, QLatin1Char('x')), "text",
        textBounds + "2001");

    row("news missing title", "news", "title", kRemove, "title", kMissing);
    row("news empty id", "news", "id", QStringLiteral(""), "id", QStringLiteral("expected a non-empty id"));
    row("news publishedAt without zone", "news", "publishedAt", QStringLiteral("2026-10-28T10:00:00"), "publishedAt",
        kBadDateTime + "\"2026-10-28T10:00:00\"");
    row("news numeric body", "news", "body", 1, "body", QStringLiteral("expected a string, got a number"));
    row("news missing audience", "news", "audience", kRemove, "audience", kMissing);

    row("me numeric permission", "me", "permissions[1]", 7, "permissions[1]",
        QStringLiteral("expected a string, got a number"));
    row("me bad scope kind", "me", "scope[0].@referredType", QStringLiteral("Department"), "scope[0].@referredType",
        QStringLiteral("unknown value \"Department\""));
    row("me null scope", "me", "scope", QJsonValue::Null, "scope", QStringLiteral("expected an array, got null"));
}

void TestJsonErrors::fromJson_oneBadField_exactPathAndMessage() {
    QFETCH(QString, resource);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QJsonObject example = exampleOf(resource);
    QVERIFY(!example.isEmpty());
    const QJsonObject bad = changed(example, field, value);
    QVERIFY2(bad != example, "the row did not change the example");
    const ParseError error = readAs(resource, bad);
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
    QCOMPARE(error.toString(), path + QStringLiteral(": ") + message);
}

void TestJsonErrors::fromJson_documentedExamples_accepted() {
    // The rows above are meaningful only if the unchanged examples are accepted.
    for (const char *resource :
         {"organization", "individual", "billingAccount", "product", "productOffering", "customerBill",
          "appliedCustomerBillingRate", "usage", "payment", "me", "comment", "newComment", "news"}) {
        const QString name = QString::fromLatin1(resource);
        const ParseError error = readAs(name, exampleOf(name));
        QVERIFY2(error.message == QLatin1String("accepted"), qPrintable(name + QLatin1Char(' ') + error.toString()));
    }
}

void TestJsonErrors::newCommentFromJson_textAtBounds_trimmedAndCountedInCharacters() {
    const QJsonObject example = parseObject(examples::kNewComment);
    const auto withText = [&](const QString &text) {
        return json::newCommentFromJson(changed(example, QStringLiteral("text"), text));
    };
    const Result<Comment> padded = withText(QStringLiteral("  \n Call the user back. \t"));
    QVERIFY(padded.ok());
    QCOMPARE(padded.value().text, QStringLiteral("Call the user back."));
    const Result<Comment> longest = withText(QLatin1Char(' ') + QString(2000, QLatin1Char('y')) + QLatin1Char(' '));
    QVERIFY(longest.ok());
    QCOMPARE(longest.value().text.size(), qsizetype(2000));
    QVERIFY(withText(QStringLiteral("x")).ok());
    // 2000 emoji are 4000 UTF-16 units but 2000 characters; one more is too many.
    const QString emoji = QStringLiteral("😀");
    QCOMPARE(emoji.size(), qsizetype(2));
    QVERIFY(withText(emoji.repeated(2000)).ok());
    const Result<Comment> tooMany = withText(emoji.repeated(2001));
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().toString(),
             QStringLiteral("text: expected 1 to 2000 characters after trimming white space, got 2001"));
    QCOMPARE(commentLength(u"a😀b"), qsizetype(3));
    QCOMPARE(commentLength(u""), qsizetype(0));
}

void TestJsonErrors::fromJson_twoBadFields_firstInReadingOrderReported() {
    QJsonObject bad =
        changed(parseObject(examples::kBillingAccount), QStringLiteral("minimumReconnectionBalance"), kRemove);
    bad = changed(bad, QStringLiteral("accountBalance[0].amount.unit"), QStringLiteral("EURO"));
    const ParseError error = readAs(QStringLiteral("billingAccount"), bad);
    QCOMPARE(error.path, QStringLiteral("accountBalance[0].amount.unit"));
}

void TestJsonErrors::listFromJson_badElementAtIndexTwo_pathPrefixedWithIndex() {
    const QJsonObject good = parseObject(examples::kBillingAccount);
    QJsonArray list;
    for (int i = 0; i < 4; ++i) {
        QJsonObject element = changed(good, QStringLiteral("id"), QString::number(i + 1));
        if (i == 2) {
            element = changed(element, QStringLiteral("accountBalance[0].amount.value"), QStringLiteral("x"));
        }
        list.append(element);
    }
    const Result<QList<BillingAccount>> read = json::listFromJson(list, json::billingAccountFromJson);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().path, QStringLiteral("[2].accountBalance[0].amount.value"));
    QCOMPARE(read.error().message, kBadDecimal + "\"x\"");
}

void TestJsonErrors::listFromJson_nonObjectElement_indexPath() {
    const QJsonArray list{parseObject(examples::kUsage), QStringLiteral("1042-202610-c-18")};
    const Result<QList<UsageRecord>> read = json::listFromJson(list, json::usageRecordFromJson);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().path, QStringLiteral("[1]"));
    QCOMPARE(read.error().message, QStringLiteral("expected an object"));
}

void TestJsonErrors::listFromJson_validElements_allReadInOrder() {
    QJsonArray list;
    for (const Payment &payment : {samplePayment(), sampleTopUp()}) {
        list.append(json::toJson(payment));
    }
    const Result<QList<Payment>> read = json::listFromJson(list, json::paymentFromJson);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value().size(), qsizetype(2));
    QVERIFY(read.value().at(0) == samplePayment());
    QVERIFY(read.value().at(1) == sampleTopUp());
    QVERIFY(json::listFromJson(QJsonArray(), json::paymentFromJson).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonErrors)
#include "tst_json_errors.moc"
