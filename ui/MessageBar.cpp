#include "MessageBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("messageBarRetry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setObjectName(QStringLiteral("messageBarDismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, &MessageBar::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setStyleSheet(QStringLiteral("MessageBar { background: #fdecea; border: 1px solid #e6a5a0; "
                                 "border-radius: 4px; } QLabel { color: #5f1410; }"));
    hide();
}

void MessageBar::showMessage(const QString &text) {
    m_text->setText(text);
    m_retry->show();
    show();
}

void MessageBar::showNotice(const QString &text) {
    m_text->setText(text);
    m_retry->hide();
    show();
}

QString MessageBar::text() const {
    return isVisible() ? m_text->text() : QString();
}
