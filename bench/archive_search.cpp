// Search across the offline archive (issue 7 target: a number, a name or a date range answers within
// 100 ms for a year of a 10,000-user company). Builds an archive of that size with the store's own
// writer — 10,000 lines, 12 months × 10 itemization lines and 12 months × 20 usage records per line,
// all sealed as the program seals them — then times each kind of search (best and worst of several
// runs; the first search also reads and opens the 10,000 lines). Not a test.
//
//   build/bench/archive_search [--users 10000] [--months 12] [--runs 7] [--keep DIR]
//
// --keep DIR reuses (or leaves) the archive there instead of building it anew in a temporary folder.
#include "store/archive_search.h"

#include "bench/bench_support.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "store/archive.h"
#include "store/archive_rows.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace corpcare;

namespace {

const QString kRub = QStringLiteral("RUB");
const store::ArchiveOwner kOwner{QStringLiteral("https://bench.example"), QStringLiteral("finance")};
const QString kPassword = QStringLiteral("bench-password");
constexpr int kChargesPerMonth = 10;
constexpr int kUsagePerMonth = 20;

const QStringList kFirstNames{QStringLiteral("Anna"),   QStringLiteral("Ivan"),   QStringLiteral("Maria"),
                              QStringLiteral("Sergey"), QStringLiteral("Olga"),   QStringLiteral("Pavel"),
                              QStringLiteral("Elena"),  QStringLiteral("Dmitry"), QStringLiteral("Natalia"),
                              QStringLiteral("Alexey")};
const QStringList kLastNames{QStringLiteral("Ivanova"),   QStringLiteral("Petrov"),  QStringLiteral("Smirnova"),
                             QStringLiteral("Kuznetsov"), QStringLiteral("Popova"),  QStringLiteral("Sokolov"),
                             QStringLiteral("Lebedeva"),  QStringLiteral("Kozlov"),  QStringLiteral("Novikova"),
                             QStringLiteral("Morozov"),   QStringLiteral("Volkova"), QStringLiteral("Solovyov")};

QString msisdnOf(int line) {
    return QStringLiteral("7910%1").arg(1'000'000 + line, 7, 10, QLatin1Char('0'));
}

QList<store::ArchiveRecord> linesOf(int users, QRandomGenerator &random) {
    QList<store::ArchiveRecord> records;
    for (int i = 0; i < users; ++i) {
        domain::ServiceUser line;
        line.id = QString::number(1000 + i);
        line.msisdn = msisdnOf(i);
        line.startDate = QDate(2024, 1, 1);
        line.tariff = {QStringLiteral("3"), QStringLiteral("Business 500")};
        line.billingAccount = {QString::number(5 + i % 16), QString()};
        line.user = {QString::number(50000 + i), kFirstNames.at(random.bounded(int(kFirstNames.size()))) +
                                                     QLatin1Char(' ') +
                                                     kLastNames.at(random.bounded(int(kLastNames.size())))};
        records.append(store::recordOf(domain::json::toJson(line)));
    }
    return records;
}

QList<store::ArchiveRecord> chargesOf(int users, QDate month, qint64 *nextId, QRandomGenerator &random) {
    QList<store::ArchiveRecord> records;
    records.reserve(qsizetype(users) * kChargesPerMonth);
    for (int i = 0; i < users; ++i) {
        for (int n = 0; n < kChargesPerMonth; ++n) {
            domain::BillItem item;
            item.id = QString::number((*nextId)++);
            item.name = n == 0 ? QStringLiteral("Business 500") : QStringLiteral("Calls");
            item.kind = n == 0 ? domain::ChargeKind::Tariff : domain::ChargeKind::Calls;
            item.type = n == 0 ? domain::ChargeType::Recurring : domain::ChargeType::Usage;
            item.date = QDateTime(month.addMonths(1), QTime(0, 0), QTimeZone::utc());
            item.bill = {QStringLiteral("B%1-%2").arg(5 + i % 16).arg(month.toString(QStringLiteral("yyyyMM"))),
                         QString()};
            item.billingAccount = {QString::number(5 + i % 16), QString()};
            item.product = {QString::number(1000 + i), QString()};
            item.periodStart = month;
            item.periodEnd = month.addMonths(1).addDays(-1);
            const qint64 minor = random.bounded(100, 200'000);
            item.taxExcluded = domain::Money(minor, kRub);
            item.taxIncluded = domain::Money(minor * 6 / 5, kRub);
            records.append(store::recordOf(domain::json::toJson(item)));
        }
    }
    return records;
}

QList<store::ArchiveRecord> usageOf(int users, QDate month, QRandomGenerator &random) {
    QList<store::ArchiveRecord> records;
    records.reserve(qsizetype(users) * kUsagePerMonth);
    for (int i = 0; i < users; ++i) {
        for (int n = 0; n < kUsagePerMonth; ++n) {
            domain::UsageRecord record;
            record.id = QStringLiteral("%1-%2-c-%3").arg(1000 + i).arg(month.toString(QStringLiteral("yyyyMM"))).arg(n);
            record.type = domain::UsageType::Call;
            record.date = QDateTime(month.addDays(random.bounded(month.daysInMonth())), QTime(9, random.bounded(60)),
                                    QTimeZone::utc());
            record.description = QStringLiteral("Call to +7 495 555-%1").arg(random.bounded(1000, 9999));
            record.counterpart = QStringLiteral("7495555%1").arg(random.bounded(1000, 9999));
            record.quantity = random.bounded(10, 900);
            record.product = {QString::number(1000 + i), QString()};
            record.taxExcluded = domain::Money(random.bounded(50, 5000), kRub);
            records.append(store::recordOf(domain::json::toJson(record)));
        }
    }
    return records;
}

bool build(store::Archive *archive, int users, int months) {
    QRandomGenerator random(7);
    QString error;
    const QDate first(2025, 11, 1);
    const auto download = archive->beginDownload({}, {first, first.addMonths(months)}, &error);
    QElapsedTimer timer;
    timer.start();
    if (!download || !archive->storeStep(download->id, QStringLiteral("lines"),
                                         domain::json::collectionPath(domain::json::Resource::Product),
                                         linesOf(users, random), &error)) {
        bench::report(QStringLiteral("cannot build: %1").arg(error));
        return false;
    }
    qint64 nextId = 1;
    qint64 records = users;
    for (int m = 0; m < months; ++m) {
        const QDate month = first.addMonths(m);
        const auto charges = chargesOf(users, month, &nextId, random);
        const auto usage = usageOf(users, month, random);
        records += charges.size() + usage.size();
        if (!archive->storeStep(download->id, QStringLiteral("items:%1").arg(m),
                                domain::json::collectionPath(domain::json::Resource::AppliedCustomerBillingRate),
                                charges, &error) ||
            !archive->storeStep(download->id, QStringLiteral("usage:%1").arg(m),
                                domain::json::collectionPath(domain::json::Resource::Usage), usage, &error)) {
            bench::report(QStringLiteral("cannot build: %1").arg(error));
            return false;
        }
    }
    archive->finishDownload(download->id, &error);
    bench::report(QStringLiteral("built the archive: %1 records in %2 s")
                      .arg(records)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("users"), QStringLiteral("Service users."), QStringLiteral("n"), QStringLiteral("10000")},
         {QStringLiteral("months"), QStringLiteral("Months of data."), QStringLiteral("n"), QStringLiteral("12")},
         {QStringLiteral("runs"), QStringLiteral("Runs of each search."), QStringLiteral("n"), QStringLiteral("7")},
         {QStringLiteral("keep"), QStringLiteral("Keep the archive in this folder."), QStringLiteral("dir")}});
    parser.process(app);
    const int users = parser.value(QStringLiteral("users")).toInt();
    const int months = parser.value(QStringLiteral("months")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTemporaryDir temporary;
    const QString directory =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    const QString path = store::Archive::pathFor(directory, kOwner);
    const bool existed = QFile::exists(path);

    QElapsedTimer timer;
    timer.start();
    auto result = store::Archive::OpenResult::Failed;
    QString error;
    auto archive = store::Archive::open(path, kOwner, kPassword, true, &result, &error);
    if (!archive) {
        bench::report(QStringLiteral("cannot open: %1").arg(error));
        return 1;
    }
    bench::report(QStringLiteral("opened with the password (PBKDF2) in %1 ms").arg(timer.elapsed()));
    if (!existed && !build(archive.get(), users, months)) {
        return 1;
    }
    bench::report(QStringLiteral("archive file: %1 MB").arg(QFileInfo(path).size() / 1'000'000));

    store::ArchiveSearch search(archive.get());
    const domain::Period year{QDate(2025, 11, 1), QDate(2025, 11, 1).addMonths(months)};
    const domain::Period month{QDate(2026, 3, 1), QDate(2026, 4, 1)};
    timer.restart();
    search.prepare(&error);
    bench::report(QStringLiteral("reading and opening the %1 lines (done when the window opens): %2 ms")
                      .arg(users)
                      .arg(timer.elapsed()));
    const QList<std::tuple<QString, QString, domain::Period>> cases{
        {QStringLiteral("a whole number, a year"), QStringLiteral("+7 910 100-43-21"), year},
        {QStringLiteral("part of a number, a year"), QStringLiteral("04321"), year},
        {QStringLiteral("a full name, a year"), QStringLiteral("Maria Popova"), year},
        {QStringLiteral("a surname, a year"), QStringLiteral("kozlov"), year},
        {QStringLiteral("a surname, one month"), QStringLiteral("kozlov"), month},
        {QStringLiteral("a date range only (one month, everyone)"), QString(), month},
    };
    for (const auto &[label, text, period] : cases) {
        qint64 best = -1;
        qint64 worst = 0;
        store::ArchiveSearchResult found;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer one;
            one.start();
            found = search.find(text, period);
            const qint64 ms = one.elapsed();
            best = best < 0 ? ms : qMin(best, ms);
            worst = qMax(worst, ms);
        }
        bench::report(QStringLiteral("%1: %2–%3 ms (%4 lines, %5 records, %6 shown)%7")
                          .arg(label)
                          .arg(best)
                          .arg(worst)
                          .arg(found.lines)
                          .arg(found.total)
                          .arg(found.hits.size())
                          .arg(found.error.isEmpty() ? QString() : QStringLiteral(" error: ") + found.error));
    }
    return 0;
}
