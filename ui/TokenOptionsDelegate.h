#pragma once

#include <QStyledItemDelegate>

// Paints the ⋮ options button in the last column and reports its click. Painted, not a
// widget per cell: 100,000 rows stay cheap and the cells stay readable by screen readers.
class TokenOptionsDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The button's rectangle inside a cell.
    static QRect buttonRect(const QRect &cell);

Q_SIGNALS:
    void optionsRequested(const QModelIndex &index, const QRect &cellRect);
};
