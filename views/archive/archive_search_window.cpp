#include "views/archive/archive_search_window.h"

#include "models/archive_hits_model.h"
#include "store/archive.h"
#include "store/archive_search.h"
#include "views/common/table_view.h"
#include "views/finance/period_picker.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace corpcare::views {

namespace {
struct Outcome {
    store::ArchiveSearchResult result;
    qint64 milliseconds = 0;
};
} // namespace

ArchiveSearchWindow::ArchiveSearchWindow(store::Archive *archive, QDate today, QWidget *parent)
    : QWidget(parent, Qt::Window), m_archive(archive), m_search(std::make_shared<store::ArchiveSearch>(archive)),
      m_text(new QLineEdit(this)), m_period(new PeriodPicker(this)), m_run(new QPushButton(tr("&Search"), this)),
      m_status(new QLabel(this)), m_table(new TableView(QStringLiteral("archiveSearch"), this)),
      m_hits(new models::ArchiveHitsModel(this)) {
    setWindowTitle(tr("Search the archive"));
    setObjectName(QStringLiteral("archiveSearchWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setPlaceholderText(tr("A number or a name"));
    m_text->setAccessibleName(tr("Number or name"));
    m_text->setClearButtonEnabled(true);
    m_period->setToday(today);
    m_period->setPreset(domain::PeriodPreset::Last12Months);
    m_table->setModel(m_hits);
    m_table->setAccessibleName(tr("Found in the archive"));
    m_status->setText(tr("Searches what was downloaded for offline work."));
    auto *conditions = new QHBoxLayout;
    conditions->addWidget(m_text, 1);
    conditions->addWidget(m_period);
    conditions->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(conditions);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_run, &QPushButton::clicked, this, &ArchiveSearchWindow::search);
    connect(m_text, &QLineEdit::returnPressed, this, &ArchiveSearchWindow::search);
    connect(m_period, &PeriodPicker::periodChanged, this, &ArchiveSearchWindow::search);
    resize(960, 600);
    // The lines are read while the user types.
    static_cast<void>(QtConcurrent::run(m_archive->pool(), [searcher = m_search] {
        QString error;
        searcher->prepare(&error); // a failure shows with the first search, which tries again
    }));
}

// A search still running keeps the archive's thread until it ends; its answer then goes nowhere.
ArchiveSearchWindow::~ArchiveSearchWindow() = default;

void ArchiveSearchWindow::search() {
    const int generation = ++m_generation;
    const QString text = m_text->text();
    const domain::Period period = m_period->period();
    m_status->setText(tr("Searching…"));
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // a newer search is on its way
        }
        const Outcome outcome = watcher->result();
        const store::ArchiveSearchResult &found = outcome.result;
        m_hits->setHits(found.hits);
        if (!found.hits.isEmpty()) {
            m_table->fitColumnsUnlessSaved();
        }
        const QLocale locale;
        if (!found.error.isEmpty()) {
            m_status->setText(tr("The archive cannot be searched: %1").arg(found.error));
        } else if (found.lines == 0) {
            m_status->setText(tr("No downloaded line has that number or name."));
        } else {
            m_status->setText(tr("%1 line(s), %2%3 record(s) in the period; the newest %4 shown (%5 ms).")
                                  .arg(locale.toString(found.lines), found.totalCapped ? tr("over ") : QString(),
                                       locale.toString(found.total), locale.toString(found.hits.size()))
                                  .arg(outcome.milliseconds));
        }
        emit searched();
    });
    std::shared_ptr<store::ArchiveSearch> searcher = m_search;
    watcher->setFuture(QtConcurrent::run(m_archive->pool(), [searcher, text, period] {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome{searcher->find(text, period), 0};
        outcome.milliseconds = timer.elapsed();
        return outcome;
    }));
}

} // namespace corpcare::views
