#pragma once

#include "api/api_job.h"

#include <QDateTime>

namespace corpcare::api {

// POST /corporate/v1/oauth2/token with the OAuth2 password grant (api-profile.md §4). Sends no bearer
// token; never retried (POST); the password is dropped from memory once sent. A 401 here means
// wrong credentials: message "Wrong user name or password.".
class SignInJob : public ApiJob {
    Q_OBJECT

public:
    SignInJob(AccessManager *access, const QString &login, const QString &password, QObject *parent = nullptr);

    QString login() const { return m_login; }
    QByteArray accessToken() const { return m_token; }
    qint64 expiresInSeconds() const { return m_expiresIn; } // -1 when the server did not say
    QDateTime expiresAt() const { return m_expiresAt; }     // UTC; invalid when unknown

protected:
    ApiError readSuccess(int httpStatus, const QByteArray &body) override;
    ApiError readFailure(int httpStatus, const QByteArray &body) override;

private:
    QString m_login;
    QByteArray m_token;
    qint64 m_expiresIn = -1;
    QDateTime m_expiresAt;
};

} // namespace corpcare::api
