#pragma once

#include "models/company_data.h"
#include "models/search_rows.h"

#include <QLocale>

namespace corpcare::models {

class ThresholdsData;

// "Over threshold" (issue 5): the lines whose charges this month exceed their first or second
// threshold, with the charges, the threshold exceeded (the second for lines over it, else the first),
// the excess (charges − that threshold, exact) and the target the threshold came from. Follows
// ThresholdsData: new thresholds or new pages of users update it.
class OverThresholdModel : public UserRowsModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Department, Level, Charges, Threshold, Excess, Source, ColumnCount };

    OverThresholdModel(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent = nullptr);

    int overFirstCount() const { return m_overFirst; }   // over the first but not the second
    int overSecondCount() const { return m_overSecond; } // over the second
    // "12 over the second threshold, 40 over the first": for the status bar.
    QString countsText() const;
    QStringList productIds(const QList<int> &rows) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged();

private:
    void rebuild();
    void addUsers(int first, int count);
    // The threshold a row's line exceeds, and by how much (minor units).
    domain::Money exceeded(int userIndex) const;
    QString sourceText(int userIndex) const;

    const CompanyData *m_data;
    const ThresholdsData *m_thresholds;
    QLocale m_locale;
    int m_overFirst = 0;
    int m_overSecond = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace corpcare::models
