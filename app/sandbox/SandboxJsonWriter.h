#pragma once

#include "Token.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// Writes the sandbox's token answers straight into bytes, exactly as
// QJsonDocument::toJson(Compact) writes the same objects: keys in QJsonObject's sorted order,
// the same escapes (lone surrogates as \uXXXX), the same dates. At 100,000 tokens the
// QJsonDocument tree took about a second to build and write; this takes a few percent of it.
class SandboxJsonWriter {
public:
    // The list as GET …/tokens answers it; revoked tokens left out when `hideRevoked`.
    static QByteArray tokenList(const QList<Token> &tokens, bool hideRevoked);
    // One token, with its secret when one is given (the answer to a create).
    static QByteArray token(const Token &token, const QString &accessToken = {});

    // A JSON string literal, quotes included, appended to `out`.
    static void appendString(QByteArray *out, QStringView text);
    // The service writes microseconds (the portal shows them) while QDateTime keeps
    // milliseconds; the three extra digits come from the token ID, so they are stable.
    static QString formatMicros(const QDateTime &dateTime, QStringView id);
};
