// libFuzzer target: parseTimestamp() on arbitrary text. A timestamp it accepts
// in years 1 to 9999 must survive formatting and parsing again unchanged.

#include "fuzzsupport.h"

#include "valueparser.h"

#include <QByteArrayView>
#include <QTimeZone>

using namespace Flowscope;

namespace {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z in epoch milliseconds.
constexpr qint64 FirstRoundTripMs = -62135596800000;
constexpr qint64 LastRoundTripMs = 253402300799999;

} // namespace

FLOWSCOPE_FUZZ_TARGET(fuzzTimestamp)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    TimestampOptions options;
    if (size % 2 == 1)
        options.zonelessZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    const TimestampValue value = parseTimestamp(text, options);
    if (value.status != TimestampValue::Status::Ok) {
        Fuzz::check(!value.error.isEmpty());
        return 0;
    }

    const QString formatted = formatTimestampUtc(value.epochMs);
    if (value.epochMs < FirstRoundTripMs || value.epochMs > LastRoundTripMs)
        return 0;
    const TimestampValue again = parseTimestamp(formatted.toUtf8());
    Fuzz::check(again.status == TimestampValue::Status::Ok);
    Fuzz::check(again.epochMs == value.epochMs);
    return 0;
}
