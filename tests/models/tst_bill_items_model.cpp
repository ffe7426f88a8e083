// BillItemsModel under QAbstractItemModelTester while lines arrive in paced slices.
#include "models/bill_items_model.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace corpcare;
using models::BillItemsModel;

namespace {

domain::BillItem line(int n, domain::ChargeKind kind) {
    domain::BillItem item;
    item.id = QString::number(n);
    item.name =
        kind == domain::ChargeKind::Calls ? QStringLiteral("Calls") : QStringLiteral("Monthly fee: Business 500");
    item.kind = kind;
    item.bill = {QStringLiteral("310"), {}};
    item.billingAccount = {QStringLiteral("5"), {}};
    item.product = {QString::number(1000 + n / 3),
                    QStringLiteral("+7 916 000-00-%1").arg(n / 3, 2, 10, QLatin1Char('0'))};
    item.periodStart = QDate(2026, 10, 1);
    item.periodEnd = QDate(2026, 11, 1);
    item.taxExcluded = domain::Money(18450 + n, QStringLiteral("RUB"));
    item.taxIncluded = domain::Money(22140 + n, QStringLiteral("RUB"));
    return item;
}

// A page of compact rows as the CSV parser makes them: rows `first`.. of product 1000 + n / 3, bill 310
// (or none for odd n when `someUnbilled`), kinds in turn tariff, service, calls, sms, data.
domain::ItemizationPage compactPage(int first, int count, bool someUnbilled = false) {
    domain::ItemizationPage page;
    const auto textIndex = [&page](const QString &text) {
        qsizetype at = page.texts.indexOf(text);
        if (at < 0) {
            page.texts.append(text);
            at = page.texts.size() - 1;
        }
        return qint32(at);
    };
    for (int n = first; n < first + count; ++n) {
        domain::ItemizationRow row;
        row.idNumber = 5000 + n;
        row.kind = domain::ChargeKind(n % 5);
        row.bill = someUnbilled && n % 2 ? domain::ItemizationRow::kNone : textIndex(QStringLiteral("310"));
        row.account = textIndex(QStringLiteral("5"));
        row.product = textIndex(QString::number(1000 + n / 3));
        row.offering = textIndex(row.kind == domain::ChargeKind::Service ? QStringLiteral("101") : QStringLiteral("2"));
        row.currency = textIndex(QStringLiteral("RUB"));
        row.periodStart = qint32(QDate(2026, 10, 1).toJulianDay());
        row.periodEnd = qint32(QDate(2026, 11, 1).toJulianDay());
        row.date = row.periodEnd;
        row.taxExcluded = 18450 + n;
        row.taxIncluded = 22140 + n;
        page.rows.append(row);
    }
    return page;
}

QList<domain::BillItem> lines(int first, int count) {
    QList<domain::BillItem> out;
    for (int n = first; n < first + count; ++n) {
        out.append(line(n, n % 2 ? domain::ChargeKind::Calls : domain::ChargeKind::Tariff));
    }
    return out;
}

} // namespace

class TestBillItemsModel : public QObject {
    Q_OBJECT
private slots:
    void append_twoPages_rowsArriveInSlicesInOrder();
    void data_line_rawValuesAndDisplayTexts();
    void setBillNumbers_known_numberShownInsteadOfId();
    void clear_whileQueued_noRowsAndNothingLeft();
    void appendPage_compactRows_lookupsNameNumbersAndBills();
    void appendPage_pagesInSlices_idsInOrderRawValuesExact();
    void appendPage_unknownIds_showsIdsUntilLookupsArrive();
    void appendPage_slicesWaitForTheInterval();
};

void TestBillItemsModel::append_twoPages_rowsArriveInSlicesInOrder() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlice(7);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy drained(&model, &BillItemsModel::drained);
    model.append(lines(0, 30));
    model.append(lines(30, 20));
    QCOMPARE(model.rowCount(), 0); // nothing shown before the event loop runs
    QCOMPARE(model.pending(), 50);
    QVERIFY(drained.wait(5000));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.pending(), 0);
    QCOMPARE(inserted.size(), 8); // ceil(50 / 7) slices
    for (int row = 0; row < 50; ++row) {
        QCOMPARE(model.index(row, 0).data(models::IdRole).toString(), QString::number(row));
    }
}

