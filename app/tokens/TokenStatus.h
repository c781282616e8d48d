#pragma once

#include "Token.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

// In the order the Status column sorts. Disabled is never judged from a token alone: the
// model gives it to a token without permissions whose earlier ones the history keeps.
enum class TokenStatus { Active, ExpiringSoon, Disabled, Expired, Revoked };
inline constexpr int TokenStatusCount = 5;

// How close an expiry makes an active token "expiring soon", unless the user chose otherwise.
inline constexpr std::chrono::days DefaultExpiringSoonWithin{7};

// Revoked when revokedAt is set, else Expired once expiresAt has passed, else ExpiringSoon
// when it passes within `soonWithin`, else Active.
TokenStatus tokenStatus(const Token &token, const QDateTime &now,
                        std::chrono::milliseconds soonWithin = DefaultExpiringSoonWithin);
// The same rule on plain numbers (milliseconds since the epoch; `never` for an unset time).
TokenStatus tokenStatus(qint64 expiresAt, qint64 revokedAt, qint64 now, qint64 soonWithin,
                        qint64 never);
QString tokenStatusText(TokenStatus status);
// Expired and revoked tokens are inactive: hidden unless asked for.
inline bool isActive(TokenStatus status) {
    return status == TokenStatus::Active || status == TokenStatus::ExpiringSoon;
}
// A disabled token is not active, yet it is listed like one: it is there to be re-enabled.
inline bool isInactive(TokenStatus status) {
    return status == TokenStatus::Expired || status == TokenStatus::Revoked;
}

// "in 2 days", "3 hours ago", "Never": an expiry as a person weighs it, relative to `now`.
// Further than two months away it is the local date, where a count of days reads worse.
QString relativeExpiryText(const QDateTime &expiresAt, const QDateTime &now);

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
