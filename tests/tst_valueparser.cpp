#include "valueparser.h"

#include <QtTest>

using namespace Flowscope;

Q_DECLARE_METATYPE(TimestampValue::Status)
Q_DECLARE_METATYPE(ArraySyntax)

namespace {

// Expected epoch values were computed independently with GNU date, for
// example `date -u -d '2026-11-03 14:05:09 UTC' +%s%3N`, and are written out.
constexpr qint64 Nov3At140509 = 1793714709000; // 2026-11-03T14:05:09Z

TimestampOptions inZone(const QByteArray &zoneId)
{
    TimestampOptions options;
    options.zonelessZone = QTimeZone(zoneId);
    return options;
}

} // namespace

class TestValueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void textTimestamps_data();
    void textTimestamps();
    void epochNumbers_data();
    void epochNumbers();
    void explicitEpochUnit_data();
    void explicitEpochUnit();
    void zonelessInBerlin_data();
    void zonelessInBerlin();
    void localeDates_data();
    void localeDates();
    void invalidTimestamps_data();
    void invalidTimestamps();
    void formatTimestampUtc_data();
    void formatTimestampUtc();
    void formatAndParseRoundTrip();

    void stringArrays_data();
    void stringArrays();
    void rejectedArrays_data();
    void rejectedArrays();
};

void TestValueParser::initTestCase()
{
    // The machine's zone must never leak into results. ctest sets a zone
    // with DST gaps on dates used below, and this does the same for a run by hand.
    qputenv("TZ", "America/New_York");
}

