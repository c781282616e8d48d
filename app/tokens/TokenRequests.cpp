#include "TokenRequests.h"

#include "Rfc3339.h"
#include "TokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray permissionsJson(const QList<Permission> &permissions) {
    QJsonArray array;
    for (const Permission &permission : permissions)
        array.append(TokenJson::encodePermission(permission));
    return array;
}

} // namespace

QByteArray encodeCreateRequest(const NewToken &request) {
    QJsonObject body{{QStringLiteral("description"), request.description},
                     {QStringLiteral("permissions"), permissionsJson(request.permissions)}};
    if (request.expiresAt.isValid()) {
        body.insert(QStringLiteral("expirationType"), QStringLiteral("datetime"));
        body.insert(QStringLiteral("expiresAt"), formatRfc3339(request.expiresAt));
    } else {
        body.insert(QStringLiteral("expirationType"), QStringLiteral("noExpiration"));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray encodeUpdateRequest(const TokenChanges &changes) {
    QJsonObject body;
    if (changes.description)
        body.insert(QStringLiteral("description"), *changes.description);
    if (changes.permissions)
        body.insert(QStringLiteral("permissions"), permissionsJson(*changes.permissions));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<Permission> permissionsAdded(const QList<Permission> &before,
                                   const QList<Permission> &after) {
    QList<Permission> added;
    for (const Permission &permission : after)
        if (!before.contains(permission) && !added.contains(permission))
            added.append(permission);
    return added;
}

bool samePermissions(const QList<Permission> &a, const QList<Permission> &b) {
    return permissionsAdded(a, b).isEmpty() && permissionsAdded(b, a).isEmpty();
}

TokenChanges changesBetween(const Token &before, const QString &typedDescription,
                            const QList<Permission> &permissions) {
    TokenChanges changes;
    const QString description = typedDescription.trimmed();
    if (typedDescription != before.description && description != before.description)
        changes.description = description;
    if (!samePermissions(before.permissions, permissions))
        changes.permissions = permissions;
    return changes;
}

QList<Permission> rebasePermissions(const QList<Permission> &base, const QList<Permission> &edited,
                                    const QList<Permission> &current) {
    const QList<Permission> removed = permissionsAdded(edited, base);
    QList<Permission> result;
    for (const Permission &permission : current)
        if (!removed.contains(permission) && !result.contains(permission))
            result.append(permission);
    for (const Permission &permission : permissionsAdded(base, edited))
        if (!result.contains(permission))
            result.append(permission);
    return result;
}
