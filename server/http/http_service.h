#pragma once

#include "server/http/fault_plan.h"
#include "server/http/http_types.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QThreadPool>

#include <functional>
#include <memory>

class QAbstractHttpServer;

namespace corpcare::server::http {

// The thin layer over Qt's HTTP server (its API changes between Qt 6.4, 6.5 and 6.8; nothing else in
// the server includes it). HTTPS only. Handlers are plain functions of an HttpRequest, run on a bounded
// worker pool so that one slow query does not hold up the others; an answer whose client has gone is
// dropped (before Qt 6.8 this layer routes by itself for that: see GuardedHttpServer).
class HttpService : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request, const QString &pathArgument)>;

    static constexpr qsizetype kMaxBodyBytes = 1 << 20;
    // A group operation's order or SMS: one item per line, for ten thousand lines and more (profile §8).
    static constexpr qsizetype kMaxBulkBodyBytes = 16 << 20;

    explicit HttpService(QObject *parent = nullptr);
    ~HttpService() override;

    // pattern: an exact path, or a path ending in "/<arg>" whose last segment reaches the handler.
    void addRoute(const QString &pattern, Handler handler, qsizetype maxBodyBytes = kMaxBodyBytes);
    // Answers every path no route matches.
    void setFallback(Handler handler);
    // Issue 9: makes a share of the requests fail (server/http/fault_plan.h). Off by default.
    void setFaults(const FaultPlan &plan);

    // Listens with TLS; returns the port (0 on failure, with the reason in *error).
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate, const QSslKey &key,
                   QString *error);

private:
    static HttpResponse guarded(const Handler &handler, const HttpRequest &request, const QString &argument,
                                qsizetype maxBodyBytes = kMaxBodyBytes);

    // An exact path, or a prefix ending in '/' followed by one segment, the handler's argument.
    struct Route {
        QString prefix;
        bool takesArgument = false;
        Handler handler;
        qsizetype maxBodyBytes = kMaxBodyBytes;
        bool matches(const QString &path, QString *argument) const;
    };

    QList<Route> m_routes;
    std::unique_ptr<QAbstractHttpServer> m_server;
    QThreadPool m_workers;
    Handler m_fallback;
};

} // namespace corpcare::server::http
