#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// Filters and sorts the history's rows (HistoryQueryModel) for the History window: search
// text in any column, and connection, token, operation, outcome and a range of dates (local
// days). Compares the raw values, so the words shown may be translated.
class HistoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setConnectionName(const QString &name); // empty: every connection
    void setTokenId(const QString &text);        // part of the ID; empty: every token
    void setOperation(const QString &name);      // "revoke", …; empty: every operation
    void setOutcome(const QString &name);        // "failed", …; empty: every outcome
    // Local days, both included; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString raw(int sourceRow, int column, const QModelIndex &parent) const;

    QString m_search;
    QString m_connection;
    QString m_tokenId;
    QString m_operation;
    QString m_outcome;
    QDate m_from;
    QDate m_to;
};
