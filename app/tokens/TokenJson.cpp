#include "TokenJson.h"

#include "Rfc3339.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string_view>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

namespace {

// The reference decoder: QJsonDocument, then decodeToken on every item.
ListResult decodeTokenListByDocument(const QByteArray &body) {
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
    QList<Token> tokens;
    tokens.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Token token;
        QString error;
        if (decodeToken(array.at(i), &token, &error))
            tokens.append(std::move(token));
        else
            result.badItems.append(tr("item %1: %2").arg(i).arg(error));
    }
    result.tokens = TokenStore(tokens);
    result.ok = true;
    return result;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Strict UTF-8: no overlong forms, no surrogates, nothing beyond U+10FFFF.
bool validUtf8(const unsigned char *p, const unsigned char *end) {
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// A scanner for the list's usual shape: one pass over the bytes, strict JSON, straight into
// a TokenStore's rows. Whatever it does not handle itself (escapes in strings, odd types, offsets,
// missing fields) it hands to the reference decoder, item by item or for the whole body, so results
// and error messages are exactly the reference decoder's.
// What one scanner found in its stretch of the list.
struct ScannedPart {
    TokenStore tokens;
    std::vector<std::pair<int, QString>> badItems; // index within the part, and why
    int items = 0;
    bool stoppedAtSplit = false;
};

class ListScanner {
public:
    enum class Item { Decoded, Unusual, Invalid };

    ListScanner(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end) {}

    // The whole array, stopping early at `split` if an item starts exactly there.
    bool scan(ScannedPart *part, const char *split) {
        if (!expect('['))
            return false;
        if (expect(']'))
            return atEnd();
        return scanItems(part, split);
    }

    // Items from here (an item's first byte) to the array's end, or to `split`.
    bool scanItems(ScannedPart *part, const char *split) {
        for (;; ++part->items) {
            skipSpace();
            if (m_p == split) {
                part->stoppedAtSplit = true;
                return true;
            }
            const char *start = m_p;
            switch (decodeItem(&part->tokens)) {
            case Item::Decoded:
                if (part->items == 0)
                    reserveLike(&part->tokens, m_p - start);
                break;
            case Item::Unusual: {
                m_p = start;
                if (!skipValue(0))
                    return false;
                QByteArray wrapped;
                wrapped.reserve(m_p - start + 2);
                wrapped.append('[').append(start, m_p - start).append(']');
                const QJsonValue value = QJsonDocument::fromJson(wrapped).array().at(0);
                Token token;
                QString error;
                if (TokenJson::decodeToken(value, &token, &error))
                    part->tokens.append(std::move(token));
                else
                    part->badItems.emplace_back(part->items, error);
                break;
            }
            case Item::Invalid:
                return false;
            }
            if (expect(']')) {
                ++part->items;
                return atEnd();
            }
            if (!take(','))
                return false;
        }
    }

private:
    // Room for a list of items like the first one: a few large allocations, not many growths.
    void reserveLike(TokenStore *tokens, qsizetype itemBytes) const {
        const qsizetype rest = m_end - m_p;
        const qsizetype rows = rest / std::max<qsizetype>(itemBytes, 64) + 1;
        const qsizetype units = tokens->id(0).size() + tokens->description(0).size();
        tokens->reserve(rows + rows / 4, (rows + rows / 4) * (units + 16));
    }

    bool atEnd() {
        skipSpace();
        return m_p == m_end;
    }
    void skipSpace() {
        // Most lists have no space at all: one comparison says so.
        if (m_p<m_end &&static_cast<unsigned char>(*m_p)> ' ')
            return;
        skipSpaceRun();
    }
    Q_NEVER_INLINE void skipSpaceRun() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c) {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c) const { return m_p < m_end && *m_p == c; }
    // take() and peek() past any space; the check for space is made only when `c` is not next.
    bool expect(char c) {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        skipSpace();
        return take(c);
    }
    bool peekPast(char c) {
        if (m_p < m_end && *m_p == c)
            return true;
        skipSpace();
        return peek(c);
    }

    // A string's raw bytes. `plain`: no escapes, so the bytes are the text.
    bool rawString(const char **begin, qsizetype *size, bool *plain, bool *ascii) {
        if (!take('"'))
            return false;
        *begin = m_p;
        *plain = true;
        *ascii = true;
        // Nearly every string is plain ASCII: one scan to its closing quote.
        skipPlainAscii();
        if (m_p < m_end && *m_p == '"') {
            *size = m_p - *begin;
            ++m_p;
            return true;
        }
        while (m_p < m_end) {
            skipPlainAscii();
            if (m_p >= m_end)
                break;
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *size = m_p - *begin;
                ++m_p;
                if (!*ascii && !validUtf8(reinterpret_cast<const unsigned char *>(*begin),
                                          reinterpret_cast<const unsigned char *>(*begin + *size)))
                    return false;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                *plain = false;
                ++m_p;
                if (m_p >= m_end)
                    return false;
                const char e = *m_p;
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_p + i >= m_end || !isxdigit(static_cast<unsigned char>(m_p[i])))
                            return false;
                    }
                    m_p += 4;
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return false;
                }
            } else if (c >= 0x80) {
                *ascii = false;
            }
            ++m_p;
        }
        return false;
    }

    // Steps over string bytes that need no thought: printable ASCII other than '"' and '\\'.
    void skipPlainAscii() {
#if defined(__SSE2__)
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - m_p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            // Signed: bytes from 0x80 up are negative, so "below space" also catches non-ASCII.
            const __m128i special = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                _mm_cmplt_epi8(bytes, space));
            const int mask = _mm_movemask_epi8(special);
            if (mask != 0) {
                m_p += __builtin_ctz(unsigned(mask));
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                return;
            ++m_p;
        }
    }

    bool skipNumber() {
        take('-');
        if (take('0')) {
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        } else {
            return false;
        }
        if (take('.')) {
            if (!(m_p < m_end && isDigit(*m_p)))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (!take('+'))
                take('-');
            if (!(m_p < m_end && isDigit(*m_p)))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        return true;
    }

    bool nullLiteral() {
        return peekPast('n') && literal("null");
    }

    bool literal(const char *word) {
        const qsizetype n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return false;
        m_p += n;
        return true;
    }

    // Checks one JSON value of any kind and steps over it.
    bool skipValue(int depth) {
        if (depth > 500 || m_p >= m_end)
            return false;
        const char *begin;
        qsizetype size;
        bool plain, ascii;
        switch (*m_p) {
        case '"':
            return rawString(&begin, &size, &plain, &ascii);
        case '{':
            ++m_p;
            if (expect('}'))
                return true;
            for (;;) {
                skipSpace();
                if (!rawString(&begin, &size, &plain, &ascii))
                    return false;
                if (!expect(':'))
                    return false;
                skipSpace();
                if (!skipValue(depth + 1))
                    return false;
                if (expect('}'))
                    return true;
                if (!take(','))
                    return false;
            }
        case '[':
            ++m_p;
            if (expect(']'))
                return true;
            for (;;) {
                skipSpace();
                if (!skipValue(depth + 1))
                    return false;
                if (expect(']'))
                    return true;
                if (!take(','))
                    return false;
            }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return skipNumber();
        }
    }

    // A plain string value, as its bytes; false (with the scanner anywhere) when unusual.
    bool text(TokenStore::RowText *out) {
        const char *begin;
        qsizetype size;
        bool plain, ascii;
        if (!peekPast('"') || !rawString(&begin, &size, &plain, &ascii) || !plain)
            return false;
        out->bytes = QByteArrayView(begin, size);
        out->ascii = ascii;
        return true;
    }

    // A string already shared, recognised by its bytes and closing quote without reading it
    // again: a shared string holds no quote, backslash or control character, so equal bytes
    // followed by '"' are that string.
    bool knownSharedText(int *index) {
        if (m_end - m_p < 10 || *m_p != '"')
            return false;
        quint64 next;
        std::memcpy(&next, m_p + 1, 8);
        auto matches = [&](size_t i) {
            const qsizetype n = m_sharedBytes[i].size();
            return (next & m_sharedMasks[i]) == m_sharedHeads[i] && m_end - m_p > n + 1 &&
                   m_p[1 + n] == '"' &&
                   (n <= 8 ||
                    std::memcmp(m_p + 9, m_sharedBytes[i].data() + 8, size_t(n - 8)) == 0);
        };
        // The last string that began with these two bytes is the likeliest.
        quint8 &guess = m_sharedGuess[(next ^ (next >> 8)) & 0xFF];
        size_t found = guess;
        if (found >= m_sharedBytes.size() || !matches(found)) {
            for (found = 0; found < m_sharedBytes.size() && !matches(found); ++found) {
            }
            if (found == m_sharedBytes.size())
                return false;
            guess = quint8(found);
        }
        m_p += m_sharedBytes[found].size() + 2;
        *index = int(found);
        return true;
    }

    // Up to the first eight bytes of a string, as one number.
    static quint64 headOf(const char *begin, qsizetype size) {
        quint64 head = 0;
        std::memcpy(&head, begin, size_t(std::min<qsizetype>(size, 8)));
        return head;
    }

    // Actions, resources, account and cluster IDs repeat across the list: one QString each,
    // numbered from 0 in the order met; NotShared once MaxShared are known and this is
    // another (then it is in m_lastUnshared).
    bool sharedText(int *index) {
        if (knownSharedText(index))
            return true;
        const char *begin;
        qsizetype size;
        bool plain, ascii;
        if (!peekPast('"') || !rawString(&begin, &size, &plain, &ascii) || !plain)
            return false;
        const quint64 head = headOf(begin, size);
        for (size_t i = 0; i < m_sharedBytes.size(); ++i) {
            const QByteArrayView known = m_sharedBytes[i];
            if (m_sharedHeads[i] == head && known.size() == size &&
                (size <= 8 || std::memcmp(known.data() + 8, begin + 8, size_t(size - 8)) == 0)) {
                *index = int(i);
                return true;
            }
        }
        if (m_sharedBytes.size() == MaxShared) {
            m_lastUnshared =
                ascii ? QString::fromLatin1(begin, size) : QString::fromUtf8(begin, size);
            *index = NotShared;
            return true;
        }
        m_sharedBytes.emplace_back(begin, size); // a view of the body, which outlives the scan
        m_sharedHeads.push_back(head);
        quint64 mask = 0;
        std::memset(&mask, 0xFF, size_t(std::min<qsizetype>(size, 8)));
        m_sharedMasks.push_back(mask);
        m_shared.push_back(ascii ? QString::fromLatin1(begin, size)
                                 : QString::fromUtf8(begin, size));
        *index = int(m_shared.size() - 1);
        return true;
    }

    // "YYYY-MM-DDTHH:MM:SS[.fraction]Z" straight to UTC milliseconds; anything else (offsets,
    // leap seconds) through parseRfc3339.
    bool dateTime(qint64 *out) {
        if (!peekPast('"'))
            return false;
        // The usual form straight from the body: utcDateTime() checks every byte up to the
        // 'Z', and digits, separators and 'Z' need no more checking as a JSON string.
        const char *s = m_p + 1;
        if (m_end - s >= 21) {
            const char *z = s + 19;
            if (*z == '.') {
                ++z;
                while (z < m_end && isDigit(*z))
                    ++z;
            }
            if (z + 1 < m_end && (*z == 'Z' || *z == 'z') && z[1] == '"' &&
                utcDateTime(s, z + 1 - s, out)) {
                m_p = z + 2;
                return true;
            }
        }
        qsizetype n;
        bool plain, ascii;
        if (!rawString(&s, &n, &plain, &ascii) || !plain || !ascii)
            return false;
        const QDateTime parsed = parseRfc3339(QString::fromLatin1(s, n));
        *out = parsed.isValid() ? parsed.toMSecsSinceEpoch() : TokenStore::NoTime;
        return parsed.isValid();
    }

    // The usual form, read without a call: the date and time digits are checked eight bytes
    // at a time, then combined.
    static bool utcDateTime(const char *s, qsizetype n, qint64 *out) {
        if (n < 20 || s[4] != '-' || s[7] != '-' ||
            !(s[10] == 'T' || s[10] == 't' || s[10] == ' ') || s[13] != ':' || s[16] != ':' ||
            !(s[n - 1] == 'Z' || s[n - 1] == 'z'))
            return false;
        // A byte is a digit when its high nibble is 3 and adding 6 keeps it there.
        auto digitsAt = [](const char *p, quint64 positions) {
            quint64 bytes;
            std::memcpy(&bytes, p, 8);
            const quint64 high = positions & 0xF0F0F0F0F0F0F0F0ULL;
            const quint64 three = positions & 0x3030303030303030ULL;
            return (bytes & high) == three && ((bytes + 0x0606060606060606ULL) & high) == three;
        };
        auto bytesMask = [](std::initializer_list<int> at) {
            quint64 mask = 0;
            for (const int i : at)
                reinterpret_cast<unsigned char *>(&mask)[i] = 0xFF;
            return mask;
        };
        static const quint64 DateDigits = bytesMask({0, 1, 2, 3, 5, 6}); // YYYY-MM-
        static const quint64 TimeDigits = bytesMask({0, 1, 3, 4, 6, 7}); // DDTHH:MM
        // The seconds one by one: eight bytes from s + 16 could reach past the body's end.
        if (!digitsAt(s, DateDigits) || !digitsAt(s + 8, TimeDigits) || !isDigit(s[17]) ||
            !isDigit(s[18]))
            return false;
        int millis = 0;
        if (n > 20) {
            if (s[19] != '.' || n == 21)
                return false;
            int scale = 100;
            for (qsizetype i = 20; i < n - 1; ++i) {
                const unsigned digit = unsigned(static_cast<unsigned char>(s[i]) - '0');
                if (digit > 9)
                    return false;
                millis += int(digit) * scale;
                scale /= 10;
            }
        }
        auto two = [s](int at) {
            return (s[at] - '0') * 10 + (s[at + 1] - '0');
        };
        const int year = two(0) * 100 + two(2), month = two(5), day = two(8);
        const int hour = two(11), minute = two(14), second = two(17);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
            return false;
        const qint64 days = daysFromCivil(year, month, day);
        *out = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + millis;
        return true;
    }

    // The permissions array as a set of the store's. Sets repeat across a list, and their
    // strings are shared and numbered: up to four permissions make one 64-bit key, so a set
    // seen before costs no allocation; a new one is made from the strings just read.
    bool permissionSet(TokenStore *tokens, int *set) {
        QVarLengthArray<int, 8> strings;      // action, resource, action, resource, …
        QVarLengthArray<QString, 2> unshared; // in order, for each NotShared in `strings`
        auto read = [&](int *index) {
            if (!sharedText(index))
                return false;
            if (*index == NotShared)
                unshared.append(m_lastUnshared);
            return true;
        };
        if (!expect('['))
            return false;
        if (!expect(']')) {
            for (;;) {
                if (!expect('{'))
                    return false;
                int action = NotGiven, resource = NotGiven;
                if (!peekPast('}')) {
                    for (;;) {
                        const unsigned field = readKey();
                        if (field == BadKey || field == EscapedKey)
                            return false; // an escaped key could name a field twice
                        if (!expect(':'))
                            return false;
                        if (field == ActionKey) {
                            if (action != NotGiven || !read(&action))
                                return false;
                        } else if (field == ResourceKey) {
                            if (resource != NotGiven || !read(&resource))
                                return false;
                        } else {
                            skipSpace();
                            if (!skipValue(2))
                                return false;
                        }
                        if (peekPast('}'))
                            break;
                        if (!take(','))
                            return false;
                    }
                }
                ++m_p;
                if (action == NotGiven || resource == NotGiven)
                    return false;
                strings.append(action);
                strings.append(resource);
                if (expect(']'))
                    break;
                if (!take(','))
                    return false;
            }
        }
        // Two shared numbers of eight bits per permission, and a 1 in front of them all, in
        // 128 bits: up to seven permissions.
        bool keyed = strings.size() <= 14;
        PermissionSetKey key{0, 1};
        for (const int index : strings) {
            keyed = keyed && index >= 0;
            key.first = key.first << 8 | key.second >> 56;
            key.second = key.second << 8 | quint64(index + 1);
        }
        if (keyed) {
            if (const auto known = m_permissionSets.constFind(key);
                known != m_permissionSets.cend()) {
                *set = known.value();
                return true;
            }
        }
        QList<Permission> permissions;
        permissions.reserve(strings.size() / 2);
        const QString *nextUnshared = unshared.constData();
        auto text = [&](int index) {
            return index == NotShared ? *nextUnshared++ : m_shared[size_t(index)];
        };
        for (qsizetype i = 0; i < strings.size(); i += 2) {
            Permission permission;
            permission.action = text(strings[i]);
            permission.resource = text(strings[i + 1]);
            permissions.append(std::move(permission));
        }
        *set = tokens->addPermissionSet(permissions);
        if (keyed)
            m_permissionSets.insert(key, *set);
        return true;
    }

    // A key that names one of a token's (or a permission's) fields, checked as whole bytes
    // when written plainly; any other key is read in full. Leaves the scanner past the key.
    unsigned readKey() {
        if (!peekPast('"'))
            return BadKey;
        if (m_end - m_p >= 14) { // room for the longest, "description" with its quotes
            auto is = [this](auto &quoted, unsigned field) {
                constexpr size_t n = sizeof(quoted) - 1; // a constant: the compiler inlines it
                if (std::memcmp(m_p, quoted, n) != 0)
                    return 0u;
                m_p += n;
                return field;
            };
            unsigned field = 0;
            switch (m_p[1]) {
            case 'i':
                field = is("\"id\"", IdKey);
                break;
            case 'd':
                field = is("\"description\"", DescriptionKey);
                break;
            case 'p':
                field = is("\"permissions\"", PermissionsKey);
                break;
            case 'c':
                field = is("\"createdAt\"", CreatedKey);
                if (!field)
                    field = is("\"clusterId\"", ClusterKey);
                break;
            case 'e':
                field = is("\"expiresAt\"", ExpiresKey);
                break;
            case 'r':
                field = is("\"revokedAt\"", RevokedKey);
                if (!field)
                    field = is("\"resource\"", ResourceKey);
                break;
            case 'a':
                field = is("\"action\"", ActionKey);
                if (!field)
                    field = is("\"accountId\"", AccountKey);
                break;
            default:
                break;
            }
            if (field)
                return field;
        }
        const char *key;
        qsizetype keySize;
        bool plain, ascii;
        if (!rawString(&key, &keySize, &plain, &ascii))
            return BadKey;
        if (!plain)
            return EscapedKey; // might still spell a known name: the reference decoder decides
        // Near the end of the body the fast path has no room: the same names, compared whole.
        static constexpr std::pair<std::string_view, unsigned> Names[] = {
            {"id", IdKey},
            {"description", DescriptionKey},
            {"permissions", PermissionsKey},
            {"createdAt", CreatedKey},
            {"expiresAt", ExpiresKey},
            {"revokedAt", RevokedKey},
            {"accountId", AccountKey},
            {"clusterId", ClusterKey},
            {"action", ActionKey},
            {"resource", ResourceKey},
        };
        for (const auto &[name, field] : Names) {
            if (std::string_view(key, size_t(keySize)) == name)
                return field;
        }
        return OtherKey;
    }

    // One token in the usual shape appended to `tokens`, or Unusual (nothing appended) for the
    // reference decoder to judge.
    Item decodeItem(TokenStore *tokens) {
        if (!take('{'))
            return Item::Unusual;
        enum : unsigned {
            Id = IdKey,
            Description = DescriptionKey,
            Permissions = PermissionsKey,
            Created = CreatedKey,
            Expires = ExpiresKey,
            Revoked = RevokedKey,
            Account = AccountKey,
            Cluster = ClusterKey
        };
        unsigned seen = 0;
        TokenStore::RowText id;
        TokenStore::RowText description;
        int permissions = -1;
        qint64 createdAt = TokenStore::NoTime;
        qint64 expiresAt = TokenStore::NoTime;
        qint64 revokedAt = TokenStore::NoTime;
        // Shared string numbers; NotShared: the string is in accountId or clusterId.
        int account = NotGiven, cluster = NotGiven;
        QString accountId;
        QString clusterId;
        if (peekPast('}'))
            return Item::Unusual;
        for (;;) {
            const unsigned key = readKey();
            if (key == BadKey)
                return Item::Invalid;
            if (key == EscapedKey)
                return Item::Unusual;
            if (!expect(':'))
                return Item::Invalid;
            // Each reader below steps over space before its value.
            const unsigned field = key < ActionKey ? key : OtherKey;
            bool ok = true;
            // Tested by kind rather than through a jump table: branches the processor guesses.
            if (field & (Id | Description)) {
                ok = text(field == Id ? &id : &description);
            } else if (field & (Created | Expires | Revoked)) {
                qint64 *target = field == Created   ? &createdAt
                                 : field == Expires ? &expiresAt
                                                    : &revokedAt;
                ok = (field != Created && nullLiteral()) || dateTime(target);
            } else if (field == Permissions) {
                ok = permissionSet(tokens, &permissions);
            } else if (field & (Account | Cluster)) {
                int &index = field == Account ? account : cluster;
                ok = sharedText(&index);
                (field == Account ? accountId : clusterId) =
                    ok && index == NotShared ? m_lastUnshared : QString();
            } else {
                skipSpace();
                if (!skipValue(1))
                    return Item::Invalid;
            }
            if (!ok || (seen & field))
                return Item::Unusual;
            seen |= field;
            if (expect('}'))
                break;
            if (!take(','))
                return Item::Invalid;
        }
        if ((seen & (Id | Description | Permissions | Created)) !=
                (Id | Description | Permissions | Created) ||
            id.bytes.isEmpty())
            return Item::Unusual;
        // influxctl prints epoch zero for "never expires"; treat it as no expiry.
        if (expiresAt == 0)
            expiresAt = TokenStore::NoTime;
        if (m_scope < 0 || account != m_scopeAccount || cluster != m_scopeCluster ||
            account == NotShared || cluster == NotShared) {
            auto text = [this](int index, const QString &unshared) {
                return index == NotGiven    ? QString()
                       : index == NotShared ? unshared
                                            : m_shared[size_t(index)];
            };
            m_scope = tokens->internScope(text(account, accountId), text(cluster, clusterId));
            m_scopeAccount = account;
            m_scopeCluster = cluster;
        }
        tokens->appendRow(id, description, permissions, m_scope, createdAt, expiresAt, revokedAt);
        return Item::Decoded;
    }

    // The keys readKey() knows; a token's own are bits, so that duplicates can be seen.
    enum : unsigned {
        OtherKey = 0,
        IdKey = 1,
        DescriptionKey = 2,
        PermissionsKey = 4,
        CreatedKey = 8,
        ExpiresKey = 16,
        RevokedKey = 32,
        AccountKey = 64,
        ClusterKey = 128,
        ActionKey = 256,
        ResourceKey = 512,
        EscapedKey = 1024,
        BadKey = 2048,
    };

    static constexpr int NotShared = -1;
    static constexpr int NotGiven = -2;

    const char *m_p;
    const char *m_end;
    static constexpr size_t MaxShared = 255; // a permission's strings fit in 8 bits each
    std::vector<QByteArrayView> m_sharedBytes;
    std::vector<quint64> m_sharedHeads; // headOf() each: most strings differ there
    std::vector<quint64> m_sharedMasks; // which bytes of a head are the string's
    std::array<quint8, 256> m_sharedGuess{};
    std::vector<QString> m_shared;
    QString m_lastUnshared;
    // Sets of up to seven permissions met so far, by their shared strings, with their set.
    using PermissionSetKey = std::pair<quint64, quint64>;
    QHash<PermissionSetKey, int> m_permissionSets;
    // The last account and cluster (as shared string numbers), and their scope in the store.
    int m_scope = -1;
    int m_scopeAccount = NotGiven;
    int m_scopeCluster = NotGiven;
};

} // namespace

