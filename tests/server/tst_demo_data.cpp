#include "domain/money.h"
#include "server/demo/demo_generator.h"
#include "server/demo/usage_synthesizer.h"
#include "server/security/password_hash.h"
#include "server/store/schema.h"
#include "server/store/sqlite.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using corpcare::domain::divideRounded;
using corpcare::server::demo::DemoOptions;
using corpcare::server::demo::DemoSummary;
using corpcare::server::demo::generateDemoDatabase;
using corpcare::server::demo::kMaxDemoUsers;
using corpcare::server::demo::UsagePricing;
using corpcare::server::demo::UsageSynthesizer;
using corpcare::server::demo::UsageTotals;
using corpcare::server::store::Database;
using corpcare::server::store::SqlError;
using corpcare::server::store::Statement;

namespace {

// Small on purpose: every portal user's password hash costs about 70 ms, the rest scales with users.
constexpr int kUsers = 400;
constexpr quint64 kSeed = 7;
const QDate kToday(2026, 11, 25);
constexpr qint64 kTaxBasisPoints = 2000;

DemoOptions demoOptions(quint64 seed = kSeed) {
    DemoOptions options;
    options.users = kUsers;
    options.seed = seed;
    options.today = kToday;
    return options;
}

qint64 integer(Database &db, const QString &sql, const QVariantList &binds = {}) {
    bool ok = false;
    const qint64 value = db.scalar(sql, binds).toLongLong(&ok);
    if (!ok) {
        qWarning("not an integer: %s", qPrintable(sql));
        return -1;
    }
    return value;
}

QStringList strings(Database &db, const QString &sql, const QVariantList &binds = {}) {
    Statement statement = db.prepare(sql);
    statement.bindAll(binds);
    QStringList out;
    while (statement.step()) {
        out.append(statement.text(0));
    }
    return out;
}

// A digest of every table's rows in primary-key order; portal_user.password_hash is left out because
// its salt is random on purpose.
QByteArray contentDigest(Database &db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables =
        strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"));
    for (const QString &table : tables) {
        QStringList columns;
        Statement info = db.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"));
        info.bind(1, table);
        QMap<qint64, QString> keyByPosition;
        while (info.step()) {
            const QString column = info.text(0);
            columns.append(table == QLatin1String("portal_user") && column == QLatin1String("password_hash")
                               ? QStringLiteral("'salted'")
                               : QStringLiteral("quote(%1)").arg(column));
            if (info.int64(1) > 0) {
                keyByPosition.insert(info.int64(1), column);
            }
        }
        QStringList keys = keyByPosition.values();
        if (keys.isEmpty()) {
            keys = QStringList{QStringLiteral("rowid")};
        }
        hash.addData(table.toUtf8());
        hash.addData(QByteArrayView("\x1d"));
        Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(columns.join(QLatin1Char(',')), table, keys.join(QLatin1Char(','))));
        while (rows.step()) {
            for (int i = 0; i < columns.size(); ++i) {
                hash.addData(rows.text(i).toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

QByteArray digestOfFile(const QString &path) {
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return contentDigest(*db);
    } catch (const SqlError &e) {
        qWarning("cannot read %s: %s", qPrintable(path), e.what());
        return {};
    }
}

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void generate_validOptions_fileInPlaceWithoutSideFile();
    void generate_validOptions_summaryMatchesTables();
    void meta_generated_holdsSchemaVersionSeedUsersAndToday();

    void bills_everyBill_totalsEqualSumOfItems();
    void billItems_everyItem_taxIncludedIsExcludedPlusRoundedVat();
    void bills_everyAccount_twelveConsecutiveMonthlyBills();
    void billItems_unbilled_currentMonthUpToToday();
    void bills_postpaidAndCredit_remainingEqualsTaxIncludedMinusPaymentItems();
    void bills_prepaid_settledFromBalanceWithoutPaymentItems();
    void bills_state_consistentWithRemaining();
    void bills_lastMonth_everyStateOccurs();

    void accounts_generated_allThreeSettlementMethods();
    void accounts_generated_oneDisconnectionForecastWithinSevenDays();
    void accounts_generated_onePartiallySuspended();
    void products_msisdn_uniqueElevenDigits();
    void products_organization_equalsAccountAndUserOrganization();

    void portalUsers_generated_fourWithGrantsAndPermissions();
    void portalUsers_passwordHash_verifiesDemoPasswordOnly();

    void usageSynthesizer_totals_equalUsageBillItems();

    void generate_sameOptions_identicalContent();
    void generate_otherSeed_differentContent();
    void generate_staleFiles_replacedByNewDatabase();
    void generate_badOptions_falseWithErrorAndNoFile_data();
    void generate_badOptions_falseWithErrorAndNoFile();
    void generate_missingDirectory_falseWithErrorAndNoLeftover();

private:
    QTemporaryDir m_dir;
    QString m_path;
    DemoSummary m_summary;
    std::unique_ptr<Database> m_db;
    QByteArray m_digest;
};

void TestDemoData::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(generateDemoDatabase(m_path, demoOptions(), &m_summary, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    m_db = Database::open(m_path, Database::Mode::ReadOnly);
    QVERIFY(m_db);
}

void TestDemoData::cleanupTestCase() {
    m_db.reset();
}

void TestDemoData::generate_validOptions_fileInPlaceWithoutSideFile() {
    QVERIFY(QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".generating")));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDemoData::generate_validOptions_summaryMatchesTables() {
    Database &db = *m_db;
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM product")), qint64(kUsers));
    QCOMPARE(m_summary.products, qint64(kUsers));
    QCOMPARE(m_summary.accounts, integer(db, QStringLiteral("SELECT COUNT(*) FROM billing_account")));
    QVERIFY(m_summary.accounts >= 3);
    QCOMPARE(m_summary.bills, integer(db, QStringLiteral("SELECT COUNT(*) FROM bill")));
    QCOMPARE(m_summary.billItems, integer(db, QStringLiteral("SELECT COUNT(*) FROM bill_item")));
    QCOMPARE(m_summary.payments, integer(db, QStringLiteral("SELECT COUNT(*) FROM payment")));
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM individual")), qint64(kUsers));
    QCOMPARE(m_summary.portalUsers.size(), 4);
    for (const auto &user : m_summary.portalUsers) {
        QCOMPARE(user.password, QStringLiteral("corpcare-demo"));
        QVERIFY2(!user.scope.isEmpty(), qPrintable(user.login));
    }
}

void TestDemoData::meta_generated_holdsSchemaVersionSeedUsersAndToday() {
    Database &db = *m_db;
    const auto meta = [&db](const char *key) {
        return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {QString::fromLatin1(key)}).toString();
    };
    QCOMPARE(meta("schema_version"), QString::number(corpcare::server::store::kSchemaVersion));
    QCOMPARE(meta("seed"), QStringLiteral("7"));
    QCOMPARE(meta("users"), QStringLiteral("400"));
    QCOMPARE(meta("today"), QStringLiteral("2026-11-25"));
    QCOMPARE(meta("currency"), QStringLiteral("RUB"));
}

void TestDemoData::bills_everyBill_totalsEqualSumOfItems() {
    Statement bills = m_db->prepare(
        QStringLiteral("SELECT b.id, b.tax_excluded, b.tax_included, "
                       "  (SELECT COALESCE(SUM(i.tax_excluded), 0) FROM bill_item i WHERE i.bill_id = b.id), "
                       "  (SELECT COALESCE(SUM(i.tax_included), 0) FROM bill_item i WHERE i.bill_id = b.id), "
                       "  (SELECT COUNT(*) FROM bill_item i WHERE i.bill_id = b.id) "
                       "FROM bill b ORDER BY b.id"));
    qint64 checked = 0;
    qint64 withItems = 0;
    while (bills.step()) {
        const qint64 id = bills.int64(0);
        QVERIFY2(
            bills.int64(1) == bills.int64(3),
            qPrintable(
                QStringLiteral("bill %1: tax excluded %2, items %3").arg(id).arg(bills.int64(1)).arg(bills.int64(3))));
        QVERIFY2(
            bills.int64(2) == bills.int64(4),
            qPrintable(
                QStringLiteral("bill %1: tax included %2, items %3").arg(id).arg(bills.int64(2)).arg(bills.int64(4))));
        withItems += bills.int64(5) > 0 ? 1 : 0;
        ++checked;
    }
    QCOMPARE(checked, m_summary.bills);
    QVERIFY(withItems > checked / 2);
}

void TestDemoData::billItems_everyItem_taxIncludedIsExcludedPlusRoundedVat() {
    Statement items = m_db->prepare(QStringLiteral("SELECT id, tax_excluded, tax_included FROM bill_item ORDER BY id"));
    qint64 checked = 0;
    qint64 roundedUp = 0;
    while (items.step()) {
        const qint64 excluded = items.int64(1);
        const qint64 expected = excluded + divideRounded(excluded * kTaxBasisPoints, 10000);
        QVERIFY2(items.int64(2) == expected, qPrintable(QStringLiteral("bill_item %1: %2 + VAT gave %3, expected %4")
                                                            .arg(items.int64(0))
                                                            .arg(excluded)
                                                            .arg(items.int64(2))
                                                            .arg(expected)));
        QVERIFY2(excluded > 0,
                 qPrintable(QStringLiteral("bill_item %1 has amount %2").arg(items.int64(0)).arg(excluded)));
        roundedUp += (excluded * kTaxBasisPoints) % 10000 >= 5000 ? 1 : 0;
        ++checked;
    }
    QCOMPARE(checked, m_summary.billItems);
    QVERIFY(roundedUp > 0); // the rounding rule was exercised, not only whole-ruble amounts
}

void TestDemoData::bills_everyAccount_twelveConsecutiveMonthlyBills() {
    Database &db = *m_db;
    const qint64 first = QDate(2025, 11, 1).toJulianDay();
    const qint64 last = QDate(2026, 10, 1).toJulianDay();
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM billing_account a WHERE "
                                        "(SELECT COUNT(*) FROM bill b WHERE b.billing_account_id = a.id) != 12 OR "
                                        "(SELECT COUNT(DISTINCT period_start) FROM bill b "
                                        " WHERE b.billing_account_id = a.id) != 12")),
             qint64(0));
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM bill")), 12 * m_summary.accounts);
    QCOMPARE(integer(db, QStringLiteral("SELECT MIN(period_start) FROM bill")), first);
    QCOMPARE(integer(db, QStringLiteral("SELECT MAX(period_start) FROM bill")), last);

    Statement bills = db.prepare(QStringLiteral(
        "SELECT b.id, b.bill_no, b.billing_account_id, b.period_start, b.period_end, b.bill_date, b.payment_due_date, "
        "b.tax_rate_bp FROM bill b"));
    while (bills.step()) {
        const QDate start = QDate::fromJulianDay(bills.int64(3));
        const QString context = QStringLiteral("bill %1").arg(bills.int64(0));
        QVERIFY2(start.day() == 1, qPrintable(context));
        QVERIFY2(bills.int64(4) == start.addMonths(1).toJulianDay(), qPrintable(context));
        QVERIFY2(bills.int64(5) == bills.int64(4), qPrintable(context));
        QVERIFY2(bills.int64(6) == bills.int64(5) + 20, qPrintable(context));
        QVERIFY2(bills.int64(7) == kTaxBasisPoints, qPrintable(context));
        const QString billNo = QStringLiteral("B-%1-%2")
                                   .arg(bills.int64(2), 6, 10, QLatin1Char('0'))
                                   .arg(start.toString(QStringLiteral("yyyyMM")));
        QVERIFY2(bills.text(1) == billNo, qPrintable(context + QStringLiteral(": ") + bills.text(1)));
    }
    // Billed items cover their bill's period.
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM bill_item i JOIN bill b ON b.id = i.bill_id WHERE "
                                        "i.period_start != b.period_start OR i.period_end != b.period_end OR "
                                        "i.billing_account_id != b.billing_account_id")),
             qint64(0));
}

