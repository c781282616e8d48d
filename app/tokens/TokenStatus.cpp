#include "TokenStatus.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

TokenStatus tokenStatus(qint64 expiresAt, qint64 revokedAt, qint64 now, qint64 soonWithin,
                        qint64 never) {
    if (revokedAt != never)
        return TokenStatus::Revoked;
    if (expiresAt == never)
        return TokenStatus::Active;
    if (expiresAt <= now)
        return TokenStatus::Expired;
    return expiresAt - now <= soonWithin ? TokenStatus::ExpiringSoon : TokenStatus::Active;
}

TokenStatus tokenStatus(const Token &token, const QDateTime &now,
                        std::chrono::milliseconds soonWithin) {
    constexpr qint64 never = std::numeric_limits<qint64>::min();
    return tokenStatus(token.expires() ? token.expiresAt.toMSecsSinceEpoch() : never,
                       token.isRevoked() ? token.revokedAt.toMSecsSinceEpoch() : never,
                       now.toMSecsSinceEpoch(), soonWithin.count(), never);
}

QString relativeExpiryText(const QDateTime &expiresAt, const QDateTime &now) {
    if (!expiresAt.isValid())
        return QCoreApplication::translate("TokenStatus", "Never");
    const qint64 seconds = now.secsTo(expiresAt);
    const qint64 distance = seconds < 0 ? -seconds : seconds;
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour;
    if (distance >= 60 * day)
        return QLocale().toString(expiresAt.toLocalTime().date(), QLocale::ShortFormat);
    const bool future = seconds >= 0;
    if (distance < minute)
        return future ? QCoreApplication::translate("TokenStatus", "in less than a minute")
                      : QCoreApplication::translate("TokenStatus", "just now");
    if (distance < hour) {
        const int n = int(distance / minute);
        return future ? QCoreApplication::translate("TokenStatus", "in %n minute(s)", nullptr, n)
                      : QCoreApplication::translate("TokenStatus", "%n minute(s) ago", nullptr, n);
    }
    if (distance < 2 * day) {
        const int n = int(distance / hour);
        return future ? QCoreApplication::translate("TokenStatus", "in %n hour(s)", nullptr, n)
                      : QCoreApplication::translate("TokenStatus", "%n hour(s) ago", nullptr, n);
    }
    const int n = int(distance / day);
    return future ? QCoreApplication::translate("TokenStatus", "in %n day(s)", nullptr, n)
                  : QCoreApplication::translate("TokenStatus", "%n day(s) ago", nullptr, n);
}

QString tokenStatusText(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return QCoreApplication::translate("TokenStatus", "Active");
    case TokenStatus::ExpiringSoon:
        return QCoreApplication::translate("TokenStatus", "Expiring soon");
    case TokenStatus::Disabled:
        return QCoreApplication::translate("TokenStatus", "Disabled");
    case TokenStatus::Expired:
        return QCoreApplication::translate("TokenStatus", "Expired");
    case TokenStatus::Revoked:
        return QCoreApplication::translate("TokenStatus", "Revoked");
    }
    return {};
}

QStringList tokenDatabases(const QList<Permission> &permissions) {
    QStringList databases;
    for (const Permission &permission : permissions) {
        if (!databases.contains(permission.resource))
            databases.append(permission.resource);
    }
    return databases;
}

QString databaseDisplayName(const QString &resource) {
    if (resource == PermissionNames::AllDatabases)
        return QCoreApplication::translate("TokenStatus", "All databases");
    return resource;
}

QString databasesSummary(const QList<Permission> &permissions) {
    const QStringList databases = tokenDatabases(permissions);
    if (databases.isEmpty())
        return QCoreApplication::translate("TokenStatus", "None");
    const QString first = databaseDisplayName(databases.first());
    if (databases.size() == 1)
        return first;
    // A plain variable: lupdate (6.4) loops forever on a call in translate()'s count argument.
    const int more = int(databases.size() - 1);
    return QCoreApplication::translate("TokenStatus", "%1, + %n more", nullptr, more).arg(first);
}

QString actionsOn(const Token &token, const QString &resource) {
    QStringList actions;
    for (const Permission &permission : token.permissions) {
        if (permission.resource == resource && !actions.contains(permission.action))
            actions.append(permission.action);
    }
    return actions.join(QLatin1String(", "));
}
