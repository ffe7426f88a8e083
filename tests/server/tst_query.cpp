#include "server/query/filter_sql.h"
#include "server/query/list_query.h"
#include "server/store/sqlite.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using corpcare::server::query::buildWhere;
using corpcare::server::query::Condition;
using corpcare::server::query::FieldType;
using corpcare::server::query::FilterField;
using corpcare::server::query::ListQuery;
using corpcare::server::query::Op;
using corpcare::server::query::parseListQuery;
using corpcare::server::query::sqlValue;
using corpcare::server::query::WhereClause;
using corpcare::server::store::Database;

namespace {

const QString kResource = QStringLiteral("line");

// Parses a query string as a request URL carries it (percent-encoded).
std::optional<ListQuery> parse(const QString &queryString, QString *error) {
    return parseListQuery(QUrlQuery(queryString), error);
}

qint64 julianDay(int year, int month, int day) {
    return QDate(year, month, day).toJulianDay();
}

// The filters of the test table "line l" below: one of every FieldType, an EXISTS template, a
// template with two placeholders and one calling a function of the server's connections.
QList<FilterField> lineFilters() {
    return {
        {QStringLiteral("id"), FieldType::Id, QStringLiteral("l.id {}"), true},
        {QStringLiteral("state"), FieldType::Text, QStringLiteral("l.state {}")},
        {QStringLiteral("startDate"), FieldType::Date, QStringLiteral("l.start_date {}"), true},
        {QStringLiteral("balance"), FieldType::Money, QStringLiteral("l.balance {}"), true},
        {QStringLiteral("count"), FieldType::Integer, QStringLiteral("l.count {}"), true},
        {QStringLiteral("active"), FieldType::Boolean, QStringLiteral("l.active {}")},
        {QStringLiteral("isBilled"), FieldType::Presence, QStringLiteral("l.bill_id {}")},
        {QStringLiteral("service"), FieldType::Id,
         QStringLiteral("EXISTS (SELECT 1 FROM line_service s WHERE s.line_id = l.id AND s.offering_id {})")},
        {QStringLiteral("relatedParty.id"), FieldType::Id, QStringLiteral("(l.person_id {} OR l.org_id {})")},
        // The server's SQL function with a person id as the "number" and the state as the "name".
        {QStringLiteral("nameOrNumber"), FieldType::Argument,
         QStringLiteral("name_or_number(CAST(l.person_id AS TEXT), l.state, {})")},
    };
}

Condition condition(const QString &field, Op op, const QStringList &values) {
    Condition out;
    out.field = field;
    out.op = op;
    out.values = values;
    return out;
}

} // namespace

class TestQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // parseListQuery
    void parseListQuery_emptyQuery_defaults();
    void parseListQuery_validLimit_accepted_data();
    void parseListQuery_validLimit_accepted();
    void parseListQuery_invalidLimit_error_data();
    void parseListQuery_invalidLimit_error();
    void parseListQuery_validOffset_accepted_data();
    void parseListQuery_validOffset_accepted();
    void parseListQuery_invalidOffset_error_data();
    void parseListQuery_invalidOffset_error();
    void parseListQuery_fields_splitTrimmedAndEmptyDropped();
    void parseListQuery_operatorSuffix_mapsToOp_data();
    void parseListQuery_operatorSuffix_mapsToOp();
    void parseListQuery_commaValues_equalityWithAllValues();
    void parseListQuery_comparisonWithTwoValues_error();
    void parseListQuery_maxValues_accepted();
    void parseListQuery_moreThanMaxValues_error();
    void parseListQuery_emptyFilterName_error_data();
    void parseListQuery_emptyFilterName_error();
    void parseListQuery_severalFilters_keptInOrder();

    // sqlValue
    void sqlValue_wellFormed_columnValue_data();
    void sqlValue_wellFormed_columnValue();
    void sqlValue_wrongForm_nullopt_data();
    void sqlValue_wrongForm_nullopt();

    // buildWhere
    void buildWhere_noConditions_matchesEverything();
    void buildWhere_unknownFilter_errorNamesFilterAndResource();
    void buildWhere_comparisonOnNonComparableField_error();
    void buildWhere_notEqualOnPresenceOrArgument_error();
    void nameOrNumber_anyScriptAnyCase();
    void buildWhere_wrongValueType_errorNamesFilterAndValue_data();
    void buildWhere_wrongValueType_errorNamesFilterAndValue();
    void buildWhere_idNotANumber_bindsNull();
    void buildWhere_money_bindsMinorUnits();
    void buildWhere_dateOrDateTime_bindsSameJulianDay();
    void buildWhere_presence_isNullWithoutBinds_data();
    void buildWhere_presence_isNullWithoutBinds();
    void buildWhere_operators_sqlOperator_data();
    void buildWhere_operators_sqlOperator();
    void buildWhere_templateWithTwoPlaceholders_bindsValuesTwiceInOrder();
    void buildWhere_severalConditions_andInOrder();

    // The produced SQL on a real SQLite database
    void buildWhere_onSqlite_selectsExpectedRows_data();
    void buildWhere_onSqlite_selectsExpectedRows();

