#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// What an empty token list means, said inside the list itself: a sentence and up to two
// buttons that do the obvious next thing. Real buttons, so that Tab reaches them and a
// screen reader reads them.
class EmptyStateOverlay : public QFrame {
    Q_OBJECT

public:
    explicit EmptyStateOverlay(QWidget *parent = nullptr);

    // Shows `text`, with a button for each non-empty caption (its accessible name the
    // caption without the mnemonic).
    void showState(const QString &text, const QString &primary = {}, const QString &secondary = {});
    QString text() const;

Q_SIGNALS:
    void primaryClicked();
    void secondaryClicked();

private:
    QLabel *m_text;
    QPushButton *m_primary;
    QPushButton *m_secondary;
};
