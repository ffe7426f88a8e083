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

QTEST_MAIN(TestBillItemsModel)
#include "tst_bill_items_model.moc"
