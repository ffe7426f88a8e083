// The CSV page parser of itemization (api/itemization_csv.h): exact amounts, Julian days, interned ids,
// columns found by name; malformed pages end with a sentence naming the line and the column.
#include "api/itemization_csv.h"

#include <QTest>

using namespace corpcare;

namespace {

const QByteArray kHeader = QByteArrayLiteral(
    "id,bill.id,billingAccount.id,product.id,chargeKind,productOffering.id,periodCoverage.startDateTime,"
    "periodCoverage.endDateTime,date,taxExcludedAmount.value,taxIncludedAmount.value,taxIncludedAmount.unit\r\n");

qint32 julian(int year, int month, int day) {
    return qint32(QDate(year, month, day).toJulianDay());
}

} // namespace

class TestItemizationCsv : public QObject {
    Q_OBJECT

private slots:
    void parse_goodPage_rowsWithExactAmountsDatesAndSharedIds();
    void parse_headerOnly_emptyPageNoError();
    void parse_columnsInAnotherOrderAndUnknownOnes_readByName();
    void parse_quotedFields_unescaped();
    void parse_malformed_errorNamesLineAndColumn_data();
    void parse_malformed_errorNamesLineAndColumn();
};

void TestItemizationCsv::parse_goodPage_rowsWithExactAmountsDatesAndSharedIds() {
    const QByteArray body = kHeader +
                            "88123,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,184.50,221.40,RUB\r\n"
                            "88124,310,5,1042,tariff,2,2026-10-01,2026-11-01,2026-11-01,-0.05,7,RUB\r\n"
                            "88125,,5,1043,service,101,2026-11-01,2026-11-25,2026-11-24,0.5,1234567890123.99,RUB\n";
    QString error;
    const domain::ItemizationPage page = api::parseItemizationCsv(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(page.size(), 3);
    const domain::ItemizationRow &first = page.rows[0];
    QCOMPARE(page.id(first), QStringLiteral("88123"));
    QCOMPARE(first.idNumber, 88123);
    QCOMPARE(page.text(first.bill), QStringLiteral("310"));
    QCOMPARE(page.text(first.account), QStringLiteral("5"));
    QCOMPARE(page.text(first.product), QStringLiteral("1042"));
    QCOMPARE(page.text(first.offering), QStringLiteral("2"));
    QCOMPARE(page.text(first.currency), QStringLiteral("RUB"));
    QCOMPARE(first.kind, domain::ChargeKind::Calls);
    QCOMPARE(first.periodStart, julian(2026, 10, 1));
    QCOMPARE(first.periodEnd, julian(2026, 11, 1));
    QCOMPARE(first.date, julian(2026, 11, 1));
    QCOMPARE(first.taxExcluded, 18450);
    QCOMPARE(first.taxIncluded, 22140);
    QCOMPARE(page.rows[1].kind, domain::ChargeKind::Tariff);
    QCOMPARE(page.rows[1].taxExcluded, -5);
    QCOMPARE(page.rows[1].taxIncluded, 700);
    // Repeated ids are one text of the page.
    QCOMPARE(page.rows[1].bill, first.bill);
    QCOMPARE(page.rows[1].product, first.product);
    const domain::ItemizationRow &unbilled = page.rows[2];
    QCOMPARE(unbilled.bill, domain::ItemizationRow::kNone);
    QCOMPARE(unbilled.kind, domain::ChargeKind::Service);
    QCOMPARE(page.text(unbilled.offering), QStringLiteral("101"));
    QCOMPARE(unbilled.taxExcluded, 50);
    QCOMPARE(unbilled.taxIncluded, Q_INT64_C(123456789012399));
    QCOMPARE(unbilled.date, julian(2026, 11, 24));
    QCOMPARE(page.texts.size(), 7); // 310, 5, 1042, 2, RUB, 1043, 101
}

void TestItemizationCsv::parse_headerOnly_emptyPageNoError() {
    QString error = QStringLiteral("left from before");
    const domain::ItemizationPage page = api::parseItemizationCsv(kHeader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.isEmpty());
    QVERIFY(page.texts.isEmpty());
}

void TestItemizationCsv::parse_columnsInAnotherOrderAndUnknownOnes_readByName() {
    const QByteArray body =
        "taxIncludedAmount.unit,note,taxIncludedAmount.value,taxExcludedAmount.value,date,"
        "periodCoverage.endDateTime,periodCoverage.startDateTime,productOffering.id,chargeKind,product.id,"
        "billingAccount.id,bill.id,id\r\n"
        "EUR,ignored,12.00,10.00,2026-10-31,2026-11-01,2026-10-01,,sms,1042,5,310,a-17\r\n";
    QString error;
    const domain::ItemizationPage page = api::parseItemizationCsv(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.id(page.rows[0]), QStringLiteral("a-17")); // not a number: kept as text
    QCOMPARE(page.rows[0].idNumber, -1);
    QCOMPARE(page.rows[0].offering, domain::ItemizationRow::kNone);
    QCOMPARE(page.rows[0].kind, domain::ChargeKind::Sms);
    QCOMPARE(page.text(page.rows[0].currency), QStringLiteral("EUR"));
    QCOMPARE(page.rows[0].taxIncluded, 1200);
}

void TestItemizationCsv::parse_quotedFields_unescaped() {
    const QByteArray body = kHeader + "\"007\",\"31,0\",\"say \"\"hi\"\"\",1042,data,2,2026-10-01,2026-11-01,"
                                      "2026-11-01,\"1.00\",1.20,RUB\r\n";
    QString error;
    const domain::ItemizationPage page = api::parseItemizationCsv(body, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.id(page.rows[0]), QStringLiteral("007")); // a leading zero: text, so it reads back the same
    QCOMPARE(page.text(page.rows[0].bill), QStringLiteral("31,0"));
    QCOMPARE(page.text(page.rows[0].account), QStringLiteral("say \"hi\""));
    QCOMPARE(page.rows[0].taxExcluded, 100);
}

void TestItemizationCsv::parse_malformed_errorNamesLineAndColumn_data() {
    const QByteArray good = "1,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,184.50,221.40,RUB\r\n";
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three decimals")
        << kHeader + good + "2,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,184.505,221.40,RUB\r\n"
        << QStringLiteral("line 3, column taxExcludedAmount.value: \"184.505\" has more than two decimals");
    QTest::newRow("not a number") << kHeader +
                                         "2,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,184.50,22l.40,RUB\r\n"
                                  << QStringLiteral(
                                         "line 2, column taxIncludedAmount.value: \"22l.40\" is not an amount");
    QTest::newRow("exponent") << kHeader + "2,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,1e3,1,RUB\r\n"
                              << QStringLiteral("line 2, column taxExcludedAmount.value: \"1e3\" is not an amount");
    QTest::newRow("empty amount") << kHeader + "2,310,5,1042,calls,2,2026-10-01,2026-11-01,2026-11-01,,1,RUB\r\n"
                                  << QStringLiteral("line 2, column taxExcludedAmount.value: \"\" is not an amount");
    QTest::newRow("too few fields") << kHeader + good + good + "3,310,5,1042,calls,2,2026-10-01,184.50,221.40,RUB\r\n"
                                    << QStringLiteral("line 4 has 10 fields, the header line 12");
    QTest::newRow("too many fields") << kHeader + good.chopped(2) + ",extra\r\n"
                                     << QStringLiteral("line 2 has 13 fields, the header line 12");
    QTest::newRow("bad date") << kHeader + "2,310,5,1042,calls,2,2026-02-30,2026-11-01,2026-11-01,1,1,RUB\r\n"
                              << QStringLiteral(
                                     "line 2, column periodCoverage.startDateTime: \"2026-02-30\" is not a date "
                                     "(YYYY-MM-DD)");
    QTest::newRow("unknown kind")
        << kHeader + "2,310,5,1042,roaming,2,2026-10-01,2026-11-01,2026-11-01,1,1,RUB\r\n"
        << QStringLiteral("line 2, column chargeKind: \"roaming\" is not a charge kind (tariff, service, calls, sms, "
                          "data)");
    QTest::newRow("no product") << kHeader + "2,310,5,,calls,2,2026-10-01,2026-11-01,2026-11-01,1,1,RUB\r\n"
                                << QStringLiteral("line 2, column product.id: \"\" is empty");
    QTest::newRow("missing column") << QByteArray("id,bill.id\r\n1,2\r\n")
                                    << QStringLiteral("the header line has no column billingAccount.id");
    QTest::newRow("open quote") << kHeader + "\"2,310\r\n" << QStringLiteral("line 2: a quoted field is not closed");
    QTest::newRow("json") << QByteArray("[{\"id\": \"1\"}]")
                          << QStringLiteral("the server answered JSON instead of CSV: it does not offer the CSV list");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("the page has no header line");
}

void TestItemizationCsv::parse_malformed_errorNamesLineAndColumn() {
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QString error;
    const domain::ItemizationPage page = api::parseItemizationCsv(body, &error);
    QCOMPARE(error, expected);
    QVERIFY(page.isEmpty());
}

QTEST_GUILESS_MAIN(TestItemizationCsv)
#include "tst_itemization_csv.moc"
