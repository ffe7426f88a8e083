#pragma once

#include <QDateTime>
#include <QString>

namespace corpcare::domain {

// An operator's announcement to its corporate customers (/corporate/v1/news, profile §4).
struct NewsItem {
    QString id;
    QString title;
    QString body;
    QDateTime publishedAt; // UTC
    QString audience = QStringLiteral("corporate");
    bool operator==(const NewsItem &) const = default;
};

} // namespace corpcare::domain
