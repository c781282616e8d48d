#include "TokenStore.h"

#include "CodeUnitOrder.h"

#include <algorithm>

qint64 TokenStore::toMSecs(const QDateTime &dateTime) {
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : NoTime;
}

QDateTime TokenStore::toDateTime(qint64 msecs) {
    return msecs == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

TokenStore::TokenStore(const QList<Token> &tokens) {
    qsizetype units = 0;
    for (const Token &token : tokens)
        units += token.id.size() + token.description.size();
    reserve(tokens.size(), units);
    invalidateIdOrder(); // one sort at the end, not one insertion per token
    for (const Token &token : tokens)
        append(token);
}

void TokenStore::reserve(qsizetype rows, qsizetype textUnits) {
    m_rows.reserve(size_t(rows));
    m_rowIdKeys.reserve(size_t(rows));
    m_text.reserve(textUnits);
}

QStringView TokenStore::accountId(qsizetype row) const {
    return m_scopes.at(m_rows[size_t(row)].scope).first;
}

QStringView TokenStore::clusterId(qsizetype row) const {
    return m_scopes.at(m_rows[size_t(row)].scope).second;
}

const QList<Permission> &TokenStore::permissions(qsizetype row) const {
    return m_permissionSets.at(m_rows[size_t(row)].permissions);
}

Token TokenStore::at(qsizetype row) const {
    const Row &r = m_rows[size_t(row)];
    Token token;
    token.id = id(row).toString();
    token.description = description(row).toString();
    const auto &[account, cluster] = m_scopes.at(r.scope);
    token.accountId = account;
    token.clusterId = cluster;
    token.permissions = m_permissionSets.at(r.permissions);
    token.createdAt = toDateTime(r.createdAt);
    token.expiresAt = toDateTime(r.expiresAt);
    token.revokedAt = toDateTime(r.revokedAt);
    return token;
}

QList<Token> TokenStore::toList() const {
    QList<Token> tokens;
    tokens.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        tokens.append(at(row));
    return tokens;
}

namespace {

// FNV-1a over every unit of every action and resource: cheaper than hashing each QString.
quint64 fingerprint(const QList<Permission> &permissions) {
    quint64 hash = 14695981039346656037ULL;
    auto add = [&hash](QStringView text) {
        for (const QChar c : text)
            hash = (hash ^ c.unicode()) * 1099511628211ULL;
        hash = (hash ^ 0xFFFF) * 1099511628211ULL; // a separator no unit can be
    };
    for (const Permission &permission : permissions) {
        add(permission.action);
        add(permission.resource);
    }
    return hash;
}

} // namespace

int TokenStore::addPermissionSet(const QList<Permission> &permissions) {
    m_permissionSets.append(permissions);
    return int(m_permissionSets.size() - 1);
}

int TokenStore::internPermissions(const QList<Permission> &permissions) {
    for (; m_indexedSets < m_permissionSets.size(); ++m_indexedSets)
        m_permissionSetIndex.insert(fingerprint(m_permissionSets.at(m_indexedSets)),
                                    int(m_indexedSets));
    const quint64 key = fingerprint(permissions);
    for (auto it = m_permissionSetIndex.constFind(key);
         it != m_permissionSetIndex.cend() && it.key() == key; ++it) {
        if (m_permissionSets.at(it.value()) == permissions)
            return it.value();
    }
    const int set = addPermissionSet(permissions);
    m_permissionSetIndex.insert(key, set);
    m_indexedSets = m_permissionSets.size();
    return set;
}

int TokenStore::internScope(const QString &accountId, const QString &clusterId) {
    // Searched from the end: the last scope is nearly always the one asked for.
    for (qsizetype i = m_scopes.size() - 1; i >= 0; --i) {
        if (m_scopes.at(i).first == accountId && m_scopes.at(i).second == clusterId)
            return int(i);
    }
    m_scopes.append({accountId, clusterId});
    return int(m_scopes.size() - 1);
}

void TokenStore::appendText(RowText text) {
    if (text.ascii)
        m_text.append(QLatin1StringView(text.bytes));
    else
        m_text.append(QString::fromUtf8(text.bytes));
}

void TokenStore::appendRow(RowText id, RowText description, int permissionSet, int scope,
                           qint64 createdAt, qint64 expiresAt, qint64 revokedAt) {
    Row row;
    row.createdAt = createdAt;
    row.expiresAt = expiresAt;
    row.revokedAt = revokedAt;
    row.textAt = quint32(m_text.size());
    appendText(id);
    row.idSize = quint32(m_text.size() - row.textAt);
    appendText(description);
    row.descriptionSize = quint32(m_text.size() - row.textAt - row.idSize);
    row.permissions = quint32(permissionSet);
    row.scope = quint32(scope);
    m_rows.push_back(row);
    m_rowIdKeys.push_back(codeUnitKey(this->id(size() - 1)));
    invalidateIdOrder();
}

TokenStore::Row TokenStore::makeRow(const Token &token) {
    Row row;
    row.createdAt = toMSecs(token.createdAt);
    row.expiresAt = toMSecs(token.expiresAt);
    row.revokedAt = toMSecs(token.revokedAt);
    row.textAt = quint32(m_text.size());
    m_text.append(token.id);
    m_text.append(token.description);
    row.idSize = quint32(token.id.size());
    row.descriptionSize = quint32(token.description.size());
    row.permissions = quint32(internPermissions(token.permissions));
    row.scope = quint32(internScope(token.accountId, token.clusterId));
    return row;
}

void TokenStore::append(const Token &token) {
    const bool inOrder = m_idOrderValid;
    m_rows.push_back(makeRow(token));
    const int row = int(m_rows.size() - 1);
    const QStringView newId = id(row);
    const CodeUnitKey key = codeUnitKey(newId);
    m_rowIdKeys.push_back(key);
    if (!inOrder)
        return;
    // One more row: find its place rather than sort everything again.
    const size_t place = upperBound(key, newId);
    m_idOrder.insert(m_idOrder.begin() + qsizetype(place), row);
}

void TokenStore::replace(qsizetype row, const Token &token) {
    const bool sameId = id(row) == token.id;
    // The old text stays behind unused until the next whole load: a few bytes per edit.
    m_rows[size_t(row)] = makeRow(token);
    m_rowIdKeys[size_t(row)] = codeUnitKey(id(row));
    if (!sameId)
        invalidateIdOrder();
}

void TokenStore::removeAt(qsizetype row) {
    // Its text stays behind unused until the next whole load, as after replace().
    m_rows.erase(m_rows.begin() + row);
    m_rowIdKeys.erase(m_rowIdKeys.begin() + row);
    if (!m_idOrderValid)
        return;
    m_idOrder.erase(std::find(m_idOrder.begin(), m_idOrder.end(), int(row)));
    for (int &other : m_idOrder) {
        if (other > row)
            --other;
    }
}

void TokenStore::sortIds() const {
    std::vector<QStringView> ids(m_rows.size());
    for (size_t row = 0; row < ids.size(); ++row)
        ids[row] = id(qsizetype(row));
    m_idOrder = codeUnitOrder(ids, &m_rowIdKeys);
    m_idOrderValid = true;
}

size_t TokenStore::upperBound(const CodeUnitKey &key, QStringView id) const {
    size_t first = 0;
    for (size_t count = m_idOrder.size(); count > 0;) {
        const size_t half = count / 2;
        if (!idBefore(key, id, m_idOrder[first + half])) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    return first;
}

qsizetype TokenStore::indexOf(QStringView wanted) const {
    const std::vector<int> &order = idOrder();
    // The first place past every ID <= wanted; the one before it holds wanted, if any does.
    const size_t after = upperBound(codeUnitKey(wanted), wanted);
    if (after == 0 || id(order[after - 1]) != wanted)
        return -1;
    return order[after - 1];
}
