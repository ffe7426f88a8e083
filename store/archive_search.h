#pragma once

#include "domain/money.h"
#include "domain/period.h"
#include "domain/product.h"
#include "domain/usage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace corpcare::store {

class Archive;

// One thing found in the archive: a charge (itemization line) or a call, SMS or data session.
struct ArchiveHit {
    enum class Kind { Charge, Usage };
    Kind kind = Kind::Charge;
    QString productId;
    QString msisdn;
    QString name; // the line's user
    QDate day;
    QString description;
    domain::Money amount; // charges: tax included; usage: tax excluded, as the profile gives it
    domain::UsageType usageType = domain::UsageType::Call; // usage only
};

struct ArchiveSearchResult {
    int lines = 0;            // service users whose number or name matched
    qint64 total = 0;         // records of those lines within the period (at most ArchiveSearch::kCountCap)
    bool totalCapped = false; // there are more than kCountCap
    QList<ArchiveHit> hits;   // the first `limit` of them, newest first
    QString error;
};

// "Search across the archive" (issue 7): a number or a name (the same rule as the program's search,
// domain::SearchText) and a period give the charges and usage records of the matching lines, newest
// first. The lines are read from the archive once (they are sealed, so SQLite cannot look into them);
// the records are then found through the archive's (kind, product, day) index and only the shown ones
// are opened. Not thread-safe: use one object on one thread (the archive's).
class ArchiveSearch {
public:
    explicit ArchiveSearch(Archive *archive);

    static constexpr int kDefaultLimit = 1000;
    static constexpr qint64 kCountCap = 10'000; // counting further costs time and tells nobody more
    static constexpr int kFewLinesPercent = 2;  // up to this share of lines, go line by line
    ArchiveSearchResult find(const QString &text, const domain::Period &period, int limit = kDefaultLimit);
    // Reads the lines now (the first find() would), so that the first search the user runs is quick.
    bool prepare(QString *error) { return loadLines(error); }

private:
    bool loadLines(QString *error);

    Archive *m_archive;
    std::optional<std::vector<domain::ServiceUser>> m_lines;
};

} // namespace corpcare::store
