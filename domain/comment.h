#pragma once

#include "domain/party.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace corpcare::domain {

// What a comment is about: a billing account or a service user's line (its @referredType on the wire).
enum class CommentTargetKind { BillingAccount, Product };

// A portal user's note on a billing account or a line (/corporate/v1/comment, profile §4). Scoped by
// its target: who cannot see the target sees none of its comments.
struct Comment {
    QString id;
    QString targetId;
    CommentTargetKind targetKind = CommentTargetKind::Product;
    Ref author;          // the portal user who wrote it: {id, name}
    QDateTime createdAt; // UTC, whole seconds
    QString text;
    bool operator==(const Comment &) const = default;
};

// A comment's text is trimmed and then holds 1 to kMaxCommentLength characters (Unicode code points).
inline constexpr qsizetype kMaxCommentLength = 2000;

// The number of Unicode code points in text: what kMaxCommentLength counts (a surrogate pair is one).
qsizetype commentLength(QStringView text);

} // namespace corpcare::domain
