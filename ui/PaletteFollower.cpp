#include "PaletteFollower.h"

#include <QEvent>
#include <QWidget>

PaletteFollower::PaletteFollower(QWidget *widget, std::function<void()> apply)
    : QObject(widget)
    , m_apply(std::move(apply)) {
    widget->installEventFilter(this);
    m_apply();
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::StyleChange:
        // What is applied may change the palette again: that change needs no second pass.
        if (!m_applying) {
            m_applying = true;
            m_apply();
            m_applying = false;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
