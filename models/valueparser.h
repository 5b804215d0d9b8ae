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
//
// Details of the accepted forms:
// - Leading and trailing whitespace is ignored. The date may use "/" in place
//   of "-" (2026/11/03). The hour may have one digit and the seconds may be
//   missing, as Excel writes "2026-11-03 4:05". Either "." or "," starts the
//   fraction.
// - After the time, optionally after one space: "Z", "UTC", "GMT", an offset
//   with hours 00 to 23, or an IANA Area/Location name such as Europe/Berlin,
//   a form that timestamp with time zone values can take.
// - Second 60 (a leap second) is rejected as Invalid, because epoch
//   milliseconds cannot represent it and the data lake stores epoch instants.
// - Zone-less text in a zone with daylight saving time: a wall time that
//   occurs twice is the earlier instant, and a wall time skipped by a gap is
//   read with the offset before the gap, so it moves forward by the gap's
//   length (02:30 on Berlin's spring-forward day is 01:30Z).
// - An epoch number's unit, unless options.epochUnit gives it, comes from its
//   magnitude: below 1e11 seconds, below 1e14 milliseconds, below 1e17
//   microseconds, else nanoseconds. A value outside 64-bit milliseconds is
//   Invalid.
// - With options.datePattern set, the pattern is tried first (so that a
//   pattern such as yyyyMMddHHmmss wins over an epoch number), then the forms
//   above. Without it, a date starting with a day or month (03/10/2024,
//   3.10.2024) is Ambiguous.
// The result never depends on the machine's time zone.
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

// Appends `item` to `out` as a JSON string: quotes and backslashes escaped,
// control characters as \u00XX, other bytes (UTF-8 included) copied.
void appendJsonString(QByteArray &out, QByteArrayView item);

// Converts an array(string) value into canonical JSON text for storage.
// The caller handles NULL, so the text is always a present value.
// - Json: items that are numbers or booleans become strings with the same
//   text, null items stay null; nested arrays and objects are rejected.
// - Athena: the text between the brackets is split on ", " exactly, and items
//   are kept verbatim. Athena does not quote items, so "[a, b]" may also be the
//   single item "a, b". The result is marked ambiguous when the split yields
//   two or more items and any of them is not a UUID: free text such as a
//   failure reason may contain ", ", but an id list never does. "[]" is the
//   empty array, although Athena renders an array holding one empty string
//   the same way.
// - TextFile: the text is split on \002. An empty field is read as the empty
//   array, although an array holding one empty string would look the same.
// - Auto: a JSON array if the text parses as one, else Athena's form if it is
//   enclosed in brackets, else an error. Empty text is not an array in any
//   syntax but TextFile.
ArrayValue parseStringArray(QByteArrayView text, ArraySyntax syntax = ArraySyntax::Auto);

} // namespace Flowscope
