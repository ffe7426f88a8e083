#pragma once

#include "domain/comment.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace corpcare::views {

// Comments on one account or service user: the list (author, time, text) and a box to add one.
// It shows and asks; the caller talks to the server (addRequested) and answers with setComments /
// showError, so nothing typed is lost when sending fails.
class CommentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    void setComments(const QList<domain::Comment> &comments);
    void appendComment(const domain::Comment &comment); // after a successful add: clears the box
    void setLoading(bool loading);
    void showError(const QString &message); // keeps the typed text
    void setCanComment(bool allowed, const QString &whyNot = {});
    QString draft() const;

signals:
    void addRequested(const QString &text);

private:
    void submit();

    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QPushButton *m_add;
    QLabel *m_status;
};

} // namespace corpcare::views
