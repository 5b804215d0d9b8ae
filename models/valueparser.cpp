#include "valueparser.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <cstdint>
#include <cstdio>
#include <limits>

// Timestamps are read straight from the bytes, because three timestamp
// columns of a million-row import pass through here. The common forms (ISO
// text in UTC and epoch numbers) allocate nothing. QDateTime is used only on
// the slow paths: a zone other than UTC, and a user-given date pattern. The
// rules for leap seconds, DST gaps and overlaps are in valueparser.h.

namespace Flowscope {

namespace {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerDay = 86'400'000;
constexpr int MaxFractionDigits = 12;
constexpr int MaxShownValueLength = 80;

// Values in messages are cut so that one garbage field cannot flood a log.
QString shownValue(QByteArrayView text)
{
    if (text.size() <= MaxShownValueLength)
        return QString::fromUtf8(text);
    return QString::fromUtf8(text.first(MaxShownValueLength)) + QStringLiteral("…");
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// Days since 1970-01-01 of a proleptic Gregorian date, by shifting the year
// to start in March so that the leap day is the last day of a year, then
// counting whole 400-year eras of 146097 days.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const int monthFromMarch = month > 2 ? month - 3 : month + 9;
    const qint64 dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct CivilDate
{
    qint64 year;
    int month;
    int day;
};

// The inverse of daysFromCivil().
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[size_t(month - 1)];
}

// A forward-only reader over the bytes of one value.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    void advance(qsizetype count = 1) { m_pos += count; }
    QByteArrayView rest() const { return m_text.sliced(m_pos); }

    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Reads between minDigits and maxDigits decimal digits; -1 when fewer.
    int readNumber(int minDigits, int maxDigits)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && isDigit(peek())) {
            value = value * 10 + (peek() - '0');
            ++m_pos;
            ++count;
        }
        return count >= minDigits ? value : -1;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

TimestampValue invalid(QString error)
{
    TimestampValue value;
    value.status = TimestampValue::Status::Invalid;
    value.error = std::move(error);
    return value;
}

TimestampValue invalidForm(QByteArrayView text)
{
    return invalid(QCoreApplication::translate(
                       "Flowscope::ValueParser",
                       "\"%1\" is not a timestamp. Expected YYYY-MM-DD HH:MM:SS with up to 12 "
                       "fraction digits, a \"T\" or space between date and time, and an optional "
                       "\"Z\", \"UTC\" or ±hh:mm offset; a date YYYY-MM-DD; or epoch seconds, "
                       "milliseconds, microseconds or nanoseconds.")
                       .arg(shownValue(text)));
}

TimestampValue ok(qint64 epochMs, bool subMillisecondDropped)
{
    TimestampValue value;
    value.status = TimestampValue::Status::Ok;
    value.epochMs = epochMs;
    value.subMillisecondDropped = subMillisecondDropped;
    return value;
}

// The offset from UTC, in seconds, that `zone` has at the UTC instant `utcMs`.
int offsetAt(const QTimeZone &zone, qint64 utcMs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
}

// Converts a wall-clock time in `zone`, written as milliseconds since the
// epoch as if the wall clock were UTC, to a UTC instant. The offsets in force
// a day before and a day after cover any single transition near the wall
// time. An overlap resolves to the earlier instant, a gap to the offset before it.
qint64 wallClockToUtc(const QTimeZone &zone, qint64 wallMs)
{
    const int offsetBefore = offsetAt(zone, wallMs - MsPerDay);
    const int offsetAfter = offsetAt(zone, wallMs + MsPerDay);

    std::optional<qint64> earliest;
    for (const int offset : {offsetBefore, offsetAfter}) {
        const qint64 candidate = wallMs - offset * MsPerSecond;
        if (offsetAt(zone, candidate) != offset)
            continue;
        if (!earliest || candidate < *earliest)
            earliest = candidate;
    }
    if (earliest)
        return *earliest;

    // The wall time falls in a gap: read it with the offset before the gap.
    return wallMs - offsetBefore * MsPerSecond;
}

bool isUtc(const QTimeZone &zone)
{
    return zone.id() == QByteArrayLiteral("UTC");
}

struct Fraction
{
    int milliseconds = 0;
    bool subMillisecondDropped = false;
};

// Reads the digits after a decimal separator. The first three are
// milliseconds, and a non-zero digit after them is dropped and reported.
Fraction readFraction(QByteArrayView digits)
{
    Fraction fraction;
    for (qsizetype i = 0; i < 3; ++i)
        fraction.milliseconds =
            fraction.milliseconds * 10 + (i < digits.size() ? digits[i] - '0' : 0);
    for (qsizetype i = 3; i < digits.size(); ++i) {
        if (digits[i] != '0')
            fraction.subMillisecondDropped = true;
    }
    return fraction;
}

qsizetype countDigits(QByteArrayView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - from;
}

// The zone designator after the time: none, UTC, a fixed offset or a named zone.
struct ZoneDesignator
{
    enum class Kind { None, Offset, Named } kind = Kind::None;
    int offsetSeconds = 0;
    QByteArrayView name;
};

bool isZoneNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '/' || c == '_' ||
           c == '-' || c == '+';
}

