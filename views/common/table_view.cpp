#include "views/common/table_view.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

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
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TableView::showHeaderMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, &TableView::rowActivated);
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
    if (QSettings().contains(QStringLiteral("tables/%1/header").arg(m_settingsKey)) || !model() ||
        model()->rowCount() > 1000) {
        return;
    }
    resizeColumnsToContents();
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
