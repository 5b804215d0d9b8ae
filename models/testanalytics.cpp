#include "testanalytics.h"

#include "schema.h"
#include "testanalyticssql.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Flowscope {

namespace {

// Gives lupdate and the translation lookup the same context.
struct TestAnalyticsText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::TestAnalytics)
};

QDate bucketStartDate(const QDate &date, TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Day:
        return date;
    case TrendBucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TrendBucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextBucketDate(const QDate &date, TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Day:
        return date.addDays(1);
    case TrendBucket::Week:
        return date.addDays(7);
    case TrendBucket::Month:
        return date.addMonths(1);
    }
    return date.addDays(1);
}

// startOfDay() rather than a midnight QDateTime, because in some zones a
// daylight saving change skips midnight and the day starts at 01:00.
qint64 dayStartMs(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

// The columns of one execution that the trend reads.
struct ExecutionOutcome
{
    qint64 startMs = 0;
    std::optional<qint64> endMs;
    QString result;
};

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole == 0)
        return std::nullopt;
    return double(part) / double(whole);
}

KpiValues readKpis(Workspace &workspace, const Filter &filter, qint64 fromMs, qint64 toMs,
                   QString *error)
{
    Filter period = filter;
    period.fromMs = fromMs;
    period.toMs = toMs;
    const SqlCondition condition = TestAnalyticsSql::executionsCondition(period);

    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte(TestAnalyticsSql::ExecutionsIndex::Outcome) +
            QStringLiteral("SELECT COUNT(*), "
                           "TOTAL(connect_test_case_result = 'Passed'), "
                           "TOTAL(connect_test_case_result = 'Failed'), "
                           "TOTAL(connect_test_case_result = 'Skipped'), "
                           "TOTAL(connect_test_case_result = 'Aborted'), "
                           "TOTAL(connect_test_case_result IS NULL), "
                           "TOTAL(connect_test_case_execution_end_timestamp "
                           "- connect_test_case_execution_start_timestamp), "
                           "COUNT(connect_test_case_execution_end_timestamp) "
                           "FROM executions WHERE 1") +
            condition.whereSql);
    statement.bind(condition.bindValues);

    KpiValues values;
    values.fromMs = fromMs;
    values.toMs = toMs;
    if (!statement.next()) {
        *error = statement.error();
        return values;
    }
    ResultCounts &counts = values.counts;
    counts.passed = statement.integer(1);
    counts.failed = statement.integer(2);
    counts.skipped = statement.integer(3);
    counts.aborted = statement.integer(4);
    counts.noResult = statement.integer(5);
    counts.other = statement.integer(0) - counts.passed - counts.failed - counts.skipped -
                   counts.aborted - counts.noResult;
    const qint64 withDuration = statement.integer(7);
    if (withDuration > 0)
        values.averageDurationSeconds = double(statement.integer(6)) / 1000.0 / withDuration;
    return values;
}

} // namespace

