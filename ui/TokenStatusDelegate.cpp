#include "TokenStatusDelegate.h"

#include "Look.h"
#include "TokenStatus.h"
#include "TokenTableModel.h"

void TokenStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(TokenTableModel::StatusRole);
    if (!status.isValid())
        return;
    const QPalette &palette = option->palette;
    QString resource;
    QColor colour;
    switch (TokenStatus(status.toInt())) {
    case TokenStatus::Active:
        resource = QStringLiteral(":/icons/status-active.svg");
        colour = palette.color(QPalette::Text);
        break;
    case TokenStatus::ExpiringSoon:
        resource = QStringLiteral(":/icons/status-expiring.svg");
        colour = Look::toneColour(Look::Tone::Warning, palette, QPalette::Base);
        break;
    case TokenStatus::Disabled: // switched off on purpose: quiet, not a warning
        resource = QStringLiteral(":/icons/status-disabled.svg");
        colour = Look::toneColour(Look::Tone::Muted, palette, QPalette::Base);
        break;
    case TokenStatus::Expired:
        resource = QStringLiteral(":/icons/status-expired.svg");
        colour = Look::toneColour(Look::Tone::Warning, palette, QPalette::Base);
        break;
    case TokenStatus::Revoked:
        resource = QStringLiteral(":/icons/status-revoked.svg");
        colour = Look::toneColour(Look::Tone::Error, palette, QPalette::Base);
        break;
    }
    if (option->state & QStyle::State_Selected)
        colour = palette.color(QPalette::HighlightedText);
    option->icon = Look::tintedIcon(resource, colour);
}
