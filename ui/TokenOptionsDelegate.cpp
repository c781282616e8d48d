#include "TokenOptionsDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

QRect TokenOptionsDelegate::buttonRect(const QRect &cell) {
    const int side = qMin(cell.height() - 4, 24);
    return QRect(cell.center().x() - side / 2 + 1, cell.center().y() - side / 2 + 1, side, side);
}

void TokenOptionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QRect button = buttonRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Midlight));
        painter->drawEllipse(button);
    }
    const QColor dots = (option.state & QStyle::State_Selected)
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dots);
    const qreal radius = 1.8;
    const QPointF center = QRectF(button).center();
    for (int i = -1; i <= 1; ++i)
        painter->drawEllipse(QPointF(center.x(), center.y() + i * 5.0), radius, radius);
    painter->restore();
}

QSize TokenOptionsDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const {
    return QSize(36, 28);
}

bool TokenOptionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option,
                                       const QModelIndex &index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            option.rect.contains(mouse->position().toPoint())) {
            Q_EMIT optionsRequested(index, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
