#include "api/json_request_job.h"

#include <QJsonParseError>
#include <QUrl>

namespace corpcare::api {

JsonRequestJob::JsonRequestJob(AccessManager *access, const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const QByteArray &contentType, QObject *parent)
    : ApiJob(access, method, pathAndQuery, body, contentType, parent) {}

JsonRequestJob *JsonRequestJob::get(AccessManager *access, const QString &pathAndQuery, QObject *parent) {
    return new JsonRequestJob(access, "GET", pathAndQuery, {}, {}, parent);
}

JsonRequestJob *JsonRequestJob::postJson(AccessManager *access, const QString &path, const QJsonDocument &document,
                                         QObject *parent) {
    return new JsonRequestJob(access, "POST", path, document.toJson(QJsonDocument::Compact),
                              "application/json; charset=utf-8", parent);
}

JsonRequestJob *JsonRequestJob::postForm(AccessManager *access, const QString &path, const QUrlQuery &form,
                                         QObject *parent) {
    return new JsonRequestJob(access, "POST", path, formEncode(form), "application/x-www-form-urlencoded", parent);
}

qint64 JsonRequestJob::totalCount() const {
    bool ok = false;
    const qint64 total = rawHeader("X-Total-Count").trimmed().toLongLong(&ok);
    return ok && total >= 0 ? total : -1;
}

ApiError JsonRequestJob::readSuccess(int httpStatus, const QByteArray &body) {
    m_body = body;
    m_json = {};
    if (!m_parseJson || (body.isEmpty() && httpStatus == 204)) {
        return {};
    }
    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError::malformed(
            tr("not JSON (at byte %1: %2)").arg(QString::number(parseError.offset), parseError.errorString()));
    }
    return {};
}

QByteArray formEncode(const QUrlQuery &form) {
    QByteArray out;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace corpcare::api
