#include "Rfc3339.h"

namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 when they are not there.
int digits(QStringView text, qsizetype pos, int count) {
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool isChar(QStringView text, qsizetype pos, char expected) {
    return pos < text.size() && text[pos] == QLatin1Char(expected);
}

} // namespace

QDateTime parseRfc3339(QStringView text) {
    // YYYY-MM-DDTHH:MM:SS
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    if (!isChar(text, 4, '-') || !isChar(text, 7, '-') || !isChar(text, 13, ':') ||
        !isChar(text, 16, ':'))
        return {};
    if (!(isChar(text, 10, 'T') || isChar(text, 10, 't') || isChar(text, 10, ' ')))
        return {};

    qsizetype pos = 19;
    int millis = 0;
    if (isChar(text, pos, '.')) {
        ++pos;
        const qsizetype fractionStart = pos;
        int scale = 100;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            millis += (text[pos].unicode() - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == fractionStart)
            return {};
    }

    int offsetSeconds = 0;
    if (isChar(text, pos, 'Z') || isChar(text, pos, 'z')) {
        ++pos;
    } else if (isChar(text, pos, '+') || isChar(text, pos, '-')) {
        const int sign = isChar(text, pos, '-') ? -1 : 1;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !isChar(text, pos + 3, ':') ||
            offsetHours > 23 || offsetMinutes > 59)
            return {};
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};

    // A leap second (":60") is folded onto the next second, as most clients do.
    const bool leapSecond = second == 60;
    const QDate date(year, month, day);
    const QTime time(hour, minute, leapSecond ? 59 : second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(qint64(leapSecond) - offsetSeconds);
}

QString formatRfc3339(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}
