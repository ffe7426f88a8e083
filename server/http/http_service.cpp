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
#include <QTimer>
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

    void setFaults(const FaultPlan &plan) { m_faults = plan; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        const QPointer<QTcpSocket> alive(socket);
        const QHttpServerRequest *pending = &request;
        const quint64 number = m_requests++;
        const FaultKind fault = m_faults.faultOf(number);
        if (fault != FaultKind::None) {
            qCDebug(lcHttp) << "fault" << FaultPlan::nameOf(fault) << "for request" << number << request.url().path();
        }
        if (const auto refusal = refusalFor(fault)) {
            QHttpServerResponder responder = makeResponder(request, socket);
            writeResponse(responder, *refusal); // not carried out
            return true;
        }
        m_dispatch(request).then(this, [this, alive, pending, fault, number](const HttpResponse &response) {
            if (!alive) {
                return; // the client went away: there is nobody to answer
            }
            answer(alive, pending, response, fault, number);
        });
        return true;
    }
    // handleRequest takes every request (unknown paths get the fallback's answer).
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static std::optional<HttpResponse> refusalFor(FaultKind fault) {
        switch (fault) {
        case FaultKind::Error500:
            return errorResponse(500, QStringLiteral("internalError"), QStringLiteral("injected fault"));
        case FaultKind::Error503: {
            HttpResponse response =
                errorResponse(503, QStringLiteral("serviceUnavailable"), QStringLiteral("injected fault"));
            response.withHeader("Retry-After", "1");
            return response;
        }
        case FaultKind::BareError500:
            return HttpResponse{500, QByteArrayLiteral("text/plain"), {}, {}};
        case FaultKind::BareError503:
            return HttpResponse{503,
                                QByteArrayLiteral("text/html"),
                                QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1></body></html>"),
                                {}};
        default:
            return std::nullopt;
        }
    }

    // The handler's answer, delivered as the fault says.
    void answer(const QPointer<QTcpSocket> &alive, const QHttpServerRequest *pending, HttpResponse response,
                FaultKind fault, quint64 number) {
        switch (fault) {
        case FaultKind::Latency:
            QTimer::singleShot(200 + int(number * 7919 % 1300), this, [alive, pending, response] {
                if (alive) {
                    QHttpServerResponder responder = makeResponder(*pending, alive.data());
                    writeResponse(responder, response);
                }
            });
            return;
        case FaultKind::Drop: {
            // The head promises the whole body; half of it comes, then the connection closes.
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) +
                              " X\r\nContent-Type: " + response.contentType +
                              "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto &[name, value] : response.headers) {
                head += name + ": " + value + "\r\n";
            }
            alive->write(head + "\r\n" + response.body.left(response.body.size() / 2));
            alive->disconnectFromHost();
            return;
        }
        case FaultKind::Truncated:
            response.body.truncate(response.body.size() / 2);
            break;
        case FaultKind::InvalidJson:
            response.body = QByteArrayLiteral("{\"items\": [1, 2,");
            response.contentType = QByteArrayLiteral("application/json");
            break;
        case FaultKind::Stall:
            // Nothing: the client's timeout ends the request. The connection is closed after a minute.
            QTimer::singleShot(60000, this, [alive] {
                if (alive) {
                    alive->abort();
                }
            });
            return;
        default:
            break;
        }
        QHttpServerResponder responder = makeResponder(*pending, alive.data());
        writeResponse(responder, response);
    }

    Dispatch m_dispatch;
    FaultPlan m_faults;
    quint64 m_requests = 0; // on the server's thread only
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

void HttpService::setFaults(const FaultPlan &plan) {
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    static_cast<GuardedHttpServer *>(m_server.get())->setFaults(plan);
#else
    if (plan.isActive()) {
        qCWarning(lcHttp) << "fault injection needs the guarded server of Qt < 6.8; no faults are injected";
    }
#endif
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