void TestValueParser::textTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<bool>("subMillisecondDropped");

    QTest::newRow("athena timestamp without fraction")
        << QByteArray("2026-11-03 14:05:09") << Nov3At140509 << false;
    QTest::newRow("iso with T and Z")
        << QByteArray("2026-11-03T14:05:09Z") << Nov3At140509 << false;
    QTest::newRow("lowercase t and z")
        << QByteArray("2026-11-03t14:05:09z") << Nov3At140509 << false;
    QTest::newRow("minutes without seconds")
        << QByteArray("2026-11-03 14:05") << qint64(1793714700000) << false;
    QTest::newRow("one-digit hour as Excel writes it")
        << QByteArray("2026-11-03 4:05:09") << qint64(1793678709000) << false;
    QTest::newRow("date alone is midnight")
        << QByteArray("2026-11-03") << qint64(1793664000000) << false;
    QTest::newRow("year-first date with slashes")
        << QByteArray("2026/11/03 14:05:09") << Nov3At140509 << false;
    QTest::newRow("epoch start") << QByteArray("1970-01-01 00:00:00") << qint64(0) << false;

    QTest::newRow("one fraction digit")
        << QByteArray("2026-11-03 14:05:09.1") << Nov3At140509 + 100 << false;
    QTest::newRow("comma as decimal separator")
        << QByteArray("2026-11-03 14:05:09,5") << Nov3At140509 + 500 << false;
    QTest::newRow("three fraction digits")
        << QByteArray("2026-11-03 14:05:09.123") << Nov3At140509 + 123 << false;
    QTest::newRow("four digits, the fourth zero")
        << QByteArray("2026-11-03 14:05:09.1230") << Nov3At140509 + 123 << false;
    QTest::newRow("four digits, the fourth dropped")
        << QByteArray("2026-11-03 14:05:09.1234") << Nov3At140509 + 123 << true;
    QTest::newRow("nine digits truncated, not rounded")
        << QByteArray("2026-11-03 14:05:09.123999999") << Nov3At140509 + 123 << true;
    QTest::newRow("twelve digits, all past the third zero")
        << QByteArray("2026-11-03 14:05:09.123000000000") << Nov3At140509 + 123 << false;
    QTest::newRow("twelve nines stay in the same millisecond")
        << QByteArray("2026-11-03 14:05:09.999999999999") << Nov3At140509 + 999 << true;

    QTest::newRow("UTC suffix after a space")
        << QByteArray("2026-11-03 14:05:09.123 UTC") << Nov3At140509 + 123 << false;
    QTest::newRow("UTC suffix without a space")
        << QByteArray("2026-11-03 14:05:09.123UTC") << Nov3At140509 + 123 << false;
    QTest::newRow("GMT suffix") << QByteArray("2026-11-03 14:05:09 GMT") << Nov3At140509 << false;
    QTest::newRow("Z after a space")
        << QByteArray("2026-11-03 14:05:09 Z") << Nov3At140509 << false;
    QTest::newRow("positive offset with colon")
        << QByteArray("2026-03-01T10:00:00+02:00") << qint64(1772352000000) << false;
    QTest::newRow("positive offset without colon")
        << QByteArray("2026-03-01T10:00:00+0200") << qint64(1772352000000) << false;
    QTest::newRow("offset in hours only")
        << QByteArray("2026-03-01T10:00:00+02") << qint64(1772352000000) << false;
    QTest::newRow("offset after a space")
        << QByteArray("2026-03-01 10:00:00.000 +02:00") << qint64(1772352000000) << false;
    QTest::newRow("negative half-hour offset")
        << QByteArray("2026-03-01T10:00:00-05:30") << qint64(1772379000000) << false;
    QTest::newRow("positive half-hour offset")
        << QByteArray("2026-03-01T10:00:00+05:30") << qint64(1772339400000) << false;
    QTest::newRow("offset moving the date back a day")
        << QByteArray("2026-03-01T01:00:00+02:00") << qint64(1772319600000) << false;
    QTest::newRow("zero offset") << QByteArray("2026-11-03T14:05:09-00:00") << Nov3At140509
                                 << false;
    QTest::newRow("named zone as Athena renders it")
        << QByteArray("2026-07-01 12:00:00.000 Europe/Berlin") << qint64(1782900000000) << false;

    QTest::newRow("leap day of 2024")
        << QByteArray("2024-02-29 23:59:59") << qint64(1709251199000) << false;
    QTest::newRow("leap day of 2000")
        << QByteArray("2000-02-29 12:00:00") << qint64(951825600000) << false;
    QTest::newRow("last day of February 2023")
        << QByteArray("2023-02-28") << qint64(1677542400000) << false;
    QTest::newRow("last second of 1969")
        << QByteArray("1969-12-31 23:59:59") << qint64(-1000) << false;
    QTest::newRow("1969 with a fraction")
        << QByteArray("1969-07-20 20:17:40.5") << qint64(-14182939500) << false;
    QTest::newRow("1969 fraction floors to the earlier millisecond")
        << QByteArray("1969-12-31 23:59:59.9999") << qint64(-1) << true;
    QTest::newRow("1900 is before the epoch")
        << QByteArray("1900-03-01") << qint64(-2203891200000) << false;
    QTest::newRow("first day of year 1")
        << QByteArray("0001-01-01") << qint64(-62135596800000) << false;
    QTest::newRow("last second of year 9999")
        << QByteArray("9999-12-31 23:59:59") << qint64(253402300799000) << false;

    QTest::newRow("surrounding whitespace")
        << QByteArray(" \t2026-11-03 14:05:09\r\n") << Nov3At140509 << false;
}

void TestValueParser::textTimestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expectedMs);
    QFETCH(bool, subMillisecondDropped);

    const TimestampValue value = parseTimestamp(text);

    QCOMPARE(value.status, TimestampValue::Status::Ok);
    QCOMPARE(value.epochMs, expectedMs);
    QCOMPARE(value.subMillisecondDropped, subMillisecondDropped);
    QVERIFY(!value.inferredUnit.has_value());
    QVERIFY(value.error.isEmpty());
}

