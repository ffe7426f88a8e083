#include "views/operations/threshold_dialog.h"

#include "domain/money_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
// "1 500,50" or "1500.50" as the user types it, in the locale or plainly: minor units, or nothing.
std::optional<qint64> parseAmount(QString text) {
    const QLocale locale;
    text.remove(locale.groupSeparator()).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    text.replace(locale.decimalPoint(), QLatin1String("."));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    return domain::Money::parseMinor(text);
}
} // namespace

ThresholdDialog::ThresholdDialog(const QString &targetText, const std::optional<domain::EffectiveThreshold> &current,
                                 const QString &currency, QWidget *parent)
    : QDialog(parent), m_currency(currency), m_first(new QLineEdit(this)), m_second(new QLineEdit(this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("thresholdDialog"));
    setWindowTitle(tr("Charge thresholds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Monthly charge thresholds for %1.").arg(targetText), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QLocale locale;
    auto *now = new QLabel(
        current ? tr("Now: %1 warns, %2 is critical (set on %3).")
                      .arg(domain::formatMoney(current->first, locale), domain::formatMoney(current->second, locale),
                           current->source.name.isEmpty() ? current->source.id : current->source.name)
                : tr("No threshold applies now."),
        this);
    now->setWordWrap(true);
    layout->addWidget(now);
    auto *form = new QFormLayout;
    form->addRow(tr("&First (warning):"), m_first);
    form->addRow(tr("&Second (critical):"), m_second);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    if (current) {
        m_first->setText(current->first.toDecimalString());
        m_second->setText(current->second.toDecimalString());
    }
    connect(m_first, &QLineEdit::textChanged, this, &ThresholdDialog::validate);
    connect(m_second, &QLineEdit::textChanged, this, &ThresholdDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ThresholdDialog::setAmounts(const QString &first, const QString &second) {
    m_first->setText(first);
    m_second->setText(second);
}

domain::Money ThresholdDialog::first() const {
    return domain::Money(parseAmount(m_first->text()).value_or(0), m_currency);
}

domain::Money ThresholdDialog::second() const {
    return domain::Money(parseAmount(m_second->text()).value_or(0), m_currency);
}

QString ThresholdDialog::problem() const {
    const std::optional<qint64> first = parseAmount(m_first->text());
    const std::optional<qint64> second = parseAmount(m_second->text());
    if (!first || !second) {
        return tr("Write both amounts with at most two decimals, e.g. 1500 or 1500.50.");
    }
    if (*first <= 0 || *second <= 0) {
        return tr("Both amounts must be above zero.");
    }
    if (*second < *first) {
        return tr("The second (critical) threshold cannot be below the first.");
    }
    return {};
}

void ThresholdDialog::validate() {
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace corpcare::views
