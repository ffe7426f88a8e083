#pragma once

#include "server/auth/authenticator.h"
#include "server/auth/sign_in_guard.h"
#include "server/delivery/delivery_worker.h"
#include "server/http/http_types.h"
#include "server/orders/order_worker.h"
#include "server/orders/smsc.h"
#include "server/resources/resource.h"
#include "server/store/connection_pool.h"

#include <QList>

namespace corpcare::server {

namespace http {
class HttpService;
}

// The profile's endpoints (docs/api-profile.md) over one SQLite database: sign-in, who-am-I, and the
// read side of every resource, each request checked for a valid token, the permission it needs, and
// the caller's scope.
class ApiServer {
public:
    struct Options {
        QString databasePath;
        qint64 tokenLifetimeSeconds = 3600;
        orders::WorkPace orderPace;
        double smscSpeed = 1.0; // the simulated SMSC's delays are divided by it
        auth::LockoutPolicy lockout;
        delivery::DeliveryOptions delivery; // report delivery (profile §10): the SMTP relay, fax addresses
    };

    explicit ApiServer(Options options);
    ~ApiServer();

    // Reads the data's context (currency, seed, today) from the database; false with the reason.
    // Also adds the tables of issue 5 when missing and starts the order worker, which resumes the
    // orders left unfinished.
    bool open(QString *error);
    void registerRoutes(http::HttpService &service);
    void registerOperationRoutes(http::HttpService &service); // profile §6
    void registerAccessRoutes(http::HttpService &service);    // portal users (issue 6)
    void registerDeliveryRoutes(http::HttpService &service);  // report delivery schedules (issue 7)

    const resources::DataContext &context() const { return m_context; }

private:
    using CallerHandler = std::function<http::HttpResponse(store::Database &, const auth::Caller &)>;

    http::HttpResponse signIn(const http::HttpRequest &request);
    http::HttpResponse signOut(const http::HttpRequest &request);
    http::HttpResponse me(const http::HttpRequest &request);
    // GET only, token, permission; then the handler with a connection and the caller.
    http::HttpResponse authorized(const http::HttpRequest &request, const QString &permission,
                                  const CallerHandler &handler);
    // Token and permission (the caller checked the method); then the handler.
    http::HttpResponse signedIn(const http::HttpRequest &request, const QString &permission,
                                const CallerHandler &handler);

    Options m_options;
    store::ConnectionPool m_pool;
    auth::Authenticator m_authenticator;
    auth::SignInGuard m_signInGuard;
    resources::DataContext m_context;
    QList<resources::StoredResource> m_resources;
    std::unique_ptr<orders::OrderWorker> m_orderWorker;
    std::unique_ptr<delivery::DeliveryWorker> m_deliveryWorker;
};

} // namespace corpcare::server
