#pragma once

// What must hold for any bytes given to the Management API's body readers, whatever the
// bytes are: the token JSON codec, the error-body reader, the database list and a new token
// with its secret. Shared by the libFuzzer target (which aborts on a violation) and the
// regression suite in tests/tokens (which runs every kept input under ctest). Calls only
// the readers the client itself calls (TokenJson, ResponseBodies, quotedFromServer), so a
// faster reader keeps passing through the same checks.

#include "ApiError.h"
#include "ResponseBodies.h"
#include "TokenJson.h"

#include <QByteArray>
#include <QChar>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TokenJsonInvariants {

// The management token the fuzzer tries to get quoted (token_json.dict offers it whole).
inline const QString FuzzSecret = QStringLiteral("fuzz-management-token-0123456789abcdefghij");

// Text shown to the user: bounded, free of control characters, valid UTF-16 when its input
// was, and holding no part of the secret.
inline void checkShown(const QString &where, const QString &text, const QString &input,
                       qsizetype maxLength, QStringList *violations) {
    if (text.size() > maxLength + 1)
        violations->append(where + QStringLiteral(": %1 characters").arg(text.size()));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            violations->append(
                where + QStringLiteral(": kept U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            break;
        }
    }
    if (input.isValidUtf16() && !text.isValidUtf16())
        violations->append(where + QStringLiteral(": made valid UTF-16 invalid"));
    if (text.contains(QStringView(FuzzSecret).left(16)))
        violations->append(where + QStringLiteral(": quoted the management token"));
}

inline void checkToken(const Token &token, const QString &where, QStringList *violations) {
    if (token.id.isEmpty())
        violations->append(where + QStringLiteral(": accepted a token with an empty id"));
    if (!token.createdAt.isValid())
        violations->append(where + QStringLiteral(": accepted a token without createdAt"));
    if (token.expiresAt.isValid() && token.expiresAt.toMSecsSinceEpoch() == 0)
        violations->append(where + QStringLiteral(": kept epoch zero as an expiry"));
}

inline void checkExcerpt(const QString &text, qsizetype maxLength, QStringList *violations) {
    const QString excerpt = sanitizedExcerpt(text, maxLength);
    const QString where = QStringLiteral("sanitizedExcerpt(…, %1)").arg(maxLength);
    if (excerpt.size() > maxLength + 1)
        violations->append(where + QStringLiteral(": %1 characters").arg(excerpt.size()));
    for (const QChar c : excerpt) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            violations->append(
                where + QStringLiteral(": kept U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            break;
        }
    }
    if (text.isValidUtf16() && !excerpt.isValidUtf16())
        violations->append(where + QStringLiteral(": made valid UTF-16 invalid"));
}

// Every broken rule, in words; empty when the input was handled as it should be.
inline QStringList check(const QByteArray &body) {
    QStringList violations;

    // decodeTokenList() is the fast decoder, or the reference decoder where the fast one
    // declines: each is checked here, and whatever the fast one takes, the reference decoder
    // must take whole, as the same tokens.
    TokenStore fast;
    const bool tookFast = TokenJson::decodeValidTokenList(body, &fast);
    const TokenJson::ListResult reference = TokenJson::decodeTokenListByDocument(body);
    if (tookFast) {
        if (!reference.ok || !reference.badItems.isEmpty())
            violations.append(
                QStringLiteral("list: the fast decoder took what the reference "
                               "decoder refuses (%1)")
                    .arg(reference.ok ? reference.badItems.first() : reference.error));
        else if (fast.toList() != reference.tokens.toList())
            violations.append(QStringLiteral("list: the fast and the reference decoder disagree"));
    } else if (!fast.isEmpty()) {
        violations.append(QStringLiteral("list: the fast decoder declined but kept tokens"));
    }
    TokenJson::ListResult list;
    if (tookFast) {
        list.ok = true;
        list.tokens = std::move(fast);
    } else {
        list = reference;
    }
    if (!list.ok) {
        if (list.error.isEmpty())
            violations.append(QStringLiteral("list: failed without saying why"));
        if (!list.tokens.isEmpty() || !list.badItems.isEmpty())
            violations.append(QStringLiteral("list: failed but returned items"));
    }
    for (qsizetype i = 0; i < list.tokens.size(); ++i)
        checkToken(list.tokens.at(i), QStringLiteral("list item %1").arg(i), &violations);

    Token token;
    QString error;
    if (TokenJson::decodeTokenBody(body, &token, &error)) {
        checkToken(token, QStringLiteral("body"), &violations);
        // The same object as the only item of a list decodes to the same token (unless the
        // extra bracket passes the parser's nesting limit).
        const TokenJson::ListResult wrapped = TokenJson::decodeTokenList('[' + body + ']');
        if (wrapped.ok && (wrapped.tokens.size() != 1 || wrapped.tokens.first() != token))
            violations.append(QStringLiteral("body and [body] decode differently"));
    } else if (error.isEmpty()) {
        violations.append(QStringLiteral("body: failed without saying why"));
    }

    // The error-body reader of the API client: {"code": …, "message": …}.
    const QJsonValue message =
        QJsonDocument::fromJson(body).object().value(QLatin1String("message"));
    const QString shownMessage = ResponseBodies::errorMessage(body, FuzzSecret);
    if (!message.isString() && !shownMessage.isEmpty())
        violations.append(QStringLiteral("errorMessage: invented a message"));
    checkShown(QStringLiteral("errorMessage"), shownMessage, message.toString(), 300, &violations);
    if (message.isString()) {
        checkExcerpt(message.toString(), 300, &violations);
        checkExcerpt(message.toString(), 7, &violations);
    }

    // The database list.
    QStringList names;
    QString databasesError;
    if (ResponseBodies::decodeDatabases(body, &names, &databasesError)) {
        for (const QString &name : std::as_const(names))
            if (name.isEmpty())
                violations.append(QStringLiteral("databases: accepted an empty name"));
    } else if (databasesError.isEmpty() || !names.isEmpty()) {
        violations.append(QStringLiteral("databases: failed without saying why, or with names"));
    }

    // A new token with its secret: the same token as the plain reader sees, and a real secret.
    Token created;
    QString accessToken;
    QString createdError;
    if (ResponseBodies::decodeCreatedToken(body, &created, &accessToken, &createdError)) {
        checkToken(created, QStringLiteral("created"), &violations);
        if (accessToken.size() < 64)
            violations.append(QStringLiteral("created: accepted a short accessToken"));
        Token plain;
        QString plainError;
        if (!TokenJson::decodeTokenBody(body, &plain, &plainError) || plain != created)
            violations.append(QStringLiteral("created: differs from the token body"));
    } else if (createdError.isEmpty()) {
        violations.append(QStringLiteral("created: failed without saying why"));
    }

    // Raw bodies are quoted too (transport errors, bodies that are not JSON).
    const QString text = QString::fromUtf8(body);
    checkExcerpt(text, 300, &violations);
    checkExcerpt(text, body.size() % 97, &violations);
    const qsizetype cut = body.size() % 331;
    checkShown(QStringLiteral("quotedFromServer(…, %1)").arg(cut),
               quotedFromServer(text, FuzzSecret, cut), text, cut, &violations);
    return violations;
}

} // namespace TokenJsonInvariants
