#include "views/common/table_view.h"

#include "export/csv_export.h"
#include "export/snapshot_table.h"
#include "export/xlsx_export.h"
#include "views/common/model_table_source.h"
#include "views/common/print_preview.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>

namespace corpcare::views {

TableView::TableView(const QString &settingsKey, QWidget *parent) : QTableView(parent), m_settingsKey(settingsKey) {
    setObjectName(settingsKey);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table, as in every other control
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setResizeContentsPrecision(200); // fitting columns to 1,000,000 rows reads 200
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TableView::showHeaderMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, &TableView::rowActivated);

    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &TableView::exportWithDialog);
    addAction(exportAction);
    auto *printAction = new QAction(tr("&Print…"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(printAction, &QAction::triggered, this, &TableView::printWithPreview);
    addAction(printAction);
    auto *pdfAction = new QAction(tr("Save as P&DF…"), this);
    connect(pdfAction, &QAction::triggered, this, &TableView::saveAsPdfWithDialog);
    addAction(pdfAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TableView::setPrintHeader(const QString &title, const QList<exports::ReportField> &fields,
                               const QList<exports::ReportTotal> &totals) {
    m_printHeader.title = title;
    m_printHeader.headerFields = fields;
    m_printHeader.totals = totals;
}

exports::PrintableReport TableView::printableReport() const {
    exports::PrintableReport report = m_printHeader;
    if (report.title.isEmpty()) {
        report.title = accessibleName();
    }
    report.footerNote = tr("Printed %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    report.locale = QLocale();
    return report;
}

void TableView::printWithPreview() {
    const exports::PrintableReport report = printableReport();
    copyShownRows([this, report](std::shared_ptr<exports::SnapshotTable> snapshot) {
        emit printPreviewOpened(openPrintPreview(report, std::move(snapshot), this));
    });
}

void TableView::saveAsPdfWithDialog() {
    const QString path = askPdfPath(this, objectName() + QStringLiteral(".pdf"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void TableView::exportWithDialog() {
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString commas = tr("CSV, commas and decimal points (*.csv)");
    const QString semicolons = tr("CSV, semicolons and decimal commas (*.csv)");
    const QString pdf = tr("PDF (*.pdf)");
    // The locale's CSV style is offered first of the two.
    const bool localeUsesCommas = exports::csvOptionsFor(QLocale()).separator == QLatin1Char(',');
    const QStringList filters{xlsx, localeUsesCommas ? commas : semicolons, localeUsesCommas ? semicolons : commas,
                              pdf};
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QDir::home().filePath(objectName() + QStringLiteral(".xlsx")),
                                     filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) {
        return;
    }
    if (filter == commas || filter == semicolons) {
        const bool useCommas = filter == commas;
        setCsvOptions(
            {useCommas ? QLatin1Char(',') : QLatin1Char(';'), useCommas ? QLatin1Char('.') : QLatin1Char(','), true});
    }
    exportTo(path);
}

void TableView::exportTo(const QString &path) {
    const QString title = accessibleName();
    copyShownRows([this, path, title](std::shared_ptr<exports::SnapshotTable> snapshot) {
        writeSnapshot(std::move(snapshot), path, title);
    });
}

void TableView::copyShownRows(std::function<void(std::shared_ptr<exports::SnapshotTable>)> done) {
    QList<int> columns; // the visible ones, in the order the user arranged them
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!horizontalHeader()->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    // The rows are copied a slice per pass of the event loop (100,000 rows at once held the window for
    // 0.3 s); if the table changes meanwhile (rows arriving, a new sort), the copy starts again.
    auto source = std::make_shared<ModelTableSource>(model(), columns);
    auto snapshot = std::make_shared<exports::SnapshotTable>(source->columns(), source->rowCount());
    auto copied = std::make_shared<qsizetype>(0);
    auto *copier = new QTimer(this);
    copier->setInterval(0);
    const auto restart = [snapshot, copied] {
        snapshot->clearRows();
        *copied = 0;
    };
    connect(model(), &QAbstractItemModel::layoutChanged, copier, restart);
    connect(model(), &QAbstractItemModel::modelReset, copier, restart);
    connect(model(), &QAbstractItemModel::rowsInserted, copier, restart);
    connect(model(), &QAbstractItemModel::rowsRemoved, copier, restart);
    connect(copier, &QTimer::timeout, this, [copier, source, snapshot, copied, done] {
        constexpr qsizetype kSlice = 5000;
        const qsizetype count = qMin(kSlice, source->rowCount() - *copied);
        snapshot->copyRows(*source, *copied, count);
        *copied += count;
        if (*copied < source->rowCount()) {
            return;
        }
        copier->stop();
        copier->deleteLater();
        done(snapshot);
    });
    copier->start();
}

void TableView::writeSnapshot(std::shared_ptr<const exports::SnapshotTable> snapshot, const QString &path,
                              const QString &title) {
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const exports::CsvOptions csv = m_csvOptions.value_or(exports::csvOptionsFor(QLocale()));
    const exports::PrintableReport report = printableReport();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        emit exported(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([snapshot, path, title, xlsx, pdf, csv, report] {
        QString error;
        exports::PrintableReport printed = report;
        printed.table = snapshot.get();
        const bool ok = pdf    ? exports::exportPdf(printed, path, &error)
                        : xlsx ? exports::exportXlsx(*snapshot, path, title, &error)
                               : exports::exportCsv(*snapshot, path, csv, &error);
        return ok ? QString() : error;
    }));
}

void TableView::setModel(QAbstractItemModel *model) {
    QTableView::setModel(model);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_defaultState = horizontalHeader()->saveState();
    restoreHeaderState();
}

void TableView::saveHeaderState() const {
    QSettings().setValue(QStringLiteral("tables/%1/header").arg(m_settingsKey), horizontalHeader()->saveState());
}

void TableView::restoreHeaderState() {
    const QByteArray state = QSettings().value(QStringLiteral("tables/%1/header").arg(m_settingsKey)).toByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state)) {
        // restoreState sets the indicator; the model sorts when it has rows (see callers)
        return;
    }
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        setColumnWidth(
            column,
            qMax(90, fontMetrics().horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString()) + 36));
    }
}

void TableView::fitColumnsUnlessSaved() {
    if (QSettings().contains(QStringLiteral("tables/%1/header").arg(m_settingsKey)) || !model()) {
        return;
    }
    resizeColumnsToContents(); // measures the first rows only (the header's resizeContentsPrecision)
}

void TableView::resetColumns() {
    horizontalHeader()->restoreState(m_defaultState);
    for (int column = 0; column < horizontalHeader()->count(); ++column) {
        horizontalHeader()->showSection(column);
    }
    QSettings().remove(QStringLiteral("tables/%1/header").arg(m_settingsKey));
    restoreHeaderState();
}

void TableView::keyPressEvent(QKeyEvent *event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        emit rowActivated(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

void TableView::showHeaderMenu(const QPoint &position) {
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool visible) {
            const int shown = header->count() - header->hiddenSectionCount();
            if (!visible && shown <= 1) {
                return; // keep at least one column
            }
            header->setSectionHidden(column, !visible);
            saveHeaderState();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, &TableView::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

} // namespace corpcare::views
