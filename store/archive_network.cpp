#include "store/archive_network.h"

#include "domain/json/paths.h"
#include "store/archive.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace corpcare::store {

namespace {

// The profile's part of a path, whatever prefix the operator puts before it.
QString profilePath(const QString &path) {
    for (const QLatin1String root : {QLatin1String("/tmf-api/"), QLatin1String("/corporate/")}) {
        const qsizetype at = path.indexOf(root);
        if (at >= 0) {
            return path.mid(at);
        }
    }
    return path;
}

ArchiveAnswer signedIn() {
    return {200,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
            QByteArrayLiteral(R"({"access_token":"offline","token_type":"Bearer","expires_in":31536000})")};
}

} // namespace

ArchiveNetwork::ArchiveNetwork(std::unique_ptr<Archive> archive, QObject *parent)
    : QNetworkAccessManager(parent), m_archive(std::move(archive)) {}

// The replies (children) go first, then the archive waits for its thread to finish what it was asked.
ArchiveNetwork::~ArchiveNetwork() = default;

Archive *ArchiveNetwork::archive() const {
    return m_archive.get();
}

QNetworkReply *ArchiveNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) {
    Q_UNUSED(outgoingData)
    auto *reply = new ArchiveReply(request, op, this);
    const QString path = profilePath(request.url().path());
    if (op == PostOperation &&
        (path == QLatin1String(domain::json::kTokenPath) || path == QLatin1String(domain::json::kRevokePath))) {
        reply->answer(signedIn());
        return reply;
    }
    if (op != GetOperation) {
        reply->answer(offlineRefusal(QCoreApplication::translate("Archive", "This change")));
        return reply;
    }
    const QString fullPath = request.url().path();
    const QUrlQuery query(request.url());
    const bool csv = request.rawHeader("Accept").startsWith("text/csv");
    Archive *archive = m_archive.get();
    auto *watcher = new QFutureWatcher<ArchiveAnswer>(reply);
    connect(watcher, &QFutureWatcher<ArchiveAnswer>::finished, reply,
            [reply, watcher] { reply->answer(watcher->result()); });
    watcher->setFuture(QtConcurrent::run(archive->pool(), [archive, path, fullPath, query, csv] {
        return answerFromArchive(*archive, path, fullPath, query, csv);
    }));
    return reply;
}

ArchiveReply::ArchiveReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, QObject *parent)
    : QNetworkReply(parent) {
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ArchiveReply::answer(const ArchiveAnswer &answer) {
    if (isFinished()) {
        return; // aborted meanwhile
    }
    // Queued, so that the caller connects to the reply before it ends, as with a real one.
    QMetaObject::invokeMethod(
        this,
        [this, answer] {
            if (isFinished()) {
                return;
            }
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
            for (const auto &[name, value] : answer.headers) {
                setRawHeader(name, value);
            }
            emit metaDataChanged();
            m_buffer = answer.body;
            emit downloadProgress(m_buffer.size(), m_buffer.size());
            emit readyRead();
            setFinished(true);
            emit finished();
        },
        Qt::QueuedConnection);
}

void ArchiveReply::abort() {
    if (isFinished()) {
        return;
    }
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    emit errorOccurred(OperationCanceledError);
    setFinished(true);
    emit finished();
}

qint64 ArchiveReply::readData(char *data, qint64 maxSize) {
    const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
    std::copy_n(m_buffer.constData(), count, data);
    m_buffer.remove(0, count);
    return count;
}

} // namespace corpcare::store
