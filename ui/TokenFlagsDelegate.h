#pragma once

#include <QStyledItemDelegate>

// Draws the Flags column as a small icon per flag, in a tone of the table's palette, before
// their words: the icons tell at a glance which tokens need a look, the words what they are.
class TokenFlagsDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
