#pragma once

#include "Permission.h"

#include <QFlags>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What makes a token worth a second look, computed from its data alone.
enum class TokenFlag : quint8 {
    AllDatabases = 0x01,    // a permission on "*"
    NeverExpires = 0x02,    // no expiresAt
    NoPermissions = 0x04,   // it can do nothing
    UnknownDatabase = 0x08, // a permission names a database the cluster does not have
    CanWrite = 0x10,
};
Q_DECLARE_FLAGS(TokenFlags, TokenFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(TokenFlags)

// Every flag, in the order the Flags column and the details panel list them.
inline constexpr TokenFlag AllTokenFlags[] = {TokenFlag::AllDatabases, TokenFlag::CanWrite,
                                              TokenFlag::NeverExpires, TokenFlag::NoPermissions,
                                              TokenFlag::UnknownDatabase};

// The flags a permission set earns. UnknownDatabase is judged only when the cluster's
// databases are known (`knownDatabases` not null); "*" is never unknown.
TokenFlags permissionFlags(const QList<Permission> &permissions,
                           const QSet<QString> *knownDatabases);
inline TokenFlags expiryFlags(bool expires) {
    return expires ? TokenFlags() : TokenFlags(TokenFlag::NeverExpires);
}

// "All databases": a flag as a word or two, for the Flags column and an export.
QString tokenFlagText(TokenFlag flag);
// One sentence that says why the flag matters, for the details panel.
QString tokenFlagSentence(TokenFlag flag);
// The flags set, as words, in AllTokenFlags' order.
QStringList tokenFlagTexts(TokenFlags flags);
