#pragma once

#include "models/company_data.h"
#include "models/search_rows.h"

#include <QLocale>

namespace corpcare::models {

class ThresholdsData;

// The users a search found, in CompanyData's order until the user sorts a column. Columns like the
// service users table, plus the line's threshold state; raw values for sort and export (roles.h).
class SearchResultsModel : public UserRowsModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Department, Account, Tariff, Services, Status, CurrentCharges, Threshold, ColumnCount };

    // `thresholds` may be null (the Threshold column stays empty).
    SearchResultsModel(const CompanyData *data, const ThresholdsData *thresholds, QObject *parent = nullptr);

    // The found users (SearchIndex::run); the model resets, unsorted.
    void setResults(std::vector<int> userIndexes);
    // The product ids of these rows, in the order given.
    QStringList productIds(const QList<int> &rows) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString accountName(const domain::ServiceUser &user) const;

    const CompanyData *m_data;
    const ThresholdsData *m_thresholds;
    QLocale m_locale;
};

// "Over second", "Over first", "Below", "" for unknown: one spelling for every table.
QString thresholdStateText(int state);

} // namespace corpcare::models
