#pragma once

// What must hold for any bytes given to the token JSON codec and the error-body reader,
// whatever the bytes are. Shared by the libFuzzer target (which aborts on a violation)
// and the regression suite in tests/tokens (which runs every kept input under ctest).
// Calls only the codec's public decoding functions, so a faster codec keeps passing
// through the same checks.

#include "ApiError.h"
#include "TokenJson.h"

#include <QByteArray>
#include <QChar>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TokenJsonInvariants {

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

    const TokenJson::ListResult list = TokenJson::decodeTokenList(body);
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
    if (message.isString()) {
        checkExcerpt(message.toString(), 300, &violations);
        checkExcerpt(message.toString(), 7, &violations);
    }
    // Raw bodies are quoted too (transport errors, bodies that are not JSON).
    const QString text = QString::fromUtf8(body);
    checkExcerpt(text, 300, &violations);
    checkExcerpt(text, body.size() % 97, &violations);
    return violations;
}

} // namespace TokenJsonInvariants
