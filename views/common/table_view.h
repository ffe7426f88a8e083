#pragma once

#include <QTableView>

#include <memory>

namespace corpcare::exports {
class SnapshotTable;
}

namespace corpcare::views {

// Every table of the program: fixed row heights (never resizeRowsToContents on 100,000 rows), whole
// rows selected, sortable by clicking a header, a header context menu to choose columns or reset
// them, and the header's state (order, widths, hidden columns, sort) remembered under a settings key.
class TableView : public QTableView {
    Q_OBJECT
public:
    explicit TableView(const QString &settingsKey, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void saveHeaderState() const;
    void restoreHeaderState();
    void resetColumns();
    // Small tables (accounts) fit their columns to the data the first time, until the user sets widths.
    void fitColumnsUnlessSaved();

    // Writes what the table shows (visible columns in their order, rows as filtered and sorted) to
    // `path`: XLSX when it ends in .xlsx, else CSV in the locale's style. The rows are copied a slice
    // per pass of the event loop and the file is written on a worker thread; exported() tells how it
    // ended.
    void exportTo(const QString &path);
    // Asks for a file, then exportTo().
    void exportWithDialog();

signals:
    // Enter or a double click on a row: the caller drills down.
    void rowActivated(const QModelIndex &index);
    void exported(const QString &path, const QString &error); // error empty on success

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void writeSnapshot(std::shared_ptr<const exports::SnapshotTable> snapshot, const QString &path,
                       const QString &title);

    QString m_settingsKey;
    QByteArray m_defaultState;
};

} // namespace corpcare::views