void TestBillItemsModel::data_line_rawValuesAndDisplayTexts() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy drained(&model, &BillItemsModel::drained);
    model.append(lines(1, 1)); // n = 1: calls
    QVERIFY(drained.wait(5000));
    const auto cell = [&model](BillItemsModel::Column column, int role) { return model.index(0, column).data(role); };
    QCOMPARE(cell(BillItemsModel::ServiceUser, Qt::DisplayRole).toString(), QStringLiteral("+7 916 000-00-00"));
    QCOMPARE(cell(BillItemsModel::ChargeKind, Qt::DisplayRole).toString(), QStringLiteral("Calls"));
    QCOMPARE(cell(BillItemsModel::Name, Qt::DisplayRole).toString(), QStringLiteral("Calls"));
    QCOMPARE(cell(BillItemsModel::Period, models::RawValueRole).toDate(), QDate(2026, 10, 1));
    QCOMPARE(cell(BillItemsModel::TaxExcluded, models::RawValueRole).toLongLong(), 18451);
    QCOMPARE(cell(BillItemsModel::TaxIncluded, models::RawValueRole).toLongLong(), 22141);
    QVERIFY(cell(BillItemsModel::TaxIncluded, Qt::DisplayRole).toString().contains(QStringLiteral("221")));
    QCOMPARE(cell(BillItemsModel::BillNumber, Qt::DisplayRole).toString(), QStringLiteral("310"));
    QCOMPARE(model.headerData(BillItemsModel::TaxExcluded, Qt::Horizontal, models::CellKindRole).toString(),
             QStringLiteral("money"));
    QCOMPARE(model.headerData(BillItemsModel::Period, Qt::Horizontal, models::CellKindRole).toString(),
             QStringLiteral("date"));
    QCOMPARE(model.headerData(BillItemsModel::TaxIncluded, Qt::Horizontal, models::CurrencyRole).toString(),
             QStringLiteral("RUB"));
}

void TestBillItemsModel::setBillNumbers_known_numberShownInsteadOfId() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy drained(&model, &BillItemsModel::drained);
    model.append(lines(0, 3));
    QVERIFY(drained.wait(5000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBillNumbers({{QStringLiteral("310"), QStringLiteral("B-000005-202610")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(2, BillItemsModel::BillNumber).data().toString(), QStringLiteral("B-000005-202610"));
}

void TestBillItemsModel::clear_whileQueued_noRowsAndNothingLeft() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlice(5);
    model.append(lines(0, 40));
    QTest::qWait(1); // one or two slices
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pending(), 0);
    QTest::qWait(20);
    QCOMPARE(model.rowCount(), 0);
}

void TestBillItemsModel::appendPage_compactRows_lookupsNameNumbersAndBills() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServiceUserNumbers({{QStringLiteral("1000"), QStringLiteral("+7 916 000-00-00")},
                                 {QStringLiteral("1001"), QStringLiteral("+7 916 000-00-01")}});
    model.setOfferingNames({{QStringLiteral("2"), QStringLiteral("Business 500")},
                            {QStringLiteral("101"), QStringLiteral("Roaming abroad")}});
    model.setBillNumbers({{QStringLiteral("310"), QStringLiteral("B-000005-202610")}});
    QSignalSpy drained(&model, &BillItemsModel::drained);
    model.append(compactPage(0, 5, true));
    QVERIFY(drained.wait(5000));
    QCOMPARE(model.rowCount(), 5);
    const auto cell = [&model](int row, BillItemsModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(0, BillItemsModel::Name).toString(), QStringLiteral("Monthly fee: Business 500"));
    QCOMPARE(cell(1, BillItemsModel::Name).toString(), QStringLiteral("Roaming abroad"));
    QCOMPARE(cell(2, BillItemsModel::Name).toString(), QStringLiteral("Calls"));
    QCOMPARE(cell(3, BillItemsModel::Name).toString(), QStringLiteral("SMS"));
    QCOMPARE(cell(4, BillItemsModel::Name).toString(), QStringLiteral("Mobile data"));
    QCOMPARE(cell(0, BillItemsModel::ChargeKind).toString(), QStringLiteral("Monthly fee"));
    QCOMPARE(cell(2, BillItemsModel::ServiceUser).toString(), QStringLiteral("+7 916 000-00-00"));
    QCOMPARE(cell(3, BillItemsModel::ServiceUser).toString(), QStringLiteral("+7 916 000-00-01"));
    QCOMPARE(cell(0, BillItemsModel::BillNumber).toString(), QStringLiteral("B-000005-202610"));
    QCOMPARE(cell(1, BillItemsModel::BillNumber).toString(), QString()); // not billed
    QCOMPARE(cell(4, BillItemsModel::TaxIncluded, models::RawValueRole).toLongLong(), 22144);
    QCOMPARE(cell(4, BillItemsModel::Period, models::RawValueRole).toDate(), QDate(2026, 10, 1));
    QCOMPARE(cell(4, BillItemsModel::ServiceUser, models::IdRole).toString(), QStringLiteral("5004"));
    QCOMPARE(model.headerData(BillItemsModel::TaxIncluded, Qt::Horizontal, models::CurrencyRole).toString(),
             QStringLiteral("RUB"));
    // A new name for an offering reaches every row that shows it.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOfferingNames({{QStringLiteral("2"), QStringLiteral("Business 700")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(0, BillItemsModel::Name).toString(), QStringLiteral("Monthly fee: Business 700"));
}

