// flowscope-cli test-trend: test executions per bucket and per test case.

#include "clicommand.h"
#include "clifilteroptions.h"
#include "clioutput.h"
#include "testanalytics.h"
#include "testhistory.h"

#include <QDateTime>
#include <QJsonArray>

namespace Flowscope::Cli {

namespace {

struct TestTrendText
{
    Q_DECLARE_TR_FUNCTIONS(Flowscope::Cli::TestTrend)
};

struct TestTrendOptions
{
    TrendOptions trend;
    FlakyRule flaky;
};

QJsonValue jsonText(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Adds the executions and the count of each connect_test_case_result.
void addCounts(QJsonObject &object, const ResultCounts &counts)
{
    object.insert(QStringLiteral("executions"), counts.executions());
    object.insert(QStringLiteral("passed"), counts.passed);
    object.insert(QStringLiteral("failed"), counts.failed);
    object.insert(QStringLiteral("skipped"), counts.skipped);
    object.insert(QStringLiteral("aborted"), counts.aborted);
    object.insert(QStringLiteral("no_result"), counts.noResult);
    object.insert(QStringLiteral("other_result"), counts.other);
    object.insert(QStringLiteral("pass_rate"), jsonNumber(counts.passRate()));
}

QJsonObject trendJson(const QString &workspacePath, const TestTrendOptions &options,
                      const TestTrend &trend, const TestHistory &history)
{
    QJsonArray buckets;
    for (const TrendPoint &point : trend.points) {
        QJsonObject bucket = {
            {QStringLiteral("bucket_start"), jsonTimestamp(point.startMs)},
            {QStringLiteral("bucket_end"), jsonTimestamp(point.endMs)},
        };
        addCounts(bucket, point.counts);
        bucket.insert(QStringLiteral("average_duration_seconds"),
                      jsonNumber(point.averageDurationSeconds()));
        buckets.append(bucket);
    }

    QJsonArray testCases;
    for (const TestCaseHistory &testCase : history.testCases) {
        QJsonObject row = {
            {QStringLiteral("connect_test_case_resource_arn"), testCase.arn},
            {QStringLiteral("connect_test_case_resource_name"), jsonText(testCase.name)},
        };
        addCounts(row, testCase.counts);
        row.insert(QStringLiteral("last_result"), jsonText(testCase.lastResult()));
        row.insert(QStringLiteral("flaky"), testCase.isFlaky(options.flaky));
        row.insert(QStringLiteral("new_failure"), testCase.isNewFailure());
        row.insert(QStringLiteral("fixed"), testCase.isFixed());
        testCases.append(row);
    }

    return {
        {QStringLiteral("workspace"), workspacePath},
        {QStringLiteral("bucket"), trendBucketName(options.trend.bucket)},
        {QStringLiteral("time_zone"), QString::fromUtf8(options.trend.zone.id())},
        {QStringLiteral("pass_rate_formula"), passRateFormula()},
        {QStringLiteral("flaky_min_switches"), options.flaky.minSwitches},
        {QStringLiteral("flaky_window_runs"), options.flaky.windowRuns},
        {QStringLiteral("buckets"), buckets},
        {QStringLiteral("test_cases"), testCases},
    };
}

QString shownRate(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) : TestTrendText::tr("-");
}

QString shownSeconds(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds, 'f', 1) : TestTrendText::tr("-");
}

QString shownResult(const QString &result)
{
    return result.isNull() ? TestTrendText::tr("(none)") : result;
}

QStringList countCells(const ResultCounts &counts)
{
    return {QString::number(counts.executions()), QString::number(counts.passed),
            QString::number(counts.failed),       QString::number(counts.skipped),
            QString::number(counts.aborted),      QString::number(counts.noResult),
            shownRate(counts.passRate())};
}

QStringList countHeaders()
{
    return {TestTrendText::tr("Executions"), TestTrendText::tr("Passed"),
            TestTrendText::tr("Failed"),     TestTrendText::tr("Skipped"),
            TestTrendText::tr("Aborted"),    TestTrendText::tr("No result"),
            TestTrendText::tr("Pass %")};
}

// The calendar date a bucket starts on in the display zone; weeks by their Monday.
QString bucketLabel(const TrendPoint &point, const TrendOptions &options)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(point.startMs, options.zone).date();
    if (options.bucket == TrendBucket::Month)
        return date.toString(QStringLiteral("yyyy-MM"));
    return date.toString(Qt::ISODate);
}

