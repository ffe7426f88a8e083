#pragma once

#include "domain/money.h"
#include "domain/product.h"
#include "domain/threshold.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace corpcare::domain {

// A search over the company's service users (issue 5). Every condition that is set must hold (AND);
// a list condition holds when any of its values does (OR inside a list). An empty list or an unset
// bound is no condition. The ids are the wire ids of offerings, organizations and accounts.
struct UserSearch {
    QStringList tariffIds;
    QList<ProductStatus> statuses;
    QStringList servicesAll;   // the line has every one of these services
    QStringList servicesNone;  // the line has none of these services
    QStringList departmentIds; // each with its subdepartments
    QStringList accountIds;
    // OverFirst: this month's charges exceed the first threshold (so also lines over the second);
    // OverSecond: they exceed the second (isAtLeast in effective_threshold.h).
    QList<ThresholdState> thresholdStates;
    std::optional<Money> chargesMin; // inclusive; a line whose charges are unknown never matches a bound
    std::optional<Money> chargesMax; // inclusive
    QString text;                    // a substring of the number or the name, case-insensitive (SearchText)

    bool isEmpty() const;
    bool operator==(const UserSearch &) const = default;

    // For saved searches: enums as their wire strings, money as {"unit", "value"} like the profile.
    QJsonObject toJson() const;
    // Unknown keys are ignored (a newer program's search still opens); a wrong type or value is an
    // error, said in `error`.
    static std::optional<UserSearch> fromJson(const QJsonObject &object, QString *error = nullptr);

    // "Tariff: Start or Business 500 · Active · has Roaming · over first threshold · 'ivan'": names
    // come from `nameOf` (an id -> its name; the id itself when it returns an empty string).
    using NameOf = std::function<QString(const QString &id)>;
    struct Names {
        NameOf offering;
        NameOf organization;
        NameOf account;
    };
    QString summary(const Names &names = {}) const;
};

// The text condition, prepared once: the lower-case text is looked for in the lower-case number (as
// stored and as formatted) and name; when the text is only digits and number punctuation
// ("+7 916 123-45", "(916) 123"), its digits are also looked for in the stored digits, so a number
// matches with or without formatting.
struct SearchText {
    explicit SearchText(const QString &text);
    QString lower;  // trimmed and lower-cased; empty: no condition
    QString digits; // the digits when the text is a number, else empty
    bool isEmpty() const { return lower.isEmpty(); }

    // What the lower-case text is looked for in: one line, "digits\nformatted\nname".
    static QString haystackOf(const QString &msisdn, const QString &name);
    bool matches(const QString &msisdn, const QString &name) const;
};

// The reference evaluation of a search over one line, row by row: the index in models/ must give the
// same answer, and its test compares them. `departments` is the searched departments with all their
// subdepartments; `state` is the line's ThresholdState (effective_threshold.h).
class SearchMatcher {
public:
    SearchMatcher(const UserSearch &search, QStringList departmentsWithSubtrees);
    bool matches(const ServiceUser &user, ThresholdState state) const;

private:
    UserSearch m_search;
    QStringList m_departments;
    SearchText m_text;
};

// Whether charges lie in [min, max], each bound open when unset; unknown charges never do when a bound
// is set. Money in another currency than a bound never does either.
bool chargesInRange(const std::optional<Money> &charges, const std::optional<Money> &min,
                    const std::optional<Money> &max);

} // namespace corpcare::domain
