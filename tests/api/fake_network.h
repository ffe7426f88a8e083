#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace corpcare::tests {

// What the fake answers to one request (owncloud's FakeQNAM idea): a canned HTTP answer, a network
// error, a reply that never ends, or a slow one that trickles its body in chunks.
struct FakeResponse {
    enum class Kind { Canned, NetworkError, Hang, Slow };
    Kind kind = Kind::Canned;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // before the answer (Canned, NetworkError) or between chunks (Slow)
    int chunks = 1;  // Slow: the body arrives in this many pieces
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    static FakeResponse json(int status, const QByteArray &body, int delayMs = 0);
    static FakeResponse networkError(QNetworkReply::NetworkError error, const QString &text, int delayMs = 0);
    static FakeResponse hang();
    static FakeResponse slow(const QByteArray &body, int chunks, int intervalMs);
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

class FakeReply;

// A QNetworkAccessManager that never touches the network: each request is answered by the handler
// (or, without one, by the next queued response; 404 when the queue is empty).
class FakeNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr) : QNetworkAccessManager(parent) {}

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void enqueue(const FakeResponse &response) { m_queue.append(response); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int inFlight() const; // replies not finished yet
    int maxInFlight() const { return m_maxInFlight; }
    int abortedCount() const { return m_aborted; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    Handler m_handler;
    QList<FakeResponse> m_queue;
    QList<RecordedRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
    int m_maxInFlight = 0;
    int m_aborted = 0;
};

class FakeReply : public QNetworkReply {
    Q_OBJECT

public:
    FakeReply(FakeNetworkAccessManager *manager, const RecordedRequest &recorded, FakeResponse response);

    void abort() override;
    qint64 bytesAvailable() const override { return m_buffer.size() + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void step();
    void respondHeaders();
    void end();

    QPointer<FakeNetworkAccessManager> m_manager;
    FakeResponse m_response;
    QTimer m_timer;
    QByteArray m_buffer;
    int m_sentChunks = 0;
    bool m_headersSent = false;
};

} // namespace corpcare::tests