QString trendText(const TestTrendOptions &options, const TestTrend &trend,
                  const TestHistory &history)
{
    QList<QStringList> buckets = {
        QStringList{
            TestTrendText::tr("Bucket (%1)").arg(QString::fromUtf8(options.trend.zone.id()))} +
        countHeaders() + QStringList{TestTrendText::tr("Average s")}};
    for (const TrendPoint &point : trend.points)
        buckets.append(QStringList{bucketLabel(point, options.trend)} + countCells(point.counts) +
                       QStringList{shownSeconds(point.averageDurationSeconds())});

    QList<QStringList> testCases = {
        QStringList{TestTrendText::tr("Test case")} + countHeaders() +
        QStringList{TestTrendText::tr("Last result"), TestTrendText::tr("Marks")}};
    for (const TestCaseHistory &testCase : history.testCases) {
        QStringList marks;
        if (testCase.isFlaky(options.flaky))
            marks.append(TestTrendText::tr("flaky"));
        if (testCase.isNewFailure())
            marks.append(TestTrendText::tr("new failure"));
        if (testCase.isFixed())
            marks.append(TestTrendText::tr("fixed"));
        testCases.append(
            QStringList{testCase.name.isNull() ? testCase.arn : testCase.name} +
            countCells(testCase.counts) +
            QStringList{shownResult(testCase.lastResult()), marks.join(QStringLiteral(", "))});
    }

    const QList<int> numbers = {1, 2, 3, 4, 5, 6, 7, 8};
    return TestTrendText::tr("Executions per %1\n").arg(trendBucketName(options.trend.bucket)) +
           alignedTable(buckets, numbers) + TestTrendText::tr("\nPer test case\n") +
           alignedTable(testCases, {1, 2, 3, 4, 5, 6, 7}) +
           TestTrendText::tr("\n%1. Flaky: at least %2 switches between Passed and Failed in "
                             "the last %3 such runs.\n")
               .arg(passRateFormula())
               .arg(options.flaky.minSwitches)
               .arg(options.flaky.windowRuns);
}

// Reads a whole number of at least `minimum` from `option`.
std::optional<int> readCount(const QCommandLineParser &parser, const QCommandLineOption &option,
                             int fallback, int minimum, QString *error)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        *error = TestTrendText::tr("Invalid --%1 value '%2': use a whole number of at least %3.")
                     .arg(option.names().constFirst(), parser.value(option))
                     .arg(minimum);
        return std::nullopt;
    }
    return value;
}

} // namespace

int runTestTrend(const QStringList &arguments)
{
    CommandLine commandLine(*findCommand(QStringLiteral("test-trend")));
    const FilterOptionSet filterOptions(commandLine.parser());
    const FlakyRule defaultRule;
    const QCommandLineOption bucketOption(
        QStringLiteral("bucket"),
        TestTrendText::tr("The bucket size: day, week (ISO weeks from Monday) or month, in the "
                          "--time-zone calendar."),
        TestTrendText::tr("SIZE"), QStringLiteral("day"));
    const QCommandLineOption zoneOption(
        QStringLiteral("time-zone"),
        TestTrendText::tr("The IANA time zone whose calendar days the buckets follow, such as "
                          "Europe/Berlin."),
        TestTrendText::tr("ZONE"), QStringLiteral("UTC"));
    const QCommandLineOption switchesOption(
        QStringLiteral("flaky-switches"),
        TestTrendText::tr("Mark a test case flaky from this many switches between Passed and "
                          "Failed."),
        TestTrendText::tr("COUNT"), QString::number(defaultRule.minSwitches));
    const QCommandLineOption runsOption(
        QStringLiteral("flaky-runs"),
        TestTrendText::tr("Count the switches in this many latest Passed or Failed runs."),
        TestTrendText::tr("COUNT"), QString::number(defaultRule.windowRuns));
    commandLine.parser().addOptions({bucketOption, zoneOption, switchesOption, runsOption});

    if (const std::optional<int> exitCode = commandLine.parse(arguments))
        return *exitCode;
    const QCommandLineParser &parser = commandLine.parser();
    if (!commandLine.positionalArguments().isEmpty())
        return commandLine.usageError(
            TestTrendText::tr("Unexpected argument '%1': test-trend takes no inputs.")
                .arg(commandLine.positionalArguments().constFirst()));

    QString error;
    const std::optional<Filter> filter = filterOptions.read(parser, &error);
    if (!filter)
        return commandLine.usageError(error);

    TestTrendOptions options;
    const std::optional<TrendBucket> bucket = trendBucketFromName(parser.value(bucketOption));
    if (!bucket)
        return commandLine.usageError(
            TestTrendText::tr("Invalid --bucket value '%1': use day, week or month.")
                .arg(parser.value(bucketOption)));
    options.trend.bucket = *bucket;
    options.trend.zone = QTimeZone(parser.value(zoneOption).toUtf8());
    if (!options.trend.zone.isValid())
        return commandLine.usageError(
            TestTrendText::tr("Unknown --time-zone '%1': use an IANA name such as Europe/Berlin, "
                              "or UTC.")
                .arg(parser.value(zoneOption)));
    const std::optional<int> switches =
        readCount(parser, switchesOption, defaultRule.minSwitches, 1, &error);
    const std::optional<int> runs =
        switches ? readCount(parser, runsOption, defaultRule.windowRuns, 2, &error) : std::nullopt;
    if (!switches || !runs)
        return commandLine.usageError(error);
    options.flaky = {*switches, *runs};

    Workspace workspace;
    if (const std::optional<int> exitCode =
            openWorkspace(commandLine, workspace, Workspace::OpenMode::ReadOnly))
        return *exitCode;

    const TestTrend trend = queryTestTrend(workspace, *filter, options.trend);
    if (!trend.ok()) {
        printError(trend.error);
        return ExitFailed;
    }
    const TestHistory history = queryTestHistory(workspace, *filter);
    if (!history.ok()) {
        printError(history.error);
        return ExitFailed;
    }

    if (commandLine.json())
        printJson(trendJson(commandLine.workspacePath(), options, trend, history));
    else
        printOut(trendText(options, trend, history));
    return ExitSuccess;
}

} // namespace Flowscope::Cli
