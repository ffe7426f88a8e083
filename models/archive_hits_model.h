#pragma once

#include "models/table_columns.h"
#include "store/archive_search.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace corpcare::models {

// What a search of the offline archive found (store::ArchiveSearch): newest first, one row a charge or
// a call, SMS or data session, exportable and printable like every table.
class ArchiveHitsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Number, User, Kind, Description, Amount, ColumnCount };

    explicit ArchiveHitsModel(QObject *parent = nullptr);
    void setHits(QList<store::ArchiveHit> hits);
    const QList<store::ArchiveHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static ColumnSpec columnSpec(Column column);

    QList<store::ArchiveHit> m_hits;
    QLocale m_locale;
};

} // namespace corpcare::models
