#pragma once

#include <QStyledItemDelegate>

// The token list's cells: revoked and expired rows are drawn in the palette's placeholder
// colour, so active tokens stand out in any theme.
class TokenRowDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