QString trendBucketName(TrendBucket bucket)
{
    switch (bucket) {
    case TrendBucket::Day:
        return QStringLiteral("day");
    case TrendBucket::Week:
        return QStringLiteral("week");
    case TrendBucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<TrendBucket> trendBucketFromName(const QString &name)
{
    for (TrendBucket bucket : {TrendBucket::Day, TrendBucket::Week, TrendBucket::Month}) {
        if (name == trendBucketName(bucket))
            return bucket;
    }
    return std::nullopt;
}

std::optional<double> ResultCounts::passRate() const
{
    return ratio(passed, passed + failed);
}

std::optional<double> ResultCounts::failureRate() const
{
    return ratio(failed, passed + failed);
}

void ResultCounts::add(const QString &result)
{
    if (result.isNull())
        ++noResult;
    else if (result == QLatin1String("Passed"))
        ++passed;
    else if (result == QLatin1String("Failed"))
        ++failed;
    else if (result == QLatin1String("Skipped"))
        ++skipped;
    else if (result == QLatin1String("Aborted"))
        ++aborted;
    else
        ++other;
}

void ResultCounts::add(const ResultCounts &counts)
{
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    aborted += counts.aborted;
    noResult += counts.noResult;
    other += counts.other;
}

QString passRateFormula()
{
    return TestAnalyticsText::tr(
        "Pass rate = Passed / (Passed + Failed); skipped, aborted and result-less runs "
        "are left out");
}

std::optional<double> TrendPoint::averageDurationSeconds() const
{
    if (executionsWithDuration == 0)
        return std::nullopt;
    return double(durationTotalMs) / 1000.0 / double(executionsWithDuration);
}

QList<qint64> trendBoundaries(qint64 fromMs, qint64 toMs, TrendBucket bucket, const QTimeZone &zone)
{
    if (fromMs >= toMs)
        return {};
    const QTimeZone displayZone = zone.isValid() ? zone : QTimeZone::utc();

    QDate date =
        bucketStartDate(QDateTime::fromMSecsSinceEpoch(fromMs, displayZone).date(), bucket);
    QList<qint64> boundaries = {dayStartMs(date, displayZone)};
    while (boundaries.constLast() < toMs) {
        if (boundaries.size() > MaxTrendBuckets)
            return {};
        date = nextBucketDate(date, bucket);
        boundaries.append(dayStartMs(date, displayZone));
    }
    return boundaries;
}

int bucketIndex(const QList<qint64> &boundaries, qint64 ms)
{
    if (boundaries.size() < 2 || ms < boundaries.constFirst() || ms >= boundaries.constLast())
        return -1;
    const auto after = std::upper_bound(boundaries.cbegin(), boundaries.cend(), ms);
    return int(after - boundaries.cbegin()) - 1;
}

namespace TestAnalyticsDetail {

std::optional<std::pair<qint64, qint64>> resolveWindow(Workspace &workspace, const Filter &filter,
                                                       QString *error)
{
    if (filter.fromMs && filter.toMs)
        return std::make_pair(*filter.fromMs, *filter.toMs);

    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);
    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte(TestAnalyticsSql::ExecutionsIndex::Outcome) +
            QStringLiteral("SELECT MIN(connect_test_case_execution_start_timestamp), "
                           "MAX(connect_test_case_execution_start_timestamp) FROM executions "
                           "WHERE 1") +
            condition.whereSql);
    statement.bind(condition.bindValues);
    if (!statement.next()) {
        *error = statement.error();
        return std::nullopt;
    }
    if (statement.isNull(0))
        return std::nullopt;
    return std::make_pair(filter.fromMs.value_or(statement.integer(0)),
                          filter.toMs.value_or(statement.integer(1) + 1));
}

} // namespace TestAnalyticsDetail

TestTrend queryTestTrend(Workspace &workspace, const Filter &filter, const TrendOptions &options)
{
    TestTrend trend;
    trend.options = options;
    auto fail = [&](const QString &cause) {
        trend.error = TestAnalyticsText::tr("Reading the test trend of %1 failed: %2")
                          .arg(workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << trend.error;
        trend.points.clear();
        return trend;
    };

    // One pass collects the rows and, for an open window, the span they cover.
    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);
    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte(TestAnalyticsSql::ExecutionsIndex::Outcome) +
            QStringLiteral("SELECT connect_test_case_execution_start_timestamp, "
                           "connect_test_case_execution_end_timestamp, "
                           "connect_test_case_result FROM executions WHERE 1") +
            condition.whereSql);
    statement.bind(condition.bindValues);
    QList<ExecutionOutcome> rows;
    while (statement.next()) {
        rows.append({statement.integer(0), TestAnalyticsSql::optionalInteger(statement, 1),
                     TestAnalyticsSql::resultText(statement, 2)});
    }
    if (!statement.error().isEmpty())
        return fail(statement.error());
    if (rows.isEmpty() && !(filter.fromMs && filter.toMs))
        return trend;

    qint64 fromMs = filter.fromMs.value_or(std::numeric_limits<qint64>::max());
    qint64 toMs = filter.toMs.value_or(std::numeric_limits<qint64>::min());
    for (const ExecutionOutcome &row : std::as_const(rows)) {
        if (!filter.fromMs)
            fromMs = std::min(fromMs, row.startMs);
        if (!filter.toMs)
            toMs = std::max(toMs, row.startMs + 1);
    }

    const QList<qint64> boundaries = trendBoundaries(fromMs, toMs, options.bucket, options.zone);
    if (boundaries.isEmpty() && fromMs < toMs)
        return fail(TestAnalyticsText::tr(
                        "the window needs more than %1 buckets. Choose a larger bucket or a "
                        "shorter time range.")
                        .arg(MaxTrendBuckets));
    for (qsizetype i = 0; i + 1 < boundaries.size(); ++i)
        trend.points.append({boundaries.at(i), boundaries.at(i + 1), {}, 0, 0});
    if (!trend.points.isEmpty()) {
        trend.fromMs = fromMs;
        trend.toMs = toMs;
    }

    for (const ExecutionOutcome &row : std::as_const(rows)) {
        const int index = bucketIndex(boundaries, row.startMs);
        if (index < 0)
            continue;
        TrendPoint &point = trend.points[index];
        point.counts.add(row.result);
        if (row.endMs) {
            point.durationTotalMs += *row.endMs - row.startMs;
            ++point.executionsWithDuration;
        }
    }
    return trend;
}