void TestDemoData::billItems_unbilled_currentMonthUpToToday() {
    Database &db = *m_db;
    const qint64 unbilled = integer(db, QStringLiteral("SELECT COUNT(*) FROM bill_item WHERE bill_id IS NULL"));
    QVERIFY(unbilled > 0);
    QCOMPARE(integer(db,
                     QStringLiteral("SELECT COUNT(*) FROM bill_item WHERE bill_id IS NULL AND period_start = ? "
                                    "AND period_end = ? AND charge_date = ?"),
                     {QDate(2026, 11, 1).toJulianDay(), kToday.addDays(1).toJulianDay(), kToday.toJulianDay()}),
             unbilled);
    // Every kind of charge is there, and nothing of this month was billed yet.
    QCOMPARE(strings(db, QStringLiteral("SELECT DISTINCT kind FROM bill_item WHERE bill_id IS NULL ORDER BY kind")),
             (QStringList{QStringLiteral("calls"), QStringLiteral("data"), QStringLiteral("service"),
                          QStringLiteral("sms"), QStringLiteral("tariff")}));
    QCOMPARE(integer(db,
                     QStringLiteral("SELECT COUNT(*) FROM bill_item WHERE bill_id IS NOT NULL AND period_start >= ?"),
                     {QDate(2026, 11, 1).toJulianDay()}),
             qint64(0));
}