// Reads "Z", "UTC", "GMT", "±hh", "±hhmm", "±hh:mm" or an IANA zone name,
// optionally after one space. Returns false when something else follows.
bool readZoneDesignator(Cursor &cursor, ZoneDesignator &zone, QString &error, QByteArrayView text)
{
    if (cursor.atEnd())
        return true;
    cursor.accept(' ');

    const QByteArrayView rest = cursor.rest();
    if (rest == "Z" || rest == "z" || rest == "UTC" || rest == "GMT") {
        zone.kind = ZoneDesignator::Kind::Offset;
        return true;
    }

    if (cursor.peek() == '+' || cursor.peek() == '-') {
        const int sign = cursor.peek() == '-' ? -1 : 1;
        cursor.advance();
        const int hours = cursor.readNumber(2, 2);
        int minutes = 0;
        if (hours >= 0 && !cursor.atEnd()) {
            cursor.accept(':');
            minutes = cursor.readNumber(2, 2);
        }
        if (hours < 0 || minutes < 0 || !cursor.atEnd())
            return false;
        if (hours > 23 || minutes > 59) {
            error = QCoreApplication::translate("Flowscope::ValueParser",
                                                "\"%1\" has an offset out of range: hours must be "
                                                "00 to 23 and minutes 00 to 59.")
                        .arg(shownValue(text));
            return false;
        }
        zone.kind = ZoneDesignator::Kind::Offset;
        zone.offsetSeconds = sign * (hours * 3600 + minutes * 60);
        return true;
    }

    // IANA names are Area/Location; other words are not taken for zones.
    if (!rest.contains('/'))
        return false;
    for (const char c : rest) {
        if (!isZoneNameChar(c))
            return false;
    }
    zone.kind = ZoneDesignator::Kind::Named;
    zone.name = rest;
    return true;
}

