#pragma once

#include "Token.h"
#include "TokenStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>

#include <array>
#include <vector>

// The cluster's tokens as a table. Display text under Qt::DisplayRole, the typed raw value
// under SortRole, the token ID under TokenIdRole. It holds only what the server sent.
class TokenTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        DescriptionColumn,
        IdColumn,
        DatabasesColumn,
        CreatedColumn,
        ExpiresColumn,
        OptionsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, TokenIdRole, StatusRole };

    explicit TokenTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the whole list (a model reset). Status is judged against `now`.
    void setTokens(QList<Token> tokens, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Replaces one token in place, or appends it when it is new.
    void updateToken(const Token &token);
    // Removes the row holding that ID (the server no longer has or shows it). False: none.
    bool removeToken(const QString &id);

    const QList<Token> &tokens() const { return m_tokens; }
    const Token *tokenById(const QString &id) const;
    // The row holding that ID (the last one, should the server have sent it twice); -1: none.
    int rowOf(const QString &id) const;
    // Every row, in code-point order of the token IDs (equal IDs by row).
    const std::vector<int> &rowsInIdOrder() const { return m_idOrder; }
    const Token &tokenAt(int row) const { return m_tokens.at(row); }
    TokenStatus statusAt(int row) const { return tokenStatus(m_tokens.at(row), m_now); }
    QDateTime now() const { return m_now; }

    // Local time, to the minute, as a person reads it; "Never" for no expiry.
    static QString displayDateTime(const QDateTime &dateTime);

private:
    QList<Token> m_tokens;
    // One QIcon each, kept: an icon made afresh in data() renders its SVG again at every paint.
    std::array<QIcon, 3> m_statusIcons;
    std::vector<int> m_idOrder; // a sorted index, not a hash: faster to build at 100,000
    void rebuildIdOrder();
    QDateTime m_now;
};
