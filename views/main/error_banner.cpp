#include "views/main/error_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace corpcare::views {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_details(new QPushButton(tr("&Details…"), this)),
      m_retry(new QPushButton(tr("&Retry"), this)) {
    setObjectName(QStringLiteral("errorBanner"));
    setStyleSheet(QStringLiteral("#errorBanner { background: #fbe3e3; border: 1px solid #d99; }"
                                 "#errorBanner QLabel { color: #6b0d0d; }"));
    setAccessibleName(tr("Problem"));
    auto *layout = new QHBoxLayout(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Dismiss"));
    close->setAutoRaise(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details"), m_text->text(), QMessageBox::Close, this);
        box.setDetailedText(m_detailText);
        box.exec();
    });
    hide();
}

void ErrorBanner::showProblem(const QString &message, const QString &details, bool retryable) {
    m_text->setText(message);
    m_detailText = details;
    m_details->setVisible(!details.isEmpty());
    m_retry->setVisible(retryable);
    show();
}

QString ErrorBanner::message() const {
    return isVisible() ? m_text->text() : QString();
}

} // namespace corpcare::views
