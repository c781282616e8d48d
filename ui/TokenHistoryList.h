#pragma once

#include <QPointer>
#include <QWidget>

class ChangeHistory;
class HistoryQueryModel;
class QLabel;
class QTableView;

// Under the details panel: the selected token's own history, newest first (when, what,
// outcome). Hidden while no token is selected or no history is recorded.
class TokenHistoryList : public QWidget {
    Q_OBJECT

public:
    explicit TokenHistoryList(QWidget *parent = nullptr);

    void setHistory(ChangeHistory *history);
    void showToken(const QString &tokenId);

private:
    void reload();

    QPointer<ChangeHistory> m_history;
    HistoryQueryModel *m_model = nullptr;
    QString m_tokenId;
    QLabel *m_empty;
    QTableView *m_table;
};
