#include "domain/effective_threshold.h"

#include <QSet>

namespace corpcare::domain {

ThresholdResolver::ThresholdResolver(const QList<ChargeThreshold> &thresholds, QHash<QString, QString> parentOf)
    : m_thresholds(thresholds), m_parentOf(std::move(parentOf)) {
    for (int i = 0; i < int(m_thresholds.size()); ++i) {
        const ChargeThreshold &threshold = m_thresholds.at(i);
        if (threshold.target.isNull()) {
            continue;
        }
        switch (threshold.targetKind) {
        case ThresholdTargetKind::Product:
            m_byProduct.insert(threshold.target.id, i);
            break;
        case ThresholdTargetKind::BillingAccount:
            m_byAccount.insert(threshold.target.id, i);
            break;
        case ThresholdTargetKind::Organization:
            m_byOrganization.insert(threshold.target.id, i);
            break;
        }
    }
}

EffectiveThreshold ThresholdResolver::effectiveAt(int index) const {
    const ChargeThreshold &threshold = m_thresholds.at(index);
    return {threshold.first, threshold.second, threshold.id, threshold.target, threshold.targetKind};
}

int ThresholdResolver::organizationIndex(const QString &organizationId) const {
    if (organizationId.isEmpty()) {
        return -1;
    }
    auto cached = m_organizationCache.constFind(organizationId);
    if (cached == m_organizationCache.constEnd()) {
        int found = -1;
        QSet<QString> seen;
        for (QString id = organizationId; !id.isEmpty() && !seen.contains(id); id = m_parentOf.value(id)) {
            seen.insert(id);
            found = m_byOrganization.value(id, -1);
            if (found >= 0) {
                break;
            }
        }
        cached = m_organizationCache.insert(organizationId, found);
    }
    return *cached;
}

std::optional<EffectiveThreshold> ThresholdResolver::resolveOrganization(const QString &organizationId) const {
    const int index = organizationIndex(organizationId);
    return index < 0 ? std::nullopt : std::optional(effectiveAt(index));
}

int ThresholdResolver::resolveIndex(const ThresholdChain &chain) const {
    if (!chain.productId.isEmpty()) {
        const int own = m_byProduct.value(chain.productId, -1);
        if (own >= 0) {
            return own;
        }
    }
    if (!chain.billingAccountId.isEmpty()) {
        const int account = m_byAccount.value(chain.billingAccountId, -1);
        if (account >= 0) {
            return account;
        }
    }
    return organizationIndex(chain.departmentId);
}

std::optional<EffectiveThreshold> ThresholdResolver::resolve(const ThresholdChain &chain) const {
    const int index = resolveIndex(chain);
    return index < 0 ? std::nullopt : std::optional(effectiveAt(index));
}

ThresholdState thresholdState(const std::optional<Money> &charges, const std::optional<EffectiveThreshold> &threshold) {
    if (!charges) {
        return ThresholdState::Unknown;
    }
    if (!threshold) {
        return ThresholdState::Below;
    }
    const auto sameCurrency = [&charges](const Money &limit) {
        return charges->currency().isEmpty() || limit.currency().isEmpty() || charges->currency() == limit.currency();
    };
    if (!sameCurrency(threshold->first) || !sameCurrency(threshold->second)) {
        return ThresholdState::Unknown; // comparing roubles with euros would be a guess
    }
    if (charges->minor() > threshold->second.minor()) {
        return ThresholdState::OverSecond;
    }
    if (charges->minor() > threshold->first.minor()) {
        return ThresholdState::OverFirst;
    }
    return ThresholdState::Below;
}

bool isAtLeast(ThresholdState state, ThresholdState level) {
    switch (level) {
    case ThresholdState::OverFirst:
        return state == ThresholdState::OverFirst || state == ThresholdState::OverSecond;
    case ThresholdState::OverSecond:
        return state == ThresholdState::OverSecond;
    case ThresholdState::Below:
    case ThresholdState::Unknown:
        break;
    }
    return state == level;
}

} // namespace corpcare::domain