// Parses the year-first forms. Returns nullopt when the text does not start
// like "YYYY-", so that the caller can try the other forms.
std::optional<TimestampValue> parseYearFirst(QByteArrayView text, const TimestampOptions &options)
{
    if (text.size() < 8 || countDigits(text, 0) != 4 || (text[4] != '-' && text[4] != '/'))
        return std::nullopt;

    Cursor cursor(text);
    const int year = cursor.readNumber(4, 4);
    const char dateSeparator = cursor.peek();
    cursor.advance();
    const int month = cursor.readNumber(1, 2);
    if (month < 0 || !cursor.accept(dateSeparator))
        return invalidForm(text);
    const int day = cursor.readNumber(1, 2);
    if (day < 0)
        return invalidForm(text);

    int hour = 0;
    int minute = 0;
    int second = 0;
    Fraction fraction;
    ZoneDesignator zone;
    if (!cursor.atEnd()) {
        if (!cursor.accept('T') && !cursor.accept('t') && !cursor.accept(' '))
            return invalidForm(text);
        hour = cursor.readNumber(1, 2);
        if (hour < 0 || !cursor.accept(':'))
            return invalidForm(text);
        minute = cursor.readNumber(2, 2);
        if (minute < 0)
            return invalidForm(text);
        if (cursor.accept(':')) {
            second = cursor.readNumber(2, 2);
            if (second < 0)
                return invalidForm(text);
            if (cursor.peek() == '.' || cursor.peek() == ',') {
                cursor.advance();
                const qsizetype digits = countDigits(cursor.rest(), 0);
                if (digits == 0 || digits > MaxFractionDigits)
                    return invalidForm(text);
                fraction = readFraction(cursor.rest().first(digits));
                cursor.advance(digits);
            }
        }
        QString zoneError;
        if (!readZoneDesignator(cursor, zone, zoneError, text))
            return zoneError.isEmpty() ? invalidForm(text) : invalid(zoneError);
    }

    if (month < 1 || month > 12) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "\"%1\" has month %2; months run from 1 to 12.")
                           .arg(shownValue(text), QString::number(month)));
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "\"%1\" has day %2, which month %3 of %4 does "
                                                   "not have.")
                           .arg(shownValue(text), QString::number(day), QString::number(month),
                                QString::number(year)));
    }
    if (hour > 23 || minute > 59 || second > 59) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "\"%1\" has a time out of range: hours run "
                                                   "from 0 to 23, minutes and seconds from 0 to "
                                                   "59 (leap seconds are not accepted).")
                           .arg(shownValue(text)));
    }

    const qint64 wallMs = daysFromCivil(year, month, day) * MsPerDay +
                          (hour * 3600 + minute * 60 + second) * MsPerSecond +
                          fraction.milliseconds;

    switch (zone.kind) {
    case ZoneDesignator::Kind::Offset:
        return ok(wallMs - zone.offsetSeconds * MsPerSecond, fraction.subMillisecondDropped);
    case ZoneDesignator::Kind::Named: {
        const QTimeZone named(zone.name.toByteArray());
        if (!named.isValid()) {
            return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                       "\"%1\" names the time zone \"%2\", which "
                                                       "is not known. Use an IANA name such as "
                                                       "Europe/Berlin, or an offset such as "
                                                       "+01:00.")
                               .arg(shownValue(text), QString::fromUtf8(zone.name)));
        }
        return ok(wallClockToUtc(named, wallMs), fraction.subMillisecondDropped);
    }
    case ZoneDesignator::Kind::None:
        break;
    }

    if (isUtc(options.zonelessZone))
        return ok(wallMs, fraction.subMillisecondDropped);
    return ok(wallClockToUtc(options.zonelessZone, wallMs), fraction.subMillisecondDropped);
}

