#pragma once

#include "domain/period.h"
#include "domain/usage.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace corpcare::models {
class UsageFilterModel;
class UsageModel;
} // namespace corpcare::models

namespace corpcare::views {

class PeriodPicker;
class TableView;

// A service user's calls, SMS and data sessions over a period, filterable by type, with the count and
// the sum of what is shown; prints and exports like every table.
class UsageWindow : public QDialog {
    Q_OBJECT
public:
    UsageWindow(const QString &productId, const QString &number, const QString &companyName, QWidget *parent = nullptr);

    QString productId() const { return m_productId; }
    domain::Period period() const;
    PeriodPicker *periodPicker() const { return m_period; }
    void setType(std::optional<domain::UsageType> type);

    void clearRecords();
    void appendRecords(const QList<domain::UsageRecord> &records);
    void setStatus(const QString &text);
    void finishLoading(); // every page is in: totals and print header

    TableView *table() const { return m_table; }
    models::UsageModel *records() const { return m_model; }
    QLabel *totals() const { return m_totals; }

signals:
    void periodChanged(); // load again

private:
    void showTotals();

    QString m_productId;
    QString m_number;
    QString m_companyName;
    PeriodPicker *m_period;
    QComboBox *m_types;
    models::UsageModel *m_model;
    models::UsageFilterModel *m_filter;
    TableView *m_table;
    QLabel *m_status;
    QLabel *m_totals;
};

} // namespace corpcare::views
