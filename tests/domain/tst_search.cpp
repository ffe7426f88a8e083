// The search description: its conditions one by one against the reference matcher, its saved form and
// its summary.
#include "domain/search.h"

#include <QJsonDocument>
#include <QTest>

using namespace corpcare::domain;

namespace {

Money rub(qint64 minor) {
    return Money(minor, QStringLiteral("RUB"));
}

ServiceUser line() {
    ServiceUser user;
    user.id = QStringLiteral("1042");
    user.msisdn = QStringLiteral("79161234567");
    user.status = ProductStatus::Active;
    user.tariff = {QStringLiteral("4"), QStringLiteral("Business 1000")};
    user.billingAccount = {QStringLiteral("10"), QStringLiteral("Sales — mobile")};
    user.department = {QStringLiteral("3"), QStringLiteral("Sales North")};
    user.user = {QStringLiteral("501"), QStringLiteral("Anna Ivanova")};
    user.services = {{QStringLiteral("1042-12"), {QStringLiteral("12"), QStringLiteral("Roaming")}, {}, {}},
                     {QStringLiteral("1042-13"), {QStringLiteral("13"), QStringLiteral("Voicemail")}, {}, {}}};
    user.currentCharges = rub(250000);
    return user;
}

UserSearch full() {
    UserSearch search;
    search.tariffIds = {QStringLiteral("4"), QStringLiteral("5")};
    search.statuses = {ProductStatus::Active, ProductStatus::Suspended};
    search.servicesAll = {QStringLiteral("12")};
    search.servicesNone = {QStringLiteral("14"), QStringLiteral("15")};
    search.departmentIds = {QStringLiteral("2")};
    search.accountIds = {QStringLiteral("10")};
    search.thresholdStates = {ThresholdState::OverFirst};
    search.chargesMin = rub(100050);
    search.chargesMax = rub(999999);
    search.text = QStringLiteral("Ivan");
    return search;
}

bool matches(const UserSearch &search, const ServiceUser &user = line(),
             ThresholdState state = ThresholdState::OverFirst,
             const QStringList &departments = {QStringLiteral("2"), QStringLiteral("3")}) {
    return SearchMatcher(search, departments).matches(user, state);
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void matcher_empty_matchesEverything();
    void matcher_fullSearch_allConditionsHold();
    void matcher_eachConditionAlone_failsWhenItFails();
    void matcher_lists_anyValue();
    void matcher_services_hasAllAndHasNone();
    void matcher_thresholdStates_overSecondIsOverFirst();
    void matcher_chargesRange_inclusiveExactAndUnknown();
    void text_numberWithOrWithoutFormatting_data();
    void text_numberWithOrWithoutFormatting();
    void json_roundTrip_sameSearch();
    void json_throughText_exactMoney();
    void json_badValues_errorNamesTheKey_data();
    void json_badValues_errorNamesTheKey();
    void summary_namesAndConditions();
};

void TestSearch::matcher_empty_matchesEverything() {
    QVERIFY(UserSearch().isEmpty());
    QVERIFY(matches({}));
    ServiceUser bare;
    QVERIFY(matches({}, bare, ThresholdState::Unknown, {}));
}

void TestSearch::matcher_fullSearch_allConditionsHold() {
    QVERIFY(!full().isEmpty());
    QVERIFY(matches(full()));
}

void TestSearch::matcher_eachConditionAlone_failsWhenItFails() {
    UserSearch search = full();
    search.tariffIds = {QStringLiteral("5")};
    QVERIFY(!matches(search));
    search = full();
    search.statuses = {ProductStatus::Suspended};
    QVERIFY(!matches(search));
    search = full();
    search.departmentIds = {QStringLiteral("4")};
    QVERIFY(!matches(search, line(), ThresholdState::OverFirst, {QStringLiteral("4")}));
    search = full();
    search.accountIds = {QStringLiteral("11")};
    QVERIFY(!matches(search));
    QVERIFY(!matches(full(), line(), ThresholdState::Below));
    search = full();
    search.text = QStringLiteral("petrov");
    QVERIFY(!matches(search));
}

void TestSearch::matcher_lists_anyValue() {
    UserSearch search;
    search.accountIds = {QStringLiteral("11"), QStringLiteral("10")};
    QVERIFY(matches(search));
    search.accountIds = {QStringLiteral("11"), QStringLiteral("12")};
    QVERIFY(!matches(search));
}

void TestSearch::matcher_services_hasAllAndHasNone() {
    UserSearch search;
    search.servicesAll = {QStringLiteral("12"), QStringLiteral("13")};
    QVERIFY(matches(search));
    search.servicesAll = {QStringLiteral("12"), QStringLiteral("14")}; // has 12 but not 14
    QVERIFY(!matches(search));
    search.servicesAll.clear();
    search.servicesNone = {QStringLiteral("14"), QStringLiteral("13")}; // has 13
    QVERIFY(!matches(search));
    search.servicesNone = {QStringLiteral("14")};
    QVERIFY(matches(search));
    search.servicesAll = {QStringLiteral("12")};
    QVERIFY(matches(search));
}

void TestSearch::matcher_thresholdStates_overSecondIsOverFirst() {
    UserSearch search;
    search.thresholdStates = {ThresholdState::OverFirst};
    QVERIFY(matches(search, line(), ThresholdState::OverSecond));
    QVERIFY(matches(search, line(), ThresholdState::OverFirst));
    QVERIFY(!matches(search, line(), ThresholdState::Below));
    QVERIFY(!matches(search, line(), ThresholdState::Unknown));
    search.thresholdStates = {ThresholdState::OverSecond};
    QVERIFY(!matches(search, line(), ThresholdState::OverFirst));
    QVERIFY(matches(search, line(), ThresholdState::OverSecond));
}

void TestSearch::matcher_chargesRange_inclusiveExactAndUnknown() {
    UserSearch search;
    search.chargesMin = rub(250000);
    QVERIFY(matches(search));
    search.chargesMin = rub(250001); // a kopeck more than the line's charges
    QVERIFY(!matches(search));
    search.chargesMin.reset();
    search.chargesMax = rub(250000);
    QVERIFY(matches(search));
    search.chargesMax = rub(249999);
    QVERIFY(!matches(search));
    search.chargesMax = Money(999999999, QStringLiteral("EUR"));
    QVERIFY(!matches(search)); // another currency is not compared
    ServiceUser unknown = line();
    unknown.currentCharges.reset();
    search.chargesMax = rub(999999999);
    QVERIFY(!matches(search, unknown));
    QVERIFY(matches({}, unknown));
}

void TestSearch::text_numberWithOrWithoutFormatting_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("digits") << "9161234" << true;
    QTest::newRow("formatted as shown") << "+7 916 123-45-67" << true;
    QTest::newRow("other formatting") << "(916) 123 45 67" << true;
    QTest::newRow("dots") << "916.123.45" << true;
    QTest::newRow("formatted part") << "123-45" << true;
    QTest::newRow("wrong digits") << "916 124" << false;
    QTest::newRow("name, other case") << "ANNA iv" << true;
    QTest::newRow("surname part") << "vanov" << true;
    QTest::newRow("blank is no condition") << "   " << true;
    QTest::newRow("name not there") << "oleg" << false;
    QTest::newRow("department is not searched") << "north" << false;
}

