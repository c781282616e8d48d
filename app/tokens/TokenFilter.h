#pragma once

#include "Token.h"
#include "TokenStatus.h"

#include <QStringView>

// The list's matching rules, kept apart from any model so they can be tested alone.
namespace TokenFilter {

// True when `text` is empty, or found (ignoring case) in the description or the token ID.
bool matchesText(const Token &token, QStringView text);

// Inactive (revoked or expired) tokens show only when asked for.
bool matchesStatus(TokenStatus status, bool showInactive);

} // namespace TokenFilter