void TestDemoData::bills_postpaidAndCredit_remainingEqualsTaxIncludedMinusPaymentItems() {
    Statement bills = m_db->prepare(
        QStringLiteral("SELECT b.id, b.tax_included, b.remaining, "
                       "  (SELECT COALESCE(SUM(pi.amount), 0) FROM payment_item pi WHERE pi.bill_id = b.id) "
                       "FROM bill b JOIN billing_account a ON a.id = b.billing_account_id "
                       "WHERE a.settlement_method != 'prepaid' ORDER BY b.id"));
    qint64 checked = 0;
    qint64 unpaid = 0;
    while (bills.step()) {
        QVERIFY2(bills.int64(2) == bills.int64(1) - bills.int64(3),
                 qPrintable(QStringLiteral("bill %1: remaining %2, tax included %3, paid %4")
                                .arg(bills.int64(0))
                                .arg(bills.int64(2))
                                .arg(bills.int64(1))
                                .arg(bills.int64(3))));
        QVERIFY(bills.int64(2) >= 0);
        unpaid += bills.int64(2) > 0 ? 1 : 0;
        ++checked;
    }
    QVERIFY(checked > 0);
    QVERIFY(unpaid > 0);
    // A payment applied to bills pays exactly what its items say, to bills of its own account.
    QCOMPARE(integer(*m_db, QStringLiteral("SELECT COUNT(*) FROM payment p WHERE EXISTS (SELECT 1 FROM payment_item pi "
                                           "WHERE pi.payment_id = p.id) AND p.amount != (SELECT SUM(pi.amount) "
                                           "FROM payment_item pi WHERE pi.payment_id = p.id)")),
             qint64(0));
    QCOMPARE(
        integer(*m_db, QStringLiteral("SELECT COUNT(*) FROM payment_item pi JOIN payment p ON p.id = pi.payment_id "
                                      "JOIN bill b ON b.id = pi.bill_id "
                                      "WHERE p.billing_account_id != b.billing_account_id OR pi.amount <= 0")),
        qint64(0));
}

