#include "TokenFlagsDelegate.h"

#include "Look.h"
#include "TokenFlags.h"
#include "TokenTableModel.h"

#include <QPainter>
#include <QWidget>

namespace {

QString iconOf(TokenFlag flag) {
    switch (flag) {
    case TokenFlag::AllDatabases:
        return QStringLiteral(":/icons/flag-all-databases.svg");
    case TokenFlag::CanWrite:
        return QStringLiteral(":/icons/edit.svg");
    case TokenFlag::NeverExpires:
        return QStringLiteral(":/icons/flag-never-expires.svg");
    case TokenFlag::NoPermissions:
        return QStringLiteral(":/icons/flag-no-permissions.svg");
    case TokenFlag::UnknownDatabase:
        return QStringLiteral(":/icons/warning.svg");
    }
    return {};
}

} // namespace

void TokenFlagsDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const {
    TokenRowDelegate::initStyleOption(option, index); // the text, dimmed when inactive
    const TokenFlags flags = TokenFlags::fromInt(index.data(TokenTableModel::FlagsRole).toInt());
    if (!flags)
        return;
    const QPalette &palette = option->palette;
    const bool selected = option->state & QStyle::State_Selected;
    const int size = 14;
    const int gap = 2;
    const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : 1.0;
    const int count = int(tokenFlagTexts(flags).size());
    QPixmap strip(QSize(count * (size + gap) - gap, size) * ratio);
    strip.setDevicePixelRatio(ratio);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    int x = 0;
    for (TokenFlag flag : AllTokenFlags) {
        if (!flags.testFlag(flag))
            continue;
        // A database the cluster lacks is the one flag that reads as a warning.
        const QColor colour = selected ? palette.color(QPalette::HighlightedText)
                              : flag == TokenFlag::UnknownDatabase
                                  ? Look::toneColour(Look::Tone::Warning, palette, QPalette::Base)
                                  : palette.color(QPalette::Text);
        painter.drawPixmap(x, 0,
                           Look::tintedIcon(iconOf(flag), colour).pixmap(QSize(size, size), ratio));
        x += size + gap;
    }
    painter.end();
    option->icon = QIcon(strip);
    option->decorationSize = QSize(count * (size + gap) - gap, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