void TestValueParser::epochNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<EpochUnit>("inferredUnit");
    QTest::addColumn<bool>("subMillisecondDropped");

    QTest::newRow("seconds") << QByteArray("1793714709") << Nov3At140509 << EpochUnit::Seconds
                             << false;
    QTest::newRow("seconds with a plus sign")
        << QByteArray("+1793714709") << Nov3At140509 << EpochUnit::Seconds << false;
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << EpochUnit::Seconds << false;
    QTest::newRow("seconds with a fraction")
        << QByteArray("1793714709.5") << Nov3At140509 + 500 << EpochUnit::Seconds << false;
    QTest::newRow("seconds with four fraction digits")
        << QByteArray("1793714709.1234") << Nov3At140509 + 123 << EpochUnit::Seconds << true;
    QTest::newRow("negative seconds with a fraction")
        << QByteArray("-1.5") << qint64(-1500) << EpochUnit::Seconds << false;
    QTest::newRow("tiny negative fraction floors")
        << QByteArray("-0.0005") << qint64(-1) << EpochUnit::Seconds << true;
    QTest::newRow("largest value read as seconds")
        << QByteArray("99999999999") << qint64(99999999999000) << EpochUnit::Seconds << false;
    QTest::newRow("smallest value read as milliseconds")
        << QByteArray("100000000000") << qint64(100000000000) << EpochUnit::Milliseconds << false;
    QTest::newRow("milliseconds") << QByteArray("1793714709123") << Nov3At140509 + 123
                                  << EpochUnit::Milliseconds << false;
    QTest::newRow("milliseconds with a fraction")
        << QByteArray("1793714709123.5") << Nov3At140509 + 123 << EpochUnit::Milliseconds << true;
    QTest::newRow("negative milliseconds with a fraction")
        << QByteArray("-1793714709123.5") << -(Nov3At140509 + 124) << EpochUnit::Milliseconds
        << true;
    QTest::newRow("largest value read as milliseconds")
        << QByteArray("99999999999999") << qint64(99999999999999) << EpochUnit::Milliseconds
        << false;
    QTest::newRow("smallest value read as microseconds")
        << QByteArray("100000000000000") << qint64(100000000000) << EpochUnit::Microseconds
        << false;
    QTest::newRow("microseconds") << QByteArray("1793714709123456") << Nov3At140509 + 123
                                  << EpochUnit::Microseconds << true;
    QTest::newRow("whole microseconds drop nothing")
        << QByteArray("1793714709123000") << Nov3At140509 + 123 << EpochUnit::Microseconds << false;
    QTest::newRow("negative microseconds floor")
        << QByteArray("-1793714709123456") << -(Nov3At140509 + 124) << EpochUnit::Microseconds
        << true;
    QTest::newRow("largest value read as microseconds")
        << QByteArray("99999999999999999") << qint64(99999999999999) << EpochUnit::Microseconds
        << true;
    QTest::newRow("smallest value read as nanoseconds")
        << QByteArray("100000000000000000") << qint64(100000000000) << EpochUnit::Nanoseconds
        << false;
    QTest::newRow("nanoseconds") << QByteArray("1793714709123456789") << Nov3At140509 + 123
                                 << EpochUnit::Nanoseconds << true;
    QTest::newRow("largest unsigned 64-bit nanoseconds")
        << QByteArray("18446744073709551615") << qint64(18446744073709) << EpochUnit::Nanoseconds
        << true;
    QTest::newRow("surrounding whitespace")
        << QByteArray("\n1793714709 ") << Nov3At140509 << EpochUnit::Seconds << false;
}

void TestValueParser::epochNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expectedMs);
    QFETCH(EpochUnit, inferredUnit);
    QFETCH(bool, subMillisecondDropped);

    const TimestampValue value = parseTimestamp(text);

    QCOMPARE(value.status, TimestampValue::Status::Ok);
    QCOMPARE(value.epochMs, expectedMs);
    QCOMPARE(value.inferredUnit, std::optional<EpochUnit>(inferredUnit));
    QCOMPARE(value.subMillisecondDropped, subMillisecondDropped);
}

