#pragma once

#include "export/csv_export.h"
#include "export/report_print.h"

#include <QTableView>

#include <functional>
#include <memory>
#include <optional>

class QPrintPreviewDialog;

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
    // `path`: XLSX when it ends in .xlsx, PDF (with the print header) when in .pdf, else CSV in the
    // locale's style. The rows are copied a slice per pass of the event loop and the file is written on
    // a worker thread; exported() tells how it ended.
    void exportTo(const QString &path);
    // The CSV style of the next exports: commas and decimal points, or semicolons and decimal commas.
    // By default the locale's (csvOptionsFor); the export dialog offers both.
    void setCsvOptions(const exports::CsvOptions &options) { m_csvOptions = options; }
    // Asks for a file, then exportTo().
    void exportWithDialog();

    // What a printed or PDF copy says above and below the table: its owner knows the company, account
    // and period, and the totals of the computed report the table shows. Without it the title is the
    // table's accessible name and there are no totals.
    void setPrintHeader(const QString &title, const QList<exports::ReportField> &fields,
                        const QList<exports::ReportTotal> &totals = {});
    // Ctrl+P: a print preview of what the table shows (copied like an export), with the print header.
    void printWithPreview();
    // Asks for a PDF file (print_preview.h has the test seam), then exportTo().
    void saveAsPdfWithDialog();

signals:
    // Enter or a double click on a row: the caller drills down.
    void rowActivated(const QModelIndex &index);
    void exported(const QString &path, const QString &error); // error empty on success
    void printPreviewOpened(QPrintPreviewDialog *dialog);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void copyShownRows(std::function<void(std::shared_ptr<exports::SnapshotTable>)> done);
    exports::PrintableReport printableReport() const; // the header; its table is set by the caller
    void writeSnapshot(std::shared_ptr<const exports::SnapshotTable> snapshot, const QString &path,
                       const QString &title);

    QString m_settingsKey;
    std::optional<exports::CsvOptions> m_csvOptions;
    QByteArray m_defaultState;
    exports::PrintableReport m_printHeader;
};

} // namespace corpcare::views
