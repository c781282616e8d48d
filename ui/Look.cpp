#include "Look.h"

#include <QLabel>
#include <QLineEdit>

namespace Look {

void makeHeading(QLabel *label, double scale) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
}

void makeError(QLabel *label) {
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

QLabel *problemLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    makeError(label);
    label->hide();
    return label;
}

void makeReadOnly(QLineEdit *field) {
    field->setReadOnly(true);
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
}

} // namespace Look
