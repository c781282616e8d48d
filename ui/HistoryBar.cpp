#include "HistoryBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

HistoryBar::HistoryBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_continue(new QPushButton(tr("Continue without history for this run"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("historyBar"));
    setAccessibleName(tr("Change history"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's own colours for a note that stands out, light and dark alike, and
    // following the palette when it changes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("historyBarText"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue->setObjectName(QStringLiteral("historyContinueButton"));
    m_continue->setAccessibleName(m_continue->text());
    m_dismiss->setObjectName(QStringLiteral("historyBarDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss history message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_continue, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_continue, &QPushButton::clicked, this, &HistoryBar::continueRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void HistoryBar::showProblem(const QString &text) {
    m_text->setText(text);
    m_continue->show();
    m_dismiss->hide();
    show();
    announce();
}

void HistoryBar::showNotice(const QString &text) {
    m_text->setText(text);
    m_continue->hide();
    m_dismiss->show();
    show();
    announce();
}

QString HistoryBar::text() const {
    return isVisible() ? m_text->text() : QString();
}

void HistoryBar::announce() {
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}
