#include "views/operations/group_operation_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace corpcare::views {

namespace {

QListWidget *serviceList(const domain::Catalogue &catalogue, QWidget *parent) {
    auto *list = new QListWidget(parent);
    QList<domain::ProductOffering> services;
    for (const domain::ProductOffering &offering : catalogue) {
        if (offering.kind == domain::OfferingKind::Service) {
            services.append(offering);
        }
    }
    std::sort(services.begin(), services.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const domain::ProductOffering &service : services) {
        auto *item = new QListWidgetItem(service.name, list);
        item->setData(Qt::UserRole, service.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QStringList checkedIds(const QListWidget *list) {
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked) {
            ids.append(list->item(row)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

void check(QListWidget *list, const QStringList &ids) {
    for (int row = 0; row < list->count(); ++row) {
        list->item(row)->setCheckState(ids.contains(list->item(row)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                    : Qt::Unchecked);
    }
}

} // namespace

GroupOperationDialog::GroupOperationDialog(QList<domain::ServiceUser> lines, domain::Catalogue catalogue,
                                           bool mayChangeProducts, QWidget *parent)
    : QDialog(parent), m_lines(std::move(lines)), m_catalogue(std::move(catalogue)), m_mayChange(mayChangeProducts),
      m_changeTariff(new QCheckBox(tr("Change the &tariff to:"), this)), m_tariff(new QComboBox(this)),
      m_add(serviceList(m_catalogue, this)), m_remove(serviceList(m_catalogue, this)),
      m_keepStatus(new QRadioButton(tr("&Keep the status"), this)), m_suspend(new QRadioButton(tr("&Suspend"), this)),
      m_resume(new QRadioButton(tr("&Resume"), this)), m_summary(new QLabel(this)),
      m_leftOut(new QTableWidget(0, 2, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("groupOperationDialog"));
    setWindowTitle(tr("Change %Ln service user(s)", nullptr, int(m_lines.size())));
    QList<domain::ProductOffering> tariffs;
    for (const domain::ProductOffering &offering : std::as_const(m_catalogue)) {
        if (offering.kind == domain::OfferingKind::Tariff && offering.isSellable) {
            tariffs.append(offering);
        }
    }
    std::sort(tariffs.begin(), tariffs.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const domain::ProductOffering &tariff : tariffs) {
        m_tariff->addItem(tariff.name, tariff.id);
    }
    m_tariff->setEnabled(false);
    m_keepStatus->setChecked(true);
    m_add->setAccessibleName(tr("Services to add"));
    m_remove->setAccessibleName(tr("Services to remove"));
    m_leftOut->setHorizontalHeaderLabels({tr("Service user"), tr("Left out because")});
    m_leftOut->horizontalHeader()->setStretchLastSection(true);
    m_leftOut->verticalHeader()->hide();
    m_leftOut->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leftOut->setAccessibleName(tr("Service users left out"));
    m_summary->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("S&end"));

    auto *layout = new QVBoxLayout(this);
    auto *tariffRow = new QHBoxLayout;
    tariffRow->addWidget(m_changeTariff);
    tariffRow->addWidget(m_tariff, 1);
    layout->addLayout(tariffRow);
    auto *services = new QGridLayout;
    services->addWidget(new QLabel(tr("Add services:"), this), 0, 0);
    services->addWidget(new QLabel(tr("Remove services:"), this), 0, 1);
    services->addWidget(m_add, 1, 0);
    services->addWidget(m_remove, 1, 1);
    layout->addLayout(services);
    auto *status = new QHBoxLayout;
    status->addWidget(m_keepStatus);
    status->addWidget(m_suspend);
    status->addWidget(m_resume);
    status->addStretch(1);
    layout->addLayout(status);
    auto *previewBox = new QGroupBox(tr("Before sending"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_leftOut, 1);
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_buttons);

    connect(m_changeTariff, &QCheckBox::toggled, m_tariff, &QWidget::setEnabled);
    connect(m_changeTariff, &QCheckBox::toggled, this, &GroupOperationDialog::updatePreview);
    connect(m_tariff, &QComboBox::currentIndexChanged, this, &GroupOperationDialog::updatePreview);
    connect(m_add, &QListWidget::itemChanged, this, &GroupOperationDialog::updatePreview);
    connect(m_remove, &QListWidget::itemChanged, this, &GroupOperationDialog::updatePreview);
    for (QRadioButton *button : {m_keepStatus, m_suspend, m_resume}) {
        connect(button, &QRadioButton::toggled, this, &GroupOperationDialog::updatePreview);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 620);
    updatePreview();
}

domain::GroupOperation GroupOperationDialog::operation() const {
    domain::GroupOperation operation;
    QStringList parts;
    if (m_changeTariff->isChecked() && m_tariff->currentIndex() >= 0) {
        operation.newTariff = m_tariff->currentData().toString();
        parts.append(tr("tariff %1").arg(m_tariff->currentText()));
    }
    operation.addServices = checkedIds(m_add);
    operation.removeServices = checkedIds(m_remove);
    for (const QString &id : operation.addServices) {
        parts.append(tr("add %1").arg(m_catalogue.value(id).name));
    }
    for (const QString &id : operation.removeServices) {
        parts.append(tr("remove %1").arg(m_catalogue.value(id).name));
    }
    if (m_suspend->isChecked()) {
        operation.newStatus = domain::ProductStatus::Suspended;
        parts.append(tr("suspend"));
    } else if (m_resume->isChecked()) {
        operation.newStatus = domain::ProductStatus::Active;
        parts.append(tr("resume"));
    }
    operation.description = parts.join(QStringLiteral(", "));
    return operation;
}

void GroupOperationDialog::chooseTariff(const QString &offeringId) {
    m_changeTariff->setChecked(!offeringId.isEmpty());
    m_tariff->setCurrentIndex(m_tariff->findData(offeringId));
}

void GroupOperationDialog::chooseServices(const QStringList &add, const QStringList &remove) {
    check(m_add, add);
    check(m_remove, remove);
}

void GroupOperationDialog::chooseStatus(std::optional<domain::ProductStatus> status) {
    (status == domain::ProductStatus::Suspended ? m_suspend
     : status == domain::ProductStatus::Active  ? m_resume
                                                : m_keepStatus)
        ->setChecked(true);
}

void GroupOperationDialog::updatePreview() {
    m_preview = domain::previewOrder(operation(), m_lines, m_catalogue, m_mayChange);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_preview.canSend());
    m_summary->setText(m_preview.refusal.isEmpty()
                           ? tr("%Ln service user(s) will change.", nullptr, int(m_preview.items.size())) +
                                 QLatin1Char(' ') +
                                 tr("%Ln left out (listed below).", nullptr, int(m_preview.leftOut.size()))
                           : m_preview.refusal);
    QHash<QString, QString> numberOf;
    for (const domain::ServiceUser &line : std::as_const(m_lines)) {
        numberOf.insert(line.id, domain::formatMsisdn(line.msisdn));
    }
    m_leftOut->setRowCount(int(m_preview.leftOut.size()));
    for (int row = 0; row < int(m_preview.leftOut.size()); ++row) {
        const domain::LeftOut &one = m_preview.leftOut[size_t(row)];
        m_leftOut->setItem(row, 0, new QTableWidgetItem(numberOf.value(one.productId, one.productId)));
        m_leftOut->setItem(row, 1, new QTableWidgetItem(one.reason));
    }
}

} // namespace corpcare::views
