#pragma once

#include "api/api_error.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace corpcare::api {
class Session;
}

namespace corpcare::store {
class ArchiveDownloader;
}

namespace corpcare::views {

class AccountChooser;
class OfflineAccess;
class PeriodPicker;

// File → Download for offline (issue 7): which accounts and period, then the download with a progress
// bar, counts and Cancel. A download that stopped resumes where it did when started again with the
// same accounts and period.
class DownloadDialog : public QDialog {
    Q_OBJECT
public:
    DownloadDialog(api::Session *session, OfflineAccess *offline, const QList<std::pair<QString, QString>> &accounts,
                   QDate today, QWidget *parent = nullptr);
    ~DownloadDialog() override;

    AccountChooser *accounts() const { return m_accounts; }
    PeriodPicker *period() const { return m_period; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }

    void startDownload();

signals:
    void downloadFinished(const corpcare::api::ApiError &error);

protected:
    void reject() override; // Esc / Close: cancels a download first

private:
    void showArchive();
    void onProgress(const QString &step, int stepsDone, int stepsTotal, qint64 records);
    void onFinished(const api::ApiError &error);

    api::Session *m_session;
    OfflineAccess *m_offline;
    AccountChooser *m_accounts;
    PeriodPicker *m_period;
    QLabel *m_archive;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_download;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPointer<store::ArchiveDownloader> m_downloader;
    qint64 m_records = 0;
};

} // namespace corpcare::views
