#include "server/demo/demo_generator.h"

#include "domain/portal_user.h"
#include "server/demo/demo_catalogue.h"
#include "server/demo/demo_state_p.h"
#include "server/security/password_hash.h"
#include "server/store/schema.h"

#include <QFile>

#include <cstdio>

namespace corpcare::server::demo {

using namespace detail;
using store::Database;
using store::Statement;

namespace detail {

namespace {

template <typename Specs>
int weightedPick(DemoRandom &random, const Specs &specs, int total) {
    qint64 pick = random.below(total);
    for (int i = 0; i < int(specs.size()); ++i) {
        pick -= specs[i].weight;
        if (pick < 0) {
            return i;
        }
    }
    return int(specs.size()) - 1;
}

// A unique mobile number per line: n -> (n * 7919 + c) mod 10^8 is a bijection because 7919 is prime
// to 10, so no two lines ever share a number.
QString msisdnOf(qint64 n) {
    return QStringLiteral("791") + QStringLiteral("%1").arg((n * 7919 + 2468013) % 100000000, 8, 10, QLatin1Char('0'));
}

void writeCatalogue(Database &db) {
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO product_offering(id, name, description, kind, lifecycle_status, monthly_fee, price_minute, "
        "price_sms, price_megabyte) VALUES (?, ?, ?, ?, 'Active', ?, ?, ?, ?)"));
    for (int i = 0; i < int(kTariffs.size()); ++i) {
        const TariffSpec &t = kTariffs[size_t(i)];
        insert.bind(1, offeringIdOfTariff(i))
            .bindStatic(2, t.name)
            .bindStatic(3, t.description)
            .bindStatic(4, "tariff");
        insert.bind(5, t.monthlyFee).bind(6, t.perMinute).bind(7, t.perSms).bind(8, t.perMegabyte).run();
        insert.reset();
    }
    for (int i = 0; i < int(kServices.size()); ++i) {
        const ServiceSpec &s = kServices[size_t(i)];
        insert.bind(1, offeringIdOfService(i))
            .bindStatic(2, s.name)
            .bindStatic(3, s.description)
            .bindStatic(4, "service");
        insert.bind(5, s.monthlyFee).bind(6, qint64(0)).bind(7, qint64(0)).bind(8, qint64(0)).run();
        insert.reset();
    }
}

void writeOrganizations(Database &db, DemoCompany &company) {
    DemoRandom random = DemoRandom::keyed(company.options.seed, 0x0C0);
    Statement insert =
        db.prepare(QStringLiteral("INSERT INTO organization(id, parent_id, name, kind) VALUES (?, ?, ?, ?)"));
    insert.bind(1, qint64(1)).bindNull(2).bindStatic(3, kCompanyNames[size_t(random.below(kCompanyNames.size()))]);
    insert.bindStatic(4, "company").run();
    insert.reset();
    for (int i = 0; i < int(kDepartments.size()); ++i) {
        const DepartmentSpec &d = kDepartments[size_t(i)];
        const qint64 id = i + 2;
        insert.bind(1, id).bind(2, d.parentIndex < 0 ? qint64(1) : qint64(d.parentIndex + 2)).bindStatic(3, d.name);
        insert.bindStatic(4, "department").run();
        insert.reset();
        company.departmentIds.push_back(id);
    }
}

// Every department has an account; the big ones have two. Settlement methods rotate so that every
// kind appears several times.
void writeAccounts(Database &db, DemoCompany &company) {
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO billing_account(id, organization_id, name, state, settlement_method, rating_type, payment_status, "
        "currency, balance, credit_limit, expenditure_rate, disconnection_forecast, partial_suspension_level, "
        "min_reconnection_balance, balance_date) VALUES (?, ?, ?, 'active', ?, ?, 'paid', 'RUB', 0, NULL, 0, NULL, 0, "
        "0, ?)"));
    static constexpr Settlement kRotation[] = {Settlement::Postpaid, Settlement::Prepaid, Settlement::Credit};
    for (int i = 0; i < int(kDepartments.size()); ++i) {
        const int copies = kDepartments[size_t(i)].weight >= 12 ? 2 : 1;
        for (int copy = 0; copy < copies; ++copy) {
            DemoAccount account;
            account.id = qint64(company.accounts.size()) + 1;
            account.organizationId = company.departmentIds[size_t(i)];
            account.settlement = kRotation[company.accounts.size() % 3];
            const QString name = QString::fromLatin1(kDepartments[size_t(i)].name) +
                                 (copy == 0 ? QStringLiteral(" — mobile") : QStringLiteral(" — mobile 2"));
            const char *method = account.settlement == Settlement::Prepaid  ? "prepaid"
                                 : account.settlement == Settlement::Credit ? "credit"
                                                                            : "postpaid";
            insert.bind(1, account.id).bind(2, account.organizationId).bind(3, name).bindStatic(4, method);
            insert.bindStatic(5, account.settlement == Settlement::Prepaid ? "prepaid" : "postpaid");
            insert.bind(6, company.options.today.toJulianDay()).run();
            insert.reset();
            company.accounts.push_back(std::move(account));
        }
    }
    company.summary.accounts = qint64(company.accounts.size());
}

void writeLines(Database &db, DemoCompany &company) {
    const DemoOptions &options = company.options;
    Statement individual = db.prepare(
        QStringLiteral("INSERT INTO individual(id, organization_id, given_name, family_name) VALUES (?, ?, ?, ?)"));
    Statement product = db.prepare(QStringLiteral(
        "INSERT INTO product(id, msisdn, individual_id, organization_id, billing_account_id, offering_id, status, "
        "start_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement service = db.prepare(QStringLiteral(
        "INSERT INTO product_service(product_id, offering_id, status, start_date) VALUES (?, ?, 'active', ?)"));

    std::vector<std::vector<int>> accountsOfDepartment(kDepartments.size());
    for (int a = 0; a < int(company.accounts.size()); ++a) {
        accountsOfDepartment[size_t(company.accounts[size_t(a)].organizationId - 2)].push_back(a);
    }
    int departmentWeights = 0;
    for (const auto &d : kDepartments) {
        departmentWeights += d.weight;
    }
    int tariffWeights = 0;
    for (const auto &t : kTariffs) {
        tariffWeights += t.weight;
    }
    const qint64 today = options.today.toJulianDay();
    company.lines.reserve(size_t(options.users));
    for (qint64 n = 1; n <= options.users; ++n) {
        DemoRandom random = DemoRandom::keyed(options.seed, 0x11E, quint64(n));
        const int department = weightedPick(random, kDepartments, departmentWeights);
        const auto &candidates = accountsOfDepartment[size_t(department)];
        DemoLine line;
        line.id = n;
        line.accountIndex = candidates[size_t(random.below(qint64(candidates.size())))];
        line.tariffIndex = weightedPick(random, kTariffs, tariffWeights);
        line.startDate = today - random.between(20, 1500);
        const qint64 organizationId = company.departmentIds[size_t(department)];

        const int given = int(random.below(kGivenNames.size()));
        individual.bind(1, kFirstIndividualId + n).bind(2, organizationId).bindStatic(3, kGivenNames[size_t(given)]);
        individual.bind(
            4, familyNameFor(kFamilyNames[size_t(random.below(kFamilyNames.size()))], isFemaleGivenName(given)));
        individual.run();
        individual.reset();

        product.bind(1, n).bind(2, msisdnOf(n)).bind(3, kFirstIndividualId + n).bind(4, organizationId);
        product.bind(5, company.accounts[size_t(line.accountIndex)].id).bind(6, offeringIdOfTariff(line.tariffIndex));
        product.bindStatic(7, random.chance(3) ? "suspended" : "active").bind(8, line.startDate).run();
        product.reset();

        for (int s = 0; s < int(kServices.size()); ++s) {
            if (random.chance(kServices[size_t(s)].percentOfUsers) && !isIncompatible(s, line.tariffIndex)) {
                line.services |= 1u << s;
                line.serviceStart[s] = qMin(today, line.startDate + random.between(0, 400));
                service.bind(1, n).bind(2, offeringIdOfService(s)).bind(3, line.serviceStart[s]).run();
                service.reset();
            }
        }
        company.accounts[size_t(line.accountIndex)].products.push_back(qint64(company.lines.size()));
        company.lines.push_back(line);
    }
    company.summary.products = qint64(company.lines.size());
}

void writeMeta(Database &db, const DemoCompany &company) {
    Statement insert = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("schema_version"), QString::number(store::kSchemaVersion)},
        {QStringLiteral("seed"), QString::number(company.options.seed)},
        {QStringLiteral("users"), QString::number(company.options.users)},
        {QStringLiteral("today"), company.options.today.toString(Qt::ISODate)},
        {QStringLiteral("currency"), QStringLiteral("RUB")},
    };
    for (const auto &[key, value] : values) {
        insert.bind(1, key).bind(2, value).run();
        insert.reset();
    }
}

} // namespace