// Parses a bare epoch number: an optional sign, digits, and an optional
// fraction. Returns nullopt when the text is not such a number.
std::optional<TimestampValue> parseEpochNumber(QByteArrayView text, const TimestampOptions &options)
{
    qsizetype pos = 0;
    const bool negative = text.startsWith('-');
    if (negative || text.startsWith('+'))
        ++pos;

    const qsizetype integerDigits = countDigits(text, pos);
    if (integerDigits == 0)
        return std::nullopt;
    const QByteArrayView integerText = text.sliced(pos, integerDigits);
    pos += integerDigits;

    QByteArrayView fractionText;
    if (pos < text.size()) {
        if (text[pos] != '.')
            return std::nullopt;
        ++pos;
        const qsizetype fractionDigits = countDigits(text, pos);
        if (fractionDigits == 0 || pos + fractionDigits != text.size())
            return std::nullopt;
        fractionText = text.sliced(pos, fractionDigits);
    }

    // The magnitude, as an unsigned integer so that the overflow check is exact.
    quint64 magnitude = 0;
    for (const char c : integerText) {
        const quint64 digit = quint64(c - '0');
        if (magnitude > (std::numeric_limits<quint64>::max() - digit) / 10)
            return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                       "The epoch number \"%1\" is too large for "
                                                       "a timestamp.")
                               .arg(shownValue(text)));
        magnitude = magnitude * 10 + digit;
    }

    EpochUnit unit = EpochUnit::Seconds;
    bool inferred = false;
    if (options.epochUnit) {
        unit = *options.epochUnit;
    } else {
        inferred = true;
        if (magnitude < 100'000'000'000ULL)
            unit = EpochUnit::Seconds;
        else if (magnitude < 100'000'000'000'000ULL)
            unit = EpochUnit::Milliseconds;
        else if (magnitude < 100'000'000'000'000'000ULL)
            unit = EpochUnit::Microseconds;
        else
            unit = EpochUnit::Nanoseconds;
    }

    // Split the exact value into whole milliseconds and whether a remainder
    // below a millisecond is not zero.
    quint64 wholeMs = 0;
    bool remainder = false;
    bool overflow = false;
    switch (unit) {
    case EpochUnit::Seconds: {
        const Fraction fraction = readFraction(fractionText);
        overflow = __builtin_mul_overflow(magnitude, quint64(MsPerSecond), &wholeMs) ||
                   __builtin_add_overflow(wholeMs, quint64(fraction.milliseconds), &wholeMs);
        remainder = fraction.subMillisecondDropped;
        break;
    }
    case EpochUnit::Milliseconds:
        wholeMs = magnitude;
        for (const char c : fractionText)
            remainder = remainder || c != '0';
        break;
    case EpochUnit::Microseconds:
    case EpochUnit::Nanoseconds: {
        const quint64 perMs = unit == EpochUnit::Microseconds ? 1'000 : 1'000'000;
        wholeMs = magnitude / perMs;
        remainder = magnitude % perMs != 0;
        for (const char c : fractionText)
            remainder = remainder || c != '0';
        break;
    }
    }

    constexpr quint64 maxMs = quint64(std::numeric_limits<qint64>::max());
    if (overflow || wholeMs >= maxMs) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "The epoch number \"%1\" is too large for a "
                                                   "timestamp.")
                           .arg(shownValue(text)));
    }

    // Truncating towards the earlier instant: a negative value with a
    // sub-millisecond remainder moves one millisecond further back.
    qint64 epochMs = qint64(wholeMs);
    if (negative)
        epochMs = -epochMs - (remainder ? 1 : 0);

    TimestampValue value = ok(epochMs, remainder);
    if (inferred)
        value.inferredUnit = unit;
    return value;
}

// A date that starts with a one- or two-digit day or month, such as
// 03/10/2024, 3.10.2024 or 10-03-2024, optionally followed by a time.
bool looksLikeLocaleDate(QByteArrayView text)
{
    Cursor cursor(text);
    if (cursor.readNumber(1, 2) < 0)
        return false;
    const char separator = cursor.peek();
    if (separator != '/' && separator != '.' && separator != '-')
        return false;
    cursor.advance();
    if (cursor.readNumber(1, 2) < 0 || !cursor.accept(separator))
        return false;
    const qsizetype yearDigits = countDigits(cursor.rest(), 0);
    return yearDigits == 2 || yearDigits == 4;
}

bool patternHasZone(const QString &pattern)
{
    bool quoted = false;
    for (const QChar c : pattern) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u't')
            return true;
    }
    return false;
}

// Parses with the user's QDateTime pattern. Text for a pattern without a
// zone ("t") gets " UTC" appended, because QDateTime would otherwise read it
// in the machine's zone and reject wall times in that zone's DST gaps. The
// wall time is then placed in the zone-less zone.
std::optional<TimestampValue> parseWithPattern(QByteArrayView text, const TimestampOptions &options)
{
    const QString string = QString::fromUtf8(text);
    if (patternHasZone(options.datePattern)) {
        const QDateTime parsed = QDateTime::fromString(string, options.datePattern);
        if (!parsed.isValid())
            return std::nullopt;
        return ok(parsed.toMSecsSinceEpoch(), false);
    }

    const QDateTime parsed = QDateTime::fromString(string + QStringLiteral(" UTC"),
                                                   options.datePattern + QStringLiteral(" t"));
    if (!parsed.isValid())
        return std::nullopt;
    const qint64 wallMs = parsed.toMSecsSinceEpoch();
    if (isUtc(options.zonelessZone))
        return ok(wallMs, false);
    return ok(wallClockToUtc(options.zonelessZone, wallMs), false);
}

} // namespace

