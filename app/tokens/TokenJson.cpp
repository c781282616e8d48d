#include "TokenJson.h"

#include "Rfc3339.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace TokenJson {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("TokenJson", text);
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

bool requireString(const QJsonObject &object, QLatin1StringView field, QString *out,
                   QString *error) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        *error = tr("%1: required field is missing").arg(field);
        return false;
    }
    if (!value.isString()) {
        *error = tr("%1: expected a string, got %2").arg(field, typeName(value));
        return false;
    }
    *out = value.toString();
    return true;
}

// A date-time field. Optional fields accept absence and null as "not set".
bool readDateTime(const QJsonObject &object, QLatin1StringView field, bool required, QDateTime *out,
                  QString *error) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (!required) {
            *out = {};
            return true;
        }
        *error = value.isNull() ? tr("%1: must not be null").arg(field)
                                : tr("%1: required field is missing").arg(field);
        return false;
    }
    if (!value.isString()) {
        *error =
            tr("%1: expected an RFC 3339 date-time string, got %2").arg(field, typeName(value));
        return false;
    }
    const QDateTime parsed = parseRfc3339(value.toString());
    if (!parsed.isValid()) {
        *error =
            tr("%1: \"%2\" is not an RFC 3339 date-time").arg(field, value.toString().left(40));
        return false;
    }
    *out = parsed;
    return true;
}

bool decodePermissions(const QJsonValue &value, QList<Permission> *out, QString *error) {
    if (value.isUndefined()) {
        *error = tr("permissions: required field is missing");
        return false;
    }
    if (!value.isArray()) {
        *error = tr("permissions: expected an array, got %1").arg(typeName(value));
        return false;
    }
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString where = QStringLiteral("permissions[%1]").arg(i);
        if (!item.isObject()) {
            *error = tr("%1: expected an object, got %2").arg(where, typeName(item));
            return false;
        }
        const QJsonObject object = item.toObject();
        Permission permission;
        QString fieldError;
        if (!requireString(object, QLatin1StringView("action"), &permission.action, &fieldError) ||
            !requireString(object, QLatin1StringView("resource"), &permission.resource,
                           &fieldError)) {
            *error = where + QLatin1Char('.') + fieldError;
            return false;
        }
        out->append(permission);
    }
    return true;
}

} // namespace

bool decodeToken(const QJsonValue &value, Token *token, QString *error) {
    if (!value.isObject()) {
        *error = tr("expected a token object, got %1").arg(typeName(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    Token decoded;
    if (!requireString(object, QLatin1StringView("id"), &decoded.id, error) ||
        !requireString(object, QLatin1StringView("description"), &decoded.description, error) ||
        !decodePermissions(object.value(QLatin1StringView("permissions")), &decoded.permissions,
                           error) ||
        !readDateTime(object, QLatin1StringView("createdAt"), true, &decoded.createdAt, error) ||
        !readDateTime(object, QLatin1StringView("expiresAt"), false, &decoded.expiresAt, error) ||
        !readDateTime(object, QLatin1StringView("revokedAt"), false, &decoded.revokedAt, error))
        return false;
    if (decoded.id.isEmpty()) {
        *error = tr("id: must not be empty");
        return false;
    }
    // influxctl prints epoch zero for "never expires"; treat it as no expiry.
    if (decoded.expiresAt.isValid() && decoded.expiresAt.toMSecsSinceEpoch() == 0)
        decoded.expiresAt = {};
    decoded.accountId = object.value(QLatin1StringView("accountId")).toString();
    decoded.clusterId = object.value(QLatin1StringView("clusterId")).toString();
    *token = std::move(decoded);
    return true;
}

bool decodeTokenBody(const QByteArray &body, Token *token, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("expected a token object");
        return false;
    }
    return decodeToken(document.object(), token, error);
}

ListResult decodeTokenList(const QByteArray &body) {
    ListResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isArray()) {
        result.error = document.isObject() ? tr("expected an array of tokens, got an object")
                                           : tr("expected an array of tokens");
        return result;
    }
    const QJsonArray array = document.array();
    result.tokens.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Token token;
        QString error;
        if (decodeToken(array.at(i), &token, &error))
            result.tokens.append(std::move(token));
        else
            result.badItems.append(tr("item %1: %2").arg(i).arg(error));
    }
    result.ok = true;
    return result;
}

QJsonObject encodePermission(const Permission &permission) {
    return QJsonObject{{QStringLiteral("action"), permission.action},
                       {QStringLiteral("resource"), permission.resource}};
}

QJsonObject encodeToken(const Token &token) {
    QJsonObject object;
    if (!token.accountId.isEmpty())
        object.insert(QStringLiteral("accountId"), token.accountId);
    if (!token.clusterId.isEmpty())
        object.insert(QStringLiteral("clusterId"), token.clusterId);
    object.insert(QStringLiteral("id"), token.id);
    object.insert(QStringLiteral("description"), token.description);
    QJsonArray permissions;
    for (const Permission &permission : token.permissions)
        permissions.append(encodePermission(permission));
    object.insert(QStringLiteral("permissions"), permissions);
    object.insert(QStringLiteral("createdAt"), formatRfc3339(token.createdAt));
    if (token.expires())
        object.insert(QStringLiteral("expiresAt"), formatRfc3339(token.expiresAt));
    if (token.isRevoked())
        object.insert(QStringLiteral("revokedAt"), formatRfc3339(token.revokedAt));
    return object;
}

QByteArray encodeTokenList(const QList<Token> &tokens) {
    QJsonArray array;
    for (const Token &token : tokens)
        array.append(encodeToken(token));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace TokenJson
