#pragma once

#include "domain/news.h"

#include <QDialog>
#include <QSet>

class QListWidget;
class QTextBrowser;

namespace corpcare::views {

// News for corporate customers: titles on the left (unread in bold), the item on the right.
// Opening an item marks it read (markedRead), so the caller can remember it per connection and user.
class NewsDialog : public QDialog {
    Q_OBJECT
public:
    NewsDialog(const QList<domain::NewsItem> &news, const QSet<QString> &readIds, QWidget *parent = nullptr);
    QSet<QString> readIds() const { return m_read; }

    // How many of these the user has not read.
    static int unreadCount(const QList<domain::NewsItem> &news, const QSet<QString> &readIds);

signals:
    void markedRead(const QString &id);

private:
    void showItem(int row);

    QList<domain::NewsItem> m_news;
    QSet<QString> m_read;
    QListWidget *m_list;
    QTextBrowser *m_body;
};

} // namespace corpcare::views
