#pragma once

#include "Token.h"
#include "TokenStatus.h"

#include <QByteArray>
#include <QStringView>

// The list's matching rules, kept apart from any model so they can be tested alone.
namespace TokenFilter {

// True when `text` is empty, or found (ignoring case) in the description or the token ID.
bool matchesText(QStringView description, QStringView id, QStringView text);
inline bool matchesText(const Token &token, QStringView text) {
    return matchesText(token.description, token.id, text);
}

// Inactive (revoked or expired) tokens show only when asked for.
inline bool matchesStatus(TokenStatus status, bool showInactive) {
    return showInactive || isActive(status);
}

// What text matching compares: each code point case folded, as QString's case-insensitive
// comparisons fold, encoded as UTF-8 so that a plain byte search finds a match. Appends.
void appendFolded(QStringView text, QByteArray *out);
QByteArray folded(QStringView text);

} // namespace TokenFilter
