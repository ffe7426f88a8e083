// The models of financial control under QAbstractItemModelTester: charges by group with shares that
// add up to 100 %, payments and what they paid, usage filtered by type; raw values for sorting and
// exports, and headers that tell exports what a column holds.
#include "domain/money_text.h"
#include "models/bills_model.h"
#include "models/charges_model.h"
#include "models/payments_model.h"
#include "models/roles.h"
#include "models/usage_model.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace corpcare;
using domain::Money;

namespace {

Money rub(qint64 minor) {
    return Money(minor, QStringLiteral("RUB"));
}

domain::BillItem charge(const QString &product, qint64 minor) {
    domain::BillItem item;
    item.id = product + QStringLiteral("-1");
    item.billingAccount = {QStringLiteral("5"), QStringLiteral("Sales — mobile")};
    item.product = {product, QStringLiteral("+7 916 ") + product};
    item.kind = domain::ChargeKind::Calls;
    item.name = QStringLiteral("Calls");
    item.taxExcluded = rub(minor);
    item.taxIncluded = rub(minor + minor / 5);
    return item;
}

domain::UsageRecord record(domain::UsageType type, qint64 quantity, qint64 minor) {
    domain::UsageRecord one;
    static int next = 0;
    one.id = QString::number(++next);
    one.type = type;
    one.quantity = quantity;
    one.date = QDateTime(QDate(2026, 10, 3), QTime(9, 0).addSecs(next * 60), QTimeZone::utc());
    one.counterpart = type == domain::UsageType::Data ? QString() : QStringLiteral("79161234567");
    one.taxExcluded = rub(minor);
    return one;
}

} // namespace

class TestFinanceModels : public QObject {
    Q_OBJECT

private slots:
    void chargesModel_groupsOfAReport_sharesSumTo100PercentAndPercentColumn() {
        models::ChargesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(domain::ChargesReport::compute(
            {charge(QStringLiteral("1"), 100), charge(QStringLiteral("2"), 100), charge(QStringLiteral("3"), 100)},
            domain::ChargeGrouping::ServiceUser));
        QCOMPARE(model.rowCount(), 3);
        int points = 0;
        for (int row = 0; row < 3; ++row) {
            points += model.index(row, models::ChargesModel::Share).data(models::RawValueRole).toInt();
        }
        QCOMPARE(points, 10000); // 33.34 + 33.33 + 33.33
        QCOMPARE(model.headerData(models::ChargesModel::Share, Qt::Horizontal, models::CellKindRole).toString(),
                 QStringLiteral("percent"));
        QCOMPARE(model.headerData(models::ChargesModel::TaxIncluded, Qt::Horizontal, models::CurrencyRole).toString(),
                 QStringLiteral("RUB"));
        QCOMPARE(model.headerData(models::ChargesModel::Group, Qt::Horizontal).toString(),
                 models::ChargesModel::groupingTitle(domain::ChargeGrouping::ServiceUser));
        QCOMPARE(model.index(0, models::ChargesModel::TaxIncluded).data().toString(), domain::formatMoney(rub(120)));
        model.setReport(domain::ChargesReport::compute({}, domain::ChargeGrouping::Account));
        QCOMPARE(model.rowCount(), 0);
    }

    void paymentsModel_allocations_appliedAndUnappliedExact() {
        domain::Payment payment;
        payment.id = QStringLiteral("57");
        payment.date = QDateTime(QDate(2026, 11, 18), QTime(10, 0), QTimeZone::utc());
        payment.account = {QStringLiteral("5"), QStringLiteral("Sales — mobile")};
        payment.amount = rub(100000);
        payment.allocations = {{{QStringLiteral("310"), QStringLiteral("B-000005-202610")}, rub(60000)},
                               {{QStringLiteral("311"), QString()}, rub(25050)}};
        domain::Payment topUp = payment;
        topUp.id = QStringLiteral("58");
        topUp.allocations.clear();
        models::PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPayments({payment, topUp});
        QCOMPARE(model.index(0, models::PaymentsModel::Applied).data(models::RawValueRole).toLongLong(), 85050);
        QCOMPARE(model.index(0, models::PaymentsModel::Unapplied).data(models::RawValueRole).toLongLong(), 14950);
        QCOMPARE(model.index(0, models::PaymentsModel::Bills).data().toString(),
                 QStringLiteral("B-000005-202610, 311"));
        QCOMPARE(model.index(1, models::PaymentsModel::Unapplied).data(models::RawValueRole).toLongLong(), 100000);
        QCOMPARE(model.index(0, models::PaymentsModel::Date).data(models::RawValueRole).toDate(), QDate(2026, 11, 18));

        models::PaymentAllocationsModel allocations;
        QAbstractItemModelTester allocationsTester(&allocations,
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        allocations.setPayment(payment);
        QCOMPARE(allocations.rowCount(), 2);
        QCOMPARE(allocations.index(0, 0).data(models::IdRole).toString(), QStringLiteral("310"));
        QCOMPARE(allocations.index(1, 0).data().toString(), QStringLiteral("311")); // no number: the id
        QCOMPARE(allocations.index(1, 1).data(models::RawValueRole).toLongLong(), 25050);
    }

    void billsModel_partlyPaidBill_paidAndRemainingMakeTheAmount() {
        domain::Bill bill;
        bill.id = QStringLiteral("310");
        bill.billNo = QStringLiteral("B-000005-202610");
        bill.billingAccount = {QStringLiteral("5"), QStringLiteral("Sales — mobile")};
        bill.taxExcluded = rub(81'234'50);
        bill.taxIncluded = rub(97'481'40);
        bill.remaining = rub(10'000'00);
        bill.state = domain::BillState::PartiallyPaid;
        models::BillsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBills({bill});
        QCOMPARE(model.index(0, models::BillsModel::Paid).data(models::RawValueRole).toLongLong(), 87'481'40);
        QCOMPARE(model.index(0, models::BillsModel::Account).data().toString(), QStringLiteral("Sales — mobile"));
        QCOMPARE(model.headerData(models::BillsModel::Paid, Qt::Horizontal, models::CellKindRole).toString(),
                 QStringLiteral("money"));
    }

    void usageModel_filteredByType_rowsAndSumOfTheType() {
        models::UsageModel model;
        models::UsageFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(domain::UsageType::Call, 245, 615), record(domain::UsageType::Sms, 1, 150)});
        model.appendRecords({record(domain::UsageType::Data, 2560, 400), record(domain::UsageType::Sms, 1, 150)});
        QCOMPARE(filter.rowCount(), 4);
        QCOMPARE(filter.shownAmountMinor(), 1315);
        filter.setType(domain::UsageType::Sms);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.shownAmountMinor(), 300);
        filter.setType(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);

        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(models::UsageModel::quantityText(model.records().at(0), english), QStringLiteral("4:05"));
        QCOMPARE(models::UsageModel::quantityText(model.records().at(2), english), QStringLiteral("2.5 MB"));
        QCOMPARE(model.index(0, models::UsageModel::Counterpart).data().toString(), QStringLiteral("+7 916 123-45-67"));
        QCOMPARE(model.index(0, models::UsageModel::Counterpart).data(models::RawValueRole).toString(),
                 QStringLiteral("+7 916 123-45-67"));
        QCOMPARE(model.index(2, models::UsageModel::Counterpart).data().toString(), QString());
    }
};

QTEST_MAIN(TestFinanceModels)
#include "tst_finance_models.moc"
