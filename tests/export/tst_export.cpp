// CSV and XLSX exports of a table: golden CSV files byte for byte (a missing golden file fails), the
// XLSX read back cell by cell with openpyxl, and failures that leave no half file behind.
#include "export/csv_export.h"
#include "export/table_source.h"
#include "export/xlsx_export.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare::exports;

namespace {

// A small table with everything a cell can be, and the texts that break naive writers.
class FixtureTable final : public TableSource {
public:
    QList<ExportColumn> columns() const override {
        return {{QStringLiteral("Number"), CellKind::Text, {}},
                {QStringLiteral("Name"), CellKind::Text, {}},
                {QStringLiteral("Lines"), CellKind::Integer, {}},
                {QStringLiteral("Charges"), CellKind::Money, QStringLiteral("RUB")},
                {QStringLiteral("Since"), CellKind::Date, {}}};
    }
    qsizetype rowCount() const override { return m_rows.size(); }
    QVariant value(qsizetype row, int column) const override { return m_rows.at(row).at(column); }

    QList<QVariantList> m_rows{
        {QStringLiteral("+7 916 123-45-67"), QStringLiteral("Anna Ivanova"), qint64(3), qint64(123456),
         QDate(2024, 3, 1)},
        {QStringLiteral("79160000002"), QStringLiteral("Smith, \"Big\" John"), qint64(0), qint64(-5),
         QDate(2025, 12, 31)},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("Иван Петров\nsecond line"), qint64(12),
         qint64(100000000000), QVariant()},
        {QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"), QVariant(), QVariant(), QDate(2026, 11, 25)},
    };
};

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString goldenPath(const QString &name) {
    return QDir(qEnvironmentVariable("CORPCARE_SOURCE_DIR")).filePath(QStringLiteral("tests/export/data/") + name);
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void csv_commaAndPoint_matchesGoldenFile();
    void csv_semicolonAndComma_matchesGoldenFile();
    void csvOptionsFor_locale_separatorFollowsDecimalMark();
    void neutralizeFormula_dangerousStarts_getApostrophe_data();
    void neutralizeFormula_dangerousStarts_getApostrophe();
    void csv_unwritablePath_errorAndNoFile();
    void xlsx_readBack_numbersMoneyDatesAndHeader();
    void xlsx_unwritablePath_errorAndNoFile();
};

void TestExport::csv_commaAndPoint_matchesGoldenFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(exportCsv(FixtureTable(), path, CsvOptions{}, &error), qPrintable(error));
    const QByteArray golden = readAll(goldenPath(QStringLiteral("fixture-comma.csv")));
    QVERIFY2(!golden.isEmpty(), "the golden file tests/export/data/fixture-comma.csv is missing");
    QCOMPARE(readAll(path), golden);
}

void TestExport::csv_semicolonAndComma_matchesGoldenFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    const CsvOptions russian = csvOptionsFor(QLocale(QLocale::Russian, QLocale::Russia));
    QVERIFY2(exportCsv(FixtureTable(), path, russian, &error), qPrintable(error));
    const QByteArray golden = readAll(goldenPath(QStringLiteral("fixture-semicolon.csv")));
    QVERIFY2(!golden.isEmpty(), "the golden file tests/export/data/fixture-semicolon.csv is missing");
    QCOMPARE(readAll(path), golden);
}

void TestExport::csvOptionsFor_locale_separatorFollowsDecimalMark() {
    const CsvOptions english = csvOptionsFor(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(english.separator, QLatin1Char(','));
    QCOMPARE(english.decimalMark, QLatin1Char('.'));
    const CsvOptions german = csvOptionsFor(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(german.separator, QLatin1Char(';'));
    QCOMPARE(german.decimalMark, QLatin1Char(','));
}

void TestExport::neutralizeFormula_dangerousStarts_getApostrophe_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+7 916") << QStringLiteral("'+7 916");
    QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
    QTest::newRow("at") << QStringLiteral("@SUM") << QStringLiteral("'@SUM");
    QTest::newRow("tab") << QStringLiteral("\t=x") << QStringLiteral("'\t=x");
    QTest::newRow("plain") << QStringLiteral("Anna") << QStringLiteral("Anna");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestExport::neutralizeFormula_dangerousStarts_getApostrophe() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(neutralizeFormula(text), expected);
}

void TestExport::csv_unwritablePath_errorAndNoFile() {
    QString error;
    const QString path = QStringLiteral("/proc/self/corpcare-export.csv"); // refused even to root
    QVERIFY(!exportCsv(FixtureTable(), path, CsvOptions{}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestExport::xlsx_readBack_numbersMoneyDatesAndHeader() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    QString error;
    QVERIFY2(exportXlsx(FixtureTable(), path, QStringLiteral("Service users"), &error), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.xlsx")});

    QProcess reader;
    reader.start(
        QStringLiteral("/usr/bin/python3"),
        {QDir(qEnvironmentVariable("CORPCARE_SOURCE_DIR")).filePath(QStringLiteral("tests/export/read_xlsx.py")),
         path});
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QJsonObject book = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    QCOMPARE(book.value(QStringLiteral("title")).toString(), QStringLiteral("Service users"));
    QCOMPARE(book.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    const QJsonArray rows = book.value(QStringLiteral("cells")).toArray();
    QCOMPARE(rows.size(), 5);
    const auto cell = [&rows](int row, int column) { return rows.at(row).toArray().at(column).toObject(); };
    QCOMPARE(cell(0, 3).value(QStringLiteral("value")).toString(), QStringLiteral("Charges"));
    QVERIFY(cell(0, 0).value(QStringLiteral("bold")).toBool());
    QCOMPARE(cell(1, 2).value(QStringLiteral("type")).toString(), QStringLiteral("number"));
    QCOMPARE(cell(1, 2).value(QStringLiteral("value")).toDouble(), 3.0);
    QCOMPARE(cell(1, 3).value(QStringLiteral("type")).toString(), QStringLiteral("number"));
    QCOMPARE(cell(1, 3).value(QStringLiteral("value")).toDouble(), 1234.56);
    QVERIFY2(cell(1, 3).value(QStringLiteral("format")).toString().contains(QStringLiteral("0.00")),
             qPrintable(cell(1, 3).value(QStringLiteral("format")).toString()));
    QCOMPARE(cell(2, 3).value(QStringLiteral("value")).toDouble(), -0.05);
    QCOMPARE(cell(3, 3).value(QStringLiteral("value")).toDouble(), 1000000000.0);
    QCOMPARE(cell(1, 4).value(QStringLiteral("type")).toString(), QStringLiteral("date"));
    QCOMPARE(cell(1, 4).value(QStringLiteral("value")).toString(), QStringLiteral("2024-03-01"));
    QCOMPARE(cell(3, 1).value(QStringLiteral("value")).toString(), QStringLiteral("Иван Петров\nsecond line"));
    // A formula-looking text is a text cell: the spreadsheet shows it, never runs it.
    QCOMPARE(cell(3, 0).value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(cell(3, 0).value(QStringLiteral("value")).toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(cell(4, 3).value(QStringLiteral("type")).toString(), QStringLiteral("empty"));
}

void TestExport::xlsx_unwritablePath_errorAndNoFile() {
    QString error;
    const QString path = QStringLiteral("/proc/self/corpcare-export.xlsx");
    QVERIFY(!exportXlsx(FixtureTable(), path, QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
