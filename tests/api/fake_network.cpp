#include "fake_network.h"

#include <QBuffer>

namespace corpcare::tests {

FakeResponse FakeResponse::json(int status, const QByteArray &body, int delayMs) {
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.delayMs = delayMs;
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    return response;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error, const QString &text, int delayMs) {
    FakeResponse response;
    response.kind = Kind::NetworkError;
    response.status = 0;
    response.error = error;
    response.errorString = text;
    response.delayMs = delayMs;
    return response;
}

FakeResponse FakeResponse::hang() {
    FakeResponse response;
    response.kind = Kind::Hang;
    return response;
}

FakeResponse FakeResponse::slow(const QByteArray &body, int chunks, int intervalMs) {
    FakeResponse response = json(200, body, intervalMs);
    response.kind = Kind::Slow;
    response.chunks = chunks;
    return response;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value) {
    headers.append({name, value});
    return *this;
}

int FakeNetworkAccessManager::inFlight() const {
    int count = 0;
    for (const QPointer<FakeReply> &reply : m_replies) {
        count += reply && !reply->isFinished() ? 1 : 0;
    }
    return count;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData) {
    RecordedRequest recorded;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData) {
        recorded.body = outgoingData->readAll();
    }
    m_requests.append(recorded);
    FakeResponse response = FakeResponse::json(404, R"({"code":"notFound","message":"no canned answer"})");
    if (m_handler) {
        response = m_handler(recorded);
    } else if (!m_queue.isEmpty()) {
        response = m_queue.takeFirst();
    }
    auto *reply = new FakeReply(this, recorded, response);
    m_replies.append(reply);
    m_maxInFlight = qMax(m_maxInFlight, inFlight());
    return reply;
}

FakeReply::FakeReply(FakeNetworkAccessManager *manager, const RecordedRequest &recorded, FakeResponse response)
    : QNetworkReply(manager), m_manager(manager), m_response(std::move(response)) {
    setRequest(recorded.request);
    setUrl(recorded.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FakeReply::step);
    if (m_response.kind != FakeResponse::Kind::Hang) {
        m_timer.start(m_response.delayMs); // always asynchronous, as a real reply
    }
}

void FakeReply::respondHeaders() {
    if (m_headersSent) {
        return;
    }
    m_headersSent = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers) {
        setRawHeader(name, value);
    }
    emit metaDataChanged();
}

void FakeReply::step() {
    switch (m_response.kind) {
    case FakeResponse::Kind::Hang:
        return;
    case FakeResponse::Kind::NetworkError:
        setError(m_response.error, m_response.errorString);
        emit errorOccurred(m_response.error);
        end();
        return;
    case FakeResponse::Kind::Canned:
        respondHeaders();
        m_buffer += m_response.body;
        emit downloadProgress(m_response.body.size(), m_response.body.size());
        emit readyRead();
        if (m_response.status >= 400) {
            setError(QNetworkReply::ProtocolFailure, QStringLiteral("HTTP %1").arg(m_response.status));
        }
        end();
        return;
    case FakeResponse::Kind::Slow: {
        respondHeaders();
        const qsizetype size = (m_response.body.size() + m_response.chunks - 1) / qMax(1, m_response.chunks);
        m_buffer += m_response.body.mid(m_sentChunks * size, size);
        ++m_sentChunks;
        emit downloadProgress(qMin<qint64>(m_sentChunks * size, m_response.body.size()), m_response.body.size());
        emit readyRead();
        if (m_sentChunks >= m_response.chunks) {
            end();
        } else {
            m_timer.start(m_response.delayMs);
        }
        return;
    }
    }
}

void FakeReply::end() {
    setFinished(true);
    emit finished();
}

void FakeReply::abort() {
    if (isFinished()) {
        return;
    }
    m_timer.stop();
    if (FakeNetworkAccessManager *manager = m_manager.data()) {
        ++manager->m_aborted;
    }
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    end();
}

qint64 FakeReply::readData(char *data, qint64 maxSize) {
    const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
    std::copy_n(m_buffer.constData(), count, data);
    m_buffer.remove(0, count);
    return count;
}

} // namespace corpcare::tests
