#include "Rfc3339.h"

namespace {

// One parser for both encodings: every character it accepts is ASCII, so a UTF-16 unit and
// a UTF-8 byte are read alike, and any other character refuses the text in both.
template <typename Char> class Rfc3339Text {
public:
    Rfc3339Text(const Char *text, qsizetype size)
        : m_text(text)
        , m_size(size) {}

    // Exactly `count` ASCII digits at `pos`; -1 when they are not there.
    int digits(qsizetype pos, int count) const {
        if (pos + count > m_size)
            return -1;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigit(pos + i))
                return -1;
            value = value * 10 + int(m_text[pos + i] - '0');
        }
        return value;
    }
    bool isDigit(qsizetype pos) const {
        return pos < m_size && m_text[pos] >= Char('0') && m_text[pos] <= Char('9');
    }
    bool is(qsizetype pos, char expected) const {
        return pos < m_size && m_text[pos] == Char(expected);
    }
    qsizetype size() const { return m_size; }

private:
    const Char *m_text;
    qsizetype m_size;
};

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
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

template <typename Char> std::optional<qint64> parse(const Rfc3339Text<Char> &text) {
    // YYYY-MM-DDTHH:MM:SS
    const int year = text.digits(0, 4);
    const int month = text.digits(5, 2);
    const int day = text.digits(8, 2);
    const int hour = text.digits(11, 2);
    const int minute = text.digits(14, 2);
    const int second = text.digits(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    if (!text.is(4, '-') || !text.is(7, '-') || !text.is(13, ':') || !text.is(16, ':'))
        return {};
    if (!(text.is(10, 'T') || text.is(10, 't') || text.is(10, ' ')))
        return {};

    qsizetype pos = 19;
    int millis = 0;
    if (text.is(pos, '.')) {
        ++pos;
        const qsizetype fractionStart = pos;
        for (int scale = 100; text.isDigit(pos); scale /= 10, ++pos)
            millis += text.digits(pos, 1) * scale;
        if (pos == fractionStart)
            return {};
    }

    int offsetSeconds = 0;
    if (text.is(pos, 'Z') || text.is(pos, 'z')) {
        ++pos;
    } else if (text.is(pos, '+') || text.is(pos, '-')) {
        const int sign = text.is(pos, '-') ? -1 : 1;
        const int offsetHours = text.digits(pos + 1, 2);
        const int offsetMinutes = text.digits(pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || !text.is(pos + 3, ':') || offsetHours > 23 ||
            offsetMinutes > 59)
            return {};
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        pos += 6;
    } else {
        return {};
    }
    if (pos != text.size())
        return {};

    // QDate's rules: there is no year 0. A leap second (":60") is folded onto the next
    // second, as most clients do.
    static constexpr int DaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year == 0 || month < 1 || month > 12 || day < 1 ||
        day > (month == 2 && isLeapYear(year) ? 29 : DaysInMonth[month - 1]))
        return {};
    if (hour > 23 || minute > 59 || second > 60)
        return {};
    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return (seconds - offsetSeconds) * 1000 + millis;
}

} // namespace

QDateTime parseRfc3339(QStringView text) {
    const std::optional<qint64> msecs = parse(Rfc3339Text(text.utf16(), text.size()));
    return msecs ? QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC) : QDateTime();
}

std::optional<qint64> parseRfc3339MSecs(std::string_view utf8) {
    return parse(Rfc3339Text(utf8.data(), qsizetype(utf8.size())));
}

QString formatRfc3339(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}
