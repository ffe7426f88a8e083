// Printing from a table: "Save as PDF…" writes what the table shows (filter, sort, visible columns)
// under the header its owner set, and Print opens a preview of the same pages.
#include "models/company_data.h"
#include "models/money_format.h"
#include "models/roles.h"
#include "models/service_users_filter_model.h"
#include "models/service_users_model.h"
#include "tests/models/company_fixture.h"
#include "views/common/print_preview.h"
#include "views/common/table_view.h"

#include <QApplication>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace corpcare;

namespace {

QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    return process.waitForFinished(60000) ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
}

} // namespace

class TestTablePrint : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<QPrintPreviewDialog *>();
    }
    void saveAsPdf_filteredSortedAndHidden_printsWhatIsShownInOrder();
    void printWithPreview_opensPreviewOfThePages();
};

void TestTablePrint::saveAsPdf_filteredSortedAndHidden_printsWhatIsShownInOrder() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 400));
    models::ServiceUsersModel users(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&users);
    filter.setQuickFilter(QStringLiteral("maria")); // every fifth user
    views::TableView table(QStringLiteral("printTest"));
    table.setModel(&filter);
    table.horizontalHeader()->hideSection(models::ServiceUsersModel::Department);
    table.sortByColumn(models::ServiceUsersModel::CurrentCharges, Qt::DescendingOrder);
    domain::Money shownTotal(0, QStringLiteral("RUB"));
    QStringList shownNumbers;
    for (int row = 0; row < filter.rowCount(); ++row) {
        shownNumbers.append(filter.index(row, models::ServiceUsersModel::Number).data(models::RawValueRole).toString());
        shownTotal += domain::Money(
            filter.index(row, models::ServiceUsersModel::CurrentCharges).data(models::RawValueRole).toLongLong(),
            QStringLiteral("RUB"));
    }
    QCOMPARE(shownNumbers.size(), 80);
    table.setPrintHeader(QStringLiteral("Service users named Maria"),
                         {{QStringLiteral("Company"), QStringLiteral("Northwind")},
                          {QStringLiteral("Period"), QStringLiteral("October 2026")}},
                         {{QStringLiteral("Charges this month"), shownTotal}});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maria.pdf"));
    views::answerNextPdfDialogWith(path);
    QSignalSpy exported(&table, &views::TableView::exported);
    table.saveAsPdfWithDialog();
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toString(), path);
    QCOMPARE(exported.first().at(1).toString(), QString());

    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Service users named Maria")), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Company:\\s+Northwind"))));
    QVERIFY(text.contains(QStringLiteral("Charges this month")));
    QVERIFY(!text.contains(QStringLiteral("Department")));   // the hidden column is not printed
    QVERIFY(!text.contains(QStringLiteral("Anna Ivanova"))); // nor the filtered-out rows
    qsizetype previous = -1;
    for (const QString &number : shownNumbers) {
        QCOMPARE(text.count(number), 1);
        const qsizetype at = text.indexOf(number);
        QVERIFY2(at > previous, qPrintable(number + QStringLiteral(" printed out of the table's order")));
        previous = at;
    }
    const QString total = models::formatMoney(shownTotal);
    QVERIFY2(text.contains(
                 QRegularExpression(QStringLiteral("Charges this month:\\s+") + QRegularExpression::escape(total))),
             qPrintable(total));
}

void TestTablePrint::printWithPreview_opensPreviewOfThePages() {
    models::CompanyData data;
    data.appendServiceUsers(tests::fixtureUsers(1, 300));
    models::ServiceUsersModel users(&data);
    models::ServiceUsersFilterModel filter;
    filter.setUsersModel(&users);
    views::TableView table(QStringLiteral("printTest2"));
    table.setModel(&filter);
    table.show();
    QSignalSpy opened(&table, &views::TableView::printPreviewOpened);
    table.printWithPreview();
    QVERIFY(opened.wait(20000));
    auto *dialog = opened.first().at(0).value<QPrintPreviewDialog *>();
    QVERIFY(dialog);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->pageCount() > 1);                                           // 300 rows do not fit on one page
    QCOMPARE(dialog->printer()->pageLayout().orientation(), QPageLayout::Landscape); // eight columns
    dialog->close();
}

QTEST_MAIN(TestTablePrint)
#include "tst_table_print.moc"
