#include "api/sign_in_job.h"

#include "api/json_request_job.h"
#include "domain/json/paths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace corpcare::api {

namespace {

QByteArray passwordGrant(const QString &login, const QString &password) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), login);
    form.addQueryItem(QStringLiteral("password"), password);
    return formEncode(form);
}

} // namespace

SignInJob::SignInJob(AccessManager *access, const QString &login, const QString &password, QObject *parent)
    : ApiJob(access, "POST", QString::fromLatin1(domain::json::kTokenPath), passwordGrant(login, password),
             "application/x-www-form-urlencoded", parent),
      m_login(login) {
    setCredentials(AccessManager::Credentials::None);
    setBodyIsSecret(true);
}

ApiError SignInJob::readSuccess(int, const QByteArray &body) {
    const QJsonObject reply = QJsonDocument::fromJson(body).object();
    const QString token = reply.value(QStringLiteral("access_token")).toString();
    const QString type = reply.value(QStringLiteral("token_type")).toString();
    if (token.isEmpty()) {
        return ApiError::malformed(QStringLiteral("access_token: missing or not a string"));
    }
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        return ApiError::malformed(QStringLiteral("token_type: expected \"Bearer\", got \"%1\"").arg(type));
    }
    m_token = token.toLatin1();
    const QJsonValue expiresIn = reply.value(QStringLiteral("expires_in"));
    if (expiresIn.isDouble()) {
        m_expiresIn = qint64(expiresIn.toDouble());
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_expiresIn);
    }
    return {};
}

ApiError SignInJob::readFailure(int httpStatus, const QByteArray &body) {
    ApiError error = ApiJob::readFailure(httpStatus, body);
    if (httpStatus == 401 || error.code == QLatin1String("invalid_grant")) {
        error.kind = ApiError::Kind::Unauthorized;
        error.message = tr("Wrong user name or password.");
    }
    return error;
}

} // namespace corpcare::api
