#include "views/search/search_panel.h"

#include "api/service_user_filters.h"
#include "api/session.h"
#include "domain/portal_user.h"
#include "models/company_data.h"
#include "models/roles.h"
#include "models/search_index.h"
#include "models/search_results_model.h"
#include "models/search_saved.h"
#include "models/search_settings.h"
#include "models/thresholds_data.h"
#include "views/common/permissions.h"
#include "views/common/service_user_fetch.h"
#include "views/common/table_view.h"
#include "views/search/over_threshold_view.h"
#include "views/search/search_conditions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace corpcare::views {

namespace {

// Delete on the saved list removes the current entry; Enter runs it (QListWidget's itemActivated).
class SavedList : public QListWidget {
public:
    using QListWidget::QListWidget;
    std::function<void(const QString &)> onDelete;

protected:
    void keyPressEvent(QKeyEvent *event) override {
        if (event->key() == Qt::Key_Delete && currentItem() && onDelete) {
            onDelete(currentItem()->text());
            return;
        }
        QListWidget::keyPressEvent(event);
    }
};

} // namespace

SearchPanel::SearchPanel(models::CompanyData *companyData, models::ThresholdsData *thresholds,
                         models::SavedSearches *saved, QWidget *parent)
    : QWidget(parent), m_data(companyData), m_thresholds(thresholds),
      m_saved(saved ? saved : new models::SavedSearches(nullptr, this)),
      m_index(new models::SearchIndex(companyData, thresholds, this)),
      m_model(new models::SearchResultsModel(companyData, thresholds, this)) {
    setObjectName(QStringLiteral("searchPanel"));
    m_askName = [this](const QString &suggested) {
        return QInputDialog::getText(this, tr("Save search"), tr("Name of the search:"), QLineEdit::Normal, suggested);
    };

    // Left: conditions, buttons, saved searches.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_conditions = new SearchConditions(companyData, left);
    leftLayout->addWidget(m_conditions, 1);
    auto *buttons = new QHBoxLayout;
    auto *searchButton = new QPushButton(tr("&Search"), left);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setDefault(true);
    m_searchButton = searchButton;
    m_stopButton = new QPushButton(tr("Stop"), left);
    m_stopButton->setObjectName(QStringLiteral("stopSearchButton"));
    m_stopButton->setToolTip(tr("Stop asking the server (Esc)"));
    m_stopButton->setVisible(false);
    auto *clearButton = new QPushButton(tr("C&lear"), left);
    auto *saveButton = new QPushButton(tr("Save &as…"), left);
    saveButton->setObjectName(QStringLiteral("saveSearchButton"));
    buttons->addWidget(searchButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(clearButton);
    buttons->addStretch();
    buttons->addWidget(saveButton);
    leftLayout->addLayout(buttons);
    auto *savedLabel = new QLabel(tr("Sa&ved searches (Enter runs, Delete removes):"), left);
    auto *savedList = new SavedList(left);
    savedList->setObjectName(QStringLiteral("savedSearches"));
    savedList->setAccessibleName(tr("Saved searches"));
    savedList->setMaximumHeight(120);
    savedList->onDelete = [this](const QString &name) { deleteSaved(name); };
    savedLabel->setBuddy(savedList);
    m_savedList = savedList;
    leftLayout->addWidget(savedLabel);
    leftLayout->addWidget(m_savedList);

    // Right: results and over threshold.
    m_tabs = new QTabWidget(this);
    auto *resultsPage = new QWidget(m_tabs);
    auto *resultsLayout = new QVBoxLayout(resultsPage);
    auto *countRow = new QHBoxLayout;
    m_count = new QLabel(tr("No search yet."), resultsPage);
    m_count->setObjectName(QStringLiteral("searchCount"));
    m_count->setWordWrap(true); // the summary of a long search runs over two lines rather than being cut
    m_groupOperation = new QPushButton(tr("&Group operation…"), resultsPage);
    m_groupOperation->setObjectName(QStringLiteral("groupOperationButton"));
    m_groupOperation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_groupOperation->setEnabled(false);
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_groupOperation);
    resultsLayout->addLayout(countRow);
    m_results = new TableView(QStringLiteral("searchResults"), resultsPage);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    resultsLayout->addWidget(m_results, 1);
    m_tabs->addTab(resultsPage, tr("&Results"));
    m_overThreshold = new OverThresholdView(companyData, thresholds, m_tabs);
    m_tabs->addTab(m_overThreshold, tr("&Over threshold"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({460, 840}); // until the user moves it (restoreState)
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(searchButton, &QPushButton::clicked, this, &SearchPanel::runSearch);
    connect(m_stopButton, &QPushButton::clicked, this, &SearchPanel::stopServerSearch);
    auto *stop = new QAction(this);
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QAction::triggered, this, [this] {
        if (isSearchingServer()) {
            stopServerSearch();
        }
    });
    addAction(stop);
    connect(m_conditions, &SearchConditions::submitted, this, &SearchPanel::runSearch);
    connect(clearButton, &QPushButton::clicked, m_conditions, &SearchConditions::clear);
    connect(saveButton, &QPushButton::clicked, this, &SearchPanel::saveCurrentAs);
    connect(m_savedList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { runSaved(item->text()); });
    connect(m_saved, &models::SavedSearches::changed, this, &SearchPanel::refreshSavedList);
    connect(m_index, &models::SearchIndex::changed, this, &SearchPanel::onIndexChanged);
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QStringList ids = selectedProductIds();
        updateGroupOperationButton(!ids.isEmpty());
        emit selectionChanged(ids);
    });
    connect(m_groupOperation, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedProductIds();
        if (!ids.isEmpty()) {
            emit groupOperationRequested(ids);
        }
    });
    connect(m_results, &TableView::rowActivated, this,
            [this](const QModelIndex &index) { emit userActivated(index.data(models::IdRole).toString()); });
    connect(m_overThreshold, &OverThresholdView::itemizationRequested, this, &SearchPanel::userActivated);
    refreshSavedList();
    restoreState();
}

