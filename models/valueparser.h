#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Flowscope {

enum class EpochUnit { Seconds, Milliseconds, Microseconds, Nanoseconds };

struct TimestampOptions
{
    // The zone of text timestamps that carry no offset. The data lake writes UTC.
    QTimeZone zonelessZone = QTimeZone::utc();
    // The unit of bare epoch numbers; empty means infer it from the magnitude.
    std::optional<EpochUnit> epochUnit;
    // A QDateTime format such as "dd/MM/yyyy HH:mm" for locale-formatted
    // dates. Empty means such dates are rejected as ambiguous.
    QString datePattern;
};

struct TimestampValue
{
    enum class Status {
        Ok,
        Invalid,   // not a timestamp in any accepted form
        Ambiguous, // a locale date such as 03/10/2024 without a pattern
    };
    Status status = Status::Invalid;
    qint64 epochMs = 0;
    bool subMillisecondDropped = false; // fraction digits past the third were not zero
    std::optional<EpochUnit> inferredUnit; // set when a bare epoch number's unit was inferred
    QString error; // for Invalid and Ambiguous: what was expected
};

// Parses a timestamp into milliseconds since the Unix epoch, UTC. Accepts
// "YYYY-MM-DD HH:MM:SS" with 0 to 12 fraction digits, an optional " UTC", a
// "T" separator, "Z" or a "±hh:mm"/"±hhmm"/"±hh" offset (converted to UTC),
// a date alone, and epoch seconds, milliseconds, microseconds or nanoseconds
// (integer or with a fraction). Sub-millisecond digits are truncated towards
// the earlier instant.
TimestampValue parseTimestamp(QByteArrayView text, const TimestampOptions &options = {});

// Formats epoch milliseconds as "YYYY-MM-DDTHH:MM:SS.mmmZ".
QString formatTimestampUtc(qint64 epochMs);

enum class ArraySyntax {
    Auto,     // JSON when the text parses as a JSON array of strings, else Athena's [a, b]
    Json,     // a JSON array
    Athena,   // Athena's CSV rendering: [a, b], items not quoted
    TextFile, // UNLOAD TEXTFILE: items separated by \002, no brackets
};

struct ArrayValue
{
    bool ok = false;
    QByteArray json;        // a compact JSON array of strings, e.g. ["a","b"]; [] for an empty list
    bool ambiguous = false; // Athena syntax whose items may themselves contain ", "
    QString error;
};

// Converts an array(string) value into canonical JSON text for storage.
ArrayValue parseStringArray(QByteArrayView text, ArraySyntax syntax = ArraySyntax::Auto);

} // namespace Flowscope
