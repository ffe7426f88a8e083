#pragma once

#include "server/demo/demo_generator.h"
#include "server/demo/usage_synthesizer.h"
#include "server/store/sqlite.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

// What the demo generator keeps in memory between its steps (private to server/demo).
namespace corpcare::server::demo::detail {

inline constexpr int kTaxBasisPoints = 2000;            // VAT 20 %
inline constexpr qint64 kFirstIndividualId = 1'000'000; // never collides with organization ids

enum class Settlement { Prepaid, Postpaid, Credit };

struct DemoAccount {
    qint64 id = 0;
    qint64 organizationId = 0;
    Settlement settlement = Settlement::Postpaid;
    std::vector<qint64> products; // indexes into DemoCompany::lines
    // Filled by the billing step:
    qint64 lastBillTotal = 0;
    qint64 unbilledTotal = 0;
    qint64 unpaidRemaining = 0;
    qint64 oldestUnpaidDue = 0; // Julian day, 0 when nothing is unpaid
    qint64 averageBill = 0;
};

struct DemoLine {
    qint64 id = 0;
    int accountIndex = 0;
    int tariffIndex = 0;
    quint32 services = 0;        // bit i: kServices[i]
    qint64 serviceStart[8] = {}; // Julian days
    qint64 startDate = 0;        // Julian day
};

struct DemoCompany {
    DemoOptions options;
    QDate currentMonth; // first day of today's month
    std::vector<qint64> departmentIds;
    std::vector<DemoAccount> accounts;
    std::vector<DemoLine> lines;
    std::vector<std::pair<qint64, qint64>> portalUsers; // {portal user id, granted organization id}
    DemoSummary summary;
};

inline qint64 offeringIdOfTariff(int index) {
    return index + 1;
}
inline qint64 offeringIdOfService(int index) {
    return 100 + index + 1;
}

// Steps of the generator, in order. Each works inside the one open transaction.
void writeCompany(store::Database &db, DemoCompany &company);
void writeBillingHistory(store::Database &db, DemoCompany &company);
void writeAccountFigures(store::Database &db, DemoCompany &company);
void writePortalUsers(store::Database &db, DemoCompany &company);
void writeNewsAndComments(store::Database &db, const DemoCompany &company);
void writeOperations(store::Database &db, const DemoCompany &company); // thresholds, catalogue rules

} // namespace corpcare::server::demo::detail