void TestDemoData::bills_prepaid_settledFromBalanceWithoutPaymentItems() {
    Database &db = *m_db;
    QVERIFY(integer(db, QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE settlement_method = 'prepaid'")) >
            0);
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM bill b JOIN billing_account a ON a.id = "
                                        "b.billing_account_id WHERE a.settlement_method = 'prepaid' AND "
                                        "(b.remaining != 0 OR b.state != 'settled')")),
             qint64(0));
    // Top-ups (profile §3, payment): no paymentItem.
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM payment_item pi JOIN payment p ON p.id = pi.payment_id "
                                        "JOIN billing_account a ON a.id = p.billing_account_id "
                                        "WHERE a.settlement_method = 'prepaid'")),
             qint64(0));
}

void TestDemoData::bills_state_consistentWithRemaining() {
    Statement bills = m_db->prepare(QStringLiteral("SELECT id, state, tax_included, remaining FROM bill ORDER BY id"));
    QSet<QString> states;
    while (bills.step()) {
        const QString state = bills.text(1);
        const qint64 total = bills.int64(2);
        const qint64 remaining = bills.int64(3);
        const QString expected = remaining == 0      ? QStringLiteral("settled")
                                 : remaining < total ? QStringLiteral("partiallyPaid")
                                                     : QStringLiteral("sent");
        QVERIFY2(
            remaining >= 0 && remaining <= total,
            qPrintable(QStringLiteral("bill %1: remaining %2 of %3").arg(bills.int64(0)).arg(remaining).arg(total)));
        QVERIFY2(state == expected, qPrintable(QStringLiteral("bill %1: state %2 with remaining %3 of %4")
                                                   .arg(bills.int64(0))
                                                   .arg(state)
                                                   .arg(remaining)
                                                   .arg(total)));
        states.insert(state);
    }
    QVERIFY(states.contains(QStringLiteral("settled")));
    QVERIFY(states.contains(QStringLiteral("sent")));
}

