#include "TokenJson.h"

#include "Rfc3339.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace TokenJson {
namespace {

// Whole words, each translated on its own: they fill the "got %2" of a decode error.
QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "null");
    case QJsonValue::Bool:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "a boolean");
    case QJsonValue::Double:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "a number");
    case QJsonValue::String:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "a string");
    case QJsonValue::Array:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "an array");
    case QJsonValue::Object:
        //: A JSON type, the object of "…, got %1" in a decode error.
        return QCoreApplication::translate("TokenJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    //: No value at all, the object of "…, got %1" in a decode error.
    return QCoreApplication::translate("TokenJson", "missing");
}

bool requireString(const QJsonObject &object, QLatin1StringView field, QString *out,
                   QString *error) {
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        *error =
            QCoreApplication::translate("TokenJson", "%1: required field is missing").arg(field);
        return false;
    }
    if (!value.isString()) {
        *error = QCoreApplication::translate("TokenJson", "%1: expected a string, got %2")
                     .arg(field, typeName(value));
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
        *error = value.isNull()
                     ? QCoreApplication::translate("TokenJson", "%1: must not be null").arg(field)
                     : QCoreApplication::translate("TokenJson", "%1: required field is missing")
                           .arg(field);
        return false;
    }
    if (!value.isString()) {
        *error = QCoreApplication::translate("TokenJson",
                                             "%1: expected an RFC 3339 date-time string, got %2")
                     .arg(field, typeName(value));
        return false;
    }
    const QDateTime parsed = parseRfc3339(value.toString());
    if (!parsed.isValid()) {
        *error = QCoreApplication::translate("TokenJson", "%1: \"%2\" is not an RFC 3339 date-time")
                     .arg(field, value.toString().left(40));
        return false;
    }
    *out = parsed;
    return true;
}

