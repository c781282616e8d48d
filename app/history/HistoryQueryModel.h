#pragma once

#include <QSqlQueryModel>

class ChangeHistory;

// The history's rows, newest first, as a table: raw values (UTC times, operation and outcome
// names, permissions as JSON) under Qt::EditRole, for sorting, filtering and export; words
// under Qt::DisplayRole. Reads on the window's thread through the history's own connection.
class HistoryQueryModel : public QSqlQueryModel {
    Q_OBJECT

public:
    enum Column {
        Time,
        User,
        Connection,
        Product,
        AccountId,
        ClusterId,
        Host,
        Operation,
        TokenId,
        Description,
        PermissionsBefore,
        PermissionsAfter,
        Outcome,
        HttpStatus,
        Message,
        ColumnCount
    };

    explicit HistoryQueryModel(ChangeHistory *history, QObject *parent = nullptr);

    // Only this token's rows from the next reload(); empty: every row.
    void setTokenId(const QString &tokenId);
    // Times to the minute, for a narrow list; to the second otherwise.
    void setTimesToTheMinute(bool toTheMinute) { m_toTheMinute = toTheMinute; }
    // Reads the rows (again: the history changed). Empty until the first call.
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Stable names for an export's header: the database's own column names.
    static QString columnKey(int column);
    static QString operationText(const QString &name);
    static QString outcomeText(const QString &name);
    // "read DatabaseOne, write DatabaseOne"; "No permissions" for an empty list.
    static QString permissionsText(const QVariant &json);

private:
    ChangeHistory *m_history;
    QString m_tokenId;
    bool m_toTheMinute = false;
};
