#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace corpcare::tests {

// A TCP proxy on loopback between the client and the test server, blind to TLS: it forwards bytes both
// ways. Armed with dropAnswerAfter(n), it cuts the first connection that has sent more than n bytes
// since the server last answered on it, at the moment the server starts to answer: the request was
// delivered and worked on, its answer is lost. That is the network dropping during a submission.
class DroppingProxy : public QObject {
    Q_OBJECT
public:
    explicit DroppingProxy(QObject *parent = nullptr);
    ~DroppingProxy() override;

    bool listen(quint16 targetPort); // forwards 127.0.0.1:<own port> to 127.0.0.1:targetPort
    QUrl url() const;                // https://127.0.0.1:<own port>
    // `times` connections in a row, each the first to pass the threshold after the last one cut.
    void dropAnswerAfter(qint64 uploadedBytes, int times = 1) {
        m_threshold = uploadedBytes;
        m_times = times;
    }
    int dropped() const { return m_dropped; }

private:
    struct Pair {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        QByteArray pending;     // from the client before the server side connected
        qint64 uploadSince = 0; // bytes from the client since the server last sent any
    };
    void accept();
    void close(Pair *pair);

    QTcpServer m_listener;
    quint16 m_target = 0;
    qint64 m_threshold = -1; // -1: forward everything
    int m_times = 0;
    int m_dropped = 0;
    QList<Pair *> m_pairs;
};

} // namespace corpcare::tests
