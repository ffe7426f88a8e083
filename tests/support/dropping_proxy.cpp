#include "support/dropping_proxy.h"

#include <QTcpSocket>

namespace corpcare::tests {

DroppingProxy::DroppingProxy(QObject *parent) : QObject(parent) {
    connect(&m_listener, &QTcpServer::newConnection, this, &DroppingProxy::accept);
}

DroppingProxy::~DroppingProxy() {
    for (Pair *pair : std::as_const(m_pairs)) {
        pair->client->disconnect(this);
        pair->server->disconnect(this);
        delete pair->client;
        delete pair->server;
        delete pair;
    }
}

bool DroppingProxy::listen(quint16 targetPort) {
    m_target = targetPort;
    return m_listener.listen(QHostAddress::LocalHost, 0);
}

QUrl DroppingProxy::url() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void DroppingProxy::accept() {
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        client->setParent(nullptr);
        auto *pair = new Pair;
        pair->client = client;
        pair->server = new QTcpSocket;
        m_pairs.append(pair);
        connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray bytes = pair->client->readAll();
            pair->uploadSince += bytes.size();
            if (pair->server->state() == QAbstractSocket::ConnectedState) {
                pair->server->write(bytes);
            } else {
                pair->pending += bytes;
            }
        });
        connect(pair->server, &QTcpSocket::connected, this,
                [pair] { pair->server->write(std::exchange(pair->pending, {})); });
        connect(pair->server, &QTcpSocket::readyRead, this, [this, pair] {
            if (m_threshold >= 0 && pair->uploadSince > m_threshold) {
                if (--m_times <= 0) {
                    m_threshold = -1; // that many times
                }
                ++m_dropped;
                close(pair);
                return;
            }
            pair->uploadSince = 0;
            pair->client->write(pair->server->readAll());
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { close(pair); });
        connect(pair->server, &QTcpSocket::disconnected, this, [this, pair] { close(pair); });
        pair->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void DroppingProxy::close(Pair *pair) {
    if (!m_pairs.removeOne(pair)) {
        return; // closed already (both sides report it)
    }
    pair->client->disconnect(this);
    pair->server->disconnect(this);
    pair->client->abort();
    pair->server->abort();
    pair->client->deleteLater();
    pair->server->deleteLater();
    delete pair;
}

} // namespace corpcare::tests