void TestValueParser::explicitEpochUnit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<EpochUnit>("unit");
    QTest::addColumn<TimestampValue::Status>("status");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<bool>("subMillisecondDropped");

    QTest::newRow("seconds-sized value given as milliseconds")
        << QByteArray("1793714709") << EpochUnit::Milliseconds << TimestampValue::Status::Ok
        << qint64(1793714709) << false;
    QTest::newRow("milliseconds-sized value given as seconds")
        << QByteArray("1793714709123") << EpochUnit::Seconds << TimestampValue::Status::Ok
        << qint64(1793714709123000) << false;
    QTest::newRow("microseconds given as microseconds")
        << QByteArray("1793714709123456") << EpochUnit::Microseconds << TimestampValue::Status::Ok
        << Nov3At140509 + 123 << true;
    QTest::newRow("minus one nanosecond floors to minus one millisecond")
        << QByteArray("-1") << EpochUnit::Nanoseconds << TimestampValue::Status::Ok << qint64(-1)
        << true;
    QTest::newRow("seconds overflowing milliseconds")
        << QByteArray("9223372036854776") << EpochUnit::Seconds << TimestampValue::Status::Invalid
        << qint64(0) << false;
    QTest::newRow("milliseconds past the signed 64-bit range")
        << QByteArray("9223372036854775808") << EpochUnit::Milliseconds
        << TimestampValue::Status::Invalid << qint64(0) << false;
}

void TestValueParser::explicitEpochUnit()
{
    QFETCH(QByteArray, text);
    QFETCH(EpochUnit, unit);
    QFETCH(TimestampValue::Status, status);
    QFETCH(qint64, expectedMs);
    QFETCH(bool, subMillisecondDropped);
    TimestampOptions options;
    options.epochUnit = unit;

    const TimestampValue value = parseTimestamp(text, options);

    QCOMPARE(value.status, status);
    QCOMPARE(value.epochMs, expectedMs);
    QCOMPARE(value.subMillisecondDropped, subMillisecondDropped);
    QVERIFY(!value.inferredUnit.has_value());
    QCOMPARE(value.error.isEmpty(), status == TimestampValue::Status::Ok);
}

void TestValueParser::zonelessInBerlin_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("winter noon is CET")
        << QByteArray("2026-01-15 12:00:00") << qint64(1768474800000);
    QTest::newRow("summer noon is CEST")
        << QByteArray("2026-07-01 12:00:00") << qint64(1782900000000);
    QTest::newRow("before the spring gap")
        << QByteArray("2026-03-29 01:30:00") << qint64(1774744200000);
    QTest::newRow("in the spring gap moves forward an hour")
        << QByteArray("2026-03-29 02:30:00") << qint64(1774747800000);
    QTest::newRow("after the spring gap")
        << QByteArray("2026-03-29 03:30:00") << qint64(1774747800000);
    QTest::newRow("autumn overlap takes the earlier instant")
        << QByteArray("2026-10-25 02:30:00") << qint64(1792888200000);
    QTest::newRow("after the autumn overlap")
        << QByteArray("2026-10-25 03:30:00") << qint64(1792895400000);
    QTest::newRow("explicit offset ignores the zone")
        << QByteArray("2026-07-01T12:00:00Z") << qint64(1782907200000);
    QTest::newRow("epoch numbers ignore the zone") << QByteArray("1793714709") << Nov3At140509;
}

void TestValueParser::zonelessInBerlin()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expectedMs);

    const TimestampValue value = parseTimestamp(text, inZone("Europe/Berlin"));

    QCOMPARE(value.status, TimestampValue::Status::Ok);
    QCOMPARE(value.epochMs, expectedMs);
}