namespace {

// Where a second thread may start on a long list: the first item boundary past the middle,
// found by the bytes the first item opens with (`{"id"` or however this server writes it),
// preceded by "}" and ",". Only a guess: the first thread confirms it by reaching it as an
// item boundary, and if it never does the guess is dropped.
const char *guessSplit(const char *begin, const char *end) {
    const char *p = begin;
    auto skipSpace = [&] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    skipSpace();
    if (p == end || *p++ != '[')
        return nullptr;
    skipSpace();
    const char *opening = p;
    if (p == end || *p++ != '{')
        return nullptr;
    skipSpace();
    if (p == end || *p++ != '"')
        return nullptr;
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    if (p == end || *p != '"')
        return nullptr;
    const std::string_view signature(opening, size_t(p + 1 - opening));
    const std::string_view rest(begin, size_t(end - begin));
    for (size_t at = rest.find(signature, rest.size() / 2); at != std::string_view::npos;
         at = rest.find(signature, at + 1)) {
        const char *q = begin + at;
        auto skipSpaceBack = [&] {
            while (q > begin && (q[-1] == ' ' || q[-1] == '\n' || q[-1] == '\r' || q[-1] == '\t'))
                --q;
        };
        skipSpaceBack();
        if (q == begin || *--q != ',')
            continue;
        skipSpaceBack();
        if (q > begin && q[-1] == '}')
            return begin + at;
    }
    return nullptr;
}

void addBadItems(const ScannedPart &part, int firstIndex, ListResult *result) {
    for (const auto &[index, error] : part.badItems)
        result->badItems.append(tr("item %1: %2").arg(firstIndex + index).arg(error));
}

// Below this a second thread costs more than it saves.
constexpr qsizetype SplitFromBytes = 1 << 20;

} // namespace

ListResult decodeTokenList(const QByteArray &body) {
    const char *begin = body.constData();
    const char *end = begin + body.size();
    const char *split = body.size() >= SplitFromBytes ? guessSplit(begin, end) : nullptr;

    ScannedPart second;
    bool secondOk = false;
    std::thread secondHalf;
    if (split) {
        secondHalf = std::thread([&] {
            secondOk = ListScanner(split, end).scanItems(&second, nullptr);
            second.tokens.sortById();
        });
    }
    ScannedPart first;
    const bool firstOk = ListScanner(begin, end).scan(&first, split);
    first.tokens.sortById();
    if (secondHalf.joinable())
        secondHalf.join();
    // Not valid JSON: the reference decoder names the fault.
    if (!firstOk || (first.stoppedAtSplit && !secondOk))
        return decodeTokenListByDocument(body);

    ListResult result;
    result.ok = true;
    result.tokens = std::move(first.tokens);
    addBadItems(first, 0, &result);
    if (first.stoppedAtSplit) {
        result.tokens.append(std::move(second.tokens));
        addBadItems(second, first.items, &result);
    }
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
