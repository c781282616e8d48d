#pragma once

#include <QDialog>
#include <QPointer>

class ChangeHistory;
class QDateEdit;
class QLabel;
class QPushButton;

// "Clear history older than…": a date, how many entries that deletes, and a button that
// names the count. The only way anything leaves the history.
class ClearHistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ClearHistoryDialog(ChangeHistory *history, QWidget *parent = nullptr);

private:
    void updateCount();
    void clear();
    // The start of the chosen local day, in UTC.
    QDateTime cutoff() const;

    QPointer<ChangeHistory> m_history;
    QDateEdit *m_date;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_delete;
};
