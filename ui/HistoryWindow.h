#pragma once

#include <QPointer>
#include <QWidget>

class ChangeHistory;
class HistoryFilterModel;
class HistoryQueryModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// Token → History…: every change recorded, in a sortable, searchable table with filters by
// connection, token, operation, outcome and date; Export to CSV; clearing old entries.
class HistoryWindow : public QWidget {
    Q_OBJECT

public:
    explicit HistoryWindow(ChangeHistory *history, QWidget *parent = nullptr);

    // Writes the rows shown (filtered, in their order) to `path` as CSV. False, with the
    // reason in `error`, when the file cannot be written.
    bool exportCsv(const QString &path, QString *error) const;

private:
    void reload();
    void applyFilters();
    void updateCount();
    void chooseExportFile();
    void chooseClear();

    QPointer<ChangeHistory> m_history;
    HistoryQueryModel *m_model;
    HistoryFilterModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_connection;
    QLineEdit *m_token;
    QComboBox *m_operation;
    QComboBox *m_outcome;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_clear;
    // Rows arrive one by one in a bulk action: the table is read again at most ten times a
    // second, not once per row.
    QTimer *m_reloadSoon;
};
