#pragma once

#include "store/archive_answer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace corpcare::store {

class Archive;

// The offline program's "server" (issue 7): a QNetworkAccessManager that answers the profile's requests
// from the archive, so every view, table, chart, export and printout works offline unchanged. Reads are
// answered on the archive's thread; sign-in and sign-out are accepted (the archive was opened with the
// password already); every other write is refused with a TMF error that says the program is offline.
// Nothing leaves the computer.
class ArchiveNetwork : public QNetworkAccessManager {
    Q_OBJECT

public:
    explicit ArchiveNetwork(std::unique_ptr<Archive> archive, QObject *parent = nullptr);
    ~ArchiveNetwork() override;

    Archive *archive() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    std::unique_ptr<Archive> m_archive;
};

// One answer of the archive, delivered as a network reply: always asynchronous, as a real one.
class ArchiveReply : public QNetworkReply {
    Q_OBJECT

public:
    ArchiveReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, QObject *parent);

    void answer(const ArchiveAnswer &answer);
    void abort() override;
    qint64 bytesAvailable() const override { return m_buffer.size() + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    QByteArray m_buffer;
};

} // namespace corpcare::store
