#pragma once

#include <QAccessibleWidget>

class QLabel;

// What a screen reader is told of a label that says what went wrong: an alert, named by its
// text. Orca and other AT-SPI readers speak an alert as it appears; Qt's AT-SPI bridge of 6.4
// passes no QAccessible::Alert event on, but it does pass the alert role and its showing.
class AlertLabelAccessible : public QAccessibleWidget {
public:
    explicit AlertLabelAccessible(QLabel *label);

    QString text(QAccessible::Text t) const override;

    // Marks `label` as one: its accessible interface, made on first use, is this.
    static void mark(QLabel *label);
};