SearchPanel::~SearchPanel() {
    saveState();
}

QStringList SearchPanel::selectedProductIds() const {
    QList<int> rows;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end()); // the order the table shows
    return m_model->productIds(rows);
}

QString SearchPanel::countText() const {
    return m_count->text();
}

void SearchPanel::setCountText(const QString &text) {
    m_count->setText(text);
}

void SearchPanel::updateGroupOperationButton(bool hasSelection) {
    if (m_session) { // signed in: the user's permission decides too, and the tooltip says so
        permissions::allow(m_groupOperation, m_session, domain::permission::changeProducts, hasSelection);
    } else {
        m_groupOperation->setEnabled(hasSelection);
    }
}

void SearchPanel::updateChargesCondition() {
    const bool allowed = permissions::holds(m_session, domain::permission::viewFinance);
    m_conditions->setChargesAllowed(allowed, permissions::missingText(domain::permission::viewFinance));
}

bool SearchPanel::isSearchingServer() const {
    return m_fetch != nullptr;
}

void SearchPanel::runSearch() {
    const QString problem = m_conditions->inputProblem();
    if (!problem.isEmpty()) {
        setCountText(problem);
        return;
    }
    stopServerSearch();
    const domain::UserSearch search = m_conditions->search();
    if (m_session && !m_data->serviceUsersComplete() && !search.isEmpty()) {
        runOnServer(search);
        return;
    }
    showResults(search, Scope::Loaded, {});
}

void SearchPanel::runOnServer(const domain::UserSearch &search) {
    const bool mayFilterCharges = m_session->currentUser().permissions.contains(domain::permission::viewFinance);
    m_fetch = new ServiceUserFetch(
        m_session, m_data,
        {api::serverSearchFilters(search, m_index->departmentsWithSubtrees(search.departmentIds), mayFilterCharges)},
        this);
    ServiceUserFetch *fetch = m_fetch;
    const QLocale locale;
    setCountText(
        tr("Asking the server: %1 of the company's users are loaded here…").arg(locale.toString(m_index->userCount())));
    connect(fetch, &ServiceUserFetch::progress, this, [this, locale](qint64 fetched) {
        setCountText(tr("Asking the server: %1 matching users so far…").arg(locale.toString(fetched)));
    });
    connect(fetch, &ServiceUserFetch::finished, this, [this, fetch, search, locale](const api::ApiError &error) {
        fetch->deleteLater();
        m_fetch = nullptr;
        m_stopButton->setVisible(false);
        m_searchButton->setEnabled(true);
        if (error.kind == api::ApiError::Kind::Cancelled) {
            setCountText(tr("The search on the server was stopped; press Search to search what is loaded."));
            emit serverSearchFinished(tr("stopped"));
            return;
        }
        // A failure loses nothing: what is loaded is still searched, and the line says what is missing.
        emit serverSearchFinished(error.isError() ? error.message : QString());
        showResults(search, error.isError() ? Scope::LoadedWithoutServer : Scope::Server, error.message);
    });
    m_stopButton->setVisible(true);
    m_searchButton->setEnabled(false);
    fetch->start();
}