void TestSearch::text_numberWithOrWithoutFormatting() {
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const ServiceUser user = line();
    QCOMPARE(SearchText(text).matches(user.msisdn, user.user.name), expected);
    UserSearch search;
    search.text = text;
    QCOMPARE(matches(search), expected);
}

void TestSearch::json_roundTrip_sameSearch() {
    QString error;
    const std::optional<UserSearch> back = UserSearch::fromJson(full().toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, full());
    QCOMPARE(*UserSearch::fromJson(UserSearch().toJson()), UserSearch());
    QVERIFY(UserSearch().toJson().isEmpty()); // nothing saved for conditions that are not set
}

void TestSearch::json_throughText_exactMoney() {
    UserSearch search;
    search.chargesMin = rub(1);
    search.chargesMax = rub(123456789012);
    const QByteArray text = QJsonDocument(search.toJson()).toJson(QJsonDocument::Compact);
    const std::optional<UserSearch> back = UserSearch::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(back);
    QCOMPARE(back->chargesMin->minor(), qint64(1));
    QCOMPARE(back->chargesMax->minor(), qint64(123456789012));
    // A number as the profile writes money is read exactly too.
    const auto number = UserSearch::fromJson(
        QJsonDocument::fromJson(R"({"chargesMin": {"unit": "RUB", "value": 1500.10}, "futureKey": 1})").object());
    QVERIFY(number);
    QCOMPARE(number->chargesMin->minor(), qint64(150010));
}

void TestSearch::json_badValues_errorNamesTheKey_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("list not a list") << QByteArray(R"({"tariffs": "4"})") << "tariffs";
    QTest::newRow("number in a list") << QByteArray(R"({"accounts": ["10", 11]})") << "accounts";
    QTest::newRow("unknown status") << QByteArray(R"({"statuses": ["asleep"]})") << "statuses";
    QTest::newRow("unknown level") << QByteArray(R"({"thresholdStates": ["overThird"]})") << "thresholdStates";
    QTest::newRow("money three decimals")
        << QByteArray(R"({"chargesMax": {"unit": "RUB", "value": "1.005"}})") << "chargesMax";
    QTest::newRow("money not an object") << QByteArray(R"({"chargesMin": 5})") << "chargesMin";
    QTest::newRow("text a number") << QByteArray(R"({"text": 5})") << "text";
}

void TestSearch::json_badValues_errorNamesTheKey() {
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    QVERIFY(!UserSearch::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(key), qPrintable(error));
}

void TestSearch::summary_namesAndConditions() {
    QCOMPARE(UserSearch().summary(), QStringLiteral("all users"));
    const UserSearch::Names names{
        [](const QString &id) { return id == QLatin1String("4") ? QStringLiteral("Business 1000") : QString(); },
        [](const QString &id) { return id == QLatin1String("2") ? QStringLiteral("Sales") : QString(); },
        [](const QString &) { return QStringLiteral("Sales — mobile"); }};
    const QString summary = full().summary(names);
    QCOMPARE(summary, QStringLiteral("tariff Business 1000 or 5 · active or suspended · has 12 · has no 14 · "
                                     "has no 15 · in Sales · account Sales — mobile · over first threshold · "
                                     "charges 1000.50–9999.99 RUB · “Ivan”"));
    QVERIFY(!summary.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
