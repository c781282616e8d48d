#pragma once

#include "Token.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

enum class TokenStatus { Active, Expired, Revoked };

// Revoked when revokedAt is set, else Expired once expiresAt has passed, else Active.
TokenStatus tokenStatus(const Token &token, const QDateTime &now);
QString tokenStatusText(TokenStatus status);

// The distinct resources a token's permissions name, in the order they first appear.
QStringList tokenDatabases(const QList<Permission> &permissions);
inline QStringList tokenDatabases(const Token &token) {
    return tokenDatabases(token.permissions);
}
// "db1", "db1, + 2 more", "All databases", or "None" — as the portal's Databases column.
QString databasesSummary(const QList<Permission> &permissions);
inline QString databasesSummary(const Token &token) {
    return databasesSummary(token.permissions);
}
// A database name for display: "*" reads as "All databases".
QString databaseDisplayName(const QString &resource);
// "read", "write" or "read, write" for one resource.
QString actionsOn(const Token &token, const QString &resource);
