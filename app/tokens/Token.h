#pragma once

#include "Permission.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A database token as the Management API describes it. Absent optional timestamps are
// invalid QDateTimes: no expiresAt means it never expires, no revokedAt means not revoked.
struct Token {
    QString id;
    QString description;
    QString accountId; // Dedicated only
    QString clusterId; // Dedicated only
    QList<Permission> permissions;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt;

    bool expires() const { return expiresAt.isValid(); }
    bool isRevoked() const { return revokedAt.isValid(); }

    friend bool operator==(const Token &, const Token &) = default;
};

// Every member is relocatable: a growing list of 100,000 tokens moves memory, not objects.
Q_DECLARE_TYPEINFO(Token, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Token)