bool decodePermissions(const QJsonValue &value, QList<Permission> *out, QString *error) {
    if (value.isUndefined()) {
        *error = QCoreApplication::translate("TokenJson", "permissions: required field is missing");
        return false;
    }
    if (!value.isArray()) {
        *error = QCoreApplication::translate("TokenJson", "permissions: expected an array, got %1")
                     .arg(typeName(value));
        return false;
    }
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString where = QStringLiteral("permissions[%1]").arg(i);
        if (!item.isObject()) {
            *error = QCoreApplication::translate("TokenJson", "%1: expected an object, got %2")
                         .arg(where, typeName(item));
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
        *error = QCoreApplication::translate("TokenJson", "expected a token object, got %1")
                     .arg(typeName(value));
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
        *error = QCoreApplication::translate("TokenJson", "id: must not be empty");
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
        *error = QCoreApplication::translate("TokenJson", "not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("TokenJson", "expected a token object");
        return false;
    }
    return decodeToken(document.object(), token, error);
}

ListResult decodeTokenListByDocument(const QByteArray &body) {
    ListResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("TokenJson", "not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isArray()) {
        result.error =
            document.isObject()
                ? QCoreApplication::translate("TokenJson",
                                              "expected an array of tokens, got an object")
                : QCoreApplication::translate("TokenJson", "expected an array of tokens");
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
            result.badItems.append(
                QCoreApplication::translate("TokenJson", "item %1: %2").arg(i).arg(error));
    }
    result.tokens = TokenStore(tokens);
    result.ok = true;
    return result;
}

namespace {

namespace od = simdjson::ondemand;

static_assert(ReadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

// No byte from 0x80 up: the text is ASCII, and is copied as Latin-1 without a UTF-8 decoder.
bool isAscii(std::string_view text) {
    quint64 high = 0;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + i, 8);
        high |= word;
    }
    for (; i < text.size(); ++i)
        high |= quint8(text[i]);
    return (high & 0x8080808080808080ULL) == 0;
}

bool isJsonSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// One parser per thread, kept from one list to the next: a new one costs its buffers' first
// touch, 18 ms of the 78 ms (CPU) a list of 100,000 tokens took. They stay with the thread
// (15 MiB after that list); the pool thread that decodes lists ends, and frees them, after
// 30 s without work.
od::parser &listParser() {
    thread_local od::parser parser;
    return parser;
}
// Each distinct permission array is read once, on its own, by this one.
od::parser &setParser() {
    thread_local od::parser parser;
    return parser;
}

// The token list on simdjson's On-Demand parser, straight into a TokenStore's rows. It takes
// only a body that is valid JSON holding only valid tokens; for anything else (a fault, an
// item the reference decoder would refuse, a key given twice, whose meaning Qt decides) it
// gives up, and the reference decoder reads the body and names the fault.
//
// On-Demand rather than DOM, measured on a list of 100,000 tokens (34 MB), every field read,
// parser reused, CPU time per parse: On-Demand 24 ms; DOM 25 ms to build its tape alone and
// 30-33 ms with the fields read from it.
class ListDecoder {
public:
    ListDecoder(TokenStore *tokens, simdjson::padded_string_view json)
        : m_tokens(tokens)
        , m_json(json) {}

    bool decode() {
        od::document document;
        od::array array;
        if (listParser().iterate(m_json).get(document) || document.get_array().get(array))
            return false;
        bool first = true;
        for (auto item : array) {
            od::value value;
            od::object object;
            if (item.get(value) || value.get_object().get(object) || !token(object))
                return false;
            if (first) {
                first = false;
                reserveLike(document);
            }
        }
        // Past the array only space may follow.
        return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
    }

private:
    // Room for a list of items like the first one: a few large allocations, not many growths.
    void reserveLike(od::document &document) {
        const char *at = nullptr;
        if (document.current_location().get(at))
            return;
        const qsizetype itemBytes = std::max<qsizetype>(at - m_json.data(), 64);
        const qsizetype rows = qsizetype(m_json.size()) / itemBytes + 1;
        const qsizetype units = m_tokens->id(0).size() + m_tokens->description(0).size();
        m_tokens->reserve(rows + rows / 4, (rows + rows / 4) * (units + 16));
    }

    // A string's UTF-8. Text without escapes is taken where it lies in the body, whose UTF-8
    // simdjson has checked whole; text with escapes is unescaped and checked again (simdjson
    // writes an escaped lone surrogate as bytes that are not UTF-8, where Qt keeps the
    // surrogate: that case is Qt's to read).
    static bool text(od::value &value, std::string_view *out) {
        std::string_view raw = value.raw_json_token();
        while (!raw.empty() && isJsonSpace(raw.back()))
            raw.remove_suffix(1);
        if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') {
            raw = raw.substr(1, raw.size() - 2);
            // raw_json_token() only looks: the string is still taken through the iterator, so
            // that what follows it is checked as JSON (a ':' after a value was let through).
            od::raw_json_string taken;
            if (raw.find('\\') == std::string_view::npos &&
                !value.get_raw_json_string().get(taken)) {
                *out = raw;
                return true;
            }
        }
        if (value.get_string().get(*out))
            return false;
        return simdjson::validate_utf8(out->data(), out->size());
    }
    // A key, as text() a string. `known` are the names asked for, compared to the key's bytes
    // as they lie; only another key is unescaped. Returns the index in `known`, or -1.
    static bool key(od::field &field, std::span<const std::string_view> known, int *which) {
        const od::raw_json_string raw = field.key();
        for (size_t i = 0; i < known.size(); ++i) {
            // The first byte before the rest: most names differ there.
            if (*raw.raw() == known[i].front() && raw.unsafe_is_equal(known[i])) {
                *which = int(i);
                return true;
            }
        }
        std::string_view name;
        if (field.unescaped_key().get(name) || !simdjson::validate_utf8(name.data(), name.size()))
            return false;
        const auto found = std::find(known.begin(), known.end(), name);
        *which = found == known.end() ? -1 : int(found - known.begin());
        return true;
    }

    // Any value, checked through to its last byte: On-Demand checks only what is read.
    static bool check(od::value &value, int depth) {
        od::json_type type;
        if (value.type().get(type))
            return false;
        switch (type) {
        case od::json_type::array: {
            od::array array;
            if (depth >= MaxDepth || value.get_array().get(array))
                return false;
            for (auto item : array) {
                od::value element;
                if (item.get(element) || !check(element, depth + 1))
                    return false;
            }
            return true;
        }
        case od::json_type::object: {
            od::object object;
            if (depth >= MaxDepth || value.get_object().get(object))
                return false;
            for (auto item : object) {
                od::field field;
                int which;
                if (std::move(item).get(field) || !key(field, {}, &which) ||
                    !check(field.value(), depth + 1))
                    return false;
            }
            return true;
        }
        case od::json_type::number: {
            double number;
            return !value.get_double().get(number);
        }
        case od::json_type::string: {
            std::string_view string;
            return text(value, &string);
        }
        case od::json_type::boolean: {
            bool boolean;
            return !value.get_bool().get(boolean);
        }
        case od::json_type::null: {
            bool null = false;
            return !value.is_null().get(null) && null;
        }
        }
        return false;
    }

    static bool dateTime(od::value &value, bool optional, qint64 *out) {
        bool null = false;
        if (optional && value.is_null().get(null))
            return false;
        if (null) {
            *out = TokenStore::NoTime;
            return true;
        }
        std::string_view string;
        if (!text(value, &string))
            return false;
        const std::optional<qint64> msecs = parseRfc3339MSecs(string);
        *out = msecs.value_or(0);
        return msecs.has_value();
    }

    // A permission array is known by its bytes: most tokens share a few sets, so a set met
    // before is skipped over and its number taken; a new one is read on its own and kept.
    bool permissionSet(od::value &value, int *set) {
        od::array array;
        std::string_view raw;
        if (value.get_array().get(array) || array.raw_json().get(raw))
            return false;
        const size_t hash = std::hash<std::string_view>()(raw);
        if ((*set = m_sets.find(raw, hash)) >= 0)
            return true;
        QList<Permission> permissions;
        if (!readPermissions(raw, &permissions))
            return false;
        *set = m_tokens->internPermissions(permissions);
        m_sets.insert(raw, hash, *set);
        return true;
    }

    // Numbers by bytes, open addressing in one array and the bytes side by side in one block.
    // std::unordered_map took 8 of 40 ms on 100,000 tokens (5,209 sets) to find them: a node
    // and a modulo per step, and the key bytes far apart, each one a cache miss.
    class SetIndex {
    public:
        int find(std::string_view bytes, size_t hash) const {
            for (size_t i = hash & m_mask; !m_slots.empty() && m_slots[i].set >= 0;
                 i = (i + 1) & m_mask) {
                const Slot &slot = m_slots[i];
                if (slot.hash == hash &&
                    std::string_view(m_bytes).substr(slot.at, slot.size) == bytes)
                    return slot.set;
            }
            return -1;
        }
        void insert(std::string_view bytes, size_t hash, int set) {
            if (2 * (m_count + 1) > m_slots.size())
                grow();
            size_t i = hash & m_mask;
            while (m_slots[i].set >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = {hash, m_bytes.size(), bytes.size(), set};
            m_bytes.append(bytes);
            ++m_count;
        }

    private:
        struct Slot {
            size_t hash = 0;
            size_t at = 0;
            size_t size = 0;
            int set = -1; // -1: empty
        };
        void grow() {
            std::vector<Slot> old(std::max<size_t>(1024, 2 * m_slots.size()));
            old.swap(m_slots);
            m_mask = m_slots.size() - 1;
            for (const Slot &slot : old) {
                if (slot.set < 0)
                    continue;
                size_t i = slot.hash & m_mask;
                while (m_slots[i].set >= 0)
                    i = (i + 1) & m_mask;
                m_slots[i] = slot;
            }
        }
        std::vector<Slot> m_slots;
        size_t m_mask = 0;
        size_t m_count = 0;
        std::string m_bytes;
    };

    // The bytes of one permission array (and the space after it), as a document of its own.
    bool readPermissions(std::string_view raw, QList<Permission> *out) const {
        // The rest of the body and its padding lie past these bytes.
        const size_t room = size_t(m_json.data() + m_json.capacity() - raw.data());
        od::document document;
        od::array array;
        if (setParser()
                .iterate(simdjson::padded_string_view(raw.data(), raw.size(), room))
                .get(document) ||
            document.get_array().get(array))
            return false;
        for (auto item : array) {
            od::value element;
            od::object object;
            if (item.get(element) || element.get_object().get(object))
                return false;
            std::string_view texts[2];
            bool given[2] = {false, false};
            for (auto member : object) {
                od::field field;
                int which;
                if (std::move(member).get(field) || !key(field, PermissionNames, &which))
                    return false;
                if (which < 0 ? !check(field.value(), 2)
                              : given[which] || !text(field.value(), &texts[which]))
                    return false;
                if (which >= 0)
                    given[which] = true;
            }
            if (!given[0] || !given[1])
                return false;
            out->append({QString::fromUtf8(texts[0]), QString::fromUtf8(texts[1])});
        }
        return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
    }

    static TokenStore::RowText rowText(std::string_view text) {
        return {QByteArrayView(text.data(), qsizetype(text.size())), isAscii(text)};
    }

    bool token(od::object &object) {
        enum Field { Id, Description, Permissions, Created, Expires, Revoked, Account, Cluster };
        unsigned seen = 0;
        std::string_view id;
        std::string_view description;
        std::string_view scope[2];
        int set = -1;
        qint64 createdAt = TokenStore::NoTime;
        qint64 expiresAt = TokenStore::NoTime;
        qint64 revokedAt = TokenStore::NoTime;
        for (auto member : object) {
            od::field field;
            int which;
            if (std::move(member).get(field) || !key(field, TokenNames, &which))
                return false;
            if (which >= 0) {
                if (seen & (1u << which))
                    return false;
                seen |= 1u << which;
            }
            od::value &value = field.value();
            bool ok = false;
            switch (which) {
            case Id:
                ok = text(value, &id);
                break;
            case Description:
                ok = text(value, &description);
                break;
            case Permissions:
                ok = permissionSet(value, &set);
                break;
            case Created:
                ok = dateTime(value, false, &createdAt);
                break;
            case Expires:
                ok = dateTime(value, true, &expiresAt);
                break;
            case Revoked:
                ok = dateTime(value, true, &revokedAt);
                break;
            case Account:
            case Cluster: {
                // As QJsonValue::toString(): anything but a string is no ID.
                od::json_type type;
                ok = !value.type().get(type) &&
                     (type == od::json_type::string ? text(value, &scope[which - Account])
                                                    : check(value, 1));
                break;
            }
            default:
                ok = check(value, 1);
                break;
            }
            if (!ok)
                return false;
        }
        constexpr unsigned Required =
            1u << Id | 1u << Description | 1u << Permissions | 1u << Created;
        if ((seen & Required) != Required || id.empty())
            return false;
        // influxctl prints epoch zero for "never expires"; treat it as no expiry.
        if (expiresAt == 0)
            expiresAt = TokenStore::NoTime;
        if (m_scope < 0 || scope[0] != m_scopeText[0] || scope[1] != m_scopeText[1]) {
            m_scopeText[0].assign(scope[0]);
            m_scopeText[1].assign(scope[1]);
            m_scope =
                m_tokens->internScope(QString::fromUtf8(scope[0]), QString::fromUtf8(scope[1]));
        }
        m_tokens->appendRow(rowText(id), rowText(description), set, m_scope, createdAt, expiresAt,
                            revokedAt);
        return true;
    }

    // In the order of the Field enumeration.
    static constexpr std::string_view TokenNames[] = {
        "id",        "description", "permissions", "createdAt",
        "expiresAt", "revokedAt",   "accountId",   "clusterId",
    };
    static constexpr std::string_view PermissionNames[] = {"action", "resource"};

    // Deeper than this inside a token, the reference decoder (and Qt's own limit) decides.
    static constexpr int MaxDepth = 64;

    TokenStore *m_tokens;
    simdjson::padded_string_view m_json;
    // Each permission array met so far, by its bytes.
    SetIndex m_sets;
    // The last account and cluster ID, and their scope in the store.
    std::string m_scopeText[2];
    int m_scope = -1;
};

} // namespace

bool decodeValidTokenList(const QByteArray &body, TokenStore *tokens) {
    *tokens = TokenStore();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: the room a body has when it
    // was read with ReadPadding to spare, else a padded copy.
    // (data_ptr() only reads here: nothing is detached or changed.)
    const qsizetype spare = const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
    std::optional<simdjson::padded_string> copy;
    if (spare < ReadPadding)
        copy.emplace(body.constData(), size_t(body.size()));
    const bool decoded =
        copy ? ListDecoder(tokens, *copy).decode()
             : ListDecoder(tokens,
                           simdjson::padded_string_view(body.constData(), size_t(body.size()),
                                                        size_t(body.size() + spare)))
                   .decode();
    if (!decoded)
        *tokens = TokenStore();
    return decoded;
}

ListResult decodeTokenList(const QByteArray &body) {
    ListResult result;
    if (!decodeValidTokenList(body, &result.tokens))
        return decodeTokenListByDocument(body);
    // Orders the IDs here, on the decoding thread, rather than on the window's.
    result.tokens.sortById();
    result.ok = true;
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
