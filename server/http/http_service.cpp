#include "server/http/http_service.h"

#include <QAbstractHttpServer>
#include <QFuture>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QtConcurrent>

#include <exception>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QSslServer>
#endif

Q_LOGGING_CATEGORY(lcHttp, "corpcare.server.http")

namespace corpcare::server::http {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

// Copies what handlers need out of Qt's request, on the server thread, before any worker runs.
HttpRequest toPlainRequest(const QHttpServerRequest &request) {
    HttpRequest plain;
    plain.method = methodName(request.method());
    plain.path = request.url().path();
    plain.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    for (const auto &[name, value] : request.headers().toListOfPairs()) {
        plain.headers.append({name.toLower(), value});
    }
#else
    for (const auto &[name, value] : request.headers()) {
        plain.headers.append({name.toLower(), value});
    }
#endif
    plain.body = request.body();
    plain.peer = request.remoteAddress();
    return plain;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
QHttpServerResponse toQtResponse(const HttpResponse &response) {
    QHttpServerResponse out(response.contentType, response.body,
                            static_cast<QHttpServerResponse::StatusCode>(response.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = out.headers();
    for (const auto &[name, value] : response.headers) {
        headers.append(name, value);
    }
    out.setHeaders(std::move(headers));
#else
    for (const auto &[name, value] : response.headers) {
        out.addHeader(name, value);
    }
#endif
    return out;
}
#endif

void writeResponse(QHttpServerResponder &responder, const HttpResponse &response) {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(response.body);
}

} // namespace

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// Before 6.8, QHttpServer answers a route that returns a QFuture from a continuation that holds the
// connection's raw socket and request. When the client closes the connection first (as a cancelled
// load does with the pages still on the wire), the answer is written to a deleted socket and the whole
// server crashes. This server routes by itself and answers only a socket that is still there; Qt
// deletes the request together with its socket, so a live socket means a live request.
class GuardedHttpServer final : public QAbstractHttpServer {
public:
    using Dispatch = std::function<QFuture<HttpResponse>(const QHttpServerRequest &request)>;
    explicit GuardedHttpServer(Dispatch dispatch) : m_dispatch(std::move(dispatch)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        const QPointer<QTcpSocket> alive(socket);
        const QHttpServerRequest *pending = &request;
        m_dispatch(request).then(this, [alive, pending](const HttpResponse &response) {
            if (!alive) {
                return; // the client went away: there is nobody to answer
            }
            QHttpServerResponder responder = makeResponder(*pending, alive.data());
            writeResponse(responder, response);
        });
        return true;
    }
    // handleRequest takes every request (unknown paths get the fallback's answer).
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Dispatch m_dispatch;
};
#endif

HttpService::HttpService(QObject *parent) : QObject(parent) {
    m_workers.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    m_fallback = [](const HttpRequest &request, const QString &) {
        return errorResponse(404, QStringLiteral("notFound"), QStringLiteral("no resource at %1").arg(request.path));
    };
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    m_server = std::make_unique<GuardedHttpServer>([this](const QHttpServerRequest &request) {
        HttpRequest plain = toPlainRequest(request);
        for (const Route &route : std::as_const(m_routes)) {
            QString argument;
            if (route.matches(plain.path, &argument)) {
                return QtConcurrent::run(&m_workers, [handler = route.handler, plain = std::move(plain), argument,
                                                      maxBodyBytes = route.maxBodyBytes] {
                    return guarded(handler, plain, argument, maxBodyBytes);
                });
            }
        }
        return QtFuture::makeReadyFuture(guarded(m_fallback, plain, {}));
    });
#else
    auto server = std::make_unique<QHttpServer>();
    server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        writeResponse(responder, guarded(m_fallback, toPlainRequest(request), {}));
    });
    m_server = std::move(server);
#endif
}

bool HttpService::Route::matches(const QString &path, QString *argument) const {
    if (!takesArgument) {
        return path == prefix;
    }
    if (!path.startsWith(prefix) || path.size() <= prefix.size()) {
        return false;
    }
    const QString last = path.mid(prefix.size());
    if (last.contains(QLatin1Char('/'))) {
        return false;
    }
    *argument = last;
    return true;
}

HttpService::~HttpService() {
    m_workers.waitForDone();
}

void HttpService::setFallback(Handler handler) {
    m_fallback = std::move(handler);
}

HttpResponse HttpService::guarded(const Handler &handler, const HttpRequest &request, const QString &argument,
                                  qsizetype maxBodyBytes) {
    if (request.body.size() > maxBodyBytes || request.header("content-length").toLongLong() > maxBodyBytes) {
        return errorResponse(413, QStringLiteral("payloadTooLarge"),
                             QStringLiteral("request bodies are limited to %1 bytes").arg(maxBodyBytes));
    }
    HttpResponse response;
    try {
        response = handler(request, argument);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "request" << request.method << request.path << "failed:" << e.what();
        response = errorResponse(500, QStringLiteral("internalError"), QStringLiteral("the server failed"));
    }
    const QByteArray requestId = request.header("x-request-id");
    if (!requestId.isEmpty() && requestId.size() <= 128) {
        response.withHeader("X-Request-ID", requestId);
    }
    return response;
}

void HttpService::addRoute(const QString &pattern, Handler handler, qsizetype maxBodyBytes) {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    const QString argumentSuffix = QStringLiteral("<arg>");
    const bool takesArgument = pattern.endsWith(QLatin1Char('/') + argumentSuffix);
    m_routes.append({takesArgument ? pattern.chopped(argumentSuffix.size()) : pattern, takesArgument,
                     std::move(handler), maxBodyBytes});
#else
    auto *server = static_cast<QHttpServer *>(m_server.get());
    auto run = [this, handler = std::move(handler), maxBodyBytes](const QString &argument,
                                                                  const QHttpServerRequest &request) {
        HttpRequest plain = toPlainRequest(request);
        return QtConcurrent::run(&m_workers, [handler, plain = std::move(plain), argument, maxBodyBytes] {
            return toQtResponse(guarded(handler, plain, argument, maxBodyBytes));
        });
    };
    if (pattern.endsWith(QLatin1String("/<arg>"))) {
        server->route(pattern, [run](const QString &argument, const QHttpServerRequest &request) {
            return run(argument, request);
        });
    } else {
        server->route(pattern, [run](const QHttpServerRequest &request) { return run(QString(), request); });
    }
#endif
}

quint16 HttpService::listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                            const QSslKey &key, QString *error) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcp = new QSslServer(m_server.get());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    tcp->setSslConfiguration(configuration);
    if (!tcp->listen(address, port) || !m_server->bind(tcp)) {
        *error = tcp->errorString();
        return 0;
    }
    return tcp->serverPort();
#else
    m_server->sslSetup(certificate, key);
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        *error = QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port);
    }
    return bound;
#endif
}

} // namespace corpcare::server::http
