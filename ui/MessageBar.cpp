#include "MessageBar.h"

#include "AlertLabelAccessible.h"
#include "Look.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("messageBarText"));
    AlertLabelAccessible::mark(m_text);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("messageBarRetry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setObjectName(QStringLiteral("messageBarDismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    Look::setIconPixmap(m_icon, QStringLiteral(":/icons/warning.svg"), 20, Look::Tone::Error);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, &MessageBar::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text) {
    present(text, true);
}

void MessageBar::showNotice(const QString &text) {
    present(text, false);
}

void MessageBar::present(const QString &text, bool retry) {
    m_text->setText(text);
    m_retry->setVisible(retry);
    // The bar is named by what it says, and a screen reader says it when it appears.
    setAccessibleDescription(text);
    QFrame::show();
    Look::announce(m_text);
}

void MessageBar::paintEvent(QPaintEvent *) {
    // A tint of the error tone under the window's own text colour, which keeps its contrast;
    // drawn from the palette at each paint, so it follows a switch between light and dark.
    const QPalette &colours = palette();
    const QColor edge = Look::toneColour(Look::Tone::Error, colours);
    QColor fill = colours.color(QPalette::Window);
    const float tint = 0.12f;
    fill.setRgbF(fill.redF() + (edge.redF() - fill.redF()) * tint,
                 fill.greenF() + (edge.greenF() - fill.greenF()) * tint,
                 fill.blueF() + (edge.blueF() - fill.blueF()) * tint);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(edge);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

QString MessageBar::text() const {
    return isVisible() ? m_text->text() : QString();
}
