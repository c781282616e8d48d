#pragma once

#include "Token.h"
#include "TokenStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The token JSON codec, as the Management API spec defines the token object:
// id, description, permissions and createdAt required; expiresAt and revokedAt optional.
namespace TokenJson {

// One token object. On failure returns false and names the field at fault in `error`.
bool decodeToken(const QJsonValue &value, Token *token, QString *error);

// A whole response body holding one token.
bool decodeTokenBody(const QByteArray &body, Token *token, QString *error);

struct ListResult {
    bool ok = false; // false: the body is not a JSON array; `error` says why
    QString error;
    TokenStore tokens;    // every valid item, in the server's order
    QStringList badItems; // one line per invalid item: "item 3: createdAt: …"
};

// A list response: a bare JSON array of token objects. Invalid items are reported with
// their index and field and left out; the rest are kept.
ListResult decodeTokenList(const QByteArray &body);

// The bytes a body should have to spare past its end (reserved, not part of its size) when it
// is read: the list decoder then parses it where it is, instead of in a padded copy.
inline constexpr qsizetype ReadPadding = 64;

// decodeTokenList() is these two: the fast decoder (simdjson) takes a list that is valid JSON
// holding only valid tokens, and returns false, with `tokens` empty, for anything else; the
// reference decoder (QJsonDocument) then reads the body and names every fault. The fuzz target
// checks that they agree.
bool decodeValidTokenList(const QByteArray &body, TokenStore *tokens);
ListResult decodeTokenListByDocument(const QByteArray &body);

// A token as the server writes it (accountId/clusterId only when set).
QJsonObject encodeToken(const Token &token);
QByteArray encodeTokenList(const QList<Token> &tokens);

QJsonObject encodePermission(const Permission &permission);

} // namespace TokenJson
