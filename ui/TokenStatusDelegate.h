#pragma once

#include <QStyledItemDelegate>

// Draws the status column's icon in a tone of the table's palette (the text colour, amber for
// expired, red for revoked), so that it stays visible in a dark theme and in the selection.
class TokenStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