private:
    QList<qint64> selectLines(const QString &queryString);

    std::unique_ptr<Database> m_db;
};

void TestQuery::initTestCase() {
    m_db = Database::open(QStringLiteral(":memory:"), Database::Mode::Create);
    QVERIFY(m_db);
    m_db->exec(QStringLiteral(R"sql(
CREATE TABLE line(
  id INTEGER PRIMARY KEY,
  state TEXT NOT NULL,
  start_date INTEGER NOT NULL,
  balance INTEGER NOT NULL,
  count INTEGER NOT NULL,
  active INTEGER NOT NULL,
  bill_id INTEGER,
  person_id INTEGER NOT NULL,
  org_id INTEGER NOT NULL);
CREATE TABLE line_service(line_id INTEGER NOT NULL, offering_id INTEGER NOT NULL);
)sql"));
    struct Row {
        qint64 id;
        const char *state;
        qint64 startDate;
        qint64 balance;
        qint64 count;
        qint64 active;
        qint64 billId; // 0: NULL
        qint64 personId;
        qint64 orgId;
    };
    const Row rows[] = {
        {1, "active", julianDay(2026, 11, 1), -150000, 3, 1, 10, 1000001, 2},
        {2, "suspended", julianDay(2026, 11, 24), 0, 0, 0, 0, 1000002, 3},
        {3, "active", julianDay(2026, 11, 25), 123450, 12, 1, 0, 1000003, 2},
        {4, "terminated", julianDay(2026, 11, 26), 99, -5, 0, 11, 1000004, 4},
        {5, "active", julianDay(2025, 12, 31), -1, 7, 1, 12, 1000005, 5},
    };
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO line VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Row &row : rows) {
        insert.bind(1, row.id).bindStatic(2, row.state).bind(3, row.startDate).bind(4, row.balance);
        insert.bind(5, row.count).bind(6, row.active);
        if (row.billId) {
            insert.bind(7, row.billId);
        } else {
            insert.bindNull(7);
        }
        insert.bind(8, row.personId).bind(9, row.orgId).run();
        insert.reset();
    }
    m_db->exec(QStringLiteral("INSERT INTO line_service VALUES (1, 101), (1, 105), (3, 105), (5, 102)"));
}

QList<qint64> TestQuery::selectLines(const QString &queryString) {
    QString error;
    const auto query = parse(queryString, &error);
    if (!query) {
        qWarning("parseListQuery(%s) failed: %s", qPrintable(queryString), qPrintable(error));
        return {-1};
    }
    const auto where = buildWhere(query->conditions, lineFilters(), kResource, &error);
    if (!where) {
        qWarning("buildWhere(%s) failed: %s", qPrintable(queryString), qPrintable(error));
        return {-1};
    }
    if (where->sql.count(QLatin1Char('?')) != where->binds.size()) {
        qWarning("%s: %lld placeholders but %lld binds", qPrintable(where->sql),
                 qint64(where->sql.count(QLatin1Char('?'))), qint64(where->binds.size()));
        return {-2};
    }
    auto select = m_db->prepare(QStringLiteral("SELECT l.id FROM line l WHERE %1 ORDER BY l.id").arg(where->sql));
    select.bindAll(where->binds);
    QList<qint64> ids;
    while (select.step()) {
        ids.append(select.int64(0));
    }
    return ids;
}

// ---- parseListQuery -------------------------------------------------------------------------------

void TestQuery::parseListQuery_emptyQuery_defaults() {
    QString error;
    const auto query = parse(QString(), &error);
    QVERIFY(query);
    QCOMPARE(query->offset, qint64(0));
    QCOMPARE(query->limit, 100);
    QCOMPARE(query->limit, ListQuery::kDefaultLimit);
    QVERIFY(query->fields.isEmpty());
    QVERIFY(query->conditions.isEmpty());
    QVERIFY(error.isEmpty());
}

void TestQuery::parseListQuery_validLimit_accepted_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("1") << QStringLiteral("1") << 1;
    QTest::newRow("100") << QStringLiteral("100") << 100;
    QTest::newRow("1000") << QStringLiteral("1000") << 1000;
    QTest::newRow("leading zeros") << QStringLiteral("007") << 7;
}

void TestQuery::parseListQuery_validLimit_accepted() {
    QFETCH(QString, text);
    QFETCH(int, expected);
    QString error;
    const auto query = parse(QStringLiteral("limit=") + text, &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->limit, expected);
    QCOMPARE(query->offset, qint64(0));
    QVERIFY(query->conditions.isEmpty());
}

