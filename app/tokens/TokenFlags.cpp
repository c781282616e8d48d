#include "TokenFlags.h"

#include <QCoreApplication>

TokenFlags permissionFlags(const QList<Permission> &permissions,
                           const QSet<QString> *knownDatabases) {
    TokenFlags flags;
    if (permissions.isEmpty())
        flags |= TokenFlag::NoPermissions;
    for (const Permission &permission : permissions) {
        const bool all = permission.resource == PermissionNames::AllDatabases;
        if (all)
            flags |= TokenFlag::AllDatabases;
        else if (knownDatabases && !knownDatabases->contains(permission.resource))
            flags |= TokenFlag::UnknownDatabase;
        if (permission.action == PermissionNames::Write)
            flags |= TokenFlag::CanWrite;
    }
    return flags;
}

QString tokenFlagText(TokenFlag flag) {
    switch (flag) {
    case TokenFlag::AllDatabases:
        return QCoreApplication::translate("TokenFlags", "All databases");
    case TokenFlag::NeverExpires:
        return QCoreApplication::translate("TokenFlags", "Never expires");
    case TokenFlag::NoPermissions:
        return QCoreApplication::translate("TokenFlags", "No permissions");
    case TokenFlag::UnknownDatabase:
        return QCoreApplication::translate("TokenFlags", "Unknown database");
    case TokenFlag::CanWrite:
        return QCoreApplication::translate("TokenFlags", "Can write");
    }
    return {};
}

QString tokenFlagSentence(TokenFlag flag) {
    switch (flag) {
    case TokenFlag::AllDatabases:
        return QCoreApplication::translate(
            "TokenFlags", "It reaches every database of the cluster, including any created later.");
    case TokenFlag::NeverExpires:
        return QCoreApplication::translate("TokenFlags",
                                           "It never expires: it works until someone revokes it.");
    case TokenFlag::NoPermissions:
        return QCoreApplication::translate("TokenFlags",
                                           "It has no permissions: it can read or write nothing.");
    case TokenFlag::UnknownDatabase:
        return QCoreApplication::translate(
            "TokenFlags", "It names a database the cluster does not have: a new database with "
                          "that name would become reachable with it.");
    case TokenFlag::CanWrite:
        return QCoreApplication::translate("TokenFlags", "It can write data.");
    }
    return {};
}

QStringList tokenFlagTexts(TokenFlags flags) {
    QStringList texts;
    for (TokenFlag flag : AllTokenFlags) {
        if (flags.testFlag(flag))
            texts.append(tokenFlagText(flag));
    }
    return texts;
}
