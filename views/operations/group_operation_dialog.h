#pragma once

#include "domain/group_operation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace corpcare::views {

// Chooses what a group operation does to the selected lines (tariff, services to add or remove,
// suspend or resume) and shows, before anything is sent, for how many lines it changes what, and which
// lines are left out and why. Send is offered only when something can be sent.
class GroupOperationDialog : public QDialog {
    Q_OBJECT
public:
    GroupOperationDialog(QList<domain::ServiceUser> lines, domain::Catalogue catalogue, bool mayChangeProducts,
                         QWidget *parent = nullptr);

    domain::GroupOperation operation() const;
    const domain::OrderPreview &preview() const { return m_preview; }

    // For tests and for callers that know what they want: the same as ticking the controls.
    void chooseTariff(const QString &offeringId);
    void chooseServices(const QStringList &add, const QStringList &remove);
    void chooseStatus(std::optional<domain::ProductStatus> status);

private:
    void updatePreview();

    QList<domain::ServiceUser> m_lines;
    domain::Catalogue m_catalogue;
    bool m_mayChange;
    domain::OrderPreview m_preview;
    QCheckBox *m_changeTariff;
    QComboBox *m_tariff;
    QListWidget *m_add;
    QListWidget *m_remove;
    QRadioButton *m_keepStatus;
    QRadioButton *m_suspend;
    QRadioButton *m_resume;
    QLabel *m_summary;
    QTableWidget *m_leftOut;
    QDialogButtonBox *m_buttons;
};

} // namespace corpcare::views
