#include "server/demo/demo_catalogue.h"
#include "server/demo/demo_state_p.h"

#include <QTimeZone>

#include <algorithm>

// The demo's news (the operator's announcements) and the comments its portal users left on accounts
// and lines. Deterministic for (seed, today, users) like the rest of the demo; times are in the past
// of --today.
namespace corpcare::server::demo::detail {

using store::Database;
using store::Statement;

namespace {

constexpr int kComments = 20;

// The organization and every organization under it (the company, id 1, holds all of them).
bool inSubtree(qint64 organizationId, qint64 rootId) {
    if (rootId == 1) {
        return true;
    }
    for (qint64 id = organizationId; id >= 2;) {
        if (id == rootId) {
            return true;
        }
        const int parent = kDepartments[size_t(id - 2)].parentIndex;
        id = parent < 0 ? 1 : parent + 2;
    }
    return false;
}

qint64 secondsAt(QDate day, qint64 secondOfDay) {
    return day.startOfDay(QTimeZone::utc()).toSecsSinceEpoch() + secondOfDay;
}

QString day(QDate date) {
    return date.toString(QStringLiteral("d MMMM yyyy"));
}

void writeNews(Database &db, const DemoCompany &company) {
    const QDate today = company.options.today;
    DemoRandom random = DemoRandom::keyed(company.options.seed, 0x4E5, quint64(today.toJulianDay()));
    // Oldest first, so that id order is publication order; every one within the last 60 days.
    struct Item {
        int daysBack;
        QString title;
        QString body;
    };
    const auto published = [&](int from, int to) { return today.addDays(-random.between(from, to)); };
    QList<Item> items;
    {
        const QDate at = published(50, 58);
        items.append({int(at.daysTo(today)), QStringLiteral("New roaming packages for business travel"),
                      QStringLiteral("From %1 International Roaming includes 1 GB of mobile data a day in 40 "
                                     "countries at no extra charge. Lines that already have the service get the "
                                     "package automatically; the monthly fee stays 300.00 RUB.")
                          .arg(day(at.addDays(7)))});
    }
    {
        const QDate at = published(36, 44);
        const QDate from = QDate(at.year(), at.month(), 1).addMonths(1);
        items.append({int(at.daysTo(today)),
                      QStringLiteral("Business 500 and Business 1000: new prices from %1").arg(day(from)),
                      QStringLiteral("From %1 the monthly fee of Business 500 is 690.00 RUB and of Business 1000 "
                                     "990.00 RUB (tax excluded). Usage prices do not change. Until the end of that "
                                     "month any line can move to another tariff free of charge.")
                          .arg(day(from))});
    }
    {
        const QDate at = published(20, 28);
        items.append({int(at.daysTo(today)), QStringLiteral("Scheduled maintenance on %1").arg(day(at.addDays(5))),
                      QStringLiteral("The self-service portal and the billing API are unavailable on %1 from 01:00 "
                                     "to 05:00 Moscow time. Calls, SMS and mobile data are not affected; payments "
                                     "made during the window appear on the accounts after it.")
                          .arg(day(at.addDays(5)))});
    }
    {
        const QDate at = published(9, 15);
        items.append({int(at.daysTo(today)), QStringLiteral("Corporate VPN in every region"),
                      QStringLiteral("Corporate VPN now works on the whole network, the new regions included. "
                                     "Lines that have the service need no new settings.")});
    }
    {
        const QDate at = published(1, 4);
        const QDate nextMonth = QDate(today.year(), today.month(), 1).addMonths(1);
        items.append({int(at.daysTo(today)),
                      QStringLiteral("Bills for %1").arg(today.toString(QStringLiteral("MMMM yyyy"))),
                      QStringLiteral("Bills for %1 are issued on %2 in electronic form and can be downloaded from the "
                                     "portal the same day. Paper copies are sent on request.")
                          .arg(today.toString(QStringLiteral("MMMM yyyy")), day(nextMonth))});
    }

    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO news(id, title, body, published_at, audience) VALUES (?, ?, ?, ?, 'corporate')"));
    qint64 id = 0;
    for (const Item &item : std::as_const(items)) {
        const qint64 at = secondsAt(today.addDays(-item.daysBack), random.between(8 * 3600, 18 * 3600));
        insert.bind(1, ++id).bind(2, item.title).bind(3, item.body).bind(4, at).run();
        insert.reset();
    }
}

constexpr const char *kAccountNotes[] = {
    "Asked finance to move the payment date to the 20th of each month.",
    "Credit limit increase requested from the operator, ticket 4471.",
    "Top-up arrived on time; balance checked.",
    "Partial suspension warning received, payment scheduled for tomorrow.",
    "Invoice copy sent to the accountant by e-mail.",
    "Unusually high data charges this month: reviewing the lines.",
};

constexpr const char *kLineNotes[] = {
    "Travels to Kazakhstan next week: roaming switched on until the end of the month.",
    "SIM card replaced after the phone was lost; the number stays the same.",
    "On parental leave from the 1st: suspend the line then.",
    "Over 900 minutes a month three months in a row: move to Business 1000.",
    "Asked for the itemized call list of the last quarter.",
    "Data spike checked with the user: video conferences, expected.",
    "Line handed over to a new team member.",
    "Ask for the SIM card back when the employee leaves.",
};

void writeComments(Database &db, const DemoCompany &company) {
    struct Note {
        qint64 createdAt = 0;
        const char *kind = "BillingAccount";
        qint64 targetId = 0;
        qint64 authorId = 0;
        const char *text = "";
    };
    const QDate today = company.options.today;
    std::vector<Note> notes;
    for (int i = 0; i < kComments && !company.portalUsers.empty(); ++i) {
        DemoRandom random = DemoRandom::keyed(company.options.seed, 0xC03, quint64(i), quint64(today.toJulianDay()));
        const auto &[authorId, organizationId] = company.portalUsers[size_t(i) % company.portalUsers.size()];
        std::vector<const DemoAccount *> visible;
        for (const DemoAccount &account : company.accounts) {
            if (inSubtree(account.organizationId, organizationId)) {
                visible.push_back(&account);
            }
        }
        if (visible.empty()) {
            continue;
        }
        const DemoAccount &account = *visible[size_t(random.below(qint64(visible.size())))];
        Note note;
        note.authorId = authorId;
        note.createdAt = secondsAt(today.addDays(-random.between(1, 45)), random.between(8 * 3600, 19 * 3600));
        if (random.chance(60) && !account.products.empty()) {
            const qint64 line = account.products[size_t(random.below(qint64(account.products.size())))];
            note.kind = "Product";
            note.targetId = company.lines[size_t(line)].id;
            note.text = kLineNotes[random.below(std::size(kLineNotes))];
        } else {
            note.targetId = account.id;
            note.text = kAccountNotes[random.below(std::size(kAccountNotes))];
        }
        notes.push_back(note);
    }
    // Ids in the order the comments were written.
    std::stable_sort(notes.begin(), notes.end(),
                     [](const Note &a, const Note &b) { return a.createdAt < b.createdAt; });
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO comment(id, target_kind, target_id, author_id, created_at, text) VALUES (?, ?, ?, ?, ?, ?)"));
    qint64 id = 0;
    for (const Note &note : notes) {
        insert.bind(1, ++id).bindStatic(2, note.kind).bind(3, note.targetId).bind(4, note.authorId);
        insert.bind(5, note.createdAt).bindStatic(6, note.text).run();
        insert.reset();
    }
}

} // namespace

void writeNewsAndComments(Database &db, const DemoCompany &company) {
    writeNews(db, company);
    writeComments(db, company);
}

} // namespace corpcare::server::demo::detail
