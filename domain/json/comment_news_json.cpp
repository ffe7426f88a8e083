// Extensions under /corporate/v1 (profile §4): comments on accounts and lines, and news.

#include "domain/json/mapping.h"
#include "domain/json/reader.h"
#include "domain/json/wire_names.h"
#include "domain/json/writer.h"

namespace corpcare::domain::json {

using detail::ObjectReader;
using detail::ReadErrors;

namespace {

QJsonObject targetJson(const Comment &value) {
    return {{QStringLiteral("id"), value.targetId}, {QStringLiteral("@referredType"), wire::toWire(value.targetKind)}};
}

void readTarget(const ObjectReader &reader, Comment &out) {
    const ObjectReader target = reader.object(u"target");
    out.targetId = target.id(u"id");
    out.targetKind = target.enumeration<CommentTargetKind>(u"@referredType");
}

} // namespace

QJsonObject toJson(const Comment &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("target"), targetJson(value)},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("id"), value.author.id}, {QStringLiteral("name"), value.author.name}}},
            {QStringLiteral("createdAt"), detail::dateTimeJson(value.createdAt)},
            {QStringLiteral("text"), value.text}};
}

Result<Comment> commentFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Comment out;
    out.id = reader.id(u"id");
    readTarget(reader, out);
    out.author = reader.ref(u"author");
    out.createdAt = reader.dateTime(u"createdAt");
    out.text = reader.string(u"text");
    return errors.finish(std::move(out));
}

QJsonObject newCommentJson(const Comment &value) {
    return {{QStringLiteral("target"), targetJson(value)}, {QStringLiteral("text"), value.text}};
}

Result<Comment> newCommentFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    Comment out;
    readTarget(reader, out);
    out.text = reader.string(u"text").trimmed();
    if (!errors.failed()) {
        const qsizetype length = commentLength(out.text);
        if (length == 0 || length > kMaxCommentLength) {
            reader.fail(u"text", QStringLiteral("expected 1 to %1 characters after trimming white space, got %2")
                                     .arg(QString::number(kMaxCommentLength), QString::number(length)));
        }
    }
    return errors.finish(std::move(out));
}

QJsonObject toJson(const NewsItem &value) {
    return {{QStringLiteral("id"), value.id},
            {QStringLiteral("title"), value.title},
            {QStringLiteral("body"), value.body},
            {QStringLiteral("publishedAt"), detail::dateTimeJson(value.publishedAt)},
            {QStringLiteral("audience"), value.audience}};
}

Result<NewsItem> newsItemFromJson(const QJsonObject &object) {
    ReadErrors errors;
    const ObjectReader reader(errors, object);
    NewsItem out;
    out.id = reader.id(u"id");
    out.title = reader.string(u"title");
    out.body = reader.string(u"body");
    out.publishedAt = reader.dateTime(u"publishedAt");
    out.audience = reader.string(u"audience");
    return errors.finish(std::move(out));
}

} // namespace corpcare::domain::json