void TestQuery::parseListQuery_invalidLimit_error_data() {
    QTest::addColumn<QString>("encoded");
    QTest::newRow("0") << QStringLiteral("0");
    QTest::newRow("1001") << QStringLiteral("1001");
    QTest::newRow("-1") << QStringLiteral("-1");
    QTest::newRow("abc") << QStringLiteral("abc");
    QTest::newRow("+5") << QStringLiteral("%2B5");
    QTest::newRow("empty") << QString();
    QTest::newRow("decimal") << QStringLiteral("5.0");
    QTest::newRow("huge") << QStringLiteral("99999999999999999999");
}

void TestQuery::parseListQuery_invalidLimit_error() {
    QFETCH(QString, encoded);
    QString error;
    const auto query = parse(QStringLiteral("limit=") + encoded, &error);
    QVERIFY(!query);
    QCOMPARE(error, QStringLiteral("limit must be a whole number from 1 to 1000"));
}

void TestQuery::parseListQuery_validOffset_accepted_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0") << QStringLiteral("0") << qint64(0);
    QTest::newRow("5000") << QStringLiteral("5000") << qint64(5000);
    QTest::newRow("max") << QString::number(ListQuery::kMaxOffset) << ListQuery::kMaxOffset;
}

void TestQuery::parseListQuery_validOffset_accepted() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QString error;
    const auto query = parse(QStringLiteral("offset=") + text, &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->offset, expected);
    QCOMPARE(query->limit, ListQuery::kDefaultLimit);
}

void TestQuery::parseListQuery_invalidOffset_error_data() {
    QTest::addColumn<QString>("encoded");
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("surrounding spaces") << QStringLiteral(" 5");
    QTest::newRow("non-numeric") << QStringLiteral("ten");
    QTest::newRow("over max") << QString::number(ListQuery::kMaxOffset + 1);
    QTest::newRow("plus sign") << QStringLiteral("%2B1");
    QTest::newRow("empty") << QString();
}

void TestQuery::parseListQuery_invalidOffset_error() {
    QFETCH(QString, encoded);
    QString error;
    const auto query = parse(QStringLiteral("offset=") + encoded, &error);
    QVERIFY(!query);
    QCOMPARE(error, QStringLiteral("offset must be a whole number from 0 to 1000000000"));
}

void TestQuery::parseListQuery_fields_splitTrimmedAndEmptyDropped() {
    QString error;
    const auto query = parse(QStringLiteral("fields=name,%20state%20,,accountBalance,"), &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->fields,
             (QStringList{QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("accountBalance")}));
    QVERIFY(query->conditions.isEmpty()); // "fields" is no filter
}

void TestQuery::parseListQuery_operatorSuffix_mapsToOp_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("op");
    QTest::newRow("none") << QStringLiteral("billDate") << QStringLiteral("billDate") << int(Op::Equal);
    QTest::newRow(".gt") << QStringLiteral("billDate.gt") << QStringLiteral("billDate") << int(Op::Greater);
    QTest::newRow(".gte") << QStringLiteral("billDate.gte") << QStringLiteral("billDate") << int(Op::GreaterOrEqual);
    QTest::newRow(".lt") << QStringLiteral("billDate.lt") << QStringLiteral("billDate") << int(Op::Less);
    QTest::newRow(".lte") << QStringLiteral("billDate.lte") << QStringLiteral("billDate") << int(Op::LessOrEqual);
    QTest::newRow("dotted name") << QStringLiteral("accountBalance.amount.value.lte")
                                 << QStringLiteral("accountBalance.amount.value") << int(Op::LessOrEqual);
    QTest::newRow("suffix-like name") << QStringLiteral("billDate.gtx") << QStringLiteral("billDate.gtx")
                                      << int(Op::Equal);
    QTest::newRow("no dot") << QStringLiteral("gte") << QStringLiteral("gte") << int(Op::Equal);
    QTest::newRow(".ne") << QStringLiteral("state.ne") << QStringLiteral("state") << int(Op::NotEqual);
}

void TestQuery::parseListQuery_operatorSuffix_mapsToOp() {
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(int, op);
    QString error;
    const auto query = parse(key + QStringLiteral("=2026-11-01"), &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->conditions.size(), 1);
    QCOMPARE(query->conditions.first().field, field);
    QCOMPARE(int(query->conditions.first().op), op);
    QCOMPARE(query->conditions.first().values, QStringList{QStringLiteral("2026-11-01")});
}

void TestQuery::parseListQuery_commaValues_equalityWithAllValues() {
    QString error;
    const auto query = parse(QStringLiteral("state=active,suspended,partiallySuspended"), &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->conditions.size(), 1);
    const Condition &c = query->conditions.first();
    QCOMPARE(c.field, QStringLiteral("state"));
    QCOMPARE(c.op, Op::Equal);
    QCOMPARE(c.values, (QStringList{QStringLiteral("active"), QStringLiteral("suspended"),
                                    QStringLiteral("partiallySuspended")}));
}

void TestQuery::parseListQuery_comparisonWithTwoValues_error() {
    QString error;
    const auto query = parse(QStringLiteral("billDate.gte=2026-01-01,2026-02-01"), &error);
    QVERIFY(!query);
    QCOMPARE(error, QStringLiteral("filter billDate.gte compares with exactly one value"));
}

