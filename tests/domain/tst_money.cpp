#include "domain/money.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using corpcare::domain::divideRounded;
using corpcare::domain::Money;
using corpcare::domain::testing::rub;

namespace {

// Exact reference for round_half_away_from_zero(minor * bp / 10000), in 128 bits.
qint64 referenceTax(qint64 minor, int basisPoints) {
    __extension__ using Wide = __int128;
    const Wide product = static_cast<Wide>(minor) * basisPoints;
    const Wide absProduct = product < 0 ? -product : product;
    const Wide rounded = (absProduct + 5000) / 10000;
    return static_cast<qint64>(product < 0 ? -rounded : rounded);
}

// The double a JSON parser makes of a decimal text (correctly rounded, as from a JSON document).
double parsedDouble(const QByteArray &text) {
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void parseMinor_validText_exactMinor_data();
    void parseMinor_validText_exactMinor();
    void parseMinor_invalidText_rejected_data();
    void parseMinor_invalidText_rejected();
    void toDecimalString_amounts_twoDecimals_data();
    void toDecimalString_amounts_twoDecimals();
    void toDecimalString_everyCentInRange_parsesBack();
    void minorFromJsonNumber_everyCentToTenThousand_exact();
    void minorFromJsonNumber_randomLargeValues_exact();
    void minorFromJsonNumber_throughJsonDocumentText_exact();
    void minorFromJsonNumber_limits_acceptedUpToBound();
    void minorFromJsonNumber_invalidNumbers_rejected_data();
    void minorFromJsonNumber_invalidNumbers_rejected();
    void minorFromJsonNumber_threeDecimalSweep_rejected();
    void minorFromJsonNumber_randomThreeDecimals_rejected();
    void divideRounded_values_halfAwayFromZero_data();
    void divideRounded_values_halfAwayFromZero();
    void taxAtBasisPoints_values_halfAwayFromZero_data();
    void taxAtBasisPoints_values_halfAwayFromZero();
    void taxAtBasisPoints_randomAmounts_matchWideReference();
    void operators_sameCurrency_exactSums();
    void operators_emptyCurrency_takesOther();
};

void TestMoney::parseMinor_validText_exactMinor_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("minus zero") << "-0" << qint64(0);
    QTest::newRow("minus zero decimals") << "-0.00" << qint64(0);
    QTest::newRow("negative cents") << "-0.05" << qint64(-5);
    QTest::newRow("one decimal") << "1.5" << qint64(150);
    QTest::newRow("integer") << "12" << qint64(1200);
    QTest::newRow("two decimals") << "-12.34" << qint64(-1234);
    QTest::newRow("plus sign") << "+1" << qint64(100);
    QTest::newRow("plus half") << "+0.5" << qint64(50);
    QTest::newRow("leading zeros") << "0000012.30" << qint64(1230);
    QTest::newRow("many leading zeros") << "000000000000000000001" << qint64(100);
    QTest::newRow("largest") << "9999999999999.99" << qint64(999'999'999'999'999);
    QTest::newRow("most negative") << "-9999999999999.99" << qint64(-999'999'999'999'999);
    QTest::newRow("profile example") << "97481.40" << qint64(9'748'140);
}

void TestMoney::parseMinor_validText_exactMinor() {
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const std::optional<qint64> parsed = Money::parseMinor(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, minor);
}

void TestMoney::parseMinor_invalidText_rejected_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("three decimals") << "12.345";
    QTest::newRow("three zero decimals") << "12.000";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("exponent with decimals") << "1.5E2";
    QTest::newRow("empty") << "";
    QTest::newRow("leading space") << " 1";
    QTest::newRow("trailing space") << "1 ";
    QTest::newRow("sign only") << "-";
    QTest::newRow("plus only") << "+";
    QTest::newRow("two signs") << "+-1";
    QTest::newRow("double minus") << "--1";
    QTest::newRow("no integer digits") << ".5";
    QTest::newRow("no decimals after point") << "5.";
    QTest::newRow("comma") << "1,5";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("nan") << "NaN";
    QTest::newRow("inf") << "inf";
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0661));
    QTest::newRow("ten to the thirteen") << "10000000000000";
    QTest::newRow("ten to the thirteen negative") << "-10000000000000.00";
    QTest::newRow("huge") << "123456789012345678901234567890";
    QTest::newRow("huge fraction") << "99999999999999999999.99";
}

void TestMoney::parseMinor_invalidText_rejected() {
    QFETCH(QString, text);
    const std::optional<qint64> parsed = Money::parseMinor(text);
    QVERIFY2(!parsed.has_value(),
             qPrintable(QStringLiteral("accepted \"%1\" as %2").arg(text).arg(parsed.value_or(0))));
}