void TestValueParser::localeDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<TimestampValue::Status>("status");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<QString>("errorPart");

    const QByteArray utc("UTC");
    const QString orderUnknown("order of day and month cannot be known");
    QTest::newRow("slashes without a pattern are ambiguous")
        << QByteArray("03/10/2024 10:00") << QString() << utc << TimestampValue::Status::Ambiguous
        << qint64(0) << orderUnknown;
    QTest::newRow("dots without a pattern are ambiguous")
        << QByteArray("3.10.2024") << QString() << utc << TimestampValue::Status::Ambiguous
        << qint64(0) << orderUnknown;
    QTest::newRow("twelve-hour clock without a pattern is ambiguous")
        << QByteArray("10/03/2024 10:00:00 AM") << QString() << utc
        << TimestampValue::Status::Ambiguous << qint64(0) << QString("dd/MM/yyyy HH:mm");
    QTest::newRow("day first with a pattern")
        << QByteArray("03/10/2024 10:00") << QString("dd/MM/yyyy HH:mm") << utc
        << TimestampValue::Status::Ok << qint64(1727949600000) << QString();
    QTest::newRow("month first with a pattern")
        << QByteArray("03/10/2024 10:00") << QString("MM/dd/yyyy HH:mm") << utc
        << TimestampValue::Status::Ok << qint64(1710064800000) << QString();
    QTest::newRow("wall time in the machine zone's DST gap")
        << QByteArray("03/10/2024 02:30") << QString("MM/dd/yyyy HH:mm") << utc
        << TimestampValue::Status::Ok << qint64(1710037800000) << QString();
    QTest::newRow("dotted date alone with a pattern")
        << QByteArray("3.10.2024") << QString("d.M.yyyy") << utc << TimestampValue::Status::Ok
        << qint64(1727913600000) << QString();
    QTest::newRow("twelve-hour clock with a pattern")
        << QByteArray("10/03/2024 10:00:00 PM") << QString("MM/dd/yyyy hh:mm:ss AP") << utc
        << TimestampValue::Status::Ok << qint64(1727992800000) << QString();
    QTest::newRow("pattern read in the zone-less zone")
        << QByteArray("01/07/2026 12:00") << QString("dd/MM/yyyy HH:mm")
        << QByteArray("Europe/Berlin") << TimestampValue::Status::Ok << qint64(1782900000000)
        << QString();
    QTest::newRow("digits-only pattern wins over an epoch number")
        << QByteArray("20241003100000") << QString("yyyyMMddHHmmss") << utc
        << TimestampValue::Status::Ok << qint64(1727949600000) << QString();
    QTest::newRow("iso text still parses when a pattern is set")
        << QByteArray("2026-11-03 14:05:09") << QString("dd/MM/yyyy HH:mm") << utc
        << TimestampValue::Status::Ok << Nov3At140509 << QString();
    QTest::newRow("locale date not matching the pattern")
        << QByteArray("03/10/2024") << QString("dd/MM/yyyy HH:mm") << utc
        << TimestampValue::Status::Invalid << qint64(0)
        << QString("does not match the date pattern \"dd/MM/yyyy HH:mm\"");
    QTest::newRow("garbage with a pattern names the pattern")
        << QByteArray("soon") << QString("dd/MM/yyyy") << utc << TimestampValue::Status::Invalid
        << qint64(0) << QString("\"dd/MM/yyyy\"");
}

void TestValueParser::localeDates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pattern);
    QFETCH(QByteArray, zone);
    QFETCH(TimestampValue::Status, status);
    QFETCH(qint64, expectedMs);
    QFETCH(QString, errorPart);
    TimestampOptions options = inZone(zone);
    options.datePattern = pattern;

    const TimestampValue value = parseTimestamp(text, options);

    QCOMPARE(value.status, status);
    QCOMPARE(value.epochMs, expectedMs);
    if (errorPart.isEmpty())
        QVERIFY2(value.error.isEmpty(), qPrintable(value.error));
    else
        QVERIFY2(value.error.contains(errorPart), qPrintable(value.error));
}