void TestQuery::parseListQuery_maxValues_accepted() {
    QStringList ids;
    for (int i = 1; i <= ListQuery::kMaxValues; ++i) {
        ids.append(QString::number(i));
    }
    QString error;
    const auto query = parse(QStringLiteral("id=") + ids.join(QLatin1Char(',')), &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->conditions.size(), 1);
    QCOMPARE(query->conditions.first().values.size(), ListQuery::kMaxValues);
    QCOMPARE(query->conditions.first().values.last(), QStringLiteral("1000"));
}

void TestQuery::parseListQuery_moreThanMaxValues_error() {
    QStringList ids;
    for (int i = 1; i <= ListQuery::kMaxValues + 1; ++i) {
        ids.append(QString::number(i));
    }
    QString error;
    const auto query = parse(QStringLiteral("id=") + ids.join(QLatin1Char(',')), &error);
    QVERIFY(!query);
    QCOMPARE(error, QStringLiteral("filter id has more than 1000 values"));
}

void TestQuery::parseListQuery_emptyFilterName_error_data() {
    QTest::addColumn<QString>("queryString");
    QTest::newRow("no name") << QStringLiteral("=x");
    QTest::newRow(".gt only") << QStringLiteral(".gt=5");
    QTest::newRow(".lte only") << QStringLiteral(".lte=5");
    QTest::newRow("after a valid one") << QStringLiteral("state=active&=x");
}

void TestQuery::parseListQuery_emptyFilterName_error() {
    QFETCH(QString, queryString);
    QString error;
    QVERIFY(!parse(queryString, &error));
    QCOMPARE(error, QStringLiteral("empty filter name"));
}

void TestQuery::parseListQuery_severalFilters_keptInOrder() {
    QString error;
    const auto query =
        parse(QStringLiteral("limit=10&state=active&offset=20&billDate.lt=2026-11-01&name=Sales%20North"), &error);
    QVERIFY2(query, qPrintable(error));
    QCOMPARE(query->limit, 10);
    QCOMPARE(query->offset, qint64(20));
    QCOMPARE(query->conditions.size(), 3);
    QCOMPARE(query->conditions.at(0).field, QStringLiteral("state"));
    QCOMPARE(query->conditions.at(1).field, QStringLiteral("billDate"));
    QCOMPARE(query->conditions.at(1).op, Op::Less);
    QCOMPARE(query->conditions.at(2).field, QStringLiteral("name"));
    QCOMPARE(query->conditions.at(2).values, QStringList{QStringLiteral("Sales North")});
}

// ---- sqlValue -------------------------------------------------------------------------------------

void TestQuery::sqlValue_wellFormed_columnValue_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    const auto integer = [](qint64 v) { return QVariant(v); };
    QTest::newRow("text") << int(FieldType::Text) << QStringLiteral("Sales — mobile")
                          << QVariant(QStringLiteral("Sales — mobile"));
    QTest::newRow("text empty") << int(FieldType::Text) << QString() << QVariant(QString());
    QTest::newRow("id") << int(FieldType::Id) << QStringLiteral("1042") << integer(1042);
    QTest::newRow("id not a number") << int(FieldType::Id) << QStringLiteral("abc") << QVariant();
    QTest::newRow("id zero") << int(FieldType::Id) << QStringLiteral("0") << QVariant();
    QTest::newRow("id negative") << int(FieldType::Id) << QStringLiteral("-3") << QVariant();
    QTest::newRow("id plus sign") << int(FieldType::Id) << QStringLiteral("+4") << QVariant();
    QTest::newRow("integer") << int(FieldType::Integer) << QStringLiteral("-7") << integer(-7);
    QTest::newRow("money") << int(FieldType::Money) << QStringLiteral("1234.5") << integer(123450);
    QTest::newRow("money negative") << int(FieldType::Money) << QStringLiteral("-0.01") << integer(-1);
    QTest::newRow("money whole") << int(FieldType::Money) << QStringLiteral("150000") << integer(15000000);
    QTest::newRow("date") << int(FieldType::Date) << QStringLiteral("2026-11-25") << integer(julianDay(2026, 11, 25));
    QTest::newRow("date-time") << int(FieldType::Date) << QStringLiteral("2026-11-25T10:00:00Z")
                               << integer(julianDay(2026, 11, 25));
    QTest::newRow("date-time east of UTC")
        << int(FieldType::Date) << QStringLiteral("2026-11-25T01:00:00+03:00") << integer(julianDay(2026, 11, 24));
    QTest::newRow("date-time midnight") << int(FieldType::Date) << QStringLiteral("2026-11-01T00:00:00Z")
                                        << integer(julianDay(2026, 11, 1));
    QTest::newRow("boolean true") << int(FieldType::Boolean) << QStringLiteral("true") << integer(1);
    QTest::newRow("boolean false") << int(FieldType::Boolean) << QStringLiteral("false") << integer(0);
    QTest::newRow("presence true") << int(FieldType::Presence) << QStringLiteral("true") << integer(1);
    QTest::newRow("presence false") << int(FieldType::Presence) << QStringLiteral("false") << integer(0);
}

