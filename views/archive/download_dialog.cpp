#include "views/archive/download_dialog.h"

#include "store/archive_downloader.h"
#include "views/archive/offline_access.h"
#include "views/finance/account_chooser.h"
#include "views/finance/period_picker.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace corpcare::views {

DownloadDialog::DownloadDialog(api::Session *session, OfflineAccess *offline,
                               const QList<std::pair<QString, QString>> &accounts, QDate today, QWidget *parent)
    : QDialog(parent), m_session(session), m_offline(offline), m_accounts(new AccountChooser(this)),
      m_period(new PeriodPicker(this)), m_archive(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_download(new QPushButton(tr("&Download"), this)),
      m_cancel(new QPushButton(tr("Cancel download"), this)), m_close(new QPushButton(tr("Close"), this)) {
    setWindowTitle(tr("Download for offline"));
    setObjectName(QStringLiteral("downloadDialog"));
    auto *intro = new QLabel(tr("Keeps the bills, itemization, payments, calls, SMS and data of the chosen accounts "
                                "and period, and the company's lists as of now, on this computer. Only your password "
                                "opens them."),
                             this);
    intro->setWordWrap(true);
    m_accounts->setAccounts(accounts);
    m_accounts->setAccessibleName(tr("Accounts to download"));
    m_period->setToday(today);
    m_period->setPreset(domain::PeriodPreset::Last3Months);
    m_archive->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Download progress"));
    m_cancel->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Accounts:"), m_accounts);
    form->addRow(m_period); // it names itself
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_download, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_archive);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_download, &QPushButton::clicked, this, &DownloadDialog::startDownload);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_downloader) {
            m_downloader->cancel();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &DownloadDialog::reject);
    m_download->setDefault(true);
    showArchive();
    resize(560, sizeHint().height());
}

DownloadDialog::~DownloadDialog() {
    if (m_downloader) {
        m_downloader->cancel();
    }
}

void DownloadDialog::showArchive() {
    const QLocale locale;
    const auto current = m_offline->currentSummary();
    if (!current) {
        m_archive->setText(tr("Nothing is downloaded yet."));
        return;
    }
    const store::ArchiveSummary &summary = *current;
    QStringList periods;
    for (const store::ArchiveDownload &download : summary.downloads) {
        periods.append(tr("%1 – %2%3")
                           .arg(locale.toString(download.period.start, QLocale::ShortFormat),
                                locale.toString(download.period.lastDay(), QLocale::ShortFormat),
                                download.finishedAt.isValid() ? QString() : tr(" (unfinished)")));
    }
    periods.removeDuplicates();
    m_archive->setText(summary.asOf.isValid()
                           ? tr("The archive is as of %1 and holds %2.")
                                 .arg(locale.toString(summary.asOf.toLocalTime(), QLocale::ShortFormat),
                                      periods.join(QStringLiteral(", ")))
                           : tr("The archive holds nothing finished yet."));
}

void DownloadDialog::startDownload() {
    if (m_downloader) {
        return;
    }
    QString error;
    bool replaced = false;
    store::Archive *archive = m_offline->archiveForDownload(&error, &replaced);
    if (!archive) {
        m_status->setText(tr("The archive cannot be opened: %1").arg(error));
        return;
    }
    m_records = 0;
    m_downloader =
        new store::ArchiveDownloader(m_session, archive, m_accounts->selectedIds(), m_period->period(), this);
    connect(m_downloader, &store::ArchiveDownloader::progress, this, &DownloadDialog::onProgress);
    connect(m_downloader, &store::ArchiveDownloader::finished, this, &DownloadDialog::onFinished);
    m_download->setEnabled(false);
    m_accounts->setEnabled(false);
    m_period->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_status->setText(replaced ? tr("Your password changed since the last download: the archive is made anew.")
                               : tr("Starting…"));
    m_downloader->start();
}

void DownloadDialog::onProgress(const QString &step, int stepsDone, int stepsTotal, qint64 records) {
    m_records = records;
    m_progress->setRange(0, qMax(1, stepsTotal));
    m_progress->setValue(stepsDone);
    if (!step.isEmpty()) {
        m_status->setText(tr("%1 — %2 records so far (step %3 of %4)")
                              .arg(step, QLocale().toString(records))
                              .arg(stepsDone + 1)
                              .arg(stepsTotal));
    }
}

void DownloadDialog::onFinished(const api::ApiError &error) {
    const int skipped = m_downloader ? m_downloader->stepsSkipped() : 0;
    if (m_downloader) {
        m_downloader->deleteLater();
    }
    m_downloader = nullptr;
    m_download->setEnabled(true);
    m_accounts->setEnabled(true);
    m_period->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!error.isError()) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(
            (skipped > 0 ? tr("Resumed where it stopped (%1 steps were already in). ").arg(skipped) : QString()) +
            tr("Done: %1 records are in the archive. File → Work offline opens them without the server.")
                .arg(QLocale().toString(m_records)));
    } else if (error.kind == api::ApiError::Kind::Cancelled) {
        m_status->setText(tr("Cancelled. What was read is kept: Download resumes where it stopped."));
    } else {
        m_status->setText(tr("The download stopped: %1 What was read is kept: Download resumes where it stopped.")
                              .arg(error.userText()));
    }
    showArchive();
    emit downloadFinished(error);
}

void DownloadDialog::reject() {
    if (m_downloader) {
        m_downloader->cancel();
        return; // the dialog stays to say so; Close again closes it
    }
    QDialog::reject();
}

} // namespace corpcare::views