void TestMoney::toDecimalString_amounts_twoDecimals_data() {
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("one cent") << qint64(1) << "0.01";
    QTest::newRow("minus five cents") << qint64(-5) << "-0.05";
    QTest::newRow("minus one") << qint64(-100) << "-1.00";
    QTest::newRow("trailing zero") << qint64(123450) << "1234.50";
    QTest::newRow("largest") << qint64(999'999'999'999'999) << "9999999999999.99";
    QTest::newRow("int64 minimum") << std::numeric_limits<qint64>::min() << "-92233720368547758.08";
}

void TestMoney::toDecimalString_amounts_twoDecimals() {
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    QCOMPARE(rub(minor).toDecimalString(), text);
}

void TestMoney::toDecimalString_everyCentInRange_parsesBack() {
    for (qint64 minor = -100'000; minor <= 100'000; ++minor) {
        const std::optional<qint64> back = Money::parseMinor(rub(minor).toDecimalString());
        if (back != minor) {
            QFAIL(qPrintable(QStringLiteral("%1 did not parse back").arg(minor)));
        }
    }
}

void TestMoney::minorFromJsonNumber_everyCentToTenThousand_exact() {
    // Every cent from -10000.00 to 10000.00, as a parser reads the decimal text and as we write it.
    for (qint64 minor = -1'000'000; minor <= 1'000'000; ++minor) {
        const QByteArray text = rub(minor).toDecimalString().toLatin1();
        const double parsed = parsedDouble(text);
        if (Money::minorFromJsonNumber(parsed) != minor || Money::toJsonNumber(minor) != parsed) {
            QFAIL(text.constData());
        }
    }
}

void TestMoney::minorFromJsonNumber_randomLargeValues_exact() {
    QRandomGenerator random(20261101);
    for (int i = 0; i < 300'000; ++i) {
        const auto magnitude = static_cast<qint64>(random.bounded(static_cast<quint64>(Money::kMaxAbsMinor)));
        const qint64 minor = random.bounded(2) == 0 ? magnitude : -magnitude;
        const QByteArray text = rub(minor).toDecimalString().toLatin1();
        const double parsed = parsedDouble(text);
        if (Money::minorFromJsonNumber(parsed) != minor || Money::toJsonNumber(minor) != parsed) {
            QFAIL(text.constData());
        }
    }
}

void TestMoney::minorFromJsonNumber_throughJsonDocumentText_exact() {
    // What the server writes and the client reads: toJsonNumber -> JSON text -> QJsonDocument -> minor.
    QRandomGenerator random(77);
    QList<qint64> minors = {0, 1, -1, 10, 99, 9'748'140, 999'999'999'999'999, -999'999'999'999'999};
    for (int i = 0; i < 20'000; ++i) {
        const int digits = static_cast<int>(random.bounded(1, 16));
        const auto limit = static_cast<quint64>(std::pow(10.0, digits));
        const auto magnitude = static_cast<qint64>(random.bounded(limit));
        minors.append(random.bounded(2) == 0 ? magnitude : -magnitude);
    }
    QJsonArray array;
    for (qint64 minor : minors) {
        array.append(Money::toJsonNumber(minor));
    }
    const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Compact);
    const QJsonArray read = QJsonDocument::fromJson(text).array();
    QCOMPARE(read.size(), minors.size());
    for (qsizetype i = 0; i < minors.size(); ++i) {
        const std::optional<qint64> back = Money::minorFromJsonNumber(read.at(i).toDouble());
        if (back != minors.at(i)) {
            QFAIL(qPrintable(QStringLiteral("%1 came back as %2").arg(minors.at(i)).arg(back.value_or(-1))));
        }
    }
}

void TestMoney::minorFromJsonNumber_limits_acceptedUpToBound() {
    QCOMPARE(Money::minorFromJsonNumber(9999999999999.99), std::optional<qint64>(999'999'999'999'999));
    QCOMPARE(Money::minorFromJsonNumber(-9999999999999.99), std::optional<qint64>(-999'999'999'999'999));
    QCOMPARE(Money::minorFromJsonNumber(0.0), std::optional<qint64>(0));
    QCOMPARE(Money::minorFromJsonNumber(-0.0), std::optional<qint64>(0));
    QCOMPARE(Money::minorFromJsonNumber(0.01), std::optional<qint64>(1));
    QCOMPARE(Money::minorFromJsonNumber(-48210.35), std::optional<qint64>(-4'821'035));
    QCOMPARE(Money::minorFromJsonNumber(1e12), std::optional<qint64>(100'000'000'000'000));
}

