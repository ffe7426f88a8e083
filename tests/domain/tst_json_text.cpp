// The JSON text writer the server uses for big lists: what it writes must be JSON that Qt reads back
// to exactly the object the QJsonObject form describes, whatever the strings hold.
#include "domain/json/json_text.h"
#include "domain/json/mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace corpcare::domain;
using json::detail::JsonText;

namespace {
ServiceUser lineWithText(const QString &name) {
    ServiceUser user;
    user.id = QStringLiteral("7");
    user.msisdn = QStringLiteral("79161234567");
    user.startDate = QDate(2024, 3, 1);
    user.tariff = {QStringLiteral("3"), name};
    user.billingAccount = {QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    user.user = {QStringLiteral("77"), name};
    user.department = {QStringLiteral("2"), QStringLiteral("Sales")};
    user.services.append(
        {QStringLiteral("7-12"), {QStringLiteral("12"), name}, ProductStatus::Suspended, QDate(2025, 6, 1)});
    user.currentCharges = Money(-5, QStringLiteral("RUB"));
    return user;
}
} // namespace

class TestJsonText : public QObject {
    Q_OBJECT

private slots:
    void writeJson_awkwardStrings_readBackUnchanged_data();
    void writeJson_awkwardStrings_readBackUnchanged();
    void money_shortestExactDecimal_data();
    void money_shortestExactDecimal();
    void array_ofObjects_commasInTheRightPlaces();
    void writeJson_billItem_readBackEqual();
};

void TestJsonText::writeJson_awkwardStrings_readBackUnchanged_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslash") << QStringLiteral("Say \"hi\" \\ bye");
    QTest::newRow("control characters") << QStringLiteral("tab\there\nnew line\x01\x1f");
    QTest::newRow("Cyrillic and emoji") << QStringLiteral("Иван Петров 📞");
    QTest::newRow("empty") << QString();
    QTest::newRow("JSON-looking") << QStringLiteral("\"},{\"id\":\"x\"");
}

void TestJsonText::writeJson_awkwardStrings_readBackUnchanged() {
    QFETCH(QString, text);
    const ServiceUser user = lineWithText(text);
    QByteArray bytes;
    JsonText writer(&bytes);
    json::writeJson(writer, user);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto back = json::serviceUserFromJson(document.object());
    QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back.value().user.name, text);
    QCOMPARE(back.value().services.first().offering.name, text.isEmpty() ? QString() : text);
    QCOMPARE(json::toJson(user), document.object()); // one writer: the object form is this text
}

void TestJsonText::money_shortestExactDecimal_data() {
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whole") << qint64(65000) << QByteArray("650");
    QTest::newRow("tenths") << qint64(1250) << QByteArray("12.5");
    QTest::newRow("cents") << qint64(149472) << QByteArray("1494.72");
    QTest::newRow("negative cents") << qint64(-5) << QByteArray("-0.05");
    QTest::newRow("zero") << qint64(0) << QByteArray("0");
    QTest::newRow("large") << qint64(999999999999999) << QByteArray("9999999999999.99");
}

void TestJsonText::money_shortestExactDecimal() {
    QFETCH(qint64, minor);
    QFETCH(QByteArray, expected);
    QByteArray bytes;
    JsonText(&bytes).money(Money(minor, QStringLiteral("RUB")));
    QCOMPARE(bytes, QByteArray("{\"unit\":\"RUB\",\"value\":") + expected + '}');
    const double value = QJsonDocument::fromJson(QByteArray("[") + bytes + ']')
                             .array()
                             .first()
                             .toObject()
                             .value(QStringLiteral("value"))
                             .toDouble();
    QCOMPARE(Money::minorFromJsonNumber(value), std::optional<qint64>(minor));
}

void TestJsonText::array_ofObjects_commasInTheRightPlaces() {
    QByteArray bytes;
    JsonText writer(&bytes);
    writer.beginArray();
    for (int i = 0; i < 3; ++i) {
        json::writeJson(writer, lineWithText(QString::number(i)));
    }
    writer.beginArray().endArray();
    writer.number(42).boolean(false).string(u"x");
    writer.endArray();
    QJsonParseError error;
    const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(array.size(), 7);
    QVERIFY(array.at(3).isArray());
    QCOMPARE(array.at(3).toArray().size(), 0);
    QCOMPARE(array.at(4).toInt(), 42);
    QCOMPARE(array.at(5).toBool(true), false);
    QCOMPARE(array.at(6).toString(), QStringLiteral("x"));
}

void TestJsonText::writeJson_billItem_readBackEqual() {
    BillItem item;
    item.id = QStringLiteral("88123");
    item.name = QStringLiteral("Roaming \"EU\" — zone 1");
    item.type = ChargeType::Recurring;
    item.kind = ChargeKind::Service;
    item.isBilled = true;
    item.date = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    item.bill = {QStringLiteral("310"), {}};
    item.billingAccount = {QStringLiteral("5"), {}};
    item.product = {QStringLiteral("1042"), QStringLiteral("+7 916 123-45-67")};
    item.offering = {QStringLiteral("101"), QStringLiteral("International Roaming")};
    item.periodStart = QDate(2026, 10, 1);
    item.periodEnd = QDate(2026, 11, 1);
    item.taxExcluded = Money(30000, QStringLiteral("RUB"));
    item.taxIncluded = Money(36000, QStringLiteral("RUB"));
    QByteArray bytes;
    JsonText writer(&bytes);
    json::writeJson(writer, item);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto back = json::billItemFromJson(object);
    QVERIFY2(back.ok(), back ? "" : qPrintable(back.error().toString()));
    QCOMPARE(back.value(), item);
    QVERIFY(!object.value(QStringLiteral("bill")).toObject().contains(QStringLiteral("@referredType")));
    QCOMPARE(
        object.value(QStringLiteral("productOffering")).toObject().value(QStringLiteral("@referredType")).toString(),
        QStringLiteral("ProductOffering"));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_json_text.moc"
