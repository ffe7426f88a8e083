#pragma once

#include "domain/threshold.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace corpcare::domain {

// The thresholds that apply to one line and the target that gave them (docs/api-profile.md §6: the
// line's own, else its billing account's, else its department's, else the parent departments' up to
// the company's; the first target on that chain with a threshold gives both values).
struct EffectiveThreshold {
    Money first;
    Money second;
    QString thresholdId;
    Ref source; // the target the values were set on
    ThresholdTargetKind sourceKind = ThresholdTargetKind::Product;
    bool operator==(const EffectiveThreshold &) const = default;
};

// Where a line sits in the company, as far as thresholds care: the caller (models/) fills it from
// whatever it has loaded, so this file needs no model.
struct ThresholdChain {
    QString productId;
    QString billingAccountId;
    QString departmentId; // the line's department; empty when unknown
};

// Resolves effective thresholds for many lines: built once from the thresholds and the organizations'
// parents, answers each line with at most a few hash lookups (the organization part is cached per
// organization, because 100,000 lines share a few hundred departments).
class ThresholdResolver {
public:
    // `parentOf`: organization id -> its parent's id (absent or empty for the company). Thresholds
    // given twice for one target: the later one wins, as a POST replaces the earlier on the server.
    ThresholdResolver(const QList<ChargeThreshold> &thresholds, QHash<QString, QString> parentOf);

    std::optional<EffectiveThreshold> resolve(const ThresholdChain &chain) const;
    // The same answer as an index into the thresholds given to the constructor, -1 for none: a table of
    // 100,000 lines keeps one int a line instead of a copy of the values.
    int resolveIndex(const ThresholdChain &chain) const;
    EffectiveThreshold effectiveAt(int index) const;
    // The organization's own threshold or the nearest parent's; a cycle in the parents ends the walk.
    std::optional<EffectiveThreshold> resolveOrganization(const QString &organizationId) const;

    bool isEmpty() const { return m_thresholds.isEmpty(); }

private:
    int organizationIndex(const QString &organizationId) const;

    QList<ChargeThreshold> m_thresholds;
    QHash<QString, QString> m_parentOf;
    QHash<QString, int> m_byProduct;
    QHash<QString, int> m_byAccount;
    QHash<QString, int> m_byOrganization;
    mutable QHash<QString, int> m_organizationCache; // organization -> threshold index or -1
};

// This month's charges against the effective thresholds: Unknown when the charges are not known (or in
// another currency than the thresholds), Below when there is no threshold or the charges do not exceed
// the first, OverFirst when they exceed the first but not the second, OverSecond when they exceed the
// second. "Exceed" is strictly greater, compared exactly in minor units.
ThresholdState thresholdState(const std::optional<Money> &charges, const std::optional<EffectiveThreshold> &threshold);

// Whether a state is at least `level` (OverFirst matches OverFirst and OverSecond: a line over its
// second threshold is over its first too).
bool isAtLeast(ThresholdState state, ThresholdState level);

} // namespace corpcare::domain
