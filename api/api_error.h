#pragma once

#include <QMetaType>
#include <QString>

namespace corpcare::api {

// Why a request did not give its result. `message` is one sentence the user can read; `details` is
// for a "details" box or a bug report (status, request id, certificate data), never a secret.
struct ApiError {
    enum class Kind {
        None,         // no error
        Network,      // no answer: refused, reset, host not found, unsafe redirect ...
        Timeout,      // no answer in time (distinct from Cancelled: nobody asked to stop)
        Cancelled,    // abort() or cancel() by the caller
        Tls,          // the server's certificate is not trusted or the handshake failed
        Unauthorized, // 401: wrong credentials, or the token expired / was revoked
        Forbidden,    // 403: in scope, but the permission is missing
        NotFound,     // 404: unknown, or outside the caller's scope (the profile makes them alike)
        BadRequest,   // other 4xx: the request was wrong
        Server,       // 5xx, or an answer the client cannot use (an unexpected redirect)
        Malformed,    // a 2xx whose body is not what the profile promises
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // the TMF error body's `code` ("invalid_grant", "notFound"), empty otherwise
    QString message;
    QString details;

    bool isError() const { return kind != Kind::None; }
    // What a bad network or a failing server causes (no answer, a 5xx, a body cut short): the same
    // request may well pass when it is tried again. Refusals and wrong requests never do.
    bool mayPassOnRetry() const {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server || kind == Kind::Malformed;
    }
    // `message`, or a general sentence for the kind when the message is empty.
    QString userText() const;

    static ApiError cancelled();
    static ApiError malformed(const QString &reason);
};

// "Network", "Timeout", ...: for logs and test failure messages.
QString kindName(ApiError::Kind kind);

} // namespace corpcare::api

Q_DECLARE_METATYPE(corpcare::api::ApiError)
