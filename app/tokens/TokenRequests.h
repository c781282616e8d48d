#pragma once

#include "Token.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What a user asks for when creating a token: POST …/tokens.
struct NewToken {
    QString description;
    QList<Permission> permissions;
    QDateTime expiresAt; // invalid: never expires
};

// What an edit changes: PATCH …/tokens/{id} carries only these. Permissions, when present,
// replace the token's whole set.
struct TokenChanges {
    std::optional<QString> description;
    std::optional<QList<Permission>> permissions;

    bool isEmpty() const { return !description && !permissions; }
};

// The create request body: the spec's {description, permissions, expiresAt?}, plus the
// documented expirationType ("datetime" or "noExpiration").
QByteArray encodeCreateRequest(const NewToken &request);
// The update request body: only the fields that change (the spec asks for at least one).
QByteArray encodeUpdateRequest(const TokenChanges &changes);

// True when both lists grant the same (action, resource) pairs, whatever their order.
bool samePermissions(const QList<Permission> &a, const QList<Permission> &b);
// What an edit from `before` would send, given the description field as typed and the
// permissions. The description goes trimmed, and only when the user really changed it: a
// field left as the server sent it changes nothing, even with outer spaces a typed one loses.
TokenChanges changesBetween(const Token &before, const QString &typedDescription,
                            const QList<Permission> &permissions);
// An edit of `base` into `edited`, replayed on `current` (the token as the server has it
// now): what the user added is added, what they removed is removed, and whatever else the
// server changed meanwhile stays as the server has it.
QList<Permission> rebasePermissions(const QList<Permission> &base, const QList<Permission> &edited,
                                    const QList<Permission> &current);
// Pairs in `after` but not in `before`.
QList<Permission> permissionsAdded(const QList<Permission> &before, const QList<Permission> &after);
