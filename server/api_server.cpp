#include "server/api_server.h"

#include "domain/json/delivery_json.h"
#include "domain/json/mapping.h"
#include "domain/json/paths.h"
#include "server/delivery/delivery_resources.h"
#include "server/delivery/delivery_store.h"
#include "server/http/http_service.h"
#include "server/resources/corporate_resources.h"
#include "server/resources/list_handler.h"
#include "server/resources/operations_resources.h"
#include "server/resources/portal_user_resources.h"
#include "server/resources/usage_resource.h"
#include "server/store/operations_schema.h"
#include "server/store/schema.h"
#include "server/store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace corpcare::server {

using http::errorResponse;
using http::HttpRequest;
using http::HttpResponse;
namespace json = domain::json;

namespace {

HttpResponse methodNotAllowed(const HttpRequest &request, const QByteArray &allowed) {
    return errorResponse(
               405, QStringLiteral("methodNotAllowed"),
               QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(request.method), request.path))
        .withHeader("Allow", allowed);
}

HttpResponse unauthorized() {
    return errorResponse(401, QStringLiteral("unauthorized"),
                         QStringLiteral("sign in first: the access token is missing, invalid or expired"))
        .withHeader("WWW-Authenticate", "Bearer");
}

// A login locked after repeated failed sign-ins (profile §4): how long, in the message and Retry-After.
HttpResponse tooManyAttempts(qint64 seconds) {
    const qint64 minutes = (seconds + 59) / 60;
    return errorResponse(429, QStringLiteral("tooManyAttempts"),
                         QStringLiteral("too many failed sign-ins for this user: try again in %n minute(s)")
                             .replace(QStringLiteral("%n"), QString::number(minutes)))
        .withHeader("Retry-After", QByteArray::number(seconds));
}

// application/x-www-form-urlencoded: '+' is a space there, which QUrlQuery does not know.
QUrlQuery formBody(const QByteArray &body) {
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

} // namespace

ApiServer::ApiServer(Options options)
    : m_options(std::move(options)), m_pool(m_options.databasePath), m_authenticator(m_options.tokenLifetimeSeconds),
      m_signInGuard(m_options.lockout) {
    m_resources = {resources::organizationResource(),    resources::individualResource(),
                   resources::billingAccountResource(),  resources::productResource(),
                   resources::productOfferingResource(), resources::customerBillResource(),
                   resources::billItemResource(),        resources::paymentResource()};
}

ApiServer::~ApiServer() {
    if (m_deliveryWorker) {
        m_deliveryWorker->stop();
    }
    if (m_orderWorker) {
        m_orderWorker->stop();
    }
}