void writeCompany(Database &db, DemoCompany &company) {
    writeMeta(db, company);
    writeCatalogue(db);
    writeOrganizations(db, company);
    writeAccounts(db, company);
    writeLines(db, company);
}

void writePortalUsers(Database &db, DemoCompany &company) {
    struct Spec {
        const char *login;
        const char *name;
        const char *role;
        qint64 organizationId;
        QStringList permissions;
    };
    namespace role = domain::role;
    const QStringList all = role::permissionsOf(role::companyAdministrator);
    const QStringList head = role::permissionsOf(role::departmentHead);
    const QStringList finance = role::permissionsOf(role::finance);
    // Sales (id 3, with its two sub-departments) and Logistics (id 6, with Warehouse).
    const Spec specs[] = {
        {"admin", "Company Administrator", "companyAdministrator", 1, all},
        {"finance", "Finance Controller", "finance", 1, finance},
        {"head.sales", "Head of Sales", "departmentHead", 3, head},
        {"head.logistics", "Head of Logistics", "departmentHead", 6, head},
    };
    Statement user = db.prepare(
        QStringLiteral("INSERT INTO portal_user(id, login, name, role, password_hash) VALUES (?, ?, ?, ?, ?)"));
    Statement grant =
        db.prepare(QStringLiteral("INSERT INTO portal_grant(user_id, kind, object_id) VALUES (?, 'Organization', ?)"));
    Statement permission =
        db.prepare(QStringLiteral("INSERT INTO portal_permission(user_id, permission) VALUES (?, ?)"));
    Statement orgName = db.prepare(QStringLiteral("SELECT name FROM organization WHERE id = ?"));
    qint64 id = 0;
    for (const Spec &spec : specs) {
        ++id;
        user.bind(1, id).bindStatic(2, spec.login).bindStatic(3, spec.name).bindStatic(4, spec.role);
        user.bind(5, security::hashPassword(company.options.password)).run();
        user.reset();
        grant.bind(1, id).bind(2, spec.organizationId).run();
        grant.reset();
        company.portalUsers.emplace_back(id, spec.organizationId);
        for (const QString &name : spec.permissions) {
            permission.bind(1, id).bind(2, name).run();
            permission.reset();
        }
        orgName.bind(1, spec.organizationId);
        const QString scope = orgName.step() ? orgName.text(0) : QString();
        orgName.reset();
        company.summary.portalUsers.append(
            {QString::fromLatin1(spec.login), company.options.password, QString::fromLatin1(spec.role), scope});
    }
}

} // namespace detail

