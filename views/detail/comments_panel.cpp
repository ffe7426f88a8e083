#include "views/detail/comments_panel.h"

#include "models/table_columns.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace corpcare::views {

namespace {
QString commentText(const domain::Comment &comment) {
    const QString when = QLocale().toString(comment.createdAt.toLocalTime(), QLocale::ShortFormat);
    return QStringLiteral("%1 · %2\n%3").arg(comment.author.name, when, comment.text);
}
} // namespace

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_editor(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("Add comment"), this)), m_status(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Comments"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Comments"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_editor->setPlaceholderText(tr("Write a comment… (Ctrl+Enter adds it)"));
    m_editor->setAccessibleName(tr("New comment"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().height() * 4 + 12);
    m_status->setWordWrap(true);
    m_status->hide();
    m_add->setEnabled(false);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::submit);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &CommentsPanel::submit);
}

void CommentsPanel::setComments(const QList<domain::Comment> &comments) {
    m_list->clear();
    for (const domain::Comment &comment : comments) {
        m_list->addItem(commentText(comment));
    }
    if (comments.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No comments yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    m_status->hide();
}

void CommentsPanel::appendComment(const domain::Comment &comment) {
    if (m_list->count() == 1 && m_list->item(0)->flags() == Qt::NoItemFlags) {
        m_list->clear();
    }
    m_list->addItem(commentText(comment));
    m_list->scrollToBottom();
    m_editor->clear();
    m_editor->setEnabled(true);
    m_status->hide();
}

void CommentsPanel::setLoading(bool loading) {
    m_status->setVisible(loading);
    if (loading) {
        m_status->setText(tr("Loading comments…"));
    }
}

void CommentsPanel::showError(const QString &message) {
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(models::warningForeground().color().name()));
    m_status->show();
    m_editor->setEnabled(true);
    m_add->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
}

void CommentsPanel::setCanComment(bool allowed, const QString &whyNot) {
    m_editor->setEnabled(allowed);
    m_editor->setToolTip(allowed ? QString() : whyNot);
    m_add->setToolTip(allowed ? QString() : whyNot);
    if (!allowed) {
        m_add->setEnabled(false);
    }
}

QString CommentsPanel::draft() const {
    return m_editor->toPlainText();
}

void CommentsPanel::submit() {
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty() || !m_editor->isEnabled()) {
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("Sending…"));
    m_status->show();
    m_add->setEnabled(false);
    m_editor->setEnabled(false); // until the server answers; the text stays
    emit addRequested(text);
}

} // namespace corpcare::views
