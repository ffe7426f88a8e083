#pragma once

#include <QWidget>

class QLabel;

namespace corpcare::models {
class CompanyData;
class OverThresholdModel;
class ThresholdsData;
} // namespace corpcare::models

namespace corpcare::views {

class TableView;

// "Over threshold": the lines over their first or second threshold this month, with the counts above
// the table. Enter or a double click asks for the line's itemization (itemizationRequested).
class OverThresholdView : public QWidget {
    Q_OBJECT
public:
    OverThresholdView(const models::CompanyData *companyData, const models::ThresholdsData *thresholds,
                      QWidget *parent = nullptr);

    TableView *table() const { return m_table; }
    const models::OverThresholdModel *model() const { return m_model; }
    QString countsText() const;
    QStringList selectedProductIds() const;

signals:
    void itemizationRequested(const QString &productId);
    void selectionChanged(const QStringList &productIds);
    // The counts changed: "12 over the second threshold, 40 over the first", for the status bar.
    void countsChanged(const QString &text);

private:
    models::OverThresholdModel *m_model;
    TableView *m_table;
    QLabel *m_counts;
};

} // namespace corpcare::views
