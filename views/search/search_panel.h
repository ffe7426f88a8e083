#pragma once

#include "domain/search.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace corpcare::api {
class Session;
}
namespace corpcare::models {
class CompanyData;
class SavedSearches;
class SearchIndex;
class SearchResultsModel;
class ThresholdsData;
} // namespace corpcare::models

namespace corpcare::views {

class OverThresholdView;
class SearchConditions;
class ServiceUserFetch;
class TableView;

// The service-user search (issue 5): conditions on the left with Search (Enter), Clear, Save as… and
// the saved searches (Enter or a double click runs one, Delete removes it); on the right the results
// table (sort, columns, export as every table) with its count line, and the "Over threshold" tab. The
// selected rows' product ids go out with selectionChanged; "Group operation…" (Ctrl+G) sends them
// with groupOperationRequested. The last search, the splitter and the tab are remembered.
// While the company's list is not all loaded (still loading, or the load was cancelled or failed), a
// search with a server (setServer) asks the server first for the lines that match, merges them into
// CompanyData, and then answers from the index over everything here: the same rule either way.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    // `saved` null: the panel keeps its own, in the application's settings.
    SearchPanel(models::CompanyData *companyData, models::ThresholdsData *thresholds,
                models::SavedSearches *saved = nullptr, QWidget *parent = nullptr);
    ~SearchPanel() override;

    SearchConditions *conditions() const { return m_conditions; }
    TableView *resultsTable() const { return m_results; }
    OverThresholdView *overThresholdView() const { return m_overThreshold; }
    const models::SearchResultsModel *resultsModel() const { return m_model; }
    QStringList selectedProductIds() const;
    QString countText() const;

    // The server a search asks while the list is not all loaded; null (the default): only what is loaded.
    // It also decides, with the user's permissions, which operations are offered.
    void setServer(api::Session *session) {
        m_session = session;
        updateGroupOperationButton(!selectedProductIds().isEmpty());
        updateChargesCondition();
    }
    bool isSearchingServer() const;

    // Runs what the conditions say (the Search button and Enter do this).
    void runSearch();
    // Stops a search on the server (the Stop button and Esc do this); what arrived stays.
    void stopServerSearch();
    void runSaved(const QString &name);
    // Asks for a name (the seam below in tests) and saves the current conditions under it.
    void saveCurrentAs();
    void deleteSaved(const QString &name);
    // Test seam: what "Save as…" asks instead of a dialog (the suggested name in, the chosen name out;
    // empty means cancelled).
    void setNameAsker(std::function<QString(const QString &suggested)> asker) { m_askName = std::move(asker); }

    void saveState() const;
    void restoreState();

signals:
    void selectionChanged(const QStringList &productIds);
    void groupOperationRequested(const QStringList &productIds);
    // A result (or an over-threshold line) was opened: its product id, for the detail or itemization.
    void userActivated(const QString &productId);
    void searched(int found);
    // A search on the server ended (before searched(), or alone when it failed or was stopped).
    void serverSearchFinished(const QString &problem);

private:
    void refreshSavedList();
    void onIndexChanged();
    void setCountText(const QString &text);
    void updateGroupOperationButton(bool hasSelection);
    void updateChargesCondition();
    void runOnServer(const domain::UserSearch &search);
    // What a result covers: the whole company loaded here, the server's answer merged into what is
    // loaded, or only what is loaded because the server failed (`problem` says how).
    enum class Scope { Loaded, Server, LoadedWithoutServer };
    // The index's answer over every loaded line, with a count line that says what it covers.
    void showResults(const domain::UserSearch &search, Scope scope, const QString &problem);

    models::CompanyData *m_data;
    models::ThresholdsData *m_thresholds;
    models::SavedSearches *m_saved;
    models::SearchIndex *m_index;
    models::SearchResultsModel *m_model;
    SearchConditions *m_conditions;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    TableView *m_results;
    OverThresholdView *m_overThreshold;
    QLabel *m_count;
    QListWidget *m_savedList;
    QPushButton *m_groupOperation;
    QPushButton *m_searchButton;
    QPushButton *m_stopButton;
    api::Session *m_session = nullptr;
    ServiceUserFetch *m_fetch = nullptr;
    domain::UserSearch m_lastRun;
    bool m_hasRun = false;
    std::function<QString(const QString &)> m_askName;
};

} // namespace corpcare::views