TestKpis queryTestKpis(Workspace &workspace, const Filter &filter)
{
    TestKpis kpis;
    auto fail = [&](const QString &cause) {
        kpis.error = TestAnalyticsText::tr("Reading the test KPIs of %1 failed: %2")
                         .arg(workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << kpis.error;
        kpis.hasPeriod = false;
        return kpis;
    };

    QString error;
    const auto window = TestAnalyticsDetail::resolveWindow(workspace, filter, &error);
    if (!error.isEmpty())
        return fail(error);
    if (!window)
        return kpis;

    const qint64 length = window->second - window->first;
    kpis.hasPeriod = true;
    kpis.current = readKpis(workspace, filter, window->first, window->second, &error);
    if (error.isEmpty())
        kpis.previous = readKpis(workspace, filter, window->first - length, window->first, &error);
    if (!error.isEmpty())
        return fail(error);
    return kpis;
}

ExecutionList queryExecutionList(Workspace &workspace, const Filter &filter, int limit)
{
    ExecutionList list;
    auto fail = [&](const QString &cause) {
        list.error = TestAnalyticsText::tr("Listing the test executions of %1 failed: %2")
                         .arg(workspace.path(), cause);
        qCWarning(lcTestAnalytics).noquote() << list.error;
        list.rows.clear();
        list.total = 0;
        return list;
    };

    const TableSpec &table = testCaseExecutionResultsSpec();
    list.columns = table.columnNames();
    const SqlCondition condition = TestAnalyticsSql::executionsCondition(filter);

    SqliteStatement count(workspace.handle(),
                          TestAnalyticsSql::executionsCte() +
                              QStringLiteral("SELECT COUNT(*) FROM executions WHERE 1") +
                              condition.whereSql);
    count.bind(condition.bindValues);
    if (!count.next())
        return fail(count.error());
    list.total = count.integer(0);

    // The execution id breaks ties between runs that started in the same
    // millisecond, so that the order does not depend on the query plan.
    QStringList quoted;
    for (const QString &column : std::as_const(list.columns))
        quoted.append(QLatin1Char('"') + column + QLatin1Char('"'));
    SqliteStatement statement(
        workspace.handle(),
        TestAnalyticsSql::executionsCte() + QStringLiteral("SELECT ") +
            quoted.join(QStringLiteral(", ")) + QStringLiteral(" FROM executions WHERE 1") +
            condition.whereSql +
            QStringLiteral(" ORDER BY connect_test_case_execution_start_timestamp, "
                           "connect_test_case_execution_id LIMIT ?"));
    QVariantList bindValues = condition.bindValues;
    bindValues.append(qint64(std::max(limit, 0)));
    statement.bind(bindValues);
    while (statement.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int column = 0; column < table.columns.size(); ++column) {
            if (statement.isNull(column))
                row.append(QVariant());
            else if (table.columns.at(column).type == ColumnType::Timestamp)
                row.append(statement.integer(column));
            else
                row.append(statement.text(column));
        }
        list.rows.append(row);
    }
    if (!statement.error().isEmpty())
        return fail(statement.error());
    return list;
}

} // namespace Flowscope