namespace {
// Puts the finished database in place of the old one in one step where the system allows it, so that
// a reader never finds no database at all.
bool replaceFile(const QString &from, const QString &to) {
    QFile::remove(to + QStringLiteral("-wal")); // the old database's journal must not meet the new file
    QFile::remove(to + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0) {
        return true;
    }
    return QFile::remove(to) && QFile::rename(from, to); // systems whose rename does not replace
}
} // namespace

bool generateDemoDatabase(const QString &path, const DemoOptions &options, DemoSummary *summary, QString *error) {
    if (options.users < 1 || options.users > kMaxDemoUsers || !options.today.isValid()) {
        *error = QStringLiteral("the demo needs 1 to %1 users and a valid date").arg(kMaxDemoUsers);
        return false;
    }
    const QString building = path + QStringLiteral(".generating");
    QFile::remove(building);
    try {
        DemoCompany company;
        company.options = options;
        company.currentMonth = QDate(options.today.year(), options.today.month(), 1);
        {
            auto db = Database::open(building, Database::Mode::Create);
            // A side file nobody reads yet: no journal, no syncs; the rename below is the commit.
            db->exec(
                QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                               "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF"));
            store::createSchema(*db);
            db->exec(QStringLiteral("BEGIN"));
            writeCompany(*db, company);
            writeBillingHistory(*db, company);
            writeAccountFigures(*db, company);
            writePortalUsers(*db, company);
            writeNewsAndComments(*db, company);
            writeOperations(*db, company);
            db->exec(QStringLiteral("COMMIT"));
            store::createIndexes(*db);
            db->exec(QStringLiteral("ANALYZE"));
            store::configureForServing(*db);
        }
        if (!replaceFile(building, path)) {
            QFile::remove(building);
            *error = QStringLiteral("cannot move the new database to %1").arg(path);
            return false;
        }
        *summary = company.summary;
        return true;
    } catch (const store::SqlError &e) {
        QFile::remove(building);
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

} // namespace corpcare::server::demo
