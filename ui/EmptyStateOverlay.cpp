#include "EmptyStateOverlay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void setCaption(QPushButton *button, const QString &caption) {
    button->setText(caption);
    button->setAccessibleName(QString(caption).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    button->setVisible(!caption.isEmpty());
}

} // namespace

EmptyStateOverlay::EmptyStateOverlay(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this)) {
    setObjectName(QStringLiteral("emptyState"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // The table's placeholder colour: a note about the list, not one of its rows.
    m_text->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_text->setFont(font);
    m_primary->setObjectName(QStringLiteral("emptyStatePrimary"));
    m_secondary->setObjectName(QStringLiteral("emptyStateSecondary"));
    connect(m_primary, &QPushButton::clicked, this, &EmptyStateOverlay::primaryClicked);
    connect(m_secondary, &QPushButton::clicked, this, &EmptyStateOverlay::secondaryClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_primary);
    buttons->addWidget(m_secondary);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    hide();
}

void EmptyStateOverlay::showState(const QString &text, const QString &primary,
                                  const QString &secondary) {
    m_text->setText(text);
    setAccessibleName(text);
    setCaption(m_primary, primary);
    setCaption(m_secondary, secondary);
    show();
}

QString EmptyStateOverlay::text() const {
    return m_text->text();
}
