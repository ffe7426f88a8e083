#include "domain/money.h"
#include "server/demo/demo_catalogue.h"
#include "server/demo/demo_state_p.h"

// The money side of the demo: twelve monthly bills per account with their itemization, this month's
// unbilled charges, payments, and the account figures that follow from them. Every bill is the exact
// sum of its lines (tax per line, profile §2).
namespace corpcare::server::demo::detail {

using store::Database;
using store::Statement;

namespace {

constexpr int kBilledMonths = 12;

qint64 taxIncluded(qint64 taxExcluded) {
    return taxExcluded + domain::divideRounded(taxExcluded * kTaxBasisPoints, 10000);
}

UsagePricing pricingOf(const DemoLine &line) {
    const TariffSpec &t = kTariffs[size_t(line.tariffIndex)];
    return {t.perMinute, t.perSms, t.perMegabyte};
}

// Writes the charge lines of one account for one period and returns their tax-included total.
class ItemWriter {
public:
    explicit ItemWriter(Database &db, quint64 seed)
        : m_insert(db.prepare(QStringLiteral(
              "INSERT INTO bill_item(bill_id, billing_account_id, product_id, kind, offering_id, period_start, "
              "period_end, charge_date, tax_excluded, tax_included) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
          m_usage(seed) {}

    struct Period {
        qint64 billId = 0; // 0: not billed yet
        QDate monthStart;
        QDate end; // exclusive
        qint64 chargeDate = 0;
    };

    struct Totals {
        qint64 taxExcluded = 0;
        qint64 taxIncluded = 0;
        qint64 lines = 0;
    };

    Totals writeAccount(const DemoCompany &company, const DemoAccount &account, const Period &period) {
        Totals totals;
        const qint64 periodEnd = period.end.toJulianDay();
        for (const qint64 index : account.products) {
            const DemoLine &line = company.lines[size_t(index)];
            if (line.startDate >= periodEnd) {
                continue;
            }
            add(totals, account, line, period, "tariff", offeringIdOfTariff(line.tariffIndex),
                kTariffs[size_t(line.tariffIndex)].monthlyFee);
            for (int s = 0; s < int(kServices.size()); ++s) {
                if ((line.services & (1u << s)) && line.serviceStart[s] < periodEnd) {
                    add(totals, account, line, period, "service", offeringIdOfService(s),
                        kServices[size_t(s)].monthlyFee);
                }
            }
            const UsageTotals usage = m_usage.totals(line.id, period.monthStart, period.end, pricingOf(line));
            const qint64 tariffId = offeringIdOfTariff(line.tariffIndex);
            add(totals, account, line, period, "calls", tariffId, usage.calls);
            add(totals, account, line, period, "sms", tariffId, usage.sms);
            add(totals, account, line, period, "data", tariffId, usage.data);
        }
        return totals;
    }

private:
    void add(Totals &totals, const DemoAccount &account, const DemoLine &line, const Period &period, const char *kind,
             qint64 offeringId, qint64 amount) {
        if (amount == 0) {
            return;
        }
        const qint64 withTax = taxIncluded(amount);
        if (period.billId) {
            m_insert.bind(1, period.billId);
        } else {
            m_insert.bindNull(1);
        }
        m_insert.bind(2, account.id).bind(3, line.id).bindStatic(4, kind).bind(5, offeringId);
        m_insert.bind(6, period.monthStart.toJulianDay()).bind(7, period.end.toJulianDay()).bind(8, period.chargeDate);
        m_insert.bind(9, amount).bind(10, withTax).run();
        m_insert.reset();
        totals.taxExcluded += amount;
        totals.taxIncluded += withTax;
        ++totals.lines;
    }

    Statement m_insert;
    UsageSynthesizer m_usage;
};

class PaymentWriter {
public:
    explicit PaymentWriter(Database &db)
        : m_payment(
              db.prepare(QStringLiteral("INSERT INTO payment(id, billing_account_id, payment_date, amount, method, "
                                        "status, description) VALUES (?, ?, ?, ?, ?, 'succeeded', ?)"))),
          m_item(db.prepare(QStringLiteral("INSERT INTO payment_item(payment_id, bill_id, amount) VALUES (?, ?, ?)"))) {
    }

    qint64 pay(const DemoAccount &account, qint64 billId, qint64 amount, qint64 date, bool applyToBill) {
        const qint64 id = ++m_lastId;
        const bool prepaid = account.settlement == Settlement::Prepaid;
        m_payment.bind(1, id).bind(2, account.id).bind(3, date).bind(4, amount);
        m_payment.bindStatic(5, prepaid ? (id % 2 ? "card" : "bankTransfer") : "bankTransfer");
        m_payment.bind(6, prepaid ? QStringLiteral("Top-up %1").arg(id)
                                  : QStringLiteral("Bank transfer, order %1").arg(4000 + id));
        m_payment.run();
        m_payment.reset();
        if (applyToBill) {
            m_item.bind(1, id).bind(2, billId).bind(3, amount).run();
            m_item.reset();
        }
        return id;
    }

    qint64 count() const { return m_lastId; }

private:
    Statement m_payment;
    Statement m_item;
    qint64 m_lastId = 0;
};

} // namespace

void writeBillingHistory(Database &db, DemoCompany &company) {
    ItemWriter items(db, company.options.seed);
    PaymentWriter payments(db);
    Statement bill = db.prepare(QStringLiteral(
        "INSERT INTO bill(id, bill_no, billing_account_id, bill_date, period_start, period_end, payment_due_date, "
        "state, tax_excluded, tax_included, remaining, tax_rate_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 today = company.options.today.toJulianDay();
    qint64 billId = 0;

    for (int back = kBilledMonths; back >= 1; --back) {
        const QDate monthStart = company.currentMonth.addMonths(-back);
        const QDate billDate = monthStart.addMonths(1);
        const qint64 dueDate = billDate.toJulianDay() + 20;
        for (int a = 0; a < int(company.accounts.size()); ++a) {
            DemoAccount &account = company.accounts[size_t(a)];
            ++billId;
            const ItemWriter::Totals totals =
                items.writeAccount(company, account, {billId, monthStart, billDate, billDate.toJulianDay()});
            company.summary.billItems += totals.lines;

            DemoRandom random = DemoRandom::keyed(company.options.seed, 0xB111, quint64(billId));
            qint64 paid = totals.taxIncluded;
            qint64 payDate = billDate.toJulianDay() + random.between(2, 24);
            if (account.settlement == Settlement::Prepaid) {
                // Prepaid accounts top up ahead; their bills are settled from the balance.
                payments.pay(account, billId, totals.taxIncluded, monthStart.toJulianDay() + random.between(0, 10),
                             false);
            } else if (back == 1) {
                const qint64 turn = random.below(3); // paid, half paid or open
                paid = turn == 0 ? totals.taxIncluded : turn == 1 ? totals.taxIncluded / 2 : 0;
                payDate = qMin(payDate, today);
            }
            if (account.settlement != Settlement::Prepaid && paid > 0) {
                payments.pay(account, billId, paid, payDate, true);
            }
            const qint64 remaining = totals.taxIncluded - paid;
            const char *state = remaining == 0 ? "settled" : paid > 0 ? "partiallyPaid" : "sent";
            bill.bind(1, billId);
            bill.bind(2, QStringLiteral("B-%1-%2")
                             .arg(account.id, 6, 10, QLatin1Char('0'))
                             .arg(monthStart.toString(QStringLiteral("yyyyMM"))));
            bill.bind(3, account.id).bind(4, billDate.toJulianDay()).bind(5, monthStart.toJulianDay());
            bill.bind(6, billDate.toJulianDay()).bind(7, dueDate).bindStatic(8, state);
            bill.bind(9, totals.taxExcluded).bind(10, totals.taxIncluded).bind(11, remaining).bind(12, kTaxBasisPoints);
            bill.run();
            bill.reset();
            ++company.summary.bills;

            account.averageBill += totals.taxIncluded / kBilledMonths;
            if (back == 1) {
                account.lastBillTotal = totals.taxIncluded;
                account.unpaidRemaining = remaining;
                account.oldestUnpaidDue = remaining > 0 ? dueDate : 0;
            }
        }
    }

    // Charges since the last bill: this month up to and including today.
    const QDate until = company.options.today.addDays(1);
    for (DemoAccount &account : company.accounts) {
        const ItemWriter::Totals totals = items.writeAccount(company, account, {0, company.currentMonth, until, today});
        account.unbilledTotal = totals.taxIncluded;
        company.summary.billItems += totals.lines;
    }
    company.summary.payments = payments.count();
}

void writeAccountFigures(Database &db, DemoCompany &company) {
    Statement update = db.prepare(QStringLiteral(
        "UPDATE billing_account SET state = ?, payment_status = ?, balance = ?, credit_limit = ?, expenditure_rate = "
        "?, "
        "disconnection_forecast = ?, partial_suspension_level = ?, min_reconnection_balance = ? WHERE id = ?"));
    const QDate today = company.options.today;
    const int daysSoFar = company.currentMonth.daysTo(today) + 1;
    const int previousMonthDays = company.currentMonth.addMonths(-1).daysInMonth();
    constexpr qint64 kRuble = 100;

    for (int a = 0; a < int(company.accounts.size()); ++a) {
        const DemoAccount &account = company.accounts[size_t(a)];
        DemoRandom random = DemoRandom::keyed(company.options.seed, 0xF16, quint64(account.id));
        // Charges of the last 30 days: this month so far plus the matching tail of last month's bill.
        const int fromLastMonth = qMax(0, 30 - daysSoFar);
        const qint64 rate = (account.unbilledTotal + account.lastBillTotal * fromLastMonth / previousMonthDays) / 30;
        const bool prepaid = account.settlement == Settlement::Prepaid;

        qint64 creditLimit = 0;
        qint64 balance = 0;
        qint64 partialLevel = 0;
        qint64 reconnection = 0;
        qint64 disconnectionPoint = 0;
        if (prepaid) {
            // Account 2 is close to disconnection (four days left); the others hold 10 to 45 days of charges.
            const qint64 days = account.id == 2 ? 4 : random.between(10, 45);
            balance = rate * days + random.between(0, 99) * kRuble;
            partialLevel = rate * 3;
            reconnection = rate * 7;
        } else {
            creditLimit = qMax<qint64>(1000 * kRuble, (account.averageBill * 5 / 2) / (1000 * kRuble) * 1000 * kRuble);
            balance = -(account.unpaidRemaining + account.unbilledTotal);
            // Account 3 is over its partial suspension level.
            if (account.id == 3) {
                balance = -(creditLimit * 93 / 100);
            }
            partialLevel = -(creditLimit * 90 / 100);
            reconnection = -(creditLimit * 80 / 100);
            disconnectionPoint = -creditLimit;
        }
        const QString state = balance < disconnectionPoint ? QStringLiteral("suspended")
                              : balance < partialLevel     ? QStringLiteral("partiallySuspended")
                                                           : QStringLiteral("active");
        const QString paymentStatus = account.unpaidRemaining == 0                    ? QStringLiteral("paid")
                                      : account.oldestUnpaidDue < today.toJulianDay() ? QStringLiteral("overdue")
                                                                                      : QStringLiteral("due");
        update.bind(1, state).bind(2, paymentStatus).bind(3, balance);
        if (prepaid) {
            update.bindNull(4);
        } else {
            update.bind(4, creditLimit);
        }
        update.bind(5, rate);
        if (rate > 0) {
            update.bind(6, today.toJulianDay() + qMax<qint64>(0, (balance - disconnectionPoint) / rate));
        } else {
            update.bindNull(6);
        }
        update.bind(7, partialLevel).bind(8, reconnection).bind(9, account.id).run();
        update.reset();
    }
}

} // namespace corpcare::server::demo::detail