void TestMoney::minorFromJsonNumber_invalidNumbers_rejected_data() {
    QTest::addColumn<double>("value");
    QTest::newRow("three decimals") << 12.345;
    QTest::newRow("one tenth of a cent") << 0.001;
    QTest::newRow("minus half a cent") << -0.005;
    QTest::newRow("binary sum") << 0.1 + 0.2;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity();
    QTest::newRow("ten to the thirteen") << 1e13;
    QTest::newRow("minus ten to the thirteen") << -1e13;
    QTest::newRow("huge") << 1e300;
    QTest::newRow("denormal") << std::numeric_limits<double>::denorm_min();
    QTest::newRow("just below bound, not a cent") << parsedDouble("9999999999999.995");
}

void TestMoney::minorFromJsonNumber_invalidNumbers_rejected() {
    QFETCH(double, value);
    QVERIFY(!Money::minorFromJsonNumber(value).has_value());
}

void TestMoney::minorFromJsonNumber_threeDecimalSweep_rejected() {
    // Every value with a non-zero third decimal from -100.000 to 100.000.
    for (qint64 thousandths = -100'000; thousandths <= 100'000; ++thousandths) {
        if (thousandths % 10 == 0) {
            continue;
        }
        const QByteArray text = QByteArray::number(thousandths / 1000) + '.' +
                                QByteArray::number(std::abs(thousandths % 1000)).rightJustified(3, '0');
        const QByteArray signedText = thousandths < 0 && thousandths > -1000 ? QByteArray("-").append(text) : text;
        if (Money::minorFromJsonNumber(parsedDouble(signedText)).has_value()) {
            QFAIL(signedText.constData());
        }
    }
}

void TestMoney::minorFromJsonNumber_randomThreeDecimals_rejected() {
    // Below 2^43 (about 8.8 * 10^12) a double's spacing is under 0.001, so a third decimal always
    // survives parsing and must be rejected. (Above that no reader of a double can see it.)
    QRandomGenerator random(4242);
    constexpr quint64 kBelow = 8'700'000'000'000'000; // thousandths
    for (int i = 0; i < 200'000; ++i) {
        quint64 thousandths = random.bounded(kBelow);
        if (thousandths % 10 == 0) {
            ++thousandths;
        }
        const QByteArray text = QByteArray::number(thousandths / 1000) + '.' +
                                QByteArray::number(thousandths % 1000).rightJustified(3, '0');
        if (Money::minorFromJsonNumber(parsedDouble(text)).has_value() ||
            Money::minorFromJsonNumber(-parsedDouble(text)).has_value()) {
            QFAIL(text.constData());
        }
    }
}

void TestMoney::divideRounded_values_halfAwayFromZero_data() {
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("7/2") << qint64(7) << qint64(2) << qint64(4);
    QTest::newRow("-7/2") << qint64(-7) << qint64(2) << qint64(-4);
    QTest::newRow("5/10") << qint64(5) << qint64(10) << qint64(1);
    QTest::newRow("-5/10") << qint64(-5) << qint64(10) << qint64(-1);
    QTest::newRow("4/10") << qint64(4) << qint64(10) << qint64(0);
    QTest::newRow("-4/10") << qint64(-4) << qint64(10) << qint64(0);
    QTest::newRow("6/10") << qint64(6) << qint64(10) << qint64(1);
    QTest::newRow("-6/10") << qint64(-6) << qint64(10) << qint64(-1);
    QTest::newRow("25/10 not banker's") << qint64(25) << qint64(10) << qint64(3);
    QTest::newRow("-25/10 not banker's") << qint64(-25) << qint64(10) << qint64(-3);
    QTest::newRow("0/3") << qint64(0) << qint64(3) << qint64(0);
    QTest::newRow("exact") << qint64(-300) << qint64(3) << qint64(-100);
    QTest::newRow("by one") << qint64(-17) << qint64(1) << qint64(-17);
    QTest::newRow("max/2") << std::numeric_limits<qint64>::max() << qint64(2) << qint64(4'611'686'018'427'387'904);
    QTest::newRow("min/2") << std::numeric_limits<qint64>::min() << qint64(2) << qint64(-4'611'686'018'427'387'904);
    QTest::newRow("min/3") << std::numeric_limits<qint64>::min() << qint64(3) << qint64(-3'074'457'345'618'258'603);
    QTest::newRow("big denominator") << qint64(4'611'686'018'427'387'904) << std::numeric_limits<qint64>::max()
                                     << qint64(1);
}

