#pragma once

#include "CodeUnitOrder.h"
#include "Token.h"
#include "TokenStatus.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <iterator>
#include <limits>
#include <utility>
#include <vector>

// The token list as the window keeps it, built for 100,000 tokens and more: every ID and
// description in one block of text, timestamps as plain numbers, and one shared copy of each
// distinct permission set (and account and cluster). A Token is made from a row only when
// one is asked for, so a load makes a handful of allocations instead of several per token.
class TokenStore {
public:
    // A timestamp that is not set (no expiry, not revoked).
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static QDateTime toDateTime(qint64 msecs);
    static qint64 toMSecs(const QDateTime &dateTime);

    TokenStore() = default;
    explicit TokenStore(const QList<Token> &tokens);

    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    void reserve(qsizetype rows, qsizetype textUnits);

    Token at(qsizetype row) const;
    Token first() const { return at(0); }
    Token last() const { return at(size() - 1); }
    QList<Token> toList() const;

    QStringView id(qsizetype row) const {
        const Row &r = m_rows[size_t(row)];
        return QStringView(m_text.constData() + r.textAt, r.idSize);
    }
    QStringView description(qsizetype row) const {
        const Row &r = m_rows[size_t(row)];
        return QStringView(m_text.constData() + r.textAt + r.idSize, r.descriptionSize);
    }
    QStringView accountId(qsizetype row) const;
    QStringView clusterId(qsizetype row) const;
    const QList<Permission> &permissions(qsizetype row) const;
    // Rows with the same permission set number have the same permissions.
    int permissionSet(qsizetype row) const { return int(m_rows[size_t(row)].permissions); }
    int permissionSetCount() const { return int(m_permissionSets.size()); }
    const QList<Permission> &permissionsOfSet(int set) const { return m_permissionSets.at(set); }
    // Milliseconds since the epoch (UTC), or NoTime.
    qint64 createdAt(qsizetype row) const { return m_rows[size_t(row)].createdAt; }
    qint64 expiresAt(qsizetype row) const { return m_rows[size_t(row)].expiresAt; }
    qint64 revokedAt(qsizetype row) const { return m_rows[size_t(row)].revokedAt; }
    // The same rule as tokenStatus(), on a row.
    TokenStatus status(qsizetype row, qint64 nowMSecs, qint64 soonWithinMSecs) const {
        const Row &r = m_rows[size_t(row)];
        return tokenStatus(r.expiresAt, r.revokedAt, nowMSecs, soonWithinMSecs, NoTime);
    }

    void append(const Token &token);
    void replace(qsizetype row, const Token &token);
    // The rows after it move up by one.
    void removeAt(qsizetype row);

    // Every row, in UTF-16 code-unit order of the IDs (equal IDs by row); kept up to date.
    const std::vector<int> &idOrder() const {
        if (!m_idOrderValid)
            sortIds();
        return m_idOrder;
    }
    // The row holding `id` (the last one, should it be there twice), or -1.
    qsizetype indexOf(QStringView id) const;

    // For decoders: one row from its parts. Text comes as Latin-1 (plain ASCII) or UTF-8.
    struct RowText {
        QByteArrayView bytes;
        bool ascii = true;
    };
    // A permission set's number: an existing one when the same set is there already.
    int internPermissions(const QList<Permission> &permissions);
    // A new set, for a decoder that knows it has not met this one before.
    int addPermissionSet(const QList<Permission> &permissions);
    int internScope(const QString &accountId, const QString &clusterId);
    void appendRow(RowText id, RowText description, int permissionSet, int scope, qint64 createdAt,
                   qint64 expiresAt, qint64 revokedAt);
    // Orders the IDs now, rather than on first use: a decoder thread can take the cost.
    void sortById() const { (void)idOrder(); }

    class const_iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Token;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = Token;
        const_iterator(const TokenStore *store, qsizetype row)
            : m_store(store)
            , m_row(row) {}
        Token operator*() const { return m_store->at(m_row); }
        const_iterator &operator++() {
            ++m_row;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator before = *this;
            ++m_row;
            return before;
        }
        friend bool operator==(const const_iterator &, const const_iterator &) = default;

    private:
        const TokenStore *m_store;
        qsizetype m_row;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    struct Row {
        qint64 createdAt;
        qint64 expiresAt;
        qint64 revokedAt;
        quint32 textAt; // the ID's first unit in m_text; the description follows it
        quint32 idSize;
        quint32 descriptionSize;
        quint32 permissions; // index into m_permissionSets
        quint32 scope;       // index into m_scopes
    };
    Row makeRow(const Token &token);
    void appendText(RowText text);
    void invalidateIdOrder() const { m_idOrderValid = false; }
    void sortIds() const;

    std::vector<Row> m_rows;
    // codeUnitKey() of each row's ID, in row order: made as the row is added, while its text is
    // still in the cache, it takes a cache miss per row out of ordering the IDs (3.3 of the
    // 6.6 ms that 100,000 IDs took to order).
    std::vector<CodeUnitKey> m_rowIdKeys;
    // Every row's ID and description, one after the other.
    QString m_text;
    QList<QList<Permission>> m_permissionSets;
    // Sets by fingerprint, made when internPermissions() first needs them.
    QMultiHash<quint64, int> m_permissionSetIndex;
    qsizetype m_indexedSets = 0;
    QList<std::pair<QString, QString>> m_scopes; // account ID, cluster ID; nearly always one
    mutable std::vector<int> m_idOrder;
    // Whether `id` (whose key is `key`) comes before the ID of `row`: the two keys decide, and
    // the IDs themselves are read only when the keys are equal.
    bool idBefore(const CodeUnitKey &key, QStringView id, int row) const {
        const CodeUnitKey &rowKey = m_rowIdKeys[size_t(row)];
        return key != rowKey ? key < rowKey : codeUnitLess(id, this->id(row));
    }
    // The first place in the ID order past every ID <= `id`.
    size_t upperBound(const CodeUnitKey &key, QStringView id) const;
    mutable bool m_idOrderValid = true; // an empty store is in order
};