void SearchPanel::stopServerSearch() {
    if (m_fetch) {
        m_fetch->cancel(); // finished() clears m_fetch
    }
}

void SearchPanel::showResults(const domain::UserSearch &search, Scope scope, const QString &problem) {
    QElapsedTimer clock;
    clock.start();
    std::vector<int> found = m_index->run(search);
    const qint64 ms = clock.elapsed();
    const int count = int(found.size());
    m_model->setResults(std::move(found));
    m_results->fitColumnsUnlessSaved();
    // A sort the user chose stays chosen for the next results.
    const int sortColumn = m_results->horizontalHeader()->sortIndicatorSection();
    if (sortColumn >= 0 && sortColumn < m_model->columnCount()) {
        m_model->sort(sortColumn, m_results->horizontalHeader()->sortIndicatorOrder());
    }
    m_lastRun = search;
    m_hasRun = true;
    const QLocale locale;
    const QString summary = search.summary(m_conditions->names());
    const QString loaded = locale.toString(m_index->userCount());
    switch (scope) {
    case Scope::Loaded:
        setCountText(
            tr("%1 of %2 users: %3 (%4 ms)").arg(locale.toString(count), loaded, summary, locale.toString(ms)));
        break;
    case Scope::Server:
        setCountText(tr("%1 users: %2 — searched on the server (%3 users are loaded here so far)")
                         .arg(locale.toString(count), summary, loaded));
        break;
    case Scope::LoadedWithoutServer:
        setCountText(tr("%1 of the %2 loaded users: %3 — only the loaded users: the server could not search (%4)")
                         .arg(locale.toString(count), loaded, summary, problem));
        break;
    }
    m_tabs->setCurrentIndex(0);
    emit selectionChanged({});
    emit searched(count);
}

void SearchPanel::runSaved(const QString &name) {
    const std::optional<domain::UserSearch> search = m_saved->find(name);
    if (!search) {
        return;
    }
    m_conditions->setSearch(*search);
    runSearch();
}

void SearchPanel::saveCurrentAs() {
    const QString problem = m_conditions->inputProblem();
    if (!problem.isEmpty()) {
        setCountText(problem);
        return;
    }
    const domain::UserSearch search = m_conditions->search();
    const QString name = m_askName ? m_askName(search.summary(m_conditions->names())) : QString();
    if (name.trimmed().isEmpty()) {
        return;
    }
    m_saved->save(name, search);
    const QList<QListWidgetItem *> items = m_savedList->findItems(name.trimmed(), Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_savedList->setCurrentItem(items.front());
    }
}

void SearchPanel::deleteSaved(const QString &name) {
    m_saved->remove(name);
}

void SearchPanel::refreshSavedList() {
    const QString current = m_savedList->currentItem() ? m_savedList->currentItem()->text() : QString();
    m_savedList->clear();
    for (const models::SavedSearches::Entry &entry : m_saved->entries()) {
        auto *item = new QListWidgetItem(entry.name, m_savedList);
        item->setToolTip(entry.search.summary(m_conditions->names()));
        if (entry.name == current) {
            m_savedList->setCurrentItem(item);
        }
    }
    if (!m_saved->loadProblem().isEmpty()) {
        m_savedList->setToolTip(m_saved->loadProblem());
    }
}

void SearchPanel::onIndexChanged() {
    if (m_hasRun && !m_fetch) { // a server search merges lines itself, then shows them
        // The rows shown may be out of date; re-running here would take the user's selection away
        // in the middle of a load, so the count line says it and Search refreshes.
        setCountText(
            tr("%1 — the loaded users changed: press Search to refresh.").arg(QLocale().toString(m_model->rowCount())));
    }
}

void SearchPanel::saveState() const {
    QSettings settings;
    settings.setValue(models::search_settings::lastSearch(),
                      QJsonDocument(m_conditions->search().toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(models::search_settings::splitterState(), m_splitter->saveState());
    settings.setValue(models::search_settings::currentTab(), m_tabs->currentIndex());
    m_results->saveHeaderState();
    m_overThreshold->table()->saveHeaderState();
}

void SearchPanel::restoreState() {
    QSettings settings;
    const QByteArray last = settings.value(models::search_settings::lastSearch()).toByteArray();
    if (!last.isEmpty()) {
        if (const auto search = domain::UserSearch::fromJson(QJsonDocument::fromJson(last).object())) {
            m_conditions->setSearch(*search);
        }
    }
    m_splitter->restoreState(settings.value(models::search_settings::splitterState()).toByteArray());
    m_tabs->setCurrentIndex(settings.value(models::search_settings::currentTab(), 0).toInt());
}

} // namespace corpcare::views