void TestQuery::sqlValue_wellFormed_columnValue() {
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const auto value = sqlValue(FieldType(type), text);
    QVERIFY(value.has_value());
    QCOMPARE(value->isNull(), expected.isNull());
    QCOMPARE(value->typeId(), expected.typeId());
    QCOMPARE(*value, expected);
}

void TestQuery::sqlValue_wrongForm_nullopt_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer word") << int(FieldType::Integer) << QStringLiteral("abc");
    QTest::newRow("integer decimal") << int(FieldType::Integer) << QStringLiteral("1.5");
    QTest::newRow("integer empty") << int(FieldType::Integer) << QString();
    QTest::newRow("money three decimals") << int(FieldType::Money) << QStringLiteral("12.345");
    QTest::newRow("money word") << int(FieldType::Money) << QStringLiteral("abc");
    QTest::newRow("money exponent") << int(FieldType::Money) << QStringLiteral("1e3");
    QTest::newRow("money comma") << int(FieldType::Money) << QStringLiteral("12,50");
    QTest::newRow("date month 13") << int(FieldType::Date) << QStringLiteral("2026-13-01");
    QTest::newRow("date february 30") << int(FieldType::Date) << QStringLiteral("2026-02-30");
    QTest::newRow("date word") << int(FieldType::Date) << QStringLiteral("yesterday");
    QTest::newRow("date trailing garbage") << int(FieldType::Date) << QStringLiteral("2026-11-25junk");
    QTest::newRow("date-time without zone") << int(FieldType::Date) << QStringLiteral("2026-11-25T10:00:00");
    QTest::newRow("date empty") << int(FieldType::Date) << QString();
    QTest::newRow("boolean yes") << int(FieldType::Boolean) << QStringLiteral("yes");
    QTest::newRow("boolean 1") << int(FieldType::Boolean) << QStringLiteral("1");
    QTest::newRow("boolean TRUE") << int(FieldType::Boolean) << QStringLiteral("TRUE");
    QTest::newRow("presence yes") << int(FieldType::Presence) << QStringLiteral("yes");
}

void TestQuery::sqlValue_wrongForm_nullopt() {
    QFETCH(int, type);
    QFETCH(QString, text);
    QVERIFY(!sqlValue(FieldType(type), text).has_value());
}

// ---- buildWhere -----------------------------------------------------------------------------------

void TestQuery::buildWhere_noConditions_matchesEverything() {
    QString error;
    const auto where = buildWhere({}, lineFilters(), kResource, &error);
    QVERIFY(where);
    QCOMPARE(where->sql, QStringLiteral("1"));
    QVERIFY(where->binds.isEmpty());
}

void TestQuery::buildWhere_unknownFilter_errorNamesFilterAndResource() {
    QString error;
    const auto where = buildWhere({condition(QStringLiteral("colour"), Op::Equal, {QStringLiteral("red")})},
                                  lineFilters(), QStringLiteral("billingAccount"), &error);
    QVERIFY(!where);
    QCOMPARE(error, QStringLiteral("unknown filter 'colour' for billingAccount"));
}

void TestQuery::buildWhere_comparisonOnNonComparableField_error() {
    QString error;
    const auto where = buildWhere({condition(QStringLiteral("state"), Op::Greater, {QStringLiteral("a")})},
                                  lineFilters(), kResource, &error);
    QVERIFY(!where);
    QCOMPARE(error, QStringLiteral("filter 'state' of line takes no comparison"));
}

void TestQuery::buildWhere_notEqualOnPresenceOrArgument_error() {
    for (const QString &field : {QStringLiteral("isBilled"), QStringLiteral("nameOrNumber")}) {
        QString error;
        QVERIFY(
            !buildWhere({condition(field, Op::NotEqual, {QStringLiteral("true")})}, lineFilters(), kResource, &error));
        QCOMPARE(error, QStringLiteral("filter '%1' of line takes no .ne").arg(field));
    }
    QString error;
    QVERIFY(!buildWhere({condition(QStringLiteral("nameOrNumber"), Op::Greater, {QStringLiteral("a")})}, lineFilters(),
                        kResource, &error));
}