bool ApiServer::open(QString *error) {
    try {
        auto db = m_pool.acquire();
        const int version = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
        if (version != store::kSchemaVersion) {
            *error = QStringLiteral("%1 has schema version %2; this server reads version %3")
                         .arg(m_options.databasePath)
                         .arg(version)
                         .arg(store::kSchemaVersion);
            return false;
        }
        const qint64 extensionTables = db->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                                 "type = 'table' AND name IN ('comment', 'news')"))
                                           .toLongLong();
        if (extensionTables != 2) {
            *error = QStringLiteral("%1 predates comments and news; generate it anew (--demo --regenerate)")
                         .arg(m_options.databasePath);
            return false;
        }
        m_context.currency = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'currency'")).toString();
        m_context.seed = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seed'")).toULongLong();
        m_context.today = QDate::fromString(
            db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'today'")).toString(), Qt::ISODate);
        store::configureForServing(*db);
        store::createOperationsSchema(*db);
        m_orderWorker = std::make_unique<orders::OrderWorker>(m_options.databasePath, m_options.orderPace);
        m_orderWorker->start();
        delivery::createDeliverySchema(*db);
        m_options.delivery.currency = m_context.currency;
        m_deliveryWorker = std::make_unique<delivery::DeliveryWorker>(m_options.databasePath, m_options.delivery);
        m_deliveryWorker->start();
        return true;
    } catch (const store::SqlError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

HttpResponse ApiServer::authorized(const HttpRequest &request, const QString &permission,
                                   const CallerHandler &handler) {
    if (request.method != "GET") {
        return methodNotAllowed(request, "GET");
    }
    return signedIn(request, permission, handler);
}

HttpResponse ApiServer::signedIn(const HttpRequest &request, const QString &permission, const CallerHandler &handler) {
    auto db = m_pool.acquire();
    auto caller = m_authenticator.authenticate(*db, request.header("authorization"));
    if (!caller) {
        return unauthorized();
    }
    caller->source = request.peer.toString();
    if (!permission.isEmpty() && !caller->may(permission)) {
        return errorResponse(
            403, QStringLiteral("forbidden"),
            QStringLiteral("this needs the permission %1, which %2 does not hold").arg(permission, caller->login));
    }
    return handler(*db, *caller);
}

HttpResponse ApiServer::signIn(const HttpRequest &request) {
    if (request.method != "POST") {
        return methodNotAllowed(request, "POST");
    }
    const QUrlQuery form = formBody(request.body);
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("password")) {
        return errorResponse(400, QStringLiteral("unsupported_grant_type"),
                             QStringLiteral("only grant_type=password is supported"));
    }
    const QString login = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (login.isEmpty() || password.isEmpty()) {
        return errorResponse(400, QStringLiteral("invalid_request"),
                             QStringLiteral("username and password are required"));
    }
    auto db = m_pool.acquire();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString source = request.peer.toString();
    if (const qint64 locked = m_signInGuard.lockedFor(*db, login, now); locked > 0) {
        return tooManyAttempts(locked);
    }
    const auto issued = m_authenticator.signIn(*db, login, password);
    if (!issued) {
        if (const qint64 locked = m_signInGuard.failed(*db, login, source, now); locked > 0) {
            return tooManyAttempts(locked);
        }
        HttpResponse response =
            errorResponse(401, QStringLiteral("invalid_grant"), QStringLiteral("wrong user name or password"));
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        body.insert(QStringLiteral("error"), QStringLiteral("invalid_grant"));
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    }
    m_signInGuard.succeeded(*db, login, source, now);
    return http::jsonResponse(QJsonDocument(QJsonObject{
                                  {QStringLiteral("access_token"), QString::fromLatin1(issued->token)},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), issued->expiresInSeconds},
                              }))
        .withHeader("Cache-Control", "no-store");
}

HttpResponse ApiServer::signOut(const HttpRequest &request) {
    if (request.method != "POST") {
        return methodNotAllowed(request, "POST");
    }
    // RFC 7009: the token in the form; the answer is 200 whether it was valid or not, so that it
    // tells nothing about tokens.
    const QByteArray token =
        formBody(request.body).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
    auto db = m_pool.acquire();
    if (const auto holder = m_authenticator.revoke(*db, token)) {
        auth::SignInGuard::signedOut(*db, *holder, request.peer.toString(), QDateTime::currentSecsSinceEpoch());
    }
    HttpResponse response;
    response.contentType = "application/json; charset=utf-8";
    response.body = "{}";
    return response.withHeader("Cache-Control", "no-store");
}

HttpResponse ApiServer::me(const HttpRequest &request) {
    return authorized(request, {}, [](store::Database &db, const auth::Caller &caller) {
        return http::jsonResponse(QJsonDocument(json::toJson(*resources::loadPortalUser(db, caller.userId))));
    });
}

