#pragma once

#include "domain/bill_report.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace corpcare::models {

// Each service user's share of one bill, read from its BillReport (the same object the chart and the
// exports render), largest first.
class BillSharesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Lines, TaxExcluded, TaxIncluded, Share, ColumnCount };

    explicit BillSharesModel(QObject *parent = nullptr);
    void setReport(const domain::BillReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString percentText(int basisPoints, const QLocale &locale);

private:
    domain::BillReport m_report;
    QLocale m_locale;
};

} // namespace corpcare::models
