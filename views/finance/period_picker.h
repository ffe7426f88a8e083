#pragma once

#include "domain/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace corpcare::views {

// A period: a preset (this month, last month, the last 3 or 12 whole months) or custom dates. The
// dates show the first and the last day, both included, as people say them; period() is [start, end).
class PeriodPicker : public QWidget {
    Q_OBJECT
public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    domain::Period period() const;
    domain::PeriodPreset preset() const;
    void setPreset(domain::PeriodPreset preset);
    void setCustomPeriod(const domain::Period &period);
    // The day the presets count from (today, unless a test says otherwise).
    void setToday(QDate today);

    static QString presetText(domain::PeriodPreset preset);

signals:
    void periodChanged(const corpcare::domain::Period &period);

private:
    void applyPreset();
    void onDatesEdited(bool startMoved);

    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDate m_today;
    bool m_updating = false;
};

} // namespace corpcare::views
