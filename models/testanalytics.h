#pragma once

#include "filter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

#include <optional>

// Test case analytics over connect_test_case_execution_results: trends,
// KPIs, per-test-case history (testhistory.h), failure reasons
// (failurereasons.h) and the contacts of a run (testruncontacts.h).
//
// Every query function reads through the workspace's own connection, on the
// thread that opened it; a worker opens its own Workspace on the same path.
// Rows sharing a connect_test_case_execution_id count once: the row the data
// lake processed last stands for the execution.

namespace Flowscope {

class Workspace;

// The calendar unit of a trend bucket, in the display time zone.
enum class TrendBucket {
    Day,
    Week, // ISO 8601 weeks, starting on Monday
    Month,
};

// "day", "week" or "month", as the command line spells them.
QString trendBucketName(TrendBucket bucket);
std::optional<TrendBucket> trendBucketFromName(const QString &name);

// Executions counted by connect_test_case_result. Values other than the four
// the data lake documents (Passed, Failed, Skipped, Aborted) count as other.
struct ResultCounts
{
    qint64 passed = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 aborted = 0;
    qint64 noResult = 0; // connect_test_case_result is NULL
    qint64 other = 0;

    qint64 executions() const { return passed + failed + skipped + aborted + noResult + other; }

    // Passed / (Passed + Failed). Skipped, aborted, other and result-less runs
    // are left out because they do not show whether the test case passes.
    // Empty when no run passed or failed.
    std::optional<double> passRate() const;
    // Failed / (Passed + Failed), the complement of passRate().
    std::optional<double> failureRate() const;

    // Counts one execution with this connect_test_case_result (null: no result).
    void add(const QString &result);
    void add(const ResultCounts &counts);

    bool operator==(const ResultCounts &other) const = default;
};

// The pass rate formula as the chart and the command line state it.
QString passRateFormula();

// One trend bucket: the half-open UTC interval [startMs, endMs) of a
// calendar day, week or month in the display zone.
struct TrendPoint
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    ResultCounts counts;
    // end − start summed over the executions with an end timestamp.
    qint64 durationTotalMs = 0;
    qint64 executionsWithDuration = 0;

    // Mean of end − start in seconds over the executions with an end
    // timestamp; empty when none has one.
    std::optional<double> averageDurationSeconds() const;
};

struct TrendOptions
{
    TrendBucket bucket = TrendBucket::Day;
    QTimeZone zone = QTimeZone::utc();
};

struct TestTrend
{
    // Empty when the trend was read; otherwise what failed and what to do.
    QString error;
    TrendOptions options;
    // Every bucket from the one holding the window's start to the one holding
    // its last millisecond, those without executions included. The window is
    // the filter's time range; an open side is taken from the executions.
    // Empty when the window is open and no execution matches.
    QList<TrendPoint> points;
    // The window itself, [fromMs, toMs) in UTC milliseconds, as queryTestKpis
    // resolves it; both 0 when points is empty.
    qint64 fromMs = 0;
    qint64 toMs = 0;

    bool ok() const { return error.isEmpty(); }
};

// The maximum number of buckets in a trend or a reason trend, so that a wide
// window with day buckets cannot exhaust memory.
inline constexpr int MaxTrendBuckets = 100000;

// The bucket boundaries that cover [fromMs, toMs): the start of the bucket
// holding fromMs, each following bucket start, and the first bucket start at
// or after toMs. A day in a zone with daylight saving time lasts 23 or 25
// hours on the change days. Empty when fromMs >= toMs or the window would
// need more than MaxTrendBuckets buckets.
QList<qint64> trendBoundaries(qint64 fromMs, qint64 toMs, TrendBucket bucket,
                              const QTimeZone &zone);

// The index of the bucket holding `ms` in `boundaries`, or -1 when outside.
int bucketIndex(const QList<qint64> &boundaries, qint64 ms);

TestTrend queryTestTrend(Workspace &workspace, const Filter &filter, const TrendOptions &options);

// Key figures of one period.
struct KpiValues
{
    qint64 fromMs = 0; // the half-open UTC window [fromMs, toMs)
    qint64 toMs = 0;
    ResultCounts counts;
    std::optional<double> averageDurationSeconds;
};

// Executions, pass rate, failure rate and average duration of the filter's
// window and of the period of the same length just before it.
struct TestKpis
{
    QString error;
    // False when the window is open and no execution matches, so that there
    // is no period to compare.
    bool hasPeriod = false;
    KpiValues current;
    KpiValues previous;

    bool ok() const { return error.isEmpty(); }
};

// An open side of the filter's window is taken from the matching
// executions: the first start, or the last start plus one millisecond.
TestKpis queryTestKpis(Workspace &workspace, const Filter &filter);

// The executions that match a filter, one row per
// connect_test_case_execution_id: the copy that the trend and the KPIs count.
struct ExecutionList
{
    QString error;
    // The documented columns of connect_test_case_execution_results, in order.
    QStringList columns;
    // One value per column: qint64 milliseconds for timestamps, QString for
    // text and JSON array text, an invalid QVariant for NULL. Ordered by
    // start, then execution id.
    QList<QVariantList> rows;
    // The number of matching executions, which exceeds rows.size() when the
    // limit cut the list short.
    qint64 total = 0;

    bool ok() const { return error.isEmpty(); }
};

// Reads the first `limit` executions that match `filter` in start order, and
// counts all of them.
ExecutionList queryExecutionList(Workspace &workspace, const Filter &filter, int limit);

namespace TestAnalyticsDetail {

// The filter's window with open sides closed by the first and last matching
// start; empty when a side is open and nothing matches. Sets `error` when
// the query fails.
std::optional<std::pair<qint64, qint64>> resolveWindow(Workspace &workspace, const Filter &filter,
                                                       QString *error);

} // namespace TestAnalyticsDetail

} // namespace Flowscope