void TestBillItemsModel::appendPage_pagesInSlices_idsInOrderRawValuesExact() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlice(30'000);
    model.setSliceInterval(0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy drained(&model, &BillItemsModel::drained);
    // Enough rows to fill more than one of the model's chunks of 65,536.
    model.append(compactPage(0, 70'000));
    model.append(compactPage(70'000, 30'001));
    QCOMPARE(model.pending(), 100'001);
    QVERIFY(drained.wait(10000));
    QCOMPARE(model.rowCount(), 100'001);
    QCOMPARE(inserted.size(), 4); // ceil(100,001 / 30,000)
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(); row += 997) {
        QCOMPARE(model.index(row, 0).data(models::IdRole).toString(), QString::number(5000 + row));
        QCOMPARE(model.index(row, BillItemsModel::TaxExcluded).data(models::RawValueRole).toLongLong(), 18450 + row);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        sum += model.index(row, BillItemsModel::TaxIncluded).data(models::RawValueRole).toLongLong();
    }
    QCOMPARE(sum, qint64(100'001) * 22140 + qint64(100'000) * 100'001 / 2);
}

void TestBillItemsModel::appendPage_unknownIds_showsIdsUntilLookupsArrive() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy drained(&model, &BillItemsModel::drained);
    model.append(compactPage(0, 2));
    QVERIFY(drained.wait(5000));
    QCOMPARE(model.index(0, BillItemsModel::ServiceUser).data().toString(), QStringLiteral("1000"));
    QCOMPARE(model.index(0, BillItemsModel::Name).data().toString(), QStringLiteral("Monthly fee: 2"));
    QCOMPARE(model.index(1, BillItemsModel::BillNumber).data().toString(), QStringLiteral("310"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServiceUserNumbers({{QStringLiteral("1000"), QStringLiteral("+7 916 000-00-00")}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(BillItemsModel::ServiceUser));
    QCOMPARE(model.index(1, BillItemsModel::ServiceUser).data().toString(), QStringLiteral("+7 916 000-00-00"));
}

void TestBillItemsModel::appendPage_slicesWaitForTheInterval() {
    BillItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSlice(10);
    model.setSliceInterval(200);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(compactPage(0, 25));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 100); // the first slice at once
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 10); // the next not before the interval
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 2000);
    QCOMPARE(inserted.size(), 3);
}

QTEST_MAIN(TestBillItemsModel)
#include "tst_bill_items_model.moc"
