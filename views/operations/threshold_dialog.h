#pragma once

#include "domain/effective_threshold.h"
#include "domain/threshold.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace corpcare::views {

// Two monthly charge thresholds for a target (one line, a selection of lines, an account, a department
// or the company): what applies now and where it comes from, the two amounts, and whether they are
// valid (both positive, the second not below the first) before OK is offered.
class ThresholdDialog : public QDialog {
    Q_OBJECT
public:
    ThresholdDialog(const QString &targetText, const std::optional<domain::EffectiveThreshold> &current,
                    const QString &currency, QWidget *parent = nullptr);

    void setAmounts(const QString &first, const QString &second); // as typed, for tests
    domain::Money first() const;
    domain::Money second() const;
    QString problem() const; // empty when the amounts can be saved

private:
    void validate();

    QString m_currency;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace corpcare::views
