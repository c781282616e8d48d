#include "TokenRowDelegate.h"

#include "TokenStatus.h"
#include "TokenTableModel.h"

void TokenRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (isActive(TokenStatus(index.data(TokenTableModel::StatusRole).toInt())))
        return;
    const QColor dimmed = option->palette.color(QPalette::PlaceholderText);
    option->palette.setColor(QPalette::Text, dimmed);
    option->palette.setColor(QPalette::WindowText, dimmed);
}