void TestValueParser::invalidTimestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorPart");

    const QString expectedForms("Expected YYYY-MM-DD HH:MM:SS");
    QTest::newRow("month 13") << QByteArray("2026-13-01") << QString("has month 13");
    QTest::newRow("month 0") << QByteArray("2026-00-10 10:00:00") << QString("has month 0");
    QTest::newRow("February 30") << QByteArray("2026-02-30")
                                 << QString("day 30, which month 2 of 2026");
    QTest::newRow("February 29 of a common year")
        << QByteArray("2025-02-29 00:00:00") << QString("day 29, which month 2 of 2025");
    QTest::newRow("February 29 of 1900")
        << QByteArray("1900-02-29") << QString("day 29, which month 2 of 1900");
    QTest::newRow("April 31") << QByteArray("2026-04-31") << QString("day 31");
    QTest::newRow("day 0") << QByteArray("2026-04-00") << QString("day 0");
    QTest::newRow("hour 24") << QByteArray("2026-11-03 24:00:00") << QString("out of range");
    QTest::newRow("minute 60") << QByteArray("2026-11-03 14:60:00") << QString("out of range");
    QTest::newRow("leap second") << QByteArray("2016-12-31 23:59:60")
                                 << QString("leap seconds are not accepted");
    QTest::newRow("offset hour 24")
        << QByteArray("2026-11-03 14:05:09+24:00") << QString("offset out of range");
    QTest::newRow("unknown zone name") << QByteArray("2026-11-03 14:05:09 Mars/Olympus")
                                       << QString("\"Mars/Olympus\", which is not known");
    QTest::newRow("thirteen fraction digits")
        << QByteArray("2026-11-03 14:05:09.1234567890123") << expectedForms;
    QTest::newRow("decimal point without digits")
        << QByteArray("2026-11-03 14:05:09.") << expectedForms;
    QTest::newRow("separator without a time") << QByteArray("2026-11-03T") << expectedForms;
    QTest::newRow("trailing word") << QByteArray("2026-11-03 14:05:09 PM") << expectedForms;
    QTest::newRow("garbage") << QByteArray("yesterday") << expectedForms;
    QTest::newRow("scientific notation") << QByteArray("1.7e9") << expectedForms;
    QTest::newRow("time alone") << QByteArray("14:05:09") << expectedForms;
    QTest::newRow("empty") << QByteArray("") << QString("The timestamp is empty");
    QTest::newRow("whitespace only") << QByteArray(" \t ") << QString("The timestamp is empty");
    QTest::newRow("epoch past 64 bits")
        << QByteArray("99999999999999999999") << QString("too large");
}

void TestValueParser::invalidTimestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, errorPart);

    const TimestampValue value = parseTimestamp(text);

    QCOMPARE(value.status, TimestampValue::Status::Invalid);
    QVERIFY2(value.error.contains(errorPart), qPrintable(value.error));
}

void TestValueParser::formatTimestampUtc_data()
{
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch start") << qint64(0) << QString("1970-01-01T00:00:00.000Z");
    QTest::newRow("one millisecond before the epoch")
        << qint64(-1) << QString("1969-12-31T23:59:59.999Z");
    QTest::newRow("moon landing") << qint64(-14182940000) << QString("1969-07-20T20:17:40.000Z");
    QTest::newRow("with milliseconds") << Nov3At140509 + 123 << QString("2026-11-03T14:05:09.123Z");
    QTest::newRow("leap day") << qint64(951825600000) << QString("2000-02-29T12:00:00.000Z");
    QTest::newRow("first day of year 1")
        << qint64(-62135596800000) << QString("0001-01-01T00:00:00.000Z");
    QTest::newRow("last millisecond of year 9999")
        << qint64(253402300799999) << QString("9999-12-31T23:59:59.999Z");
}

void TestValueParser::formatTimestampUtc()
{
    QFETCH(qint64, epochMs);
    QFETCH(QString, expected);

    QCOMPARE(Flowscope::formatTimestampUtc(epochMs), expected);
}

void TestValueParser::formatAndParseRoundTrip()
{
    // A step just under a week, not a whole number of seconds, walks through
    // every month and millisecond pattern on both sides of the epoch, in leap
    // and common years between 1900 and 2100.
    constexpr qint64 first = -2208988800000; // 1900-01-01
    constexpr qint64 last = 4102444800000;   // 2100-01-01
    constexpr qint64 step = 86'399'993 * 7;
    int checked = 0;
    for (qint64 epochMs = first; epochMs < last; epochMs += step) {
        const QString text = Flowscope::formatTimestampUtc(epochMs);
        const TimestampValue value = parseTimestamp(text.toLatin1());
        QCOMPARE(value.status, TimestampValue::Status::Ok);
        QCOMPARE(value.epochMs, epochMs);
        ++checked;
    }
    QCOMPARE(checked, 10436);
}

