#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>
#include <string_view>

// RFC 3339 date-times as the Management API writes them: any fraction length (the portal
// shows microseconds, the spec's examples milliseconds), "Z" or any numeric offset.
// Returns an invalid QDateTime for anything else. Fractions beyond milliseconds are
// truncated: QDateTime keeps milliseconds.
QDateTime parseRfc3339(QStringView text);

// The same parser on UTF-8 text, as milliseconds since the epoch (UTC): the token list
// decoder keeps plain numbers and builds no QDateTime.
std::optional<qint64> parseRfc3339MSecs(std::string_view utf8);

// UTC with milliseconds, e.g. "2024-05-01T12:00:00.000Z".
QString formatRfc3339(const QDateTime &dateTime);