void ApiServer::registerRoutes(http::HttpService &service) {
    service.addRoute(QString::fromLatin1(json::kTokenPath),
                     [this](const HttpRequest &request, const QString &) { return signIn(request); });
    service.addRoute(QString::fromLatin1(json::kRevokePath),
                     [this](const HttpRequest &request, const QString &) { return signOut(request); });
    service.addRoute(QString::fromLatin1(json::kMePath),
                     [this](const HttpRequest &request, const QString &) { return me(request); });

    for (const resources::StoredResource &resource : std::as_const(m_resources)) {
        const QString collection = json::collectionPath(resource.kind);
        service.addRoute(collection, [this, &resource](const HttpRequest &request, const QString &) {
            return authorized(request, resource.permission, [&](store::Database &db, const auth::Caller &caller) {
                return resources::listCollection(resource, db, m_context, caller, request);
            });
        });
        service.addRoute(
            collection + QStringLiteral("/<arg>"), [this, &resource](const HttpRequest &request, const QString &id) {
                return authorized(request, resource.permission, [&](store::Database &db, const auth::Caller &caller) {
                    return resources::getItem(resource, db, m_context, caller, id, request);
                });
            });
    }

    const QString usage = json::collectionPath(json::Resource::Usage);
    service.addRoute(usage, [this](const HttpRequest &request, const QString &) {
        return authorized(request, domain::permission::viewFinance,
                          [&](store::Database &db, const auth::Caller &caller) {
                              return resources::listUsage(db, m_context, caller, request);
                          });
    });
    service.addRoute(usage + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        return authorized(request, domain::permission::viewFinance,
                          [&](store::Database &db, const auth::Caller &caller) {
                              return resources::getUsage(db, m_context, caller, id, request);
                          });
    });

    const QString comment = QString::fromLatin1(json::kCommentPath);
    service.addRoute(comment, [this](const HttpRequest &request, const QString &) {
        const QString &permission = domain::permission::viewAccounts;
        if (request.method == "POST") {
            return signedIn(request, permission, [&](store::Database &db, const auth::Caller &caller) {
                return resources::postComment(db, caller, request);
            });
        }
        if (request.method != "GET") {
            return methodNotAllowed(request, "GET, POST");
        }
        return signedIn(request, permission, [&](store::Database &db, const auth::Caller &caller) {
            return resources::listComments(db, caller, request);
        });
    });
    service.addRoute(comment + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        return authorized(request, domain::permission::viewAccounts,
                          [&](store::Database &db, const auth::Caller &caller) {
                              return resources::getComment(db, caller, id, request);
                          });
    });

    registerOperationRoutes(service);
    registerAccessRoutes(service);
    registerDeliveryRoutes(service);

    const QString news = QString::fromLatin1(json::kNewsPath);
    service.addRoute(news, [this](const HttpRequest &request, const QString &) {
        return authorized(request, {},
                          [&](store::Database &db, const auth::Caller &) { return resources::listNews(db, request); });
    });
    service.addRoute(news + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        return authorized(request, {}, [&](store::Database &db, const auth::Caller &) {
            return resources::getNews(db, id, request);
        });
    });
}

void ApiServer::registerAccessRoutes(http::HttpService &service) {
    using domain::permission::managePortalUsers;
    const QString users = QString::fromLatin1(json::kPortalUserPath);
    service.addRoute(users, [this](const HttpRequest &request, const QString &) {
        if (request.method == "POST") {
            return signedIn(request, managePortalUsers, [&](store::Database &db, const auth::Caller &caller) {
                return resources::postPortalUser(db, caller, request);
            });
        }
        return authorized(request, managePortalUsers, [&](store::Database &db, const auth::Caller &caller) {
            return resources::listPortalUsers(db, caller, request);
        });
    });
    service.addRoute(users + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        if (request.method == "PATCH") {
            return signedIn(request, managePortalUsers, [&](store::Database &db, const auth::Caller &caller) {
                return resources::patchPortalUser(db, caller, id, request);
            });
        }
        return authorized(request, managePortalUsers, [&](store::Database &db, const auth::Caller &caller) {
            return resources::getPortalUser(db, caller, id);
        });
    });
}

void ApiServer::registerDeliveryRoutes(http::HttpService &service) {
    using domain::permission::viewFinance;
    const QString schedules = QString::fromLatin1(json::kDeliverySchedulePath);
    service.addRoute(schedules, [this](const HttpRequest &request, const QString &) {
        if (request.method == "POST") {
            return signedIn(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                HttpResponse response = delivery::postSchedule(db, caller, request);
                m_deliveryWorker->wake();
                return response;
            });
        }
        return authorized(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
            return delivery::listSchedules(db, caller, request);
        });
    });
    service.addRoute(schedules + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        if (request.method == "PATCH") {
            return signedIn(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                return delivery::patchSchedule(db, caller, id, request);
            });
        }
        if (request.method == "DELETE") {
            return signedIn(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                return delivery::cancelSchedule(db, caller, id);
            });
        }
        if (request.method != "GET") {
            return methodNotAllowed(request, "GET, PATCH, DELETE");
        }
        return authorized(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
            return delivery::getSchedule(db, caller, id);
        });
    });
}