void TestMoney::divideRounded_values_halfAwayFromZero() {
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(divideRounded(numerator, denominator), expected);
}

void TestMoney::taxAtBasisPoints_values_halfAwayFromZero_data() {
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("100.00 at 20%") << qint64(10000) << 2000 << qint64(2000);
    QTest::newRow("profile bill") << qint64(8'123'450) << 2000 << qint64(1'624'690);
    QTest::newRow("profile line") << qint64(18450) << 2000 << qint64(3690);
    QTest::newRow("0.01 at 20%") << qint64(1) << 2000 << qint64(0);
    QTest::newRow("0.03 at 20%") << qint64(3) << 2000 << qint64(1);
    QTest::newRow("-0.03 at 20%") << qint64(-3) << 2000 << qint64(-1);
    QTest::newRow("0.05 at 10% half") << qint64(5) << 1000 << qint64(1);
    QTest::newRow("-0.05 at 10% half") << qint64(-5) << 1000 << qint64(-1);
    QTest::newRow("0.15 at 10% half") << qint64(15) << 1000 << qint64(2);
    QTest::newRow("-0.15 at 10% half") << qint64(-15) << 1000 << qint64(-2);
    QTest::newRow("0.25 at 10% half not banker's") << qint64(25) << 1000 << qint64(3);
    QTest::newRow("-0.25 at 10% half not banker's") << qint64(-25) << 1000 << qint64(-3);
    QTest::newRow("0.04 at 12.5% half") << qint64(4) << 1250 << qint64(1);
    QTest::newRow("0.02 at 12.5% below half") << qint64(2) << 1250 << qint64(0);
    QTest::newRow("12345.67 at 20%") << qint64(1'234'567) << 2000 << qint64(246'913);
    QTest::newRow("-12345.67 at 20%") << qint64(-1'234'567) << 2000 << qint64(-246'913);
    QTest::newRow("zero rate") << qint64(12345) << 0 << qint64(0);
    QTest::newRow("largest at 100%") << qint64(999'999'999'999'999) << 10000 << qint64(999'999'999'999'999);
    QTest::newRow("most negative at 100%") << qint64(-999'999'999'999'999) << 10000 << qint64(-999'999'999'999'999);
    QTest::newRow("largest at 20%") << qint64(999'999'999'999'999) << 2000 << qint64(200'000'000'000'000);
    QTest::newRow("largest at 99.99%") << qint64(999'999'999'999'999) << 9999 << qint64(999'899'999'999'999);
}

void TestMoney::taxAtBasisPoints_values_halfAwayFromZero() {
    QFETCH(qint64, minor);
    QFETCH(int, basisPoints);
    QFETCH(qint64, expected);
    QCOMPARE(rub(minor).taxAtBasisPoints(basisPoints), rub(expected));
}

void TestMoney::taxAtBasisPoints_randomAmounts_matchWideReference() {
    QRandomGenerator random(1);
    for (int i = 0; i < 200'000; ++i) {
        const auto magnitude = static_cast<qint64>(random.bounded(static_cast<quint64>(Money::kMaxAbsMinor)));
        const qint64 minor = i % 3 == 0 ? magnitude % 100'000 : magnitude; // small amounts hit .5 often
        const qint64 signedMinor = random.bounded(2) == 0 ? minor : -minor;
        const int basisPoints = static_cast<int>(random.bounded(10001));
        const qint64 tax = rub(signedMinor).taxAtBasisPoints(basisPoints).minor();
        if (tax != referenceTax(signedMinor, basisPoints)) {
            QFAIL(qPrintable(QStringLiteral("%1 at %2 bp gave %3").arg(signedMinor).arg(basisPoints).arg(tax)));
        }
    }
}

void TestMoney::operators_sameCurrency_exactSums() {
    Money total = rub(8'123'450);
    total += rub(1'624'690);
    QCOMPARE(total, rub(9'748'140));
    QCOMPARE(rub(5) + rub(-7), rub(-2));
    QCOMPARE(rub(5) - rub(7), rub(-2));
    QCOMPARE(-rub(5), rub(-5));
    QVERIFY(rub(0).isZero());
    QVERIFY(!rub(1).isZero());
    QVERIFY(rub(1) != Money(1, QStringLiteral("USD")));
}

void TestMoney::operators_emptyCurrency_takesOther() {
    Money total;
    total += rub(150);
    QCOMPARE(total, rub(150));
    QCOMPARE(Money() + rub(3), rub(3));
    QCOMPARE(Money() - rub(3), rub(-3));
    QCOMPARE(rub(3) + Money(), rub(3));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