TimestampValue parseTimestamp(QByteArrayView text, const TimestampOptions &options)
{
    const QByteArrayView value = trimmed(text);
    if (value.isEmpty()) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "The timestamp is empty. Expected a date and "
                                                   "time such as 2026-11-03 14:05:09.123, or an "
                                                   "epoch number."));
    }

    // A user-given pattern comes first, because it can describe text that
    // would otherwise read as another form, such as yyyyMMddHHmmss.
    if (!options.datePattern.isEmpty()) {
        if (auto parsed = parseWithPattern(value, options))
            return *parsed;
    }

    if (auto parsed = parseYearFirst(value, options))
        return *parsed;
    if (auto parsed = parseEpochNumber(value, options))
        return *parsed;

    if (looksLikeLocaleDate(value)) {
        if (!options.datePattern.isEmpty()) {
            return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                       "\"%1\" does not match the date pattern "
                                                       "\"%2\". Correct the pattern, for example "
                                                       "dd/MM/yyyy HH:mm.")
                               .arg(shownValue(value), options.datePattern));
        }
        TimestampValue ambiguous;
        ambiguous.status = TimestampValue::Status::Ambiguous;
        ambiguous.error = QCoreApplication::translate("Flowscope::ValueParser",
                                                      "\"%1\" is a locale-formatted date whose "
                                                      "order of day and month cannot be known. "
                                                      "Give the date pattern, for example "
                                                      "dd/MM/yyyy HH:mm or MM/dd/yyyy hh:mm:ss AP.")
                              .arg(shownValue(value));
        return ambiguous;
    }

    if (!options.datePattern.isEmpty()) {
        return invalid(QCoreApplication::translate("Flowscope::ValueParser",
                                                   "\"%1\" is not a timestamp and does not match "
                                                   "the date pattern \"%2\".")
                           .arg(shownValue(value), options.datePattern));
    }
    return invalidForm(value);
}

QString formatTimestampUtc(qint64 epochMs)
{
    // Floor division, so that instants before 1970 land on the previous day.
    qint64 days = epochMs / MsPerDay;
    qint64 msOfDay = epochMs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const int seconds = int(msOfDay / MsPerSecond);

    char buffer[48];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ",
                      static_cast<long long>(date.year), date.month, date.day, seconds / 3600,
                      seconds / 60 % 60, seconds % 60, int(msOfDay % MsPerSecond));
    return QString::fromLatin1(buffer, length);
}