void TestDemoData::bills_lastMonth_everyStateOccurs() {
    const QStringList states =
        strings(*m_db, QStringLiteral("SELECT DISTINCT state FROM bill WHERE period_start = ? ORDER BY state"),
                {QDate(2026, 10, 1).toJulianDay()});
    QVERIFY(states.contains(QStringLiteral("settled")));
    QVERIFY(states.contains(QStringLiteral("sent")));
    // The last bill of a postpaid or credit account is paid, half paid or left open (seed 7 draws all three).
    QVERIFY(states.contains(QStringLiteral("partiallyPaid")));
}

void TestDemoData::accounts_generated_allThreeSettlementMethods() {
    Database &db = *m_db;
    QCOMPARE(strings(db, QStringLiteral("SELECT DISTINCT settlement_method FROM billing_account ORDER BY 1")),
             (QStringList{QStringLiteral("credit"), QStringLiteral("postpaid"), QStringLiteral("prepaid")}));
    // ratingType follows the settlement method; prepaid has no credit limit, the others have one.
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE "
                                        "rating_type != CASE settlement_method WHEN 'prepaid' THEN 'prepaid' "
                                        "ELSE 'postpaid' END OR "
                                        "(settlement_method = 'prepaid') != (credit_limit IS NULL) OR "
                                        "(credit_limit IS NOT NULL AND credit_limit <= 0)")),
             qint64(0));
}

void TestDemoData::accounts_generated_oneDisconnectionForecastWithinSevenDays() {
    const qint64 today = kToday.toJulianDay();
    QVERIFY(integer(*m_db,
                    QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE disconnection_forecast BETWEEN ? AND ?"),
                    {today, today + 7}) >= 1);
    QCOMPARE(integer(*m_db, QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE disconnection_forecast < ?"),
                     {today}),
             qint64(0));
}

