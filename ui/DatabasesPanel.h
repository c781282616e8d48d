#pragma once

#include <QWidget>

class DatabaseAccessModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// "Who can reach a database": every database with the active tokens that can read and write
// it. Choosing one filters the token list to those tokens.
class DatabasesPanel : public QWidget {
    Q_OBJECT

public:
    explicit DatabasesPanel(DatabaseAccessModel *databases, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Selects the row of `database` (or none) without asking for the filter again.
    void showDatabase(const QString &database);
    // Why unknown databases cannot be flagged, or empty.
    void setNote(const QString &text);

Q_SIGNALS:
    void databaseChosen(const QString &database);

private:
    DatabaseAccessModel *m_databases;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_note;
    bool m_showing = false;
};
