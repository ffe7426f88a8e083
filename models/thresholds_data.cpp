#include "models/thresholds_data.h"

#include <algorithm>

namespace corpcare::models {

ThresholdsData::ThresholdsData(const CompanyData *data, QObject *parent) : QObject(parent), m_data(data) {
    connect(data, &CompanyData::serviceUsersAppended, this, [this](int first, int count) {
        computeUsers(first, count);
        emit usersAdded(first, count);
    });
    connect(data, &CompanyData::serviceUsersChanged, this, [this](const QList<int> &indexes) {
        for (int index : indexes) {
            computeUsers(index, 1);
        }
        emit recomputed(); // the over-threshold list may gain or lose any of them
    });
    connect(data, &CompanyData::organizationsChanged, this, [this] {
        rebuildResolver();
        computeUsers(0, int(m_data->serviceUsers().size()));
        emit recomputed();
    });
    connect(data, &CompanyData::cleared, this, [this] {
        m_thresholds.clear();
        rebuildResolver();
        computeUsers(0, 0);
        emit recomputed();
    });
    rebuildResolver();
    computeUsers(0, int(data->serviceUsers().size()));
}

void ThresholdsData::setThresholds(QList<domain::ChargeThreshold> thresholds) {
    m_thresholds = std::move(thresholds);
    rebuildResolver();
    computeUsers(0, int(m_data->serviceUsers().size()));
    emit recomputed();
}

void ThresholdsData::rebuildResolver() {
    QHash<QString, QString> parentOf;
    for (const domain::Organization &organization : m_data->organizations()) {
        parentOf.insert(organization.id, organization.parent.id);
    }
    m_resolver.emplace(m_thresholds, std::move(parentOf));
}

void ThresholdsData::computeUsers(int first, int count) {
    const auto &users = m_data->serviceUsers();
    m_effectiveIndex.resize(users.size(), -1);
    m_states.resize(users.size(), quint8(domain::ThresholdState::Unknown));
    for (int i = first; i < first + count; ++i) {
        const domain::ServiceUser &user = users[size_t(i)];
        const int index = m_resolver->resolveIndex({user.id, user.billingAccount.id, user.department.id});
        m_effectiveIndex[size_t(i)] = index;
        const auto effective = index < 0 ? std::nullopt : std::optional(m_resolver->effectiveAt(index));
        m_states[size_t(i)] = quint8(domain::thresholdState(user.currentCharges, effective));
    }
}

std::optional<domain::EffectiveThreshold> ThresholdsData::effectiveOf(int userIndex) const {
    const int index = m_effectiveIndex[size_t(userIndex)];
    return index < 0 ? std::nullopt : std::optional(m_resolver->effectiveAt(index));
}

int ThresholdsData::countIn(domain::ThresholdState state) const {
    return int(std::count(m_states.begin(), m_states.end(), quint8(state)));
}

} // namespace corpcare::models