void TestValueParser::stringArrays_data()
{
    QTest::addColumn<ArraySyntax>("syntax");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expectedJson");
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("json strings") << ArraySyntax::Json << QByteArray(R"(["a","b"])")
                                  << QByteArray(R"(["a","b"])") << false;
    QTest::newRow("json with whitespace made compact")
        << ArraySyntax::Json << QByteArray(" [ \"a\" ,\n \"b\" ] ") << QByteArray(R"(["a","b"])")
        << false;
    QTest::newRow("json empty") << ArraySyntax::Json << QByteArray("[ ]") << QByteArray("[]")
                                << false;
    QTest::newRow("json quotes and backslashes")
        << ArraySyntax::Json << QByteArray(R"(["say \"hi\"","back\\slash","a\/b"])")
        << QByteArray(R"(["say \"hi\"","back\\slash","a/b"])") << false;
    QTest::newRow("json control characters as u00XX")
        << ArraySyntax::Json << QByteArray(R"(["line\nbreak","tab\there","bell\u0007"])")
        << QByteArray(R"(["line\u000abreak","tab\u0009here","bell\u0007"])") << false;
    QTest::newRow("json unicode escapes become UTF-8")
        << ArraySyntax::Json << QByteArray(R"(["\u00e9t\u00E9","\ud83d\ude00"])")
        << QByteArray("[\"\xc3\xa9t\xc3\xa9\",\"\xf0\x9f\x98\x80\"]") << false;
    QTest::newRow("json UTF-8 kept as is")
        << ArraySyntax::Json << QByteArray("[\"Gr\xc3\xbc\xc3\x9f\x65\"]")
        << QByteArray("[\"Gr\xc3\xbc\xc3\x9f\x65\"]") << false;
    QTest::newRow("json lone surrogate becomes a replacement character")
        << ArraySyntax::Json << QByteArray(R"(["\ud800x"])") << QByteArray("[\"\xef\xbf\xbdx\"]")
        << false;
    QTest::newRow("json numbers and booleans become strings, null stays")
        << ArraySyntax::Json << QByteArray("[1, 2.50, -3e+2, true, false, null]")
        << QByteArray(R"(["1","2.50","-3e+2","true","false",null])") << false;
    QTest::newRow("json items holding comma and space")
        << ArraySyntax::Json << QByteArray(R"(["Timeout, retried","x"])")
        << QByteArray(R"(["Timeout, retried","x"])") << false;

    const QByteArray uuid1("6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    const QByteArray uuid2("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D");
    QTest::newRow("athena free text items are ambiguous")
        << ArraySyntax::Athena << QByteArray("[a, b]") << QByteArray(R"(["a","b"])") << true;
    QTest::newRow("athena empty array")
        << ArraySyntax::Athena << QByteArray("[]") << QByteArray("[]") << false;
    QTest::newRow("athena single item is exact")
        << ArraySyntax::Athena << QByteArray("[Prompt not played]")
        << QByteArray(R"(["Prompt not played"])") << false;
    QTest::newRow("athena comma without space stays in the item")
        << ArraySyntax::Athena << QByteArray("[a,b]") << QByteArray(R"(["a,b"])") << false;
    // Athena writes the one item "Customer input 2, 4 was not recognised" the
    // same way, so the split cannot be undone. Only JSON keeps such an item whole.
    QTest::newRow("athena item holding comma and space splits in two")
        << ArraySyntax::Athena << QByteArray("[Customer input 2, 4 was not recognised]")
        << QByteArray(R"(["Customer input 2","4 was not recognised"])") << true;
    QTest::newRow("athena uuid list is exact")
        << ArraySyntax::Athena << QByteArray("[" + uuid1 + ", " + uuid2 + "]")
        << QByteArray("[\"" + uuid1 + "\",\"" + uuid2 + "\"]") << false;
    QTest::newRow("athena uuid list with one other item is ambiguous")
        << ArraySyntax::Athena << QByteArray("[" + uuid1 + ", pending]")
        << QByteArray("[\"" + uuid1 + "\",\"pending\"]") << true;
    QTest::newRow("athena spaces inside items kept")
        << ArraySyntax::Athena << QByteArray("[ a ,  b]") << QByteArray(R"([" a "," b"])") << true;
    QTest::newRow("athena quotes escaped") << ArraySyntax::Athena << QByteArray(R"([say "hi"])")
                                           << QByteArray(R"(["say \"hi\""])") << false;

    QTest::newRow("textfile items") << ArraySyntax::TextFile << QByteArray("a\002b, c")
                                    << QByteArray(R"(["a","b, c"])") << false;
    QTest::newRow("textfile empty field is an empty array")
        << ArraySyntax::TextFile << QByteArray("") << QByteArray("[]") << false;
    QTest::newRow("textfile single item")
        << ArraySyntax::TextFile << QByteArray("only") << QByteArray(R"(["only"])") << false;
    QTest::newRow("textfile empty item between two")
        << ArraySyntax::TextFile << QByteArray("a\002\002b") << QByteArray(R"(["a","","b"])")
        << false;
    QTest::newRow("textfile brackets are text")
        << ArraySyntax::TextFile << QByteArray("[x]") << QByteArray(R"(["[x]"])") << false;

    QTest::newRow("auto reads json")
        << ArraySyntax::Auto << QByteArray(R"(["a", "b"])") << QByteArray(R"(["a","b"])") << false;
    QTest::newRow("auto reads json numbers")
        << ArraySyntax::Auto << QByteArray("[1, 2]") << QByteArray(R"(["1","2"])") << false;
    QTest::newRow("auto reads json null")
        << ArraySyntax::Auto << QByteArray("[null]") << QByteArray("[null]") << false;
    QTest::newRow("auto falls back to athena")
        << ArraySyntax::Auto << QByteArray("[a, b]") << QByteArray(R"(["a","b"])") << true;
    QTest::newRow("auto reads athena empty array")
        << ArraySyntax::Auto << QByteArray("[]") << QByteArray("[]") << false;
}

