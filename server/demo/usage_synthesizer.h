#pragma once

#include "server/demo/demo_random.h"

#include <QDate>

namespace corpcare::server::demo {

// Tax-excluded prices of the tariff a line had in a month, in minor units.
struct UsagePricing {
    qint64 perMinute = 0;
    qint64 perSms = 0;
    qint64 perMegabyte = 0;
};

enum class SyntheticKind { Call = 0, Sms = 1, Data = 2 };

struct SyntheticRecord {
    SyntheticKind kind;
    int sequence;         // per kind within the month: part of the stable id
    qint64 secondOfMonth; // offset from the month's first midnight, UTC
    qint64 quantity;      // calls: seconds; SMS: 1; data: kilobytes
    quint64 counterpart;  // calls and SMS: the other number; 0 for data
    qint64 amount;        // tax excluded, minor units
};

struct UsageTotals {
    qint64 calls = 0;
    qint64 sms = 0;
    qint64 data = 0;
};

// Usage records are not stored: they are derived from the demo seed, the line and the month, the same
// every time (DESIGN.md §4). The generator sums them into the bills' usage lines and the usage
// resource lists them, so a bill's "Calls" line always equals the sum of that month's call records.
// A month's records are drawn for the whole month; "until" keeps those before a day (the current
// month grows day by day without changing the days already past).
class UsageSynthesizer {
public:
    explicit UsageSynthesizer(quint64 seed) : m_seed(seed) {}

    template <typename Visit>
    void forEach(qint64 productId, QDate monthStart, QDate until, const UsagePricing &pricing, Visit &&visit) const {
        const int days = monthStart.daysInMonth();
        const qint64 limitSecond = qint64(qBound<qint64>(0, monthStart.daysTo(until), qint64(days))) * 86400;
        const double activity = activityOf(productId);
        for (int kind = 0; kind < 3; ++kind) {
            DemoRandom random =
                DemoRandom::keyed(m_seed, quint64(productId), quint64(monthKey(monthStart)), quint64(kind));
            const int count = int(activity * kMonthlyMean[kind] * (0.7 + 0.6 * random.unit()) * days / 30.0);
            for (int i = 0; i < count; ++i) {
                SyntheticRecord record{};
                record.kind = SyntheticKind(kind);
                record.sequence = i + 1;
                record.secondOfMonth = random.below(qint64(days) * 86400);
                switch (record.kind) {
                case SyntheticKind::Call: {
                    const double x = random.unit();
                    record.quantity = 5 + qint64(x * x * x * 1800.0);
                    record.counterpart = 79000000000ULL + quint64(random.below(999999999));
                    record.amount = ((record.quantity + 59) / 60) * pricing.perMinute;
                    break;
                }
                case SyntheticKind::Sms:
                    record.quantity = 1;
                    record.counterpart = 79000000000ULL + quint64(random.below(999999999));
                    record.amount = pricing.perSms;
                    break;
                case SyntheticKind::Data: {
                    const double x = random.unit();
                    record.quantity = 20 + qint64(x * x * 60000.0);
                    record.amount = ((record.quantity + 1023) / 1024) * pricing.perMegabyte;
                    break;
                }
                }
                if (record.secondOfMonth < limitSecond) {
                    visit(record);
                }
            }
        }
    }

    UsageTotals totals(qint64 productId, QDate monthStart, QDate until, const UsagePricing &pricing) const {
        UsageTotals sum;
        forEach(productId, monthStart, until, pricing, [&sum](const SyntheticRecord &record) {
            (record.kind == SyntheticKind::Call  ? sum.calls
             : record.kind == SyntheticKind::Sms ? sum.sms
                                                 : sum.data) += record.amount;
        });
        return sum;
    }

    static int monthKey(QDate monthStart) { return monthStart.year() * 100 + monthStart.month(); }

private:
    static constexpr double kMonthlyMean[3] = {55.0, 14.0, 28.0};

    // How busy a line is: from 0.15 (a rarely used SIM) to 2.0 (a sales phone), fixed per line.
    double activityOf(qint64 productId) const {
        DemoRandom random = DemoRandom::keyed(m_seed, quint64(productId), 0xAC71);
        const double x = random.unit();
        return 0.15 + 1.85 * x * x;
    }

    quint64 m_seed;
};

} // namespace corpcare::server::demo
