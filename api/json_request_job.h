#pragma once

#include "api/api_job.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace corpcare::api {

// A request whose answer is JSON: GET, POST of a JSON document, POST of a form. A 2xx whose body is
// not JSON ends with Kind::Malformed (an empty body is accepted only with 204).
class JsonRequestJob : public ApiJob {
    Q_OBJECT

public:
    JsonRequestJob(AccessManager *access, const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {}, const QByteArray &contentType = {}, QObject *parent = nullptr);

    static JsonRequestJob *get(AccessManager *access, const QString &pathAndQuery, QObject *parent = nullptr);
    static JsonRequestJob *postJson(AccessManager *access, const QString &path, const QJsonDocument &document,
                                    QObject *parent = nullptr);
    static JsonRequestJob *postForm(AccessManager *access, const QString &path, const QUrlQuery &form,
                                    QObject *parent = nullptr);

    // Keep the body as bytes instead of parsing it here (on this thread): the PagedListLoader parses
    // big pages on a worker thread. json() stays null then; body() has the bytes.
    void setParseJson(bool parse) { m_parseJson = parse; }

    QJsonDocument json() const { return m_json; }
    QByteArray body() const { return m_body; }
    // X-Total-Count of a list answer; -1 when absent.
    qint64 totalCount() const;

protected:
    ApiError readSuccess(int httpStatus, const QByteArray &body) override;

private:
    bool m_parseJson = true;
    QJsonDocument m_json;
    QByteArray m_body;
};

// "a=1&b=x%2By": application/x-www-form-urlencoded with every reserved character escaped
// (QUrlQuery leaves '+' alone, which a form decoder reads as a space).
QByteArray formEncode(const QUrlQuery &form);

} // namespace corpcare::api