void TestDemoData::accounts_generated_onePartiallySuspended() {
    QVERIFY(integer(*m_db, QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE state = 'partiallySuspended'")) >=
            1);
    // The state follows from balance and levels.
    QCOMPARE(integer(*m_db, QStringLiteral("SELECT COUNT(*) FROM billing_account WHERE state = 'partiallySuspended' "
                                           "AND NOT (balance < partial_suspension_level)")),
             qint64(0));
}

void TestDemoData::products_msisdn_uniqueElevenDigits() {
    Database &db = *m_db;
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(DISTINCT msisdn) FROM product")),
             integer(db, QStringLiteral("SELECT COUNT(*) FROM product")));
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM product WHERE length(msisdn) != 11 OR "
                                        "msisdn GLOB '*[^0-9]*' OR msisdn NOT LIKE '7%'")),
             qint64(0));
}

void TestDemoData::products_organization_equalsAccountAndUserOrganization() {
    Database &db = *m_db;
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM product p JOIN billing_account a "
                                        "ON a.id = p.billing_account_id WHERE a.organization_id != p.organization_id")),
             qint64(0));
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM product p JOIN individual i ON i.id = p.individual_id "
                                        "WHERE i.organization_id != p.organization_id")),
             qint64(0));
    // Every reference resolves.
    QCOMPARE(
        integer(db, QStringLiteral("SELECT COUNT(*) FROM product p WHERE "
                                   "NOT EXISTS (SELECT 1 FROM billing_account a WHERE a.id = p.billing_account_id) "
                                   "OR NOT EXISTS (SELECT 1 FROM individual i WHERE i.id = p.individual_id) "
                                   "OR NOT EXISTS (SELECT 1 FROM product_offering f WHERE f.id = p.offering_id "
                                   "AND f.kind = 'tariff')")),
        qint64(0));
}

void TestDemoData::portalUsers_generated_fourWithGrantsAndPermissions() {
    Database &db = *m_db;
    QCOMPARE(strings(db, QStringLiteral("SELECT login FROM portal_user ORDER BY login")),
             (QStringList{QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("head.logistics"),
                          QStringLiteral("head.sales")}));
    const auto permissions = [&db](const char *login) {
        return strings(db,
                       QStringLiteral("SELECT permission FROM portal_permission p JOIN portal_user u ON u.id = "
                                      "p.user_id WHERE u.login = ? ORDER BY permission"),
                       {QString::fromLatin1(login)});
    };
    const auto grants = [&db](const char *login) {
        return strings(db,
                       QStringLiteral("SELECT g.kind || ':' || o.name FROM portal_grant g JOIN portal_user u ON u.id = "
                                      "g.user_id JOIN organization o ON o.id = g.object_id WHERE u.login = ? "
                                      "ORDER BY 1"),
                       {QString::fromLatin1(login)});
    };
    const QString company =
        db.scalar(QStringLiteral("SELECT name FROM organization WHERE parent_id IS NULL")).toString();
    QVERIFY(!company.isEmpty());

    QVERIFY(permissions("admin").contains(QStringLiteral("managePortalUsers")));
    QCOMPARE(permissions("admin").size(), 6);
    QCOMPARE(permissions("finance"), (QStringList{QStringLiteral("viewAccounts"), QStringLiteral("viewFinance")}));
    for (const char *head : {"head.sales", "head.logistics"}) {
        QVERIFY(!permissions(head).contains(QStringLiteral("managePortalUsers")));
        QVERIFY(permissions(head).contains(QStringLiteral("viewAccounts")));
    }
    QCOMPARE(grants("admin"), QStringList{QStringLiteral("Organization:") + company});
    QCOMPARE(grants("finance"), QStringList{QStringLiteral("Organization:") + company});
    QCOMPARE(grants("head.sales"), QStringList{QStringLiteral("Organization:Sales")});
    QCOMPARE(grants("head.logistics"), QStringList{QStringLiteral("Organization:Logistics")});
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM portal_user WHERE disabled != 0")), qint64(0));
    QCOMPARE(integer(db, QStringLiteral("SELECT COUNT(*) FROM access_token")), qint64(0));
}

