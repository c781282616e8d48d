#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Says above the token list that the change history cannot be written (changes are refused,
// with "Continue without history for this run"), or what became of a damaged history file.
class HistoryBar : public QFrame {
    Q_OBJECT

public:
    explicit HistoryBar(QWidget *parent = nullptr);

    // The history cannot be written: offers to go on without it.
    void showProblem(const QString &text);
    // Something to know, nothing to choose: dismissable.
    void showNotice(const QString &text);
    QString text() const;

Q_SIGNALS:
    void continueRequested();

private:
    void announce();

    QLabel *m_text;
    QPushButton *m_continue;
    QPushButton *m_dismiss;
};
