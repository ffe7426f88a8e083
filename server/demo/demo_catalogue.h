#pragma once

#include <QString>

#include <array>
#include <utility>

namespace corpcare::server::demo {

// The fixed parts of the demo company: catalogue, departments and names. Amounts in kopecks.
struct TariffSpec {
    const char *name;
    const char *description;
    qint64 monthlyFee;
    qint64 perMinute;
    qint64 perSms;
    qint64 perMegabyte;
    int weight; // how often users have it
};

struct ServiceSpec {
    const char *name;
    const char *description;
    qint64 monthlyFee;
    int percentOfUsers;
};

struct DepartmentSpec {
    const char *name;
    int parentIndex; // -1: directly under the company
    int weight;      // share of the users
};

inline constexpr std::array<TariffSpec, 6> kTariffs{{
    {"Corporate Basic", "Pay as you go for rarely used lines", 25000, 250, 300, 80, 10},
    {"Business Start", "Low fee, moderate usage prices", 35000, 180, 250, 40, 25},
    {"Business 500", "Balanced tariff for most employees", 65000, 150, 200, 10, 35},
    {"Business 1000", "Heavy voice users", 95000, 90, 150, 8, 15},
    {"Business Unlimited", "Managers and sales: lowest usage prices", 190000, 30, 50, 2, 10},
    {"Data Only 20GB", "Tablets and routers", 50000, 500, 400, 3, 5},
}};

inline constexpr std::array<ServiceSpec, 8> kServices{{
    {"International Roaming", "Calls and data abroad", 30000, 18},
    {"Voicemail", "Voice mailbox", 5000, 30},
    {"Mobile Internet+ 10GB", "Extra data package", 40000, 22},
    {"Call Forwarding", "Forward calls to another number", 3000, 12},
    {"Conference Call", "Calls with up to 6 parties", 9000, 8},
    {"SMS Pack 300", "300 SMS a month", 15000, 10},
    {"Hidden Number", "Caller ID restriction", 6000, 5},
    {"Corporate VPN", "Access to the company network", 20000, 15},
}};

// Catalogue rules (profile §6): services that cannot go with a tariff, as (service, tariff) indexes
// into kServices and kTariffs. A data-only line has no voice, so voice services cannot go with it; the
// VPN needs a newer tariff than Corporate Basic. The generator never gives a line such a pair.
inline constexpr int kCorporateBasicTariff = 0;
inline constexpr int kDataOnlyTariff = 5;
inline constexpr std::array<std::pair<int, int>, 5> kIncompatibilities{{
    {0, kDataOnlyTariff},       // Roaming
    {1, kDataOnlyTariff},       // Voicemail
    {3, kDataOnlyTariff},       // Call Forwarding
    {4, kDataOnlyTariff},       // Conference Call
    {7, kCorporateBasicTariff}, // Corporate VPN
}};

constexpr bool isIncompatible(int service, int tariff) {
    for (const auto &[s, t] : kIncompatibilities) {
        if (s == service && t == tariff) {
            return true;
        }
    }
    return false;
}

inline constexpr std::array<DepartmentSpec, 11> kDepartments{{
    {"Management", -1, 3},
    {"Sales", -1, 10},
    {"Sales North", 1, 14},
    {"Sales South", 1, 12},
    {"Logistics", -1, 15},
    {"Warehouse", 4, 12},
    {"Finance", -1, 5},
    {"IT", -1, 7},
    {"Customer Service", -1, 14},
    {"Field Engineering", -1, 6},
    {"Marketing", -1, 2},
}};

inline constexpr std::array<const char *, 4> kCompanyNames{
    {"Northwind Trading LLC", "Volga Logistics JSC", "Aurora Retail Group", "Baltic Engineering LLC"}};

inline constexpr std::array<const char *, 24> kGivenNames{
    {"Alexander", "Anna",      "Dmitry",  "Elena",   "Sergey", "Olga",  "Andrey",  "Maria",
     "Ivan",      "Natalia",   "Mikhail", "Tatiana", "Pavel",  "Irina", "Nikolai", "Svetlana",
     "Alexei",    "Ekaterina", "Viktor",  "Yulia",   "Roman",  "Daria", "Oleg",    "Ksenia"}};

inline constexpr std::array<const char *, 24> kFamilyNames{
    {"Ivanov",  "Smirnov", "Kuznetsov", "Popov",    "Vasiliev", "Petrov",  "Sokolov", "Mikhailov",
     "Novikov", "Fedorov", "Morozov",   "Volkov",   "Alekseev", "Lebedev", "Semenov", "Egorov",
     "Pavlov",  "Kozlov",  "Stepanov",  "Nikolaev", "Orlov",    "Andreev", "Makarov", "Zakharov"}};

// Russian family names agree with the person: Ivanov / Ivanova.
inline QString familyNameFor(const char *base, bool female) {
    return female ? QString::fromLatin1(base) + QLatin1Char('a') : QString::fromLatin1(base);
}

inline bool isFemaleGivenName(int index) {
    return index % 2 == 1;
}

} // namespace corpcare::server::demo