void TestDemoData::portalUsers_passwordHash_verifiesDemoPasswordOnly() {
    const QString hash =
        m_db->scalar(QStringLiteral("SELECT password_hash FROM portal_user WHERE login = 'admin'")).toString();
    QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(corpcare::server::security::verifyPassword(QStringLiteral("corpcare-demo"), hash));
    QVERIFY(!corpcare::server::security::verifyPassword(QStringLiteral("corpcare-demo2"), hash));
    // Salted: no two users share a hash.
    QCOMPARE(integer(*m_db, QStringLiteral("SELECT COUNT(DISTINCT password_hash) FROM portal_user")), qint64(4));
}

void TestDemoData::usageSynthesizer_totals_equalUsageBillItems() {
    Database &db = *m_db;
    bool seedOk = false;
    const quint64 seed =
        db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seed'")).toString().toULongLong(&seedOk);
    QVERIFY(seedOk);
    const UsageSynthesizer synthesizer(seed);

    // The usage lines of the database: (product, month start, kind) -> amount.
    QHash<QString, qint64> stored;
    Statement usage = db.prepare(QStringLiteral(
        "SELECT product_id, period_start, kind, tax_excluded FROM bill_item WHERE kind IN ('calls', 'sms', 'data')"));
    while (usage.step()) {
        stored.insert(QStringLiteral("%1/%2/%3").arg(usage.int64(0)).arg(usage.int64(1)).arg(usage.text(2)),
                      usage.int64(3));
    }
    QVERIFY(!stored.isEmpty());

    // Each month's tariff line names the tariff whose prices rated that month's usage.
    Statement tariffs = db.prepare(QStringLiteral(
        "SELECT i.product_id, i.period_start, i.bill_id IS NULL, f.price_minute, f.price_sms, f.price_megabyte "
        "FROM bill_item i JOIN product_offering f ON f.id = i.offering_id WHERE i.kind = 'tariff' "
        "ORDER BY i.product_id, i.period_start"));
    qint64 months = 0;
    qint64 matched = 0;
    QSet<qint64> productsSeen;
    while (tariffs.step()) {
        const qint64 product = tariffs.int64(0);
        const QDate monthStart = QDate::fromJulianDay(tariffs.int64(1));
        const QDate until = tariffs.int64(2) ? kToday.addDays(1) : monthStart.addMonths(1);
        const UsagePricing pricing{tariffs.int64(3), tariffs.int64(4), tariffs.int64(5)};
        const UsageTotals totals = synthesizer.totals(product, monthStart, until, pricing);
        const std::pair<const char *, qint64> kinds[] = {
            {"calls", totals.calls}, {"sms", totals.sms}, {"data", totals.data}};
        for (const auto &[kind, expected] : kinds) {
            const QString key = QStringLiteral("%1/%2/%3").arg(product).arg(tariffs.int64(1)).arg(QLatin1String(kind));
            const qint64 actual = stored.value(key, 0);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("product %1, %2, %3: bill item %4, synthesized %5")
                                                        .arg(product)
                                                        .arg(monthStart.toString(Qt::ISODate), QLatin1String(kind))
                                                        .arg(actual)
                                                        .arg(expected)));
            matched += stored.contains(key) ? 1 : 0;
        }
        productsSeen.insert(product);
        ++months;
    }
    QCOMPARE(qint64(productsSeen.size()), qint64(kUsers));
    QVERIFY(months > qint64(kUsers));
    QCOMPARE(matched, qint64(stored.size())); // no usage line without its month's tariff line

    // The records themselves: the stable per-kind sequence, inside the month, and the current month
    // stops at today.
    const qint64 product = 1;
    const QDate month(2026, 11, 1);
    const UsagePricing pricing{150, 200, 10};
    qint64 records = 0;
    qint64 last[3] = {0, 0, 0};
    bool ordered = true;
    synthesizer.forEach(product, month, kToday.addDays(1), pricing,
                        [&](const corpcare::server::demo::SyntheticRecord &record) {
                            ordered = ordered && record.sequence > last[int(record.kind)];
                            last[int(record.kind)] = record.sequence;
                            ordered = ordered && record.secondOfMonth >= 0 && record.secondOfMonth < 25 * 86400;
                            ++records;
                        });
    QVERIFY(ordered);
    QVERIFY(records > 0);
    const UsageTotals whole = synthesizer.totals(product, month, month.addMonths(1), pricing);
    const UsageTotals soFar = synthesizer.totals(product, month, kToday.addDays(1), pricing);
    QVERIFY(whole.calls >= soFar.calls && whole.sms >= soFar.sms && whole.data >= soFar.data);
    const UsageTotals again = synthesizer.totals(product, month, kToday.addDays(1), pricing);
    QCOMPARE(again.calls, soFar.calls);
    QCOMPARE(again.sms, soFar.sms);
    QCOMPARE(again.data, soFar.data);
}