void TestQuery::nameOrNumber_anyScriptAnyCase() {
    // SQLite's own LIKE and lower() fold ASCII only; the function folds like the client does.
    const auto matches = [this](const QString &number, const QString &name, const QString &text) {
        return m_db->scalar(QStringLiteral("SELECT name_or_number(?, ?, ?)"), {number, name, text}).toInt();
    };
    QCOMPARE(matches(QStringLiteral("79161234567"), QStringLiteral("Пётр Иванов"), QStringLiteral("иванов")), 1);
    QCOMPARE(matches(QStringLiteral("79161234567"), QStringLiteral("Пётр Иванов"), QStringLiteral("ПЁТР")), 1);
    QCOMPARE(matches(QStringLiteral("79161234567"), QStringLiteral("Пётр Иванов"), QStringLiteral("+7 916 123-45")), 1);
    QCOMPARE(matches(QStringLiteral("79161234567"), QStringLiteral("Пётр Иванов"), QStringLiteral("916-124")), 0);
    QCOMPARE(matches(QStringLiteral("79161234567"), QStringLiteral("Anna Ivanova"), QStringLiteral("иван")), 0);
    QCOMPARE(matches(QStringLiteral("79161234567"), QString(), QStringLiteral("")), 1); // no condition
}

void TestQuery::buildWhere_wrongValueType_errorNamesFilterAndValue_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("integer") << QStringLiteral("count") << QStringList{QStringLiteral("abc")}
                             << QStringLiteral("filter 'count' expects a whole number, got 'abc'");
    QTest::newRow("money") << QStringLiteral("balance") << QStringList{QStringLiteral("12.345")}
                           << QStringLiteral("filter 'balance' expects an amount such as 1234.56, got '12.345'");
    QTest::newRow("date") << QStringLiteral("startDate") << QStringList{QStringLiteral("2026-13-01")}
                          << QStringLiteral("filter 'startDate' expects a date YYYY-MM-DD or a date-time, got "
                                            "'2026-13-01'");
    QTest::newRow("boolean") << QStringLiteral("active") << QStringList{QStringLiteral("yes")}
                             << QStringLiteral("filter 'active' expects true or false, got 'yes'");
    QTest::newRow("presence") << QStringLiteral("isBilled") << QStringList{QStringLiteral("maybe")}
                              << QStringLiteral("filter 'isBilled' expects true or false, got 'maybe'");
    QTest::newRow("second of two values")
        << QStringLiteral("count") << QStringList{QStringLiteral("1"), QStringLiteral("x")}
        << QStringLiteral("filter 'count' expects a whole number, got 'x'");
    QTest::newRow("long value cut to 40")
        << QStringLiteral("count") << QStringList{QString(100, QLatin1Char('z'))}
        << QStringLiteral("filter 'count' expects a whole number, got '%1'").arg(QString(40, QLatin1Char('z')));
}

void TestQuery::buildWhere_wrongValueType_errorNamesFilterAndValue() {
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!buildWhere({condition(field, Op::Equal, values)}, lineFilters(), kResource, &error));
    QCOMPARE(error, expectedError);
}

void TestQuery::buildWhere_idNotANumber_bindsNull() {
    QString error;
    const auto where = buildWhere({condition(QStringLiteral("id"), Op::Equal, {QStringLiteral("abc")})}, lineFilters(),
                                  kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, QStringLiteral("(l.id = ?)"));
    QCOMPARE(where->binds.size(), 1);
    QVERIFY(where->binds.first().isNull());
}

void TestQuery::buildWhere_money_bindsMinorUnits() {
    QString error;
    const auto where =
        buildWhere({condition(QStringLiteral("balance"), Op::GreaterOrEqual, {QStringLiteral("1234.5")})},
                   lineFilters(), kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, QStringLiteral("(l.balance >= ?)"));
    QCOMPARE(where->binds, QVariantList{QVariant(qint64(123450))});
}

void TestQuery::buildWhere_dateOrDateTime_bindsSameJulianDay() {
    QString error;
    const auto date = buildWhere({condition(QStringLiteral("startDate"), Op::Equal, {QStringLiteral("2026-11-25")})},
                                 lineFilters(), kResource, &error);
    QVERIFY2(date, qPrintable(error));
    const auto dateTime =
        buildWhere({condition(QStringLiteral("startDate"), Op::Equal, {QStringLiteral("2026-11-25T10:00:00Z")})},
                   lineFilters(), kResource, &error);
    QVERIFY2(dateTime, qPrintable(error));
    QCOMPARE(date->binds, QVariantList{QVariant(julianDay(2026, 11, 25))});
    QCOMPARE(dateTime->binds, date->binds);
    QCOMPARE(dateTime->sql, date->sql);
}

void TestQuery::buildWhere_presence_isNullWithoutBinds_data() {
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expectedSql");
    QTest::newRow("true") << QStringList{QStringLiteral("true")} << QStringLiteral("(l.bill_id IS NOT NULL)");
    QTest::newRow("false") << QStringList{QStringLiteral("false")} << QStringLiteral("(l.bill_id IS NULL)");
    QTest::newRow("both") << QStringList{QStringLiteral("false"), QStringLiteral("true")}
                          << QStringLiteral("(l.bill_id IS NULL OR l.bill_id IS NOT NULL)");
}

void TestQuery::buildWhere_presence_isNullWithoutBinds() {
    QFETCH(QStringList, values);
    QFETCH(QString, expectedSql);
    QString error;
    const auto where =
        buildWhere({condition(QStringLiteral("isBilled"), Op::Equal, values)}, lineFilters(), kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, expectedSql);
    QVERIFY(where->binds.isEmpty());
}