void appendJsonString(QByteArray &out, QByteArrayView item)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : item) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (byte < 0x20) {
            out.append("\\u00", 4);
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

namespace {

void appendUtf8(QByteArray &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.append(char(codePoint));
    } else if (codePoint < 0x800) {
        out.append(char(0xc0 | (codePoint >> 6)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    } else if (codePoint < 0x10000) {
        out.append(char(0xe0 | (codePoint >> 12)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3f)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    } else {
        out.append(char(0xf0 | (codePoint >> 18)));
        out.append(char(0x80 | ((codePoint >> 12) & 0x3f)));
        out.append(char(0x80 | ((codePoint >> 6) & 0x3f)));
        out.append(char(0x80 | (codePoint & 0x3f)));
    }
}

ArrayValue arrayError(QString error)
{
    ArrayValue value;
    value.error = std::move(error);
    return value;
}

QString notAnArrayMessage(QByteArrayView text)
{
    return QCoreApplication::translate("Flowscope::ValueParser",
                                       "\"%1\" is not an array. Expected a JSON array such as "
                                       "[\"a\",\"b\"] or Athena's rendering such as [a, b].")
        .arg(shownValue(text));
}

// Reads one JSON array whose items are strings, numbers, booleans or null,
// and writes it in canonical form: numbers and booleans become strings with
// the same text, null stays null.
class JsonArrayReader
{
public:
    explicit JsonArrayReader(QByteArrayView text) : m_text(text) {}

    ArrayValue read()
    {
        ArrayValue value;
        skipSpace();
        if (!accept('['))
            return failure(QCoreApplication::translate("Flowscope::ValueParser",
                                                       "it does not start with \"[\""));
        value.json.append('[');

        skipSpace();
        if (!accept(']')) {
            for (bool first = true;; first = false) {
                if (!first)
                    value.json.append(',');
                skipSpace();
                if (!readItem(value.json))
                    return failure(m_error);
                skipSpace();
                if (accept(']'))
                    break;
                if (!accept(','))
                    return failure(QCoreApplication::translate("Flowscope::ValueParser",
                                                               "\",\" or \"]\" is missing at "
                                                               "byte %1")
                                       .arg(m_pos + 1));
            }
        }
        value.json.append(']');

        skipSpace();
        if (m_pos != m_text.size())
            return failure(QCoreApplication::translate("Flowscope::ValueParser",
                                                       "text follows the closing \"]\""));
        value.ok = true;
        return value;
    }

private:
    ArrayValue failure(const QString &reason) const
    {
        return arrayError(QCoreApplication::translate("Flowscope::ValueParser",
                                                      "\"%1\" is not a valid JSON array of "
                                                      "strings: %2.")
                              .arg(shownValue(m_text), reason));
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool readItem(QByteArray &out)
    {
        const char c = peek();
        if (c == '"') {
            QByteArray item;
            if (!readString(item))
                return false;
            appendJsonString(out, item);
            return true;
        }
        if (c == '-' || isDigit(c))
            return readNumber(out);
        for (const char *word : {"true", "false", "null"}) {
            if (m_text.sliced(m_pos).startsWith(word)) {
                const QByteArrayView literal(word);
                m_pos += literal.size();
                if (literal == "null")
                    out.append("null");
                else
                    appendJsonString(out, literal);
                return true;
            }
        }
        m_error = QCoreApplication::translate("Flowscope::ValueParser",
                                              "byte %1 starts neither a string, a number, a "
                                              "boolean nor null")
                      .arg(m_pos + 1);
        return false;
    }

    // Copies a JSON number's text, checked against the JSON grammar.
    bool readNumber(QByteArray &out)
    {
        const qsizetype start = m_pos;
        accept('-');
        const qsizetype integerDigits = countDigits(m_text, m_pos);
        bool valid = integerDigits > 0 && (integerDigits == 1 || m_text[m_pos] != '0');
        m_pos += integerDigits;
        if (valid && accept('.')) {
            const qsizetype digits = countDigits(m_text, m_pos);
            valid = digits > 0;
            m_pos += digits;
        }
        if (valid && (accept('e') || accept('E'))) {
            if (!accept('+'))
                accept('-');
            const qsizetype digits = countDigits(m_text, m_pos);
            valid = digits > 0;
            m_pos += digits;
        }
        if (!valid) {
            m_error = QCoreApplication::translate("Flowscope::ValueParser",
                                                  "the number at byte %1 is malformed")
                          .arg(start + 1);
            return false;
        }
        appendJsonString(out, m_text.sliced(start, m_pos - start));
        return true;
    }

    int readHex4()
    {
        if (m_pos + 4 > m_text.size())
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + i];
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    }

    // Decodes a JSON string into UTF-8. A lone surrogate escape becomes
    // U+FFFD, because it has no UTF-8 encoding.
    bool readString(QByteArray &item)
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                item.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char escape = m_text[m_pos++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                item.append(escape);
                break;
            case 'b':
                item.append('\b');
                break;
            case 'f':
                item.append('\f');
                break;
            case 'n':
                item.append('\n');
                break;
            case 'r':
                item.append('\r');
                break;
            case 't':
                item.append('\t');
                break;
            case 'u': {
                if (!readUnicodeEscape(item))
                    return false;
                break;
            }
            default:
                m_error = QCoreApplication::translate("Flowscope::ValueParser",
                                                      "the escape \"\\%1\" at byte %2 is not "
                                                      "valid JSON")
                              .arg(QLatin1Char(escape))
                              .arg(m_pos - 1);
                return false;
            }
        }
        m_error = QCoreApplication::translate("Flowscope::ValueParser",
                                              "the string that starts at byte %1 is not closed")
                      .arg(start + 1);
        return false;
    }

    bool readUnicodeEscape(QByteArray &item)
    {
        const qsizetype start = m_pos - 2;
        const int unit = readHex4();
        if (unit < 0) {
            m_error = QCoreApplication::translate("Flowscope::ValueParser",
                                                  "the \\u escape at byte %1 needs four hex "
                                                  "digits")
                          .arg(start + 1);
            return false;
        }
        char32_t codePoint = char32_t(unit);
        const bool highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
        const bool lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
        if (highSurrogate && m_text.sliced(m_pos).startsWith("\\u")) {
            const qsizetype afterHigh = m_pos;
            m_pos += 2;
            const int low = readHex4();
            if (low >= 0xdc00 && low <= 0xdfff)
                codePoint = 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (char32_t(low) - 0xdc00);
            else
                m_pos = afterHigh;
        }
        if ((highSurrogate && codePoint == char32_t(unit)) || lowSurrogate)
            codePoint = 0xfffd;
        appendUtf8(item, codePoint);
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

bool isUuid(QByteArrayView item)
{
    if (item.size() != 36)
        return false;
    for (qsizetype i = 0; i < item.size(); ++i) {
        const char c = item[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!isDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) {
            return false;
        }
    }
    return true;
}

ArrayValue parseAthenaArray(QByteArrayView text)
{
    const QByteArrayView value = trimmed(text);
    if (value.size() < 2 || !value.startsWith('[') || !value.endsWith(']'))
        return arrayError(notAnArrayMessage(text));

    ArrayValue array;
    array.ok = true;
    const QByteArrayView inner = value.sliced(1, value.size() - 2);
    if (inner.isEmpty()) {
        array.json = QByteArrayLiteral("[]");
        return array;
    }

    array.json.reserve(inner.size() + 8);
    array.json.append('[');
    qsizetype itemCount = 0;
    bool allUuids = true;
    qsizetype start = 0;
    while (true) {
        const qsizetype separator = inner.indexOf(", ", start);
        const qsizetype end = separator < 0 ? inner.size() : separator;
        const QByteArrayView item = inner.sliced(start, end - start);
        if (itemCount > 0)
            array.json.append(',');
        appendJsonString(array.json, item);
        allUuids = allUuids && isUuid(item);
        ++itemCount;
        if (separator < 0)
            break;
        start = separator + 2;
    }
    array.json.append(']');
    array.ambiguous = itemCount >= 2 && !allUuids;
    return array;
}

ArrayValue parseTextFileArray(QByteArrayView text)
{
    ArrayValue array;
    array.ok = true;
    array.json.reserve(text.size() + 8);
    array.json.append('[');
    if (!text.isEmpty()) {
        qsizetype start = 0;
        while (true) {
            const qsizetype separator = text.indexOf('\002', start);
            const qsizetype end = separator < 0 ? text.size() : separator;
            if (start > 0)
                array.json.append(',');
            appendJsonString(array.json, text.sliced(start, end - start));
            if (separator < 0)
                break;
            start = separator + 1;
        }
    }
    array.json.append(']');
    return array;
}

} // namespace

ArrayValue parseStringArray(QByteArrayView text, ArraySyntax syntax)
{
    switch (syntax) {
    case ArraySyntax::Json:
        if (trimmed(text).isEmpty())
            return arrayError(notAnArrayMessage(text));
        return JsonArrayReader(text).read();
    case ArraySyntax::Athena:
        return parseAthenaArray(text);
    case ArraySyntax::TextFile:
        return parseTextFileArray(text);
    case ArraySyntax::Auto:
        break;
    }

    const QByteArrayView value = trimmed(text);
    if (!value.startsWith('[') || !value.endsWith(']'))
        return arrayError(notAnArrayMessage(text));
    ArrayValue json = JsonArrayReader(value).read();
    if (json.ok)
        return json;
    return parseAthenaArray(value);
}

} // namespace Flowscope
