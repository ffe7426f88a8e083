#pragma once

#include "domain/effective_threshold.h"
#include "models/company_data.h"

#include <QObject>

#include <optional>
#include <vector>

namespace corpcare::models {

// The charge thresholds of the company and, for every loaded line, its effective thresholds and where
// its charges stand (domain/effective_threshold.h). Kept beside CompanyData: recomputed when the
// thresholds or the organizations change, extended as pages of users append.
class ThresholdsData : public QObject {
    Q_OBJECT
public:
    explicit ThresholdsData(const CompanyData *data, QObject *parent = nullptr);

    void setThresholds(QList<domain::ChargeThreshold> thresholds);
    const QList<domain::ChargeThreshold> &thresholds() const { return m_thresholds; }

    // By index into CompanyData::serviceUsers().
    domain::ThresholdState stateOf(int userIndex) const { return domain::ThresholdState(m_states[size_t(userIndex)]); }
    std::optional<domain::EffectiveThreshold> effectiveOf(int userIndex) const;
    int userCount() const { return int(m_states.size()); }
    // Lines whose charges exceed exactly this level (OverFirst: over the first but not the second).
    int countIn(domain::ThresholdState state) const;

signals:
    // Every line's state may have changed (new thresholds, a new structure, lines replaced, cleared).
    void recomputed();
    // Lines [first, first + count) got their states (they were appended).
    void usersAdded(int first, int count);

private:
    void rebuildResolver();
    void computeUsers(int first, int count);

    const CompanyData *m_data;
    QList<domain::ChargeThreshold> m_thresholds;
    std::optional<domain::ThresholdResolver> m_resolver;
    std::vector<int> m_effectiveIndex; // by user: index into m_thresholds, -1 for none
    std::vector<quint8> m_states;      // by user: domain::ThresholdState
};

} // namespace corpcare::models
