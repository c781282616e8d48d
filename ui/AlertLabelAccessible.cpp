#include "AlertLabelAccessible.h"

#include <QLabel>

namespace {

const char AlertProperty[] = "tokenadmin_alert";

QAccessibleInterface *alertFactory(const QString &, QObject *object) {
    auto *label = qobject_cast<QLabel *>(object);
    if (label && label->property(AlertProperty).toBool())
        return new AlertLabelAccessible(label);
    return nullptr;
}

} // namespace

AlertLabelAccessible::AlertLabelAccessible(QLabel *label)
    : QAccessibleWidget(label, QAccessible::AlertMessage) {}

QString AlertLabelAccessible::text(QAccessible::Text t) const {
    if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
        return static_cast<const QLabel *>(widget())->text();
    return QAccessibleWidget::text(t);
}

void AlertLabelAccessible::mark(QLabel *label) {
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(AlertProperty, true);
    // An interface made before the mark (a screen reader asked early) is made again.
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(label);
        made && made->role() != QAccessible::AlertMessage)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
}
