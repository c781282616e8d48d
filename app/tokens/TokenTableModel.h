#pragma once

#include "Token.h"
#include "TokenFlags.h"
#include "TokenStatus.h"
#include "TokenStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>

#include <array>
#include <memory>
#include <optional>
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
        FlagsColumn,
        OptionsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, TokenIdRole, StatusRole, FlagsRole };

    explicit TokenTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the whole list (a model reset). Status is judged against `now`.
    void setTokens(TokenStore tokens, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setTokens(const QList<Token> &tokens,
                   const QDateTime &now = QDateTime::currentDateTimeUtc()) {
        setTokens(TokenStore(tokens), now);
    }
    // Replaces one token in place, or appends it when it is new.
    void updateToken(const Token &token);
    // Removes the row holding that ID (the server no longer has or shows it). False: none.
    bool removeToken(const QString &id);

    const TokenStore &store() const { return *m_store; }
    // The store as it is now, for work on another thread: complete (nothing left to build
    // lazily), and never changed again; the model's next change goes to a copy.
    std::shared_ptr<const TokenStore> snapshot() const;
    // Every token, made afresh: for a few checks, not for every paint.
    QList<Token> tokens() const { return m_store->toList(); }
    std::optional<Token> tokenById(const QString &id) const;
    // The row holding that ID (the last one, should the server have sent it twice); -1: none.
    int rowOf(const QString &id) const { return int(m_store->indexOf(id)); }
    // Every row, in UTF-16 code-unit order of the token IDs (equal IDs by row).
    const std::vector<int> &rowsInIdOrder() const { return m_store->idOrder(); }
    Token tokenAt(int row) const { return m_store->at(row); }
    // Disabled for an otherwise active token without permissions that the disabled set
    // (setDisabledTokens) names; else as the token's own data says.
    TokenStatus statusAt(int row) const {
        const TokenStatus status = m_store->status(row, m_nowMSecs, m_soonWithin.count());
        return isActive(status) && isDisabledRow(row) ? TokenStatus::Disabled : status;
    }
    QDateTime now() const { return m_now; }

    // How close an expiry makes an active token "expiring soon".
    std::chrono::milliseconds expiringSoonWithin() const { return m_soonWithin; }
    void setExpiringSoonWithin(std::chrono::milliseconds within);

    // The cluster's databases, to flag permissions that name another; nullopt when they could
    // not be loaded (then no token is flagged for it).
    void setKnownDatabases(const std::optional<QStringList> &databases);
    bool knowsDatabases() const { return m_knownDatabases.has_value(); }
    const std::optional<QSet<QString>> &knownDatabases() const { return m_knownDatabases; }
    // A disabled token is not flagged for having no permissions: its status says why.
    TokenFlags flagsAt(int row) const {
        TokenFlags flags = m_setFlags[size_t(m_store->permissionSet(row))] |
                           expiryFlags(m_store->expiresAt(row) != TokenStore::NoTime);
        if (statusAt(row) == TokenStatus::Disabled)
            flags &= ~TokenFlags(TokenFlag::NoPermissions);
        return flags;
    }

    // Tokens this program disabled, each with the permissions it had then, as the change
    // history holds them: kept here so that data() never reads the history itself. Only a
    // token that has no permissions now shows as Disabled.
    void setDisabledTokens(QHash<QString, QList<Permission>> disabled);
    // What a disabled token had before, when it shows as Disabled.
    std::optional<QList<Permission>> disabledPermissions(const QString &id) const;

    // The Token ID column's text: the first eight characters and "…". The whole ID is in
    // the tooltip, the details panel and Copy, and the search matches any part of it.
    static QString shortId(const QString &id);
    // Local time, to the minute, as a person reads it; "Never" for no expiry.
    static QString displayDateTime(const QDateTime &dateTime);

private:
    std::shared_ptr<TokenStore> m_store = std::make_shared<TokenStore>();
    // Whether m_store went out as a snapshot: then it is read-only from here on.
    mutable bool m_storeShared = false;
    TokenStore &changeableStore();
    // One QIcon each, kept: an icon made afresh in data() renders its SVG again at every paint.
    std::array<QIcon, TokenStatusCount> m_statusIcons;
    QDateTime m_now;
    qint64 m_nowMSecs = 0;
    std::chrono::milliseconds m_soonWithin = DefaultExpiringSoonWithin;
    std::optional<QSet<QString>> m_knownDatabases;
    QHash<QString, QList<Permission>> m_disabled;
    bool isDisabledRow(int row) const {
        return !m_disabled.isEmpty() &&
               m_setFlags[size_t(m_store->permissionSet(row))].testFlag(TokenFlag::NoPermissions) &&
               m_disabled.contains(m_store->id(row).toString());
    }
    // Per permission set of the store: its flags, computed once per change of the list.
    std::vector<TokenFlags> m_setFlags;
    void computeSetFlags();
    void allRowsChanged();
};