void ApiServer::registerOperationRoutes(http::HttpService &service) {
    using domain::permission::changeProducts;
    using domain::permission::managePortalUsers;
    using domain::permission::manageThresholds;
    using domain::permission::sendSms;
    using domain::permission::viewAccounts;
    using domain::permission::viewFinance;
    const QString threshold = QString::fromLatin1(json::kChargeThresholdPath);
    service.addRoute(threshold, [this](const HttpRequest &request, const QString &) {
        if (request.method == "POST") {
            return signedIn(request, manageThresholds, [&](store::Database &db, const auth::Caller &caller) {
                return resources::postThreshold(db, caller, request);
            });
        }
        return authorized(request, viewAccounts, [&](store::Database &db, const auth::Caller &caller) {
            return resources::listThresholds(db, caller, request);
        });
    });
    service.addRoute(threshold + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        if (request.method != "DELETE") {
            return methodNotAllowed(request, "DELETE");
        }
        return signedIn(request, manageThresholds, [&](store::Database &db, const auth::Caller &caller) {
            return resources::deleteThreshold(db, caller, id);
        });
    });

    const QString order = json::collectionPath(json::Resource::ProductOrder);
    service.addRoute(
        order,
        [this](const HttpRequest &request, const QString &) {
            if (request.method == "POST") {
                return signedIn(request, changeProducts, [&](store::Database &db, const auth::Caller &caller) {
                    HttpResponse response = resources::postOrder(db, caller, request);
                    m_orderWorker->wake();
                    return response;
                });
            }
            return authorized(request, changeProducts, [&](store::Database &db, const auth::Caller &caller) {
                return resources::listOrders(db, caller, request);
            });
        },
        http::HttpService::kMaxBulkBodyBytes);
    service.addRoute(order + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        return authorized(request, changeProducts, [&](store::Database &db, const auth::Caller &caller) {
            return resources::getOrder(db, caller, id);
        });
    });
    service.addRoute(json::collectionPath(json::Resource::CancelProductOrder),
                     [this](const HttpRequest &request, const QString &) {
                         if (request.method != "POST") {
                             return methodNotAllowed(request, "POST");
                         }
                         return signedIn(request, changeProducts, [&](store::Database &db, const auth::Caller &caller) {
                             return resources::postCancel(db, caller, request);
                         });
                     });

    const QString message = json::collectionPath(json::Resource::CommunicationMessage);
    service.addRoute(
        message,
        [this](const HttpRequest &request, const QString &) {
            // Report deliveries (profile §10) share the collection: told apart by @type, and they need
            // viewFinance (they carry bills and payments), not sendSms.
            if (request.method == "POST" && delivery::isReportDeliveryBody(request.body)) {
                return signedIn(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                    HttpResponse response = delivery::postDelivery(db, caller, request, m_options.delivery);
                    m_deliveryWorker->wake();
                    return response;
                });
            }
            if (request.method == "POST") {
                return signedIn(request, sendSms, [&](store::Database &db, const auth::Caller &caller) {
                    return resources::postMessage(db, caller, request, {m_context.seed, m_options.smscSpeed});
                });
            }
            if (delivery::asksForReportDeliveries(request)) {
                return authorized(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                    return delivery::listDeliveries(db, caller, request);
                });
            }
            return authorized(request, sendSms, [&](store::Database &db, const auth::Caller &caller) {
                return resources::listMessages(db, caller, request);
            });
        },
        http::HttpService::kMaxBulkBodyBytes);
    service.addRoute(message + QStringLiteral("/<arg>"), [this](const HttpRequest &request, const QString &id) {
        if (delivery::isReportDeliveryId(id)) {
            return authorized(request, viewFinance, [&](store::Database &db, const auth::Caller &caller) {
                return delivery::getDelivery(db, caller, id);
            });
        }
        return authorized(request, sendSms, [&](store::Database &db, const auth::Caller &caller) {
            return resources::getMessage(db, caller, id);
        });
    });

    service.addRoute(QString::fromLatin1(json::kAuditRecordPath), [this](const HttpRequest &request, const QString &) {
        return authorized(request, managePortalUsers, [&](store::Database &db, const auth::Caller &) {
            return resources::listAuditRecords(db, request);
        });
    });
}

} // namespace corpcare::server