void TestValueParser::stringArrays()
{
    QFETCH(ArraySyntax, syntax);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expectedJson);
    QFETCH(bool, ambiguous);

    const ArrayValue value = parseStringArray(text, syntax);

    QVERIFY2(value.ok, qPrintable(value.error));
    QCOMPARE(value.json, expectedJson);
    QCOMPARE(value.ambiguous, ambiguous);
    QVERIFY(value.error.isEmpty());
}

void TestValueParser::rejectedArrays_data()
{
    QTest::addColumn<ArraySyntax>("syntax");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorPart");

    const QString notArray("is not an array");
    const QString invalidJson("is not a valid JSON array");
    QTest::newRow("json object") << ArraySyntax::Json << QByteArray(R"({"a":1})") << invalidJson;
    QTest::newRow("json string alone") << ArraySyntax::Json << QByteArray(R"("a")") << invalidJson;
    QTest::newRow("json without closing bracket")
        << ArraySyntax::Json << QByteArray(R"(["a")") << QString("\",\" or \"]\" is missing");
    QTest::newRow("json trailing comma")
        << ArraySyntax::Json << QByteArray(R"(["a",])") << QString("byte 6 starts neither");
    QTest::newRow("json leading zero")
        << ArraySyntax::Json << QByteArray("[01]") << QString("malformed");
    QTest::newRow("json text after the array")
        << ArraySyntax::Json << QByteArray(R"(["a"] x)") << QString("text follows");
    QTest::newRow("json nested array")
        << ArraySyntax::Json << QByteArray("[[1]]") << QString("starts neither");
    QTest::newRow("json unknown escape")
        << ArraySyntax::Json << QByteArray(R"(["\x"])") << QString("escape \"\\x\"");
    QTest::newRow("json unclosed string")
        << ArraySyntax::Json << QByteArray(R"(["abc)") << QString("not closed");
    QTest::newRow("json empty text") << ArraySyntax::Json << QByteArray("") << notArray;
    QTest::newRow("athena empty text") << ArraySyntax::Athena << QByteArray("") << notArray;
    QTest::newRow("athena without brackets")
        << ArraySyntax::Athena << QByteArray("a, b") << notArray;
    QTest::newRow("auto item without brackets")
        << ArraySyntax::Auto << QByteArray("a") << QString("Expected a JSON array");
    QTest::newRow("auto empty text") << ArraySyntax::Auto << QByteArray("") << notArray;
}

void TestValueParser::rejectedArrays()
{
    QFETCH(ArraySyntax, syntax);
    QFETCH(QByteArray, text);
    QFETCH(QString, errorPart);

    const ArrayValue value = parseStringArray(text, syntax);

    QVERIFY(!value.ok);
    QVERIFY2(value.error.contains(errorPart), qPrintable(value.error));
    QVERIFY(value.json.isEmpty());
}

QTEST_APPLESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
