#include "TokenFilter.h"

namespace TokenFilter {

bool matchesText(const Token &token, QStringView text) {
    const QStringView needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    return token.description.contains(needle, Qt::CaseInsensitive) ||
           token.id.contains(needle, Qt::CaseInsensitive);
}

bool matchesStatus(TokenStatus status, bool showInactive) {
    return showInactive || status == TokenStatus::Active;
}

} // namespace TokenFilter
