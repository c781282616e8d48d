#include "TokenFilter.h"

#include <QByteArrayView>

namespace TokenFilter {

void appendFolded(QStringView text, QByteArray *out) {
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    // The ASCII run at the start, usually the whole text, is written in place: at 100,000
    // tokens a byte-by-byte append costs more than everything else in a load.
    const qsizetype start = out->size();
    out->resize(start + text.size());
    char *write = out->data() + start;
    for (; p < end && *p < 0x80; ++p)
        *write++ = char(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    out->resize(write - out->constData());
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out->append(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
            continue;
        }
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            c = 0xFFFD;
        c = QChar::toCaseFolded(c);
        if (c < 0x800) {
            out->append(char(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            out->append(char(0xE0 | (c >> 12)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
        } else {
            out->append(char(0xF0 | (c >> 18)));
            out->append(char(0x80 | ((c >> 12) & 0x3F)));
            out->append(char(0x80 | ((c >> 6) & 0x3F)));
        }
        out->append(char(0x80 | (c & 0x3F)));
    }
}

QByteArray folded(QStringView text) {
    QByteArray out;
    out.reserve(text.size());
    appendFolded(text, &out);
    return out;
}

bool matchesText(const Token &token, QStringView text) {
    const QByteArray needle = folded(text.trimmed());
    if (needle.isEmpty())
        return true;
    return folded(token.description).contains(needle) || folded(token.id).contains(needle);
}

bool matchesStatus(TokenStatus status, bool showInactive) {
    return showInactive || status == TokenStatus::Active;
}

} // namespace TokenFilter