void TestQuery::buildWhere_operators_sqlOperator_data() {
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expectedSql");
    QTest::newRow("equal") << int(Op::Equal) << QStringList{QStringLiteral("3")} << QStringLiteral("(l.count = ?)");
    QTest::newRow("in") << int(Op::Equal) << QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}
                        << QStringLiteral("(l.count IN (?,?,?))");
    QTest::newRow("gt") << int(Op::Greater) << QStringList{QStringLiteral("3")} << QStringLiteral("(l.count > ?)");
    QTest::newRow("gte") << int(Op::GreaterOrEqual) << QStringList{QStringLiteral("3")}
                         << QStringLiteral("(l.count >= ?)");
    QTest::newRow("lt") << int(Op::Less) << QStringList{QStringLiteral("3")} << QStringLiteral("(l.count < ?)");
    QTest::newRow("lte") << int(Op::LessOrEqual) << QStringList{QStringLiteral("3")}
                         << QStringLiteral("(l.count <= ?)");
}

void TestQuery::buildWhere_operators_sqlOperator() {
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QFETCH(QString, expectedSql);
    QString error;
    const auto where =
        buildWhere({condition(QStringLiteral("count"), Op(op), values)}, lineFilters(), kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, expectedSql);
    QCOMPARE(where->binds.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(where->binds.at(i), QVariant(values.at(i).toLongLong()));
    }
}

void TestQuery::buildWhere_templateWithTwoPlaceholders_bindsValuesTwiceInOrder() {
    QString error;
    const auto where = buildWhere(
        {condition(QStringLiteral("relatedParty.id"), Op::Equal, {QStringLiteral("5"), QStringLiteral("1000002")})},
        lineFilters(), kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, QStringLiteral("((l.person_id IN (?,?) OR l.org_id IN (?,?)))"));
    const QVariantList expected{QVariant(qint64(5)), QVariant(qint64(1000002)), QVariant(qint64(5)),
                                QVariant(qint64(1000002))};
    QCOMPARE(where->binds, expected);
}

void TestQuery::buildWhere_severalConditions_andInOrder() {
    QString error;
    const auto where = buildWhere(
        {condition(QStringLiteral("state"), Op::Equal, {QStringLiteral("active"), QStringLiteral("suspended")}),
         condition(QStringLiteral("isBilled"), Op::Equal, {QStringLiteral("false")}),
         condition(QStringLiteral("startDate"), Op::Less, {QStringLiteral("2026-11-26")})},
        lineFilters(), kResource, &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->sql, QStringLiteral("(l.state IN (?,?)) AND (l.bill_id IS NULL) AND (l.start_date < ?)"));
    const QVariantList expected{QVariant(QStringLiteral("active")), QVariant(QStringLiteral("suspended")),
                                QVariant(julianDay(2026, 11, 26))};
    QCOMPARE(where->binds, expected);
}

// ---- On SQLite ------------------------------------------------------------------------------------
// Rows of "line" (see initTestCase):
//   id state       start_date  balance   count active bill person  org  services
//   1  active      2026-11-01  -1500.00    3    1      10  1000001  2    101, 105
//   2  suspended   2026-11-24      0.00    0    0      -   1000002  3
//   3  active      2026-11-25   1234.50   12    1      -   1000003  2    105
//   4  terminated  2026-11-26      0.99   -5    0      11  1000004  4
//   5  active      2025-12-31     -0.01    7    1      12  1000005  5    102

