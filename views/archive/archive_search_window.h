#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace corpcare::models {
class ArchiveHitsModel;
}

namespace corpcare::store {
class Archive;
class ArchiveSearch;
} // namespace corpcare::store

namespace corpcare::views {

class PeriodPicker;
class TableView;

// File → Search the archive (issue 7): a number or a name and a period; the charges and the calls,
// SMS and data sessions of the matching lines that were downloaded, newest first. Works with or
// without the server. The search runs on the archive's thread; a newer search replaces an older one.
class ArchiveSearchWindow : public QWidget {
    Q_OBJECT
public:
    ArchiveSearchWindow(store::Archive *archive, QDate today, QWidget *parent = nullptr);
    ~ArchiveSearchWindow() override;

    QLineEdit *textEdit() const { return m_text; }
    PeriodPicker *periodPicker() const { return m_period; }
    TableView *table() const { return m_table; }
    models::ArchiveHitsModel *hits() const { return m_hits; }
    QLabel *statusLabel() const { return m_status; }

    void search();

signals:
    void searched(); // the results of the latest search are shown

private:
    store::Archive *m_archive;
    std::shared_ptr<store::ArchiveSearch> m_search; // used on the archive's thread only
    QLineEdit *m_text;
    PeriodPicker *m_period;
    QPushButton *m_run;
    QLabel *m_status;
    TableView *m_table;
    models::ArchiveHitsModel *m_hits;
    int m_generation = 0;
};

} // namespace corpcare::views
