#include "exporttable.h"

#include <QDateTime>
#include <QLocale>

#include <cstdio>
#include <limits>

namespace Flowscope {

namespace {

constexpr qint64 MsPerDay = 86400000;

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
// Hinnant's days-to-civil algorithm), exact for every qint64 day of interest.
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned monthIndex = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const unsigned month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = qint64(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

qint64 floorDivide(qint64 value, qint64 divisor)
{
    qint64 quotient = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0)))
        --quotient;
    return quotient;
}

} // namespace

MemoryExportTable::MemoryExportTable(const QString &viewName, const QList<ExportColumn> &columns,
                                     const QList<QVariantList> &rows)
    : m_viewName(viewName), m_columns(columns), m_rows(rows)
{}

bool MemoryExportTable::next(QVariantList &row)
{
    if (m_next >= m_rows.size())
        return false;
    row = m_rows.at(m_next++);
    return true;
}

TimestampFormatter::TimestampFormatter(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()),
      m_utc(m_zone == QTimeZone::utc() || m_zone.id() == "UTC")
{}

int TimestampFormatter::offsetSeconds(qint64 epochMs)
{
    if (m_utc)
        return 0;
    if (epochMs >= m_validFromMs && epochMs < m_validToMs)
        return m_offsetSeconds;

    // Look the offset up once and keep it until the next transition, because
    // QTimeZone's lookups cost microseconds and exports format millions of values.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
    m_offsetSeconds = m_zone.offsetFromUtc(at);
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    m_validFromMs = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                             : std::numeric_limits<qint64>::min();
    m_validToMs = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max();
    if (epochMs < m_validFromMs || epochMs >= m_validToMs) {
        // A zone without transition data: cache this millisecond alone.
        m_validFromMs = epochMs;
        m_validToMs = epochMs + 1;
    }
    return m_offsetSeconds;
}

QByteArray TimestampFormatter::formatUtf8(qint64 epochMs)
{
    const int offset = offsetSeconds(epochMs);
    const qint64 localMs = epochMs + qint64(offset) * 1000;
    const qint64 days = floorDivide(localMs, MsPerDay);
    const qint64 msOfDay = localMs - days * MsPerDay;
    const CivilDate date = civilFromDays(days);

    // Digits written by hand: snprintf was a tenth of a large export's time.
    char buffer[40];
    int length = 0;
    const auto put = [&buffer, &length](qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buffer[length + i] = char('0' + value % 10);
            value /= 10;
        }
        length += digits;
    };
    if (date.year < 0 || date.year > 9999) {
        length = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(date.year));
    } else {
        put(date.year, 4);
    }
    buffer[length++] = '-';
    put(date.month, 2);
    buffer[length++] = '-';
    put(date.day, 2);
    buffer[length++] = 'T';
    put(msOfDay / 3600000, 2);
    buffer[length++] = ':';
    put(msOfDay / 60000 % 60, 2);
    buffer[length++] = ':';
    put(msOfDay / 1000 % 60, 2);
    buffer[length++] = '.';
    put(msOfDay % 1000, 3);
    if (m_utc) {
        buffer[length++] = 'Z';
    } else {
        const int magnitude = offset < 0 ? -offset : offset;
        buffer[length++] = offset < 0 ? '-' : '+';
        put(magnitude / 3600, 2);
        buffer[length++] = ':';
        put(magnitude / 60 % 60, 2);
    }
    return QByteArray(buffer, length);
}

QString TimestampFormatter::format(qint64 epochMs)
{
    return QString::fromLatin1(formatUtf8(epochMs));
}

QString exportCellText(const QVariant &value, ExportColumnType type,
                       TimestampFormatter &timestamps)
{
    if (!value.isValid())
        return {};

    switch (type) {
    case ExportColumnType::Text: {
        QString text = value.userType() == QMetaType::QByteArray
                           ? QString::fromUtf8(value.toByteArray())
                           : value.toString();
        // The empty string is a value; only an invalid QVariant is NULL.
        if (text.isNull())
            text = QStringLiteral("");
        return text;
    }
    case ExportColumnType::Integer:
        return QString::number(value.toLongLong());
    case ExportColumnType::Real:
        // The shortest text that reads back as the same double.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case ExportColumnType::Timestamp:
        return timestamps.format(value.toLongLong());
    case ExportColumnType::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return value.toString();
}

QStringList exportColumnNames(const QList<ExportColumn> &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const ExportColumn &column : columns)
        names.append(column.name);
    return names;
}

} // namespace Flowscope
