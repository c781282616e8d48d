#include "TokenStatus.h"

#include <QCoreApplication>

TokenStatus tokenStatus(const Token &token, const QDateTime &now) {
    if (token.isRevoked())
        return TokenStatus::Revoked;
    if (token.expires() && token.expiresAt <= now)
        return TokenStatus::Expired;
    return TokenStatus::Active;
}

QString tokenStatusText(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return QCoreApplication::translate("TokenStatus", "Active");
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
    return QCoreApplication::translate("TokenStatus", "%1, + %n more", nullptr,
                                       int(databases.size() - 1))
        .arg(first);
}

QString actionsOn(const Token &token, const QString &resource) {
    QStringList actions;
    for (const Permission &permission : token.permissions) {
        if (permission.resource == resource && !actions.contains(permission.action))
            actions.append(permission.action);
    }
    return actions.join(QLatin1String(", "));
}
