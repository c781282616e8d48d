#include "SandboxRequestParser.h"

#include "Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SandboxRequestParser {
namespace {

constexpr qsizetype MaxDatabaseNameLength = 64; // ClusterDatabaseName.maxLength

const QLatin1StringView DescriptionKey{"description"};
const QLatin1StringView PermissionsKey{"permissions"};
const QLatin1StringView ExpiresAtKey{"expiresAt"};
const QLatin1StringView ExpirationTypeKey{"expirationType"};

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("body: not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("body: expected a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

bool parseDescription(const QJsonValue &value, QString *description, QString *error) {
    if (!value.isString()) {
        *error = QStringLiteral("description: expected a string");
        return false;
    }
    *description = value.toString();
    return true;
}

bool parsePermissions(const QJsonValue &value, QList<Permission> *permissions, QString *error) {
    if (!value.isArray()) {
        *error = QStringLiteral("permissions: expected an array");
        return false;
    }
    const QJsonArray array = value.toArray();
    permissions->clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("permissions[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = where + QStringLiteral(": expected an object");
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        const QJsonValue action = object.value(QLatin1StringView("action"));
        const QJsonValue resource = object.value(QLatin1StringView("resource"));
        if (!action.isString() || (action.toString() != PermissionNames::Read &&
                                   action.toString() != PermissionNames::Write)) {
            *error = where + QStringLiteral(".action: expected \"read\" or \"write\"");
            return false;
        }
        if (!resource.isString() || resource.toString().isEmpty() ||
            resource.toString().size() > MaxDatabaseNameLength) {
            *error =
                where + QStringLiteral(".resource: expected a database name (1 to %1 characters) "
                                       "or \"*\"")
                            .arg(MaxDatabaseNameLength);
            return false;
        }
        permissions->append({action.toString(), resource.toString()});
    }
    return true;
}

} // namespace

bool parseCreate(const QByteArray &body, const QDateTime &now, CreateTokenRequest *request,
                 QString *error) {
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    CreateTokenRequest parsed;

    const QJsonValue description = object.value(DescriptionKey);
    if (description.isUndefined()) {
        *error = QStringLiteral("description: required field is missing");
        return false;
    }
    if (!parseDescription(description, &parsed.description, error))
        return false;

    const QJsonValue permissions = object.value(PermissionsKey);
    if (!permissions.isUndefined() && !parsePermissions(permissions, &parsed.permissions, error))
        return false;

    const QJsonValue expiresAt = object.value(ExpiresAtKey);
    if (!expiresAt.isUndefined()) {
        parsed.expiresAt = expiresAt.isString() ? parseRfc3339(expiresAt.toString()) : QDateTime();
        if (!parsed.expiresAt.isValid()) {
            *error = QStringLiteral("expiresAt: expected an RFC 3339 date-time string");
            return false;
        }
        if (parsed.expiresAt <= now) {
            *error = QStringLiteral("expiresAt: must be in the future");
            return false;
        }
    }

    // Not in the spec, but sent by the documented create requests.
    const QJsonValue expirationType = object.value(ExpirationTypeKey);
    if (!expirationType.isUndefined()) {
        const QString type = expirationType.toString();
        if (type == QLatin1StringView("datetime")) {
            if (!parsed.expiresAt.isValid()) {
                *error = QStringLiteral("expiresAt: required when expirationType is \"datetime\"");
                return false;
            }
        } else if (type == QLatin1StringView("noExpiration")) {
            if (parsed.expiresAt.isValid()) {
                *error = QStringLiteral(
                    "expiresAt: must be absent when expirationType is \"noExpiration\"");
                return false;
            }
        } else {
            *error = QStringLiteral("expirationType: expected \"datetime\" or \"noExpiration\"");
            return false;
        }
    }
    *request = std::move(parsed);
    return true;
}

bool parseUpdate(const QByteArray &body, UpdateTokenRequest *request, QString *error) {
    QJsonObject object;
    if (!parseObject(body, &object, error))
        return false;
    UpdateTokenRequest parsed;

    const QJsonValue description = object.value(DescriptionKey);
    if (!description.isUndefined()) {
        QString text;
        if (!parseDescription(description, &text, error))
            return false;
        parsed.description = text;
    }
    const QJsonValue permissions = object.value(PermissionsKey);
    if (!permissions.isUndefined()) {
        QList<Permission> list;
        if (!parsePermissions(permissions, &list, error))
            return false;
        parsed.permissions = list;
    }
    // minProperties: 1. Only the two editable fields count: a body that changes nothing
    // (say, only expiresAt, which cannot be changed) is refused rather than ignored.
    if (!parsed.description && !parsed.permissions) {
        *error = QStringLiteral("body: expected at least one of description, permissions");
        return false;
    }
    *request = std::move(parsed);
    return true;
}

} // namespace SandboxRequestParser
