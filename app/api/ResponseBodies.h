#pragma once

#include "Token.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The Management API's response bodies other than token lists and tokens (TokenJson reads
// those): the spec's Error body, the database list and a new token with its secret. Plain
// functions, so the fuzz targets and the tests run exactly what the client runs.
namespace ResponseBodies {

// {"code": …, "message": …}: the message as quotedFromServer makes it fit to show (`secret`
// removed, at most 300 characters); empty when the body is anything else.
QString errorMessage(const QByteArray &body, const QString &secret);

// [{"name": …, …}, …]: the database names, in order. False with the reason (the item and
// field at fault) when the body is anything else; `names` is then empty.
bool decodeDatabases(const QByteArray &body, QStringList *names, QString *error);

// A token object with its "accessToken" (at least 64 characters). False with the reason.
bool decodeCreatedToken(const QByteArray &body, Token *token, QString *accessToken, QString *error);

} // namespace ResponseBodies
