#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Re-applies what was computed from a widget's palette when that palette changes: the system
// switched between light and dark, or a parent was given another palette.
class PaletteFollower : public QObject {
    Q_OBJECT

public:
    PaletteFollower(QWidget *widget, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};
