#include "views/finance/period_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace corpcare::views {

using domain::PeriodPreset;

namespace {
constexpr PeriodPreset kPresets[] = {PeriodPreset::ThisMonth, PeriodPreset::LastMonth, PeriodPreset::Last3Months,
                                     PeriodPreset::Last12Months, PeriodPreset::Custom};
}

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_presets(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_today(QDate::currentDate()) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (PeriodPreset preset : kPresets) {
        m_presets->addItem(presetText(preset), int(preset));
    }
    m_presets->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_presets);
    layout->addWidget(periodLabel);
    layout->addWidget(m_presets);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { onDatesEdited(true); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { onDatesEdited(false); });
    m_presets->setCurrentIndex(
        int(std::find(std::begin(kPresets), std::end(kPresets), PeriodPreset::Last3Months) - std::begin(kPresets)));
    applyPreset();
}

QString PeriodPicker::presetText(PeriodPreset preset) {
    switch (preset) {
    case PeriodPreset::ThisMonth:
        return tr("This month");
    case PeriodPreset::LastMonth:
        return tr("Last month");
    case PeriodPreset::Last3Months:
        return tr("Last 3 months");
    case PeriodPreset::Last12Months:
        return tr("Last 12 months");
    case PeriodPreset::Custom:
        return tr("Custom");
    }
    return {};
}

domain::Period PeriodPicker::period() const {
    return {m_from->date(), m_to->date().addDays(1)};
}

PeriodPreset PeriodPicker::preset() const {
    return PeriodPreset(m_presets->currentData().toInt());
}

void PeriodPicker::setPreset(PeriodPreset preset) {
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
}

void PeriodPicker::setCustomPeriod(const domain::Period &period) {
    if (!period.isValid()) {
        return;
    }
    m_updating = true;
    setPreset(PeriodPreset::Custom);
    m_from->setDate(period.start);
    m_to->setDate(period.lastDay());
    m_updating = false;
    emit periodChanged(this->period());
}

void PeriodPicker::setToday(QDate today) {
    m_today = today;
    applyPreset();
}

void PeriodPicker::applyPreset() {
    const bool custom = preset() == PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom) {
        return; // keep the dates shown: the user edits from there
    }
    const domain::Period chosen = domain::presetPeriod(preset(), m_today);
    m_updating = true;
    m_from->setDate(chosen.start);
    m_to->setDate(chosen.lastDay());
    m_updating = false;
    emit periodChanged(period());
}

void PeriodPicker::onDatesEdited(bool startMoved) {
    if (m_updating) {
        return;
    }
    if (m_to->date() < m_from->date()) { // a period never runs backwards: move the other end along
        m_updating = true;
        if (startMoved) {
            m_to->setDate(m_from->date());
        } else {
            m_from->setDate(m_to->date());
        }
        m_updating = false;
    }
    emit periodChanged(period());
}

} // namespace corpcare::views
