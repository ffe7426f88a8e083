#include "api/me_job.h"

#include "domain/json/mapping.h"
#include "domain/json/paths.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace corpcare::api {

MeJob::MeJob(AccessManager *access, QObject *parent)
    : ApiJob(access, "GET", QString::fromLatin1(domain::json::kMePath), {}, {}, parent) {}

ApiError MeJob::readSuccess(int, const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ApiError::malformed(QStringLiteral("me: expected a JSON object"));
    }
    auto user = domain::json::portalUserFromJson(document.object());
    if (!user) {
        return ApiError::malformed(user.error().toString());
    }
    m_user = std::move(user).value();
    return {};
}

} // namespace corpcare::api
