#include "views/news/news_dialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace corpcare::views {

NewsDialog::NewsDialog(const QList<domain::NewsItem> &news, const QSet<QString> &readIds, QWidget *parent)
    : QDialog(parent), m_news(news), m_read(readIds) {
    setWindowTitle(tr("News for corporate customers"));
    setObjectName(QStringLiteral("newsDialog"));
    std::sort(m_news.begin(), m_news.end(), [](const auto &a, const auto &b) { return a.publishedAt > b.publishedAt; });
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setAccessibleName(tr("News"));
    m_list->setWordWrap(true); // titles are sentences: wrap them rather than scroll sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_body = new QTextBrowser(splitter);
    m_body->setAccessibleName(tr("News item"));
    m_body->setOpenExternalLinks(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 480});
    for (const domain::NewsItem &item : std::as_const(m_news)) {
        auto *row = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(
                item.title, QLocale().toString(item.publishedAt.toLocalTime().date(), QLocale::ShortFormat)),
            m_list);
        QFont font = row->font();
        font.setBold(!m_read.contains(item.id));
        row->setFont(font);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &NewsDialog::showItem);
    resize(760, 460);
    if (!m_news.isEmpty()) {
        m_list->setCurrentRow(0);
    }
}

int NewsDialog::unreadCount(const QList<domain::NewsItem> &news, const QSet<QString> &readIds) {
    return int(std::count_if(news.begin(), news.end(), [&](const auto &item) { return !readIds.contains(item.id); }));
}

void NewsDialog::showItem(int row) {
    if (row < 0 || row >= m_news.size()) {
        m_body->clear();
        return;
    }
    const domain::NewsItem &item = m_news.at(row);
    m_body->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                        .arg(item.title.toHtmlEscaped(),
                             QLocale().toString(item.publishedAt.toLocalTime(), QLocale::LongFormat),
                             item.body.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    if (!m_read.contains(item.id)) {
        m_read.insert(item.id);
        QFont font = m_list->item(row)->font();
        font.setBold(false);
        m_list->item(row)->setFont(font);
        emit markedRead(item.id);
    }
}

} // namespace corpcare::views