void TestQuery::buildWhere_onSqlite_selectsExpectedRows_data() {
    using Ids = QList<qint64>;
    QTest::addColumn<QString>("queryString");
    QTest::addColumn<Ids>("expected");

    QTest::newRow("no filter") << QString() << Ids{1, 2, 3, 4, 5};
    QTest::newRow("text equal") << QStringLiteral("state=active") << Ids{1, 3, 5};
    QTest::newRow("text comma-OR") << QStringLiteral("state=suspended,terminated") << Ids{2, 4};
    QTest::newRow("text no match") << QStringLiteral("state=closed") << Ids{};
    QTest::newRow("id equal") << QStringLiteral("id=3") << Ids{3};
    QTest::newRow("id comma-OR") << QStringLiteral("id=2,4,99") << Ids{2, 4};
    QTest::newRow("id not a number") << QStringLiteral("id=abc") << Ids{};
    QTest::newRow("id not a number among others") << QStringLiteral("id=abc,4") << Ids{4};
    QTest::newRow("id keyset") << QStringLiteral("id.gt=3") << Ids{4, 5};
    QTest::newRow("id lte") << QStringLiteral("id.lte=2") << Ids{1, 2};
    QTest::newRow("date equal") << QStringLiteral("startDate=2026-11-25") << Ids{3};
    QTest::newRow("date-time equal") << QStringLiteral("startDate=2026-11-25T10:00:00Z") << Ids{3};
    QTest::newRow("date gte and lt") << QStringLiteral("startDate.gte=2026-11-24&startDate.lt=2026-11-26") << Ids{2, 3};
    QTest::newRow("date gt") << QStringLiteral("startDate.gt=2026-11-24") << Ids{3, 4};
    QTest::newRow("date lte") << QStringLiteral("startDate.lte=2026-11-01") << Ids{1, 5};
    QTest::newRow("date-time gte") << QStringLiteral("startDate.gte=2026-11-25T00:00:00Z") << Ids{3, 4};
    QTest::newRow("money equal") << QStringLiteral("balance=1234.5") << Ids{3};
    QTest::newRow("money gte zero") << QStringLiteral("balance.gte=0") << Ids{2, 3, 4};
    QTest::newRow("money lt zero") << QStringLiteral("balance.lt=0") << Ids{1, 5};
    QTest::newRow("money lt negative") << QStringLiteral("balance.lt=-0.01") << Ids{1};
    QTest::newRow("money lte negative") << QStringLiteral("balance.lte=-0.01") << Ids{1, 5};
    QTest::newRow("money gt cents") << QStringLiteral("balance.gt=0.98") << Ids{3, 4};
    QTest::newRow("money range") << QStringLiteral("balance.gte=-1500&balance.lt=1") << Ids{1, 2, 4, 5};
    QTest::newRow("integer lt negative") << QStringLiteral("count.lt=0") << Ids{4};
    QTest::newRow("integer comma-OR") << QStringLiteral("count=0,12") << Ids{2, 3};
    QTest::newRow("boolean true") << QStringLiteral("active=true") << Ids{1, 3, 5};
    QTest::newRow("boolean false") << QStringLiteral("active=false") << Ids{2, 4};
    QTest::newRow("presence true") << QStringLiteral("isBilled=true") << Ids{1, 4, 5};
    QTest::newRow("presence false") << QStringLiteral("isBilled=false") << Ids{2, 3};
    QTest::newRow("presence both") << QStringLiteral("isBilled=true,false") << Ids{1, 2, 3, 4, 5};
    QTest::newRow("exists") << QStringLiteral("service=105") << Ids{1, 3};
    QTest::newRow("exists comma-OR") << QStringLiteral("service=101,102") << Ids{1, 5};
    QTest::newRow("exists no match") << QStringLiteral("service=999") << Ids{};
    QTest::newRow("two placeholders, org") << QStringLiteral("relatedParty.id=2") << Ids{1, 3};
    QTest::newRow("two placeholders, person or org") << QStringLiteral("relatedParty.id=1000002,4") << Ids{2, 4};
    QTest::newRow("AND of several") << QStringLiteral("state=active&isBilled=false&balance.gt=0") << Ids{3};
    QTest::newRow("AND with exists") << QStringLiteral("service=105&startDate.lt=2026-11-25") << Ids{1};
    QTest::newRow("AND with two placeholders")
        << QStringLiteral("relatedParty.id=2,1000005&count.gte=5&state=active") << Ids{3, 5};
    QTest::newRow("AND to nothing") << QStringLiteral("state=active&active=false") << Ids{};
    QTest::newRow("ne text") << QStringLiteral("state.ne=active") << Ids{2, 4};
    QTest::newRow("ne text list") << QStringLiteral("state.ne=active,terminated") << Ids{2};
    QTest::newRow("ne exists: has none") << QStringLiteral("service.ne=105") << Ids{2, 4, 5};
    QTest::newRow("ne exists list") << QStringLiteral("service.ne=101,102") << Ids{2, 3, 4};
    QTest::newRow("ne id not a number") << QStringLiteral("id.ne=abc") << Ids{1, 2, 3, 4, 5};
    QTest::newRow("ne id among others") << QStringLiteral("id.ne=abc,2") << Ids{1, 3, 4, 5};
    QTest::newRow("ne two placeholders") << QStringLiteral("relatedParty.id.ne=2,1000004") << Ids{2, 5};
    QTest::newRow("ne money") << QStringLiteral("balance.ne=0") << Ids{1, 3, 4, 5};
    QTest::newRow("ne and equality") << QStringLiteral("state=active&service.ne=105") << Ids{5};
    QTest::newRow("function, any case") << QStringLiteral("nameOrNumber=SUSP") << Ids{2};
    QTest::newRow("function, digits") << QStringLiteral("nameOrNumber=000003") << Ids{3};
    QTest::newRow("function, formatted digits") << QStringLiteral("nameOrNumber=(100) 000-4") << Ids{4};
    QTest::newRow("function, alternatives") << QStringLiteral("nameOrNumber=ACT,000004") << Ids{1, 3, 4, 5};
    QTest::newRow("function and filter") << QStringLiteral("nameOrNumber=act&count.gt=5") << Ids{3, 5};
}

void TestQuery::buildWhere_onSqlite_selectsExpectedRows() {
    QFETCH(QString, queryString);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(selectLines(queryString), expected);
}

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