void TestDemoData::generate_sameOptions_identicalContent() {
    m_digest = contentDigest(*m_db);
    QVERIFY(!m_digest.isEmpty());
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString path = other.filePath(QStringLiteral("demo.db"));
    DemoSummary summary;
    QString error;
    QVERIFY2(generateDemoDatabase(path, demoOptions(), &summary, &error), qPrintable(error));
    QCOMPARE(summary.bills, m_summary.bills);
    QCOMPARE(summary.billItems, m_summary.billItems);
    QCOMPARE(summary.payments, m_summary.payments);
    QCOMPARE(digestOfFile(path), m_digest);
}

void TestDemoData::generate_otherSeed_differentContent() {
    if (m_digest.isEmpty()) {
        m_digest = contentDigest(*m_db);
    }
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString path = other.filePath(QStringLiteral("demo.db"));
    DemoSummary summary;
    QString error;
    QVERIFY2(generateDemoDatabase(path, demoOptions(kSeed + 1), &summary, &error), qPrintable(error));
    const QByteArray digest = digestOfFile(path);
    QVERIFY(!digest.isEmpty());
    QVERIFY(digest != m_digest);
}

void TestDemoData::generate_staleFiles_replacedByNewDatabase() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    for (const QString &stale :
         QStringList{path, path + QStringLiteral(".generating"), path + QStringLiteral("-wal")}) {
        QFile file(stale);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("not a database") > 0);
    }
    DemoOptions options = demoOptions();
    options.users = 3;
    DemoSummary summary;
    QString error;
    QVERIFY2(generateDemoDatabase(path, options, &summary, &error), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral(".generating")));
    auto db = Database::open(path, Database::Mode::ReadOnly);
    QCOMPARE(integer(*db, QStringLiteral("SELECT COUNT(*) FROM product")), qint64(3));
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDemoData::generate_badOptions_falseWithErrorAndNoFile_data() {
    QTest::addColumn<int>("users");
    QTest::addColumn<QDate>("today");
    QTest::newRow("no users") << 0 << kToday;
    QTest::newRow("negative users") << -1 << kToday;
    QTest::newRow("too many users") << kMaxDemoUsers + 1 << kToday;
    QTest::newRow("invalid today") << kUsers << QDate();
    QTest::newRow("impossible date") << kUsers << QDate(2026, 13, 1);
}

void TestDemoData::generate_badOptions_falseWithErrorAndNoFile() {
    QFETCH(int, users);
    QFETCH(QDate, today);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    DemoOptions options = demoOptions();
    options.users = users;
    options.today = today;
    DemoSummary summary;
    QString error;
    QVERIFY(!generateDemoDatabase(path, options, &summary, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".generating")));
    QVERIFY(QDir(dir.path()).isEmpty());
    QVERIFY(summary.portalUsers.isEmpty());
}

void TestDemoData::generate_missingDirectory_falseWithErrorAndNoLeftover() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/demo.db"));
    DemoSummary summary;
    QString error;
    QVERIFY(!generateDemoDatabase(path, demoOptions(), &summary, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".generating")));
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
