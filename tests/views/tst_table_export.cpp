// Exporting from a table: what the table shows, even when rows arrive while the copy runs.
#include "models/company_data.h"
#include "models/service_users_filter_model.h"
#include "models/service_users_model.h"
#include "tests/models/company_fixture.h"
#include "views/common/table_view.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace corpcare;

class TestTableExport : public QObject {
    Q_OBJECT

private slots:
    void exportTo_filteredAndRearranged_writesWhatIsShown();
    void exportTo_rowsArriveDuringCopy_fileHoldsThemAll();
    void exportTo_sortedDuringCopy_everyRowOnceInTheNewOrder();
    void exportTo_semicolonsChosen_separatorAndDecimalComma();
    void exportDialog_semicolonStyleChosen_fileWrittenThatWay();
};

namespace {
QStringList csvLines(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QChar(0xFEFF));
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}
} // namespace

void TestTableExport::exportTo_filteredAndRearranged_writesWhatIsShown() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 200));
    models::ServiceUsersModel users(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&users);
    filter.setQuickFilter(QStringLiteral("maria"));
    views::TableView table(QStringLiteral("exportTest"));
    table.setModel(&filter);
    table.horizontalHeader()->hideSection(models::ServiceUsersModel::Services);
    table.horizontalHeader()->moveSection(models::ServiceUsersModel::Name, 0); // name first
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maria.csv"));
    QSignalSpy exported(&table, &views::TableView::exported);
    table.exportTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), filter.rowCount() + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("Name,Number")));
    QVERIFY(!lines.first().contains(QStringLiteral("Services")));
    for (const QString &line : lines.mid(1)) {
        QVERIFY2(line.startsWith(QStringLiteral("Maria Smirnova,")), qPrintable(line));
    }
}

void TestTableExport::exportTo_semicolonsChosen_separatorAndDecimalComma() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 20));
    models::ServiceUsersModel users(&data);
    views::TableView table(QStringLiteral("exportTest4"));
    table.setModel(&users);
    table.setCsvOptions({QLatin1Char(';'), QLatin1Char(','), true});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("semicolons.csv"));
    QSignalSpy exported(&table, &views::TableView::exported);
    table.exportTo(path);
    QVERIFY(exported.wait(10000));
    const QStringList lines = csvLines(path);
    QCOMPARE(lines.size(), 21);
    QVERIFY(lines.first().startsWith(QStringLiteral("Number;")));
    bool decimalComma = false;
    for (const QString &line : lines.mid(1)) {
        QVERIFY(!line.contains(QLatin1Char(',')) || line.contains(QLatin1Char('"')) ||
                line.contains(QRegularExpression(QStringLiteral("\\d,\\d\\d(;|$)"))));
        decimalComma = decimalComma || line.contains(QRegularExpression(QStringLiteral("\\d,\\d\\d(;|$)")));
    }
    QVERIFY(decimalComma); // money is written with the decimal comma
}

void TestTableExport::exportTo_rowsArriveDuringCopy_fileHoldsThemAll() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 12000));
    models::ServiceUsersModel users(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&users);
    views::TableView table(QStringLiteral("exportTest2"));
    table.setModel(&filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy exported(&table, &views::TableView::exported);
    table.exportTo(path);
    QCoreApplication::processEvents();                        // a first slice is copied
    data.appendServiceUsers(tests::fixtureUsers(12001, 500)); // then rows arrive: the copy starts again
    QVERIFY(exported.wait(10000));
    QCOMPARE(csvLines(path).size(), 12500 + 1);
}

void TestTableExport::exportTo_sortedDuringCopy_everyRowOnceInTheNewOrder() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 12000));
    models::ServiceUsersModel users(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&users);
    views::TableView table(QStringLiteral("exportTest3"));
    table.setModel(&filter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sorted.csv"));
    QSignalSpy exported(&table, &views::TableView::exported);
    table.exportTo(path);
    QCoreApplication::processEvents(); // a first slice is copied in load order
    table.sortByColumn(models::ServiceUsersModel::CurrentCharges, Qt::DescendingOrder); // then the order changes
    QVERIFY(exported.wait(10000));
    const QStringList lines = csvLines(path).mid(1);
    QCOMPARE(lines.size(), 12000);
    QSet<QString> numbers;
    for (const QString &line : lines) {
        numbers.insert(line.section(QLatin1Char(','), 0, 0));
    }
    QCOMPARE(numbers.size(), 12000);                                  // each line once
    QVERIFY(lines.first().startsWith(QStringLiteral("79160012000"))); // and in the new order: most charges first
}

QTEST_MAIN(TestTableExport)
void TestTableExport::exportDialog_semicolonStyleChosen_fileWrittenThatWay() {
    // Ctrl+E as a user does it: the save dialog, the "semicolons and decimal commas" type, a name.
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 20));
    models::ServiceUsersModel users(&data);
    views::TableView table(QStringLiteral("exportTest5"));
    table.setModel(&users);
    table.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.csv"));
    QStringList offered;
    QTimer answer; // the dialog runs its own event loop: look for it from there
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            return;
        }
        answer.stop();
        offered = dialog->nameFilters();
        const auto semicolons = std::find_if(offered.begin(), offered.end(), [](const QString &filter) {
            return filter.contains(QStringLiteral("semicolons"));
        });
        if (semicolons != offered.end()) {
            dialog->selectNameFilter(*semicolons);
        }
        dialog->selectFile(path); // its folder; the name follows the type chosen
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    answer.start();
    table.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&table));
    table.setFocus();
    QSignalSpy exported(&table, &views::TableView::exported);
    QTest::keyClick(&table, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(exported.count() > 0 || exported.wait(10000));
    QCOMPARE(offered.size(), 4); // XLSX, both CSV styles, PDF
    const QString written = exported.first().first().toString();
    QVERIFY2(written.startsWith(dir.path()) && written.endsWith(QStringLiteral(".csv")), qPrintable(written));
    const QStringList lines = csvLines(written);
    QCOMPARE(lines.size(), 21);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Number;")), qPrintable(lines.first()));
    QVERIFY(std::any_of(lines.begin() + 1, lines.end(), [](const QString &line) {
        return line.contains(QRegularExpression(QStringLiteral("\\d,\\d\\d(;|$)")));
    }));
}

#include "tst_table_export.moc"
