#include "views/search/over_threshold_view.h"

#include "models/roles.h"
#include "models/thresholds_over_model.h"
#include "views/common/table_view.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace corpcare::views {

OverThresholdView::OverThresholdView(const models::CompanyData *companyData, const models::ThresholdsData *thresholds,
                                     QWidget *parent)
    : QWidget(parent), m_model(new models::OverThresholdModel(companyData, thresholds, this)),
      m_table(new TableView(QStringLiteral("overThreshold"), this)), m_counts(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    m_counts->setObjectName(QStringLiteral("overThresholdCounts"));
    layout->addWidget(m_counts);
    m_table->setAccessibleName(tr("Lines over their charge threshold"));
    m_table->setModel(m_model);
    layout->addWidget(m_table, 1);
    m_counts->setText(m_model->countsText());
    m_table->fitColumnsUnlessSaved();
    connect(m_model, &models::OverThresholdModel::countsChanged, this, [this] {
        m_counts->setText(m_model->countsText());
        m_table->fitColumnsUnlessSaved();
        emit countsChanged(m_model->countsText());
    });
    connect(m_table, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { emit itemizationRequested(index.data(models::IdRole).toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedProductIds()); });
}

QString OverThresholdView::countsText() const {
    return m_model->countsText();
}

QStringList OverThresholdView::selectedProductIds() const {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return m_model->productIds(rows);
}

} // namespace corpcare::views
